import { enumLabel, fieldLabel, formatList, pickText, regionName } from "@ghorfa/i18n";
import { type MemberStatus, nextStatuses } from "@ghorfa/schemas";
import { InvalidTransitionError, PreconditionFailedError } from "@ghorfa/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "wouter";
import { useChamber } from "../../api/session";
import { useCanWrite } from "../../api/writers";
import { PageHeader } from "../../app/Layout";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorState, QueryView } from "../../components/states";
import { DateText, Isolate } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { members as messages } from "./messages";
import { type FullMember, isFull, MEMBER_LIST_KEY, memberKey, StatusBadge } from "./shared";

/** A member as the chamber keeps it, and what the reader's role may do with it. */
export default function MemberPage() {
  const { memberId } = useParams<{ memberId: string }>();
  const chamber = useChamber();
  const member = useQuery({
    queryKey: memberKey(memberId),
    queryFn: () => chamber.members.get(memberId as Parameters<typeof chamber.members.get>[0]),
  });
  const t = useMessages(messages);
  return (
    <QueryView query={member}>
      {(data) =>
        isFull(data) ? (
          <MemberDetails member={data} onReload={() => void member.refetch()} />
        ) : (
          <PageHeader title={data.legalName} sub={<Link href="/members">{t("backToList")}</Link>} />
        )
      }
    </QueryView>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function MemberDetails({ member, onReload }: { member: FullMember; onReload: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const canWrite = useCanWrite("members");
  const label = (...path: string[]) => fieldLabel(locale, path);
  const activity = pickText(member.activity, locale);
  const { identifiers: ids, address, contacts } = member;
  return (
    <>
      <PageHeader
        title={member.legalName}
        sub={
          <>
            <StatusBadge status={member.status} /> <Link href="/members">{t("backToList")}</Link>
          </>
        }
        actions={
          canWrite && (
            <Link href={`/members/${member.id}/edit`} className="button">
              {t("edit")}
            </Link>
          )
        }
      />
      {!canWrite && <p className="muted">{t("readOnly")}</p>}
      <div className="grid member-sections">
        <section className="card" aria-labelledby="member-identity">
          <h2 id="member-identity">{t("identity")}</h2>
          <dl className="facts">
            <Row label={label("legalName")}>
              <Isolate>{member.legalName}</Isolate>
            </Row>
            {member.tradeName && (
              <Row label={label("tradeName")}>
                <Isolate>{member.tradeName}</Isolate>
              </Row>
            )}
            <Row label={label("legalForm")}>{enumLabel(locale, "LegalForm", member.legalForm)}</Row>
            <Row label={label("section")}>{enumLabel(locale, "Section", member.section)}</Row>
            <Row label={label("activity")}>
              {activity && (
                <span lang={activity.locale} data-testid="member-activity">
                  {activity.text}
                </span>
              )}
            </Row>
            <Row label={label("createdAt")}>
              <DateText value={member.createdAt.slice(0, 10)} />
            </Row>
          </dl>
        </section>
        <section className="card" aria-labelledby="member-identifiers">
          <h2 id="member-identifiers">{label("identifiers")}</h2>
          <dl className="facts">
            <Row label={label("identifiers", "ice")}>
              <Isolate>
                <span data-testid="member-ice">{ids.ice}</span>
              </Isolate>
            </Row>
            <Row label={label("identifiers", "rc")}>
              <Isolate>{ids.rc.number}</Isolate> · <Isolate>{ids.rc.court}</Isolate>
            </Row>
            {ids.if && (
              <Row label={label("identifiers", "if")}>
                <Isolate>{ids.if}</Isolate>
              </Row>
            )}
            {ids.tp && (
              <Row label={label("identifiers", "tp")}>
                <Isolate>{ids.tp}</Isolate>
              </Row>
            )}
            {ids.cnss && (
              <Row label={label("identifiers", "cnss")}>
                <Isolate>{ids.cnss}</Isolate>
              </Row>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="member-address">
          <h2 id="member-address">{label("address")}</h2>
          <dl className="facts">
            {address.street && (
              <Row label={label("address", "street")}>
                <Isolate>{address.street}</Isolate>
              </Row>
            )}
            <Row label={label("address", "city")}>
              <Isolate>{address.city}</Isolate>
              {address.postalCode && (
                <>
                  {" "}
                  <Isolate>{address.postalCode}</Isolate>
                </>
              )}
            </Row>
            <Row label={label("address", "prefecture")}>
              <Isolate>{address.prefecture}</Isolate>
            </Row>
            <Row label={label("address", "region")}>{regionName(locale, address.region)}</Row>
          </dl>
        </section>
        <section className="card" aria-labelledby="member-contacts">
          <h2 id="member-contacts">{label("contacts")}</h2>
          {contacts.email || contacts.phone || contacts.website ? (
            <dl className="facts">
              {contacts.email && (
                <Row label={label("contacts", "email")}>
                  <a href={`mailto:${contacts.email}`} dir="ltr">
                    {contacts.email}
                  </a>
                </Row>
              )}
              {contacts.phone && (
                <Row label={label("contacts", "phone")}>
                  <a href={`tel:${contacts.phone}`} dir="ltr">
                    {contacts.phone}
                  </a>
                </Row>
              )}
              {contacts.website && (
                <Row label={label("contacts", "website")}>
                  <a href={contacts.website} dir="ltr" rel="noopener noreferrer">
                    {contacts.website}
                  </a>
                </Row>
              )}
            </dl>
          ) : (
            <p className="muted">{t("none")}</p>
          )}
        </section>
        <section className="card" aria-labelledby="member-labels">
          <h2 id="member-labels">{label("labels")}</h2>
          {member.labels.length === 0 ? (
            <p className="muted">{t("none")}</p>
          ) : (
            <ul>
              {member.labels.map((held) => (
                <li key={`${held.code} ${held.grantedOn} ${pickText(held.product, locale)?.text}`}>
                  {pickText(held.name, locale)?.text} — {pickText(held.product, locale)?.text}
                  {held.validUntil && (
                    <>
                      {" "}
                      (<DateText value={held.validUntil} />)
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <StatusChange member={member} canWrite={canWrite} onReload={onReload} />
    </>
  );
}

/** The moves the member lifecycle allows from here, each asked for once more before it is made. */
function StatusChange({
  member,
  canWrite,
  onReload,
}: {
  member: FullMember;
  canWrite: boolean;
  onReload: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const chamber = useChamber();
  const queries = useQueryClient();
  const status = (value: MemberStatus) => enumLabel(locale, "MemberStatus", value);
  const change = useMutation({
    mutationFn: (to: MemberStatus) => chamber.members.setStatus(member.id, { status: to }),
    onSuccess: (updated) => {
      queries.setQueryData(memberKey(member.id), updated);
      void queries.invalidateQueries({ queryKey: MEMBER_LIST_KEY });
    },
  });
  const reload = () => {
    change.reset();
    onReload();
  };
  const moves = nextStatuses("member", member.status);
  const error = change.error;
  return (
    <section className="card" aria-labelledby="member-status">
      <h2 id="member-status">{t("changeStatus")}</h2>
      <p>
        <StatusBadge status={member.status} />
      </p>
      {moves.length === 0 ? (
        <p className="muted">{t("finalStatus")}</p>
      ) : (
        canWrite && (
          <div className="page-actions">
            {moves.map((to) => (
              <ConfirmDialog
                key={to}
                trigger={
                  <button type="button" className="button" disabled={change.isPending} data-move={to}>
                    {t("moveTo", { status: status(to) })}
                  </button>
                }
                title={t("confirmTitle")}
                description={t("confirmBody", {
                  name: member.legalName,
                  from: status(member.status),
                  to: status(to),
                })}
                confirm={t("confirm")}
                cancel={t("cancel")}
                danger={to === "struck_off" || to === "suspended"}
                onConfirm={() => change.mutate(to)}
              />
            ))}
          </div>
        )
      )}
      <div aria-live="polite">
        {change.isSuccess && (
          <p data-testid="status-changed">{t("statusChanged", { status: status(member.status) })}</p>
        )}
      </div>
      {error instanceof InvalidTransitionError ? (
        <TransitionRefused error={error} onReload={reload} />
      ) : error instanceof PreconditionFailedError ? (
        <div className="state state-error" role="alert" data-testid="stale">
          <p className="state-title">{t("stale")}</p>
          <button type="button" className="button" onClick={reload}>
            {t("reload")}
          </button>
        </div>
      ) : (
        error && <ErrorState error={error} />
      )}
    </section>
  );
}

function TransitionRefused({ error, onReload }: { error: InvalidTransitionError; onReload: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const allowed = error.allowed as readonly MemberStatus[];
  const detail = error.problem.detail ?? error.problem.title;
  return (
    <div className="state state-error" role="alert" data-testid="invalid-transition">
      <p className="state-title">{t("invalidTransition")}</p>
      {detail && <p>{detail}</p>}
      <p>
        {allowed.length === 0
          ? t("noneAllowed")
          : t("allowedNow", {
              allowed: formatList(
                locale,
                allowed.map((to) => enumLabel(locale, "MemberStatus", to)),
              ),
            })}
      </p>
      <button type="button" className="button" onClick={onReload}>
        {t("reload")}
      </button>
    </div>
  );
}
