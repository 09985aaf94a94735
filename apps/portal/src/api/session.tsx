import { UnauthorizedError } from "@ghorfa/sdk";
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useChamberClient, useClient } from "./client";

export const SESSION_KEY = ["session"] as const;

export type Session = Awaited<ReturnType<ReturnType<typeof useClient>["auth"]["session"]>>;
export type SignInInput = Parameters<ReturnType<typeof useClient>["auth"]["signIn"]>[0];

/** The signed-in person, or null when there is no open session (a 401 is an answer, not an error). */
export function useSession() {
  const client = useClient();
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return await client.auth.session();
      } catch (error) {
        if (error instanceof UnauthorizedError) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The open session; only for components under `RequireSession`. */
export function useSignedIn(): NonNullable<Session> {
  const { data } = useSession();
  if (!data) throw new Error("useSignedIn outside RequireSession");
  return data;
}

/** The chamber of the signed-in person. */
export function useChamber() {
  return useChamberClient(useSignedIn().account.chamberId);
}

function forgetAllButSession(queries: QueryClient) {
  queries.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
}

export function useSignIn() {
  const client = useClient();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => client.auth.signIn(input, { retry: false }),
    onSuccess: (session) => {
      // Whatever the previous person had on screen must not show for this one.
      forgetAllButSession(queries);
      queries.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const client = useClient();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (everywhere: boolean) => {
      try {
        await (everywhere ? client.auth.signOutEverywhere() : client.auth.signOut());
      } catch (error) {
        // Already signed out elsewhere: the goal is reached.
        if (!(error instanceof UnauthorizedError)) throw error;
      }
    },
    onSuccess: () => {
      // The session query keeps its observers (they now see "nobody" and send to the sign-in page);
      // everything else read under the old session is dropped.
      queries.setQueryData(SESSION_KEY, null);
      forgetAllButSession(queries);
    },
  });
}
