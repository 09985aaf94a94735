import type { ChamberId } from "@ghorfa/schemas";
import { type Client, createClient } from "@ghorfa/sdk";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { useLocale } from "../i18n/locale";

const ClientContext = createContext<Client | undefined>(undefined);

/**
 * The SDK client of the node that serves the portal. No key: the browser sends the session cookie
 * on its own (same origin), and its writes carry the page's Origin, which the node checks.
 * A new client per locale, so the node's problems come back in the language on screen.
 */
export function ClientProvider({ children, baseUrl }: { children: ReactNode; baseUrl?: string }) {
  const { locale } = useLocale();
  const client = useMemo(
    () =>
      createClient({
        baseUrl: baseUrl ?? window.location.origin,
        locale,
        // A person waits on the screen: fail soon and let them retry rather than spin for a minute.
        totalTimeout: 20_000,
      }),
    [baseUrl, locale],
  );
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error("useClient outside ClientProvider");
  return client;
}

/** The resources of one chamber. */
export function useChamberClient(chamberId: ChamberId) {
  const client = useClient();
  return useMemo(() => client.chamber(chamberId), [client, chamberId]);
}
