import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words";

const mad = (amount: number) => ({ amount, currency: "MAD" });

// Amounts are in centimes: 1 dirham is 100.
describe("amountInWords in fr-MA", () => {
  it.each([
    [8_000, "quatre-vingts dirhams"],
    [8_100, "quatre-vingt-un dirhams"],
    [20_000, "deux cents dirhams"],
    [20_100, "deux cent un dirhams"],
    [2_100, "vingt et un dirhams"],
    [100_000_000, "un million de dirhams"],
    [100_000, "mille dirhams"],
  ])("writes the amounts of the issue: %i centimes is %s", (amount, expected) => {
    expect(amountInWords(mad(amount), "fr-MA")).toBe(expected);
  });

  it.each([
    [0, "zéro dirham"],
    [100, "un dirham"],
    [7_100, "soixante et onze dirhams"],
    [20_000_000, "deux cent mille dirhams"],
    [20_000_000_000, "deux cents millions de dirhams"],
    [200_000_000, "deux millions de dirhams"],
    [120_000_000, "un million deux cent mille dirhams"],
    [17_000_000, "cent soixante-dix mille dirhams"],
    [17_000_050, "cent soixante-dix mille dirhams et cinquante centimes"],
    [470_000_000, "quatre millions sept cent mille dirhams"],
    [1, "un centime"],
    [50, "cinquante centimes"],
  ])("writes the forms of the brief: %i centimes is %s", (amount, expected) => {
    expect(amountInWords(mad(amount), "fr-MA")).toBe(expected);
  });

  it.each([
    [200, "deux dirhams"],
    [300, "trois dirhams"],
    [700, "sept dirhams"],
    [1_000, "dix dirhams"],
    [1_100, "onze dirhams"],
    [1_600, "seize dirhams"],
    [1_700, "dix-sept dirhams"],
    [1_900, "dix-neuf dirhams"],
    [2_000, "vingt dirhams"],
    [2_200, "vingt-deux dirhams"],
    [3_100, "trente et un dirhams"],
    [4_500, "quarante-cinq dirhams"],
    [5_100, "cinquante et un dirhams"],
    [6_100, "soixante et un dirhams"],
    [7_000, "soixante-dix dirhams"],
    [7_200, "soixante-douze dirhams"],
    [7_700, "soixante-dix-sept dirhams"],
    [9_000, "quatre-vingt-dix dirhams"],
    [9_100, "quatre-vingt-onze dirhams"],
    [9_900, "quatre-vingt-dix-neuf dirhams"],
    [10_000, "cent dirhams"],
    [10_100, "cent un dirhams"],
    [18_000, "cent quatre-vingts dirhams"],
    [19_900, "cent quatre-vingt-dix-neuf dirhams"],
    [30_000, "trois cents dirhams"],
    [38_000, "trois cent quatre-vingts dirhams"],
    [99_900, "neuf cent quatre-vingt-dix-neuf dirhams"],
    [100_100, "mille un dirhams"],
    [110_000, "mille cent dirhams"],
    [120_000, "mille deux cents dirhams"],
    [200_000, "deux mille dirhams"],
    [300_000, "trois mille dirhams"],
    [1_000_000, "dix mille dirhams"],
    [2_100_000, "vingt et un mille dirhams"],
    [7_100_000, "soixante et onze mille dirhams"],
    [8_000_000, "quatre-vingt mille dirhams"],
    [8_100_000, "quatre-vingt-un mille dirhams"],
    [10_000_000, "cent mille dirhams"],
    [30_000_000, "trois cent mille dirhams"],
    [38_000_000, "trois cent quatre-vingt mille dirhams"],
    [20_008_000, "deux cent mille quatre-vingts dirhams"],
    [99_999_900, "neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf dirhams"],
    [100_000_100, "un million un dirhams"],
    [150_000_000, "un million cinq cent mille dirhams"],
    [8_000_000_000, "quatre-vingts millions de dirhams"],
    [8_008_008_000, "quatre-vingts millions quatre-vingt mille quatre-vingts dirhams"],
    [10_000_000_000, "cent millions de dirhams"],
    [28_000_000_000, "deux cent quatre-vingts millions de dirhams"],
    [100_000_000_000, "un milliard de dirhams"],
    [200_000_000_000, "deux milliards de dirhams"],
    [100_200_000_000, "un milliard deux millions de dirhams"],
    [200_020_000_000, "deux milliards deux cent mille dirhams"],
    [40_000_000_000_000, "quatre cents milliards de dirhams"],
    [90_000_000_000_000, "neuf cents milliards de dirhams"],
    [101, "un dirham et un centime"],
    [150, "un dirham et cinquante centimes"],
    [280, "deux dirhams et quatre-vingts centimes"],
    [21, "vingt et un centimes"],
    [71, "soixante et onze centimes"],
    [100_000_005, "un million de dirhams et cinq centimes"],
    [
      99_999_999_999_999,
      "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf dirhams et quatre-vingt-dix-neuf centimes",
    ],
  ])("agrees vingt, cent, million and the noun: %i centimes is %s", (amount, expected) => {
    expect(amountInWords(mad(amount), "fr-MA")).toBe(expected);
  });

  it.each([
    [2_100, "vingt-et-un dirhams"],
    [7_100, "soixante-et-onze dirhams"],
    [20_000, "deux-cents dirhams"],
    [20_100, "deux-cent-un dirhams"],
    [8_000_000, "quatre-vingt-mille dirhams"],
    [20_000_000, "deux-cent-mille dirhams"],
    [120_000_000, "un million deux-cent-mille dirhams"],
    [20_000_000_000, "deux-cents millions de dirhams"],
    [302_121, "trois-mille-vingt-et-un dirhams et vingt-et-un centimes"],
  ])(
    "hyphenates every numeral but million and milliard under the 1990 reform: %i is %s",
    (amount, expected) => {
      expect(amountInWords(mad(amount), "fr-MA", { reform1990: true })).toBe(expected);
    },
  );

  it.each([
    [{ amount: 0, currency: "EUR" }, "zéro euro"],
    [{ amount: 100, currency: "EUR" }, "un euro"],
    [{ amount: 250, currency: "EUR" }, "deux euros et cinquante centimes"],
    [{ amount: 100_000_000, currency: "EUR" }, "un million d'euros"],
    [{ amount: 300_000_000, currency: "USD" }, "trois millions de dollars"],
    [{ amount: 1, currency: "USD" }, "un cent"],
  ])("names euros and dollars, eliding de before euros: %o is %s", (money, expected) => {
    expect(amountInWords(money, "fr-MA")).toBe(expected);
  });
});

describe("amountInWords in fr-MA, the hard spots a reviewer checks", () => {
  // [dirhams, centimes, words]: written by hand, traditional spelling.
  it.each([
    [21, 0, "vingt et un dirhams"],
    [71, 0, "soixante et onze dirhams"],
    [80, 0, "quatre-vingts dirhams"],
    [81, 0, "quatre-vingt-un dirhams"],
    [91, 0, "quatre-vingt-onze dirhams"],
    [99, 0, "quatre-vingt-dix-neuf dirhams"],
    [100, 0, "cent dirhams"],
    [101, 0, "cent un dirhams"],
    [110, 0, "cent dix dirhams"],
    [111, 0, "cent onze dirhams"],
    [180, 0, "cent quatre-vingts dirhams"],
    [200, 0, "deux cents dirhams"],
    [201, 0, "deux cent un dirhams"],
    [280, 0, "deux cent quatre-vingts dirhams"],
    [300, 0, "trois cents dirhams"],
    [1_001, 0, "mille un dirhams"],
    [1_080, 0, "mille quatre-vingts dirhams"],
    [1_100, 0, "mille cent dirhams"],
    [1_200, 0, "mille deux cents dirhams"],
    [1_999, 0, "mille neuf cent quatre-vingt-dix-neuf dirhams"],
    [2_001, 0, "deux mille un dirhams"],
    [10_000, 0, "dix mille dirhams"],
    [12_000, 0, "douze mille dirhams"],
    [20_000, 0, "vingt mille dirhams"],
    [80_000, 0, "quatre-vingt mille dirhams"],
    [100_000, 0, "cent mille dirhams"],
    [101_000, 0, "cent un mille dirhams"],
    [200_000, 0, "deux cent mille dirhams"],
    [1_000_001, 0, "un million un dirhams"],
    [1_080_000, 0, "un million quatre-vingt mille dirhams"],
    [1_200_000, 0, "un million deux cent mille dirhams"],
    [2_000_000, 0, "deux millions de dirhams"],
    [80_000_000, 0, "quatre-vingts millions de dirhams"],
    [200_000_000, 0, "deux cents millions de dirhams"],
    [1_000_000_000, 0, "un milliard de dirhams"],
    [1_001_000_000, 0, "un milliard un million de dirhams"],
    [2_000_000_001, 0, "deux milliards un dirhams"],
    [0, 1, "un centime"],
    [0, 2, "deux centimes"],
    [0, 3, "trois centimes"],
    [0, 11, "onze centimes"],
    [0, 80, "quatre-vingts centimes"],
    [0, 99, "quatre-vingt-dix-neuf centimes"],
    [2, 1, "deux dirhams et un centime"],
    [1_000_000, 80, "un million de dirhams et quatre-vingts centimes"],
  ])("writes %i dirhams and %i centimes as %s", (dirhams, centimes, expected) => {
    expect(amountInWords(mad(dirhams * 100 + centimes), "fr-MA")).toBe(expected);
  });
});
