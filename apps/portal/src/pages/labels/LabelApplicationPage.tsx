import { enumLabel } from "@ghorfa/i18n";
import { chamberOfId, type LabelApplication, LabelApplicationId } from "@ghorfa/schemas";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "wouter";
import { useChamber } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { LocalText, localText } from "../../components/localized";
import { WithRecordId } from "../../components/record-id";
import { QueryView } from "../../components/states";
import { DateText, Isolate } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { MemberName } from "../services/shared";
import { useSchemes } from "./LabelsPage";
import { labels } from "./messages";

/** One label application: the product, its audits with their scores, and the chamber's decisions. */
export default function LabelApplicationPage() {
  const params = useParams<{ applicationId: string }>();
  return (
    <WithRecordId value={params.applicationId} schema={LabelApplicationId}>
      {(id) => <ApplicationView id={id} />}
    </WithRecordId>
  );
}

function ApplicationView({ id }: { id: LabelApplicationId }) {
  const t = useMessages(labels);
  const { locale } = useLocale();
  const chamber = useChamber();
  const application = useQuery({
    queryKey: ["label-application", id],
    queryFn: () => chamber.labels.applications.get(id),
  });
  return (
    <>
      <PageHeader
        title={t("applicationTitle", {
          product: application.data ? localText(application.data.product, locale) : "…",
        })}
        actions={
          <Link href="/labels" className="button">
            {t("back")}
          </Link>
        }
      />
      <QueryView query={application}>{(data) => <ApplicationDetails application={data} />}</QueryView>
    </>
  );
}

function ApplicationDetails({ application }: { application: LabelApplication }) {
  const t = useMessages(labels);
  const { locale } = useLocale();
  const schemes = useSchemes();
  const scheme = schemes.data?.items.find((item) => item.id === application.schemeId);
  const criterionName = (code: string) => scheme?.criteria.find((c) => c.code === code)?.name;
  return (
    <>
      <section className="card" aria-labelledby="application-details">
        <h2 id="application-details">{t("details")}</h2>
        <dl className="facts">
          <dt>{t("scheme")}</dt>
          <dd>{scheme ? <LocalText value={scheme.names} /> : <Isolate>{application.schemeId}</Isolate>}</dd>
          <dt>{t("holder")}</dt>
          <dd>
            <MemberName id={application.memberId} />
          </dd>
          <dt>{t("category")}</dt>
          <dd>{enumLabel(locale, "ProductCategory", application.category)}</dd>
          <dt>{t("province")}</dt>
          <dd>
            <Isolate>{application.province}</Isolate>
          </dd>
          <dt>{t("status")}</dt>
          <dd>
            <span className="badge" data-testid="application-status">
              {enumLabel(locale, "LabelApplicationStatus", application.status)}
            </span>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="audits-title">
        <h2 id="audits-title">{t("audits")}</h2>
        {application.audits.length === 0 ? (
          <p className="muted">{t("noAudits")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="audits">
              <thead>
                <tr>
                  <th scope="col">{t("auditDate")}</th>
                  <th scope="col">{t("auditor")}</th>
                  <th scope="col">{t("criteria")}</th>
                  <th scope="col">{t("weightedScore")}</th>
                </tr>
              </thead>
              <tbody>
                {application.audits.map((audit) => (
                  <tr key={audit.id}>
                    <th scope="row">
                      <DateText value={audit.date} />
                    </th>
                    <td>
                      <Isolate>{audit.auditor}</Isolate>
                    </td>
                    <td>
                      <ul className="plain">
                        {audit.scores.map((score) => {
                          const name = criterionName(score.criterion);
                          return (
                            <li key={score.criterion}>
                              {t("criterionScore", {
                                criterion: name ? localText(name, locale) : score.criterion,
                                score: score.score,
                              })}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                    <td>{audit.weightedScore}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t("decisions")}</h2>
        {application.decisions.length === 0 ? (
          <p className="muted">{t("noDecisions")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="decisions">
              <thead>
                <tr>
                  <th scope="col">{t("auditDate")}</th>
                  <th scope="col">{t("decision")}</th>
                  <th scope="col">{t("labelNumber")}</th>
                  <th scope="col">{t("validUntil")}</th>
                  <th scope="col">{t("reasons")}</th>
                </tr>
              </thead>
              <tbody>
                {application.decisions.map((decision) => (
                  <tr key={decision.id}>
                    <th scope="row">
                      <DateText value={decision.date} />
                    </th>
                    <td>{enumLabel(locale, "LabelDecisionKind", decision.kind)}</td>
                    <td>
                      {decision.kind === "granted" && (
                        <Link href={`/verify/${chamberOfId(application.id)}/${decision.labelNumber}`}>
                          <Isolate>{decision.labelNumber}</Isolate>
                        </Link>
                      )}
                    </td>
                    <td>{decision.kind === "granted" && <DateText value={decision.validUntil} />}</td>
                    <td>{decision.reasons && <LocalText value={decision.reasons} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
