import type { ReactNode } from "react";
import { Redirect, useLocation } from "wouter";
import { useSession } from "../api/session";
import { ErrorState, Loading } from "../components/states";

/** Its children once someone is signed in; the sign-in page, then back here, otherwise. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const [location] = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const next = location === "/" ? "" : `?next=${encodeURIComponent(location + window.location.search)}`;
    return <Redirect to={`/sign-in${next}`} replace />;
  }
  return <>{children}</>;
}
