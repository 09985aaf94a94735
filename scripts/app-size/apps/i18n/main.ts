// A page that shows an amount and an error in the reader's language, its catalog loaded on demand.
import { formatMoney, loadCatalog, resolveLocale, t } from "@ghorfa/i18n";

const locale = resolveLocale(navigator.languages);
await loadCatalog(locale);
const amount = formatMoney({ amount: 125_000, currency: "MAD" }, locale);
document.body.textContent = `${amount} ${t(locale, "problem.not-found.title")}`;
