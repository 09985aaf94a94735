import type { Locale } from "@ghorfa/i18n";
import { ApiError } from "@ghorfa/sdk";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import { Redirect, Route, Switch } from "wouter";
import { ClientProvider } from "../api/client";
import { useSession } from "../api/session";
import { Loading } from "../components/states";
import { LocaleProvider } from "../i18n/locale";
import { NotFoundPage } from "../pages/NotFoundPage";
import { Layout } from "./Layout";
import { RequireSession } from "./RequireSession";
import { type PageRoute, ROUTES } from "./routes";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // The SDK already retries what is worth retrying (network, 429, 503): a 4xx is an answer.
        retry: (count, error) => !(error instanceof ApiError) && count < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}

function StaffOnly({ children }: { children: React.ReactNode }) {
  const session = useSession();
  if (session.data?.account.role === "member") return <Redirect to="/" replace />;
  return <>{children}</>;
}

function Page({ route }: { route: PageRoute }) {
  const Component = route.page;
  const body = (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
  if (route.public) return body;
  return (
    <RequireSession>
      <Layout>{route.staffOnly ? <StaffOnly>{body}</StaffOnly> : body}</Layout>
    </RequireSession>
  );
}

export function App({ locale }: { locale: Locale }) {
  const [queries] = useState(makeQueryClient);
  return (
    <LocaleProvider initial={locale}>
      <QueryClientProvider client={queries}>
        <ClientProvider>
          <Switch>
            {ROUTES.map((route) => (
              <Route key={route.path} path={route.path}>
                <Page route={route} />
              </Route>
            ))}
            <Route>
              <RequireSession>
                <Layout>
                  <NotFoundPage />
                </Layout>
              </RequireSession>
            </Route>
          </Switch>
        </ClientProvider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}
