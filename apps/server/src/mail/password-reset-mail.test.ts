import { FSI, LOCALES, PDI } from "@ghorfa/i18n";
import { describe, expect, it } from "vitest";
import { passwordResetMail } from "./password-reset-mail";

const link = "https://ma-09.ghorfa.test/reset-password?token=Zm9v_YmFy-baz&lang=x";

describe("passwordResetMail", () => {
  it.each(LOCALES)(
    "writes the %s e-mail with the link alone on its line and clickable in HTML",
    async (locale) => {
      const mail = await passwordResetMail({ to: "amina@example.ma", locale, link, validMinutes: 30 });
      expect(mail.to).toBe("amina@example.ma");
      expect(mail.subject.length).toBeGreaterThan(0);
      expect(mail.subject).not.toContain("{");
      // The link is a line of its own, with no invisible mark stuck to it.
      expect(mail.text.split("\n")).toContain(link);
      expect(mail.text).not.toContain(`${FSI}${link}`);
      expect(mail.text).not.toContain("{");
      expect(mail.html).toContain(`<a href="${link.replaceAll("&", "&amp;")}">`);
      expect(mail.html).toContain(`lang="${locale}"`);
    },
  );

  it("lays the Arabic e-mail out right to left, and the link inside it left to right", async () => {
    const mail = await passwordResetMail({ to: "a@x.ma", locale: "ar-MA", link, validMinutes: 30 });
    expect(mail.html).toContain('<html lang="ar-MA" dir="rtl">');
    expect(mail.html).toContain('<body dir="rtl">');
    expect(mail.html).toMatch(/<p dir="ltr"><a href=/);
    expect(mail.subject).toBe("إعادة تعيين كلمة المرور");
  });

  it.each(["fr-MA", "en", "zgh"] as const)("lays the %s e-mail out left to right", async (locale) => {
    const mail = await passwordResetMail({ to: "a@x.ma", locale, link, validMinutes: 30 });
    expect(mail.html).toContain(`<body dir="ltr">`);
    expect(mail.html).not.toContain('dir="rtl"');
  });

  it("writes the validity with the plural the language asks for", async () => {
    const body = async (locale: (typeof LOCALES)[number], validMinutes: number) =>
      (await passwordResetMail({ to: "a@x.ma", locale, link, validMinutes })).text
        .replaceAll(FSI, "")
        .replaceAll(PDI, "");
    expect(await body("en", 1)).toContain("valid for 1 minute and");
    expect(await body("en", 30)).toContain("valid for 30 minutes and");
    expect(await body("fr-MA", 1)).toContain("valable 1 minute et");
    expect(await body("fr-MA", 60)).toContain("valable 60 minutes et");
    expect(await body("ar-MA", 1)).toContain("صالح لمدة دقيقة واحدة");
    expect(await body("ar-MA", 2)).toContain("صالح لمدة دقيقتين");
    expect(await body("ar-MA", 5)).toContain("صالح لمدة 5 دقائق");
    expect(await body("ar-MA", 30)).toContain("صالح لمدة 30 دقيقة");
    expect(await body("zgh", 1)).toContain("1 ⵜⵓⵙⴷⵉⴷⵜ");
    expect(await body("zgh", 30)).toContain("30 ⵜⵓⵙⴷⵉⴷⵉⵏ");
  });

  it("escapes the link in the HTML part, so a crafted link cannot add markup", async () => {
    const crafted = 'https://x.test/r?t="><script>alert(1)</script>';
    const mail = await passwordResetMail({ to: "a@x.ma", locale: "en", link: crafted, validMinutes: 30 });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
