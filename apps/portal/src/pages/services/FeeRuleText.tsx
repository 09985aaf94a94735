import { formatMoney, type MoneyAmount } from "@ghorfa/i18n";
import type { FeeRule } from "@ghorfa/schemas";
import { useLocale, useMessages } from "../../i18n/locale";
import { services } from "./messages";

/** A fee rule in words: free, a fixed amount, members' and others' prices, or a per mille. */
export function FeeRuleText({ rule }: { rule: FeeRule }) {
  const t = useMessages(services);
  const { locale } = useLocale();
  const money = (value: MoneyAmount) => formatMoney(value, locale);
  switch (rule.kind) {
    case "free":
      return t("feeFree");
    case "fixed":
      return <bdi className="money">{money(rule.amount)}</bdi>;
    case "membership_price":
      return t("feeMembers", { member: money(rule.member), other: money(rule.other) });
    case "per_mille": {
      const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(
        rule.partsPerMillion / 1000,
      );
      return rule.maximum
        ? t("feePerMille", { rate, min: money(rule.minimum), max: money(rule.maximum) })
        : t("feePerMilleMin", { rate, min: money(rule.minimum) });
    }
  }
}
