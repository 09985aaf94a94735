import type { TestApp } from "./app-fixture";

/** GET and PATCH of a Souss-Massa record over `inject`, as the PATCH rule tests send them. */
export function recordRequests(app: () => TestApp) {
  const authorization = () => app().keys.soussMassa;
  return {
    read: (url: string) => app().app.inject({ url, headers: { authorization: authorization() } }),
    patch: (url: string, ifMatch: string, body: object, locale = "en") =>
      app().app.inject({
        method: "PATCH",
        url,
        headers: {
          authorization: authorization(),
          "content-type": "application/json",
          "if-match": ifMatch,
          "accept-language": locale,
        },
        payload: body,
      }),
  };
}
