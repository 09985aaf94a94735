import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words";

const mad = (amount: number) => ({ amount, currency: "MAD" });

// Amounts are in centimes: 1 dirham is 100.
describe("amountInWords in en", () => {
  it.each([
    [17_000_050, "one hundred seventy thousand dirhams and fifty centimes"],
    [100, "one dirham"],
    [0, "zero dirhams"],
  ])("writes the forms of the brief: %i centimes is %s", (amount, expected) => {
    expect(amountInWords(mad(amount), "en")).toBe(expected);
  });

  it.each([
    [200, "two dirhams"],
    [300, "three dirhams"],
    [1_000, "ten dirhams"],
    [1_100, "eleven dirhams"],
    [1_200, "twelve dirhams"],
    [1_300, "thirteen dirhams"],
    [1_400, "fourteen dirhams"],
    [1_500, "fifteen dirhams"],
    [1_800, "eighteen dirhams"],
    [1_900, "nineteen dirhams"],
    [2_000, "twenty dirhams"],
    [2_100, "twenty-one dirhams"],
    [4_000, "forty dirhams"],
    [5_800, "fifty-eight dirhams"],
    [8_000, "eighty dirhams"],
    [9_900, "ninety-nine dirhams"],
    [10_000, "one hundred dirhams"],
    [10_100, "one hundred one dirhams"],
    [11_100, "one hundred eleven dirhams"],
    [18_000, "one hundred eighty dirhams"],
    [20_000, "two hundred dirhams"],
    [99_900, "nine hundred ninety-nine dirhams"],
    [100_000, "one thousand dirhams"],
    [100_100, "one thousand one dirhams"],
    [200_000, "two thousand dirhams"],
    [300_000, "three thousand dirhams"],
    [1_000_000, "ten thousand dirhams"],
    [1_100_000, "eleven thousand dirhams"],
    [2_100_000, "twenty-one thousand dirhams"],
    [10_000_000, "one hundred thousand dirhams"],
    [17_000_000, "one hundred seventy thousand dirhams"],
    [99_999_900, "nine hundred ninety-nine thousand nine hundred ninety-nine dirhams"],
    [100_000_000, "one million dirhams"],
    [120_000_000, "one million two hundred thousand dirhams"],
    [470_000_000, "four million seven hundred thousand dirhams"],
    [100_000_100, "one million one dirhams"],
    [100_000_000_000, "one billion dirhams"],
    [200_000_000_200, "two billion two dirhams"],
    [90_000_000_000_000, "nine hundred billion dirhams"],
    [101, "one dirham and one centime"],
    [205, "two dirhams and five centimes"],
    [1, "one centime"],
    [50, "fifty centimes"],
    [99, "ninety-nine centimes"],
    [
      1_234_567_890,
      "twelve million three hundred forty-five thousand six hundred seventy-eight dirhams and ninety centimes",
    ],
    [
      99_999_999_999_999,
      "nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine dirhams and ninety-nine centimes",
    ],
  ])("writes %i centimes as %s", (amount, expected) => {
    expect(amountInWords(mad(amount), "en")).toBe(expected);
  });

  it.each([
    [{ amount: 100, currency: "EUR" }, "one euro"],
    [{ amount: 201, currency: "EUR" }, "two euros and one cent"],
    [{ amount: 100_000_000, currency: "USD" }, "one million dollars"],
  ])("names euros and dollars with cents: %o is %s", (money, expected) => {
    expect(amountInWords(money, "en")).toBe(expected);
  });
});

describe("amountInWords in en, the hard spots a reviewer checks", () => {
  it.each([
    [21, 0, "twenty-one dirhams"],
    [71, 0, "seventy-one dirhams"],
    [80, 0, "eighty dirhams"],
    [81, 0, "eighty-one dirhams"],
    [91, 0, "ninety-one dirhams"],
    [101, 0, "one hundred one dirhams"],
    [110, 0, "one hundred ten dirhams"],
    [111, 0, "one hundred eleven dirhams"],
    [180, 0, "one hundred eighty dirhams"],
    [201, 0, "two hundred one dirhams"],
    [280, 0, "two hundred eighty dirhams"],
    [300, 0, "three hundred dirhams"],
    [1_001, 0, "one thousand one dirhams"],
    [1_080, 0, "one thousand eighty dirhams"],
    [1_100, 0, "one thousand one hundred dirhams"],
    [1_999, 0, "one thousand nine hundred ninety-nine dirhams"],
    [2_001, 0, "two thousand one dirhams"],
    [12_000, 0, "twelve thousand dirhams"],
    [20_000, 0, "twenty thousand dirhams"],
    [80_000, 0, "eighty thousand dirhams"],
    [101_000, 0, "one hundred one thousand dirhams"],
    [200_000, 0, "two hundred thousand dirhams"],
    [1_000_001, 0, "one million one dirhams"],
    [2_000_000, 0, "two million dirhams"],
    [80_000_000, 0, "eighty million dirhams"],
    [1_000_000_000, 0, "one billion dirhams"],
    [0, 2, "two centimes"],
    [0, 11, "eleven centimes"],
    [0, 80, "eighty centimes"],
    [2, 1, "two dirhams and one centime"],
  ])("writes %i dirhams and %i centimes as %s", (dirhams, centimes, expected) => {
    expect(amountInWords(mad(dirhams * 100 + centimes), "en")).toBe(expected);
  });
});
