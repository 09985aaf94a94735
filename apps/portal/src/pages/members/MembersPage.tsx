import { enumLabel, fieldLabel } from "@ghorfa/i18n";
import { MEMBER_STATUSES, SECTIONS } from "@ghorfa/schemas/enum-values";
import { useEffect, useId, useState } from "react";
import { Link, useSearchParams } from "wouter";
import { useChamber } from "../../api/session";
import { useCanWrite } from "../../api/writers";
import { PageHeader } from "../../app/Layout";
import { PagedTable, usePagedQuery } from "../../components/pagination";
import { Isolate } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { members as messages } from "./messages";
import { isFull, MEMBER_LIST_KEY, type MemberListQuery, StatusBadge } from "./shared";

/** How long typing pauses before the search is asked: one request per word, not per key. */
const TYPING_PAUSE_MS = 300;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/**
 * The directory: the node's search (folded: "اركان" finds "أركان", "societe" finds "Société") and
 * its filters, kept in the address so that a reload or a shared link shows the same list.
 */
export default function MembersPage() {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const chamber = useChamber();
  const canWrite = useCanWrite("members");
  const ids = useId();
  const [params, setParams] = useSearchParams();

  const q = params.get("q") ?? "";
  const city = params.get("city") ?? "";
  const status = oneOf(MEMBER_STATUSES, params.get("status"));
  const section = oneOf(SECTIONS, params.get("section"));

  // What is typed shows at once; the address (and so the query) follows after a pause.
  const [typed, setTyped] = useState({ q, city });
  useEffect(() => {
    if (typed.q === q && typed.city === city) return;
    const timer = setTimeout(() => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(typed)) {
            if (value.trim() === "") next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      );
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, q, city, setParams]);

  const setFilter = (key: "status" | "section", value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === "") next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const filters: Omit<MemberListQuery, "limit" | "cursor"> = {
    ...(q.trim() && { q: q.trim() }),
    ...(city.trim() && { city: city.trim() }),
    ...(status && { status }),
    ...(section && { section }),
  };
  const list = usePagedQuery({
    queryKey: MEMBER_LIST_KEY,
    filters,
    fetchPage: (query) => chamber.members.list(query),
    keepPrevious: true,
  });

  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          canWrite && (
            <Link href="/members/new" className="button button-primary">
              {t("newMember")}
            </Link>
          )
        }
      />
      <search className="toolbar members-filters" aria-label={t("filters")}>
        <div className="field members-search">
          <label htmlFor={`${ids}-q`}>{t("search")}</label>
          <input
            id={`${ids}-q`}
            type="search"
            value={typed.q}
            onChange={(event) => setTyped((prev) => ({ ...prev, q: event.target.value }))}
            aria-describedby={`${ids}-q-hint`}
            data-testid="member-search"
          />
          <p id={`${ids}-q-hint`} className="muted small">
            {t("searchHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-status`}>{fieldLabel(locale, ["status"])}</label>
          <select
            id={`${ids}-status`}
            value={status ?? ""}
            onChange={(event) => setFilter("status", event.target.value)}
            data-testid="filter-status"
          >
            <option value="">{t("all")}</option>
            {MEMBER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {enumLabel(locale, "MemberStatus", value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-section`}>{fieldLabel(locale, ["section"])}</label>
          <select
            id={`${ids}-section`}
            value={section ?? ""}
            onChange={(event) => setFilter("section", event.target.value)}
            data-testid="filter-section"
          >
            <option value="">{t("all")}</option>
            {SECTIONS.map((value) => (
              <option key={value} value={value}>
                {enumLabel(locale, "Section", value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-city`}>{fieldLabel(locale, ["address", "city"])}</label>
          <input
            id={`${ids}-city`}
            type="text"
            value={typed.city}
            onChange={(event) => setTyped((prev) => ({ ...prev, city: event.target.value }))}
            data-testid="filter-city"
          />
        </div>
      </search>
      <PagedTable paged={list} empty={t("noResults")}>
        {(items) => (
          <table className="table members-table" data-testid="members-table">
            <caption className="visually-hidden">{t("results")}</caption>
            <thead>
              <tr>
                <th scope="col">{fieldLabel(locale, ["legalName"])}</th>
                <th scope="col">{fieldLabel(locale, ["identifiers", "ice"])}</th>
                <th scope="col">{fieldLabel(locale, ["section"])}</th>
                <th scope="col">{fieldLabel(locale, ["address", "city"])}</th>
                <th scope="col">{fieldLabel(locale, ["status"])}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((member) => (
                <tr key={member.id} data-member-id={member.id}>
                  <th scope="row">
                    <Link href={`/members/${member.id}`}>
                      <Isolate>{member.legalName}</Isolate>
                    </Link>
                  </th>
                  <td>{isFull(member) && <Isolate>{member.identifiers.ice}</Isolate>}</td>
                  <td>{enumLabel(locale, "Section", member.section)}</td>
                  <td>
                    <Isolate>{member.address.city}</Isolate>
                  </td>
                  <td>{isFull(member) && <StatusBadge status={member.status} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedTable>
    </>
  );
}
