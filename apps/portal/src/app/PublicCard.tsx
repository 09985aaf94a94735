import { type ReactNode, useEffect } from "react";
import { useMessages } from "../i18n/locale";
import { shell } from "../messages/shell";
import { LocaleSwitcher } from "./Layout";

/**
 * The frame of the pages a visitor opens without a session (signing in, a forgotten password, a
 * label's check): a card with the app's name, the language switch and the page's heading, which
 * is also the document's title. `variant` names the page's own styles (`verify`, `verify-card`).
 */
export function PublicCard({
  title,
  variant,
  children,
}: {
  title: string;
  variant?: string;
  children: ReactNode;
}) {
  const ts = useMessages(shell);
  useEffect(() => {
    document.title = `${title} · ${ts("appName")}`;
  }, [title, ts]);
  return (
    <main id="main" className={variant ? `sign-in ${variant}` : "sign-in"}>
      <div className={variant ? `sign-in-card ${variant}-card` : "sign-in-card"}>
        <div className="sign-in-top">
          <p className="brand">{ts("appName")}</p>
          <LocaleSwitcher />
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
