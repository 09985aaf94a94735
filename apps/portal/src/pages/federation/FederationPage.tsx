import { formatList, pickText, regionName } from "@ghorfa/i18n";
import { CHAMBER_IDS, type ChamberId } from "@ghorfa/schemas";
import { createFederation } from "@ghorfa/sdk";
import { useQuery } from "@tanstack/react-query";
import { useClient } from "../../api/client";
import { useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { QueryView } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { federation } from "./messages";

/** How long a node may take to say who it is before the page calls it silent. */
const PROBE_TIMEOUT = 4_000;

type NodeState = "checking" | "answering" | "not-answering" | "not-reachable" | "not-listed";

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * The twelve chambers, the node each names, and whether it answers. The page's CSP lets it
 * reach its own origin only (`connect-src 'self'`): asking another node would be a blocked request
 * and a console error. So it asks `/.well-known/ghorfa` of the nodes on this origin (the one that
 * serves the portal, and any chamber's nodeUrl that is the same), through the SDK's federation
 * helper, which names the nodes that failed, and says of the others that this page cannot reach them.
 */
export default function FederationPage() {
  const t = useMessages(federation);
  const { locale } = useLocale();
  const client = useClient();
  const { account } = useSignedIn();
  const here = window.location.origin;

  const chambers = useQuery({
    queryKey: ["chambers"],
    queryFn: () => client.chambers.list(),
  });
  const reachable = [
    ...new Set([
      here,
      ...(chambers.data?.items ?? []).map((c) => originOf(c.nodeUrl)).filter((origin) => origin === here),
    ]),
  ].filter((origin): origin is string => origin !== undefined);
  const probe = useQuery({
    queryKey: ["federation-probe", reachable],
    queryFn: ({ signal }) =>
      createFederation({ nodes: reachable, nodeTimeout: PROBE_TIMEOUT, locale }).each((node) =>
        node.node.info({ signal }),
      ),
    // The first answer waits for the directory, so the nodes it names are asked once.
    enabled: !chambers.isPending,
    staleTime: 0,
    retry: false,
  });

  const ownInfo = probe.data?.results.find((result) => originOf(result.node) === here)?.value;
  const ownState: NodeState =
    probe.isFetching || probe.isPending ? "checking" : ownInfo ? "answering" : "not-answering";
  const hosted: readonly string[] = ownInfo?.chambers ?? [account.chamberId];

  const stateLabel = (state: NodeState, servesPortal: boolean) =>
    ({
      checking: t("checking"),
      answering: servesPortal ? t("answeringHere") : t("answering"),
      "not-answering": t("notAnswering"),
      "not-reachable": t("notReachable"),
      "not-listed": t("notListed"),
    })[state];

  return (
    <>
      <PageHeader title={t("title")} sub={t("intro")} />
      <section className="card" aria-labelledby="federation-this-node" data-testid="this-node">
        <h2 id="federation-this-node">{t("thisNode")}</h2>
        <p>
          <bdi dir="ltr" className="node-url">
            {here}
          </bdi>{" "}
          <span className={`badge node-${ownState}`} data-state={ownState} aria-live="polite">
            {stateLabel(ownState, false)}
          </span>
        </p>
        {ownInfo && (
          <>
            <p className="muted">{t("contractVersion", { version: ownInfo.contractVersion })}</p>
            <p className="muted">
              {t("hosts", {
                count: ownInfo.chambers.length,
                list: formatList(
                  locale,
                  ownInfo.chambers.map((id) => regionName(locale, id as ChamberId)),
                ),
              })}
            </p>
          </>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void probe.refetch()}
          disabled={probe.isFetching}
          data-testid="check-again"
        >
          {t("checkAgain")}
        </button>
        <p className="muted small">{t("cspNote")}</p>
      </section>

      <section className="card" aria-labelledby="federation-chambers">
        <h2 id="federation-chambers">{t("chambers")}</h2>
        <QueryView query={chambers}>
          {(directory) => {
            const byId = new Map(directory.items.map((chamber) => [chamber.id, chamber]));
            return (
              <div className="table-wrap">
                <table className="table" data-testid="chambers">
                  <thead>
                    <tr>
                      <th scope="col">{t("chamber")}</th>
                      <th scope="col">{t("seat")}</th>
                      <th scope="col">{t("node")}</th>
                      <th scope="col">{t("status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {CHAMBER_IDS.map((id) => {
                      const chamber = byId.get(id);
                      const servesPortal =
                        chamber !== undefined && (originOf(chamber.nodeUrl) === here || hosted.includes(id));
                      const state: NodeState = !chamber
                        ? "not-listed"
                        : servesPortal
                          ? ownState
                          : "not-reachable";
                      const name = chamber && pickText(chamber.names, locale);
                      const seat = chamber?.offices.find((office) => office.kind === "seat");
                      return (
                        <tr key={id} data-chamber={id}>
                          <th scope="row">
                            <span className="chamber-region">{regionName(locale, id)}</span>
                            {name && (
                              <span className="muted small chamber-name">
                                <bdi lang={name.locale}>{name.text}</bdi>
                              </span>
                            )}
                          </th>
                          <td>{seat ? <bdi>{seat.city}</bdi> : "—"}</td>
                          <td>
                            {chamber ? (
                              <bdi dir="ltr" className="node-url" data-testid="node-url">
                                {chamber.nodeUrl}
                              </bdi>
                            ) : (
                              "—"
                            )}
                          </td>
                          <td>
                            <span
                              className={servesPortal ? `badge node-${state}` : "muted small"}
                              data-state={state}
                            >
                              {stateLabel(state, servesPortal)}
                            </span>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            );
          }}
        </QueryView>
      </section>
    </>
  );
}
