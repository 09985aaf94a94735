import { LOCALES, type Locale } from "@ghorfa/i18n";
import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { useSignedIn, useSignOut } from "../api/session";
import { useLocale, useMessages } from "../i18n/locale";
import { LOCALE_NAMES, shell } from "../messages/shell";
import { isCurrent, NAV_BY_ROLE } from "./nav";

export function LocaleSwitcher() {
  const { locale, setLocale } = useLocale();
  const t = useMessages(shell);
  return (
    <label className="locale-switcher">
      <span>{t("language")}</span>
      <select
        value={locale}
        onChange={(event) => void setLocale(event.target.value as Locale)}
        data-testid="locale-switcher"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The frame of every signed-in page: header, navigation at the inline start, the page. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useMessages(shell);
  const session = useSignedIn();
  const [location] = useLocation();
  const signOut = useSignOut();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          {t("appName")}
        </Link>
        <div className="topbar-end">
          <LocaleSwitcher />
          <span className="muted" data-testid="signed-in-as">
            {t("signedInAs", { name: session.account.displayName })}
          </span>
          <button type="button" className="button button-quiet" onClick={() => signOut.mutate(false)}>
            {t("signOut")}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t("navigation")} data-testid="sidenav">
        <ul>
          {NAV_BY_ROLE[session.account.role].map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={isCurrent(item.href, location) ? "page" : undefined}>
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="content">
        {children}
      </main>
    </div>
  );
}

/** A page's heading and the document's title with it. */
export function PageHeader({ title, actions, sub }: { title: string; actions?: ReactNode; sub?: ReactNode }) {
  const t = useMessages(shell);
  if (typeof document !== "undefined") document.title = `${title} · ${t("appName")}`;
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {sub && <p className="muted">{sub}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}
