import type { ReactNode } from "react";
import { PageHeader } from "../app/Layout";
import { useMessages } from "../i18n/locale";
import { shell } from "../messages/shell";

/** What a schema's `safeParse` answers: the value, or that it is not one. */
type Parsed<Id> = { success: true; data: Id } | { success: false };

/**
 * The page of one record whose id is in the address: an address whose id `schema` refuses is "not
 * found" at once, as the node would answer, without asking it.
 */
export function WithRecordId<Id>({
  value,
  schema,
  children,
}: {
  value: string | undefined;
  schema: { safeParse: (value: unknown) => Parsed<Id> };
  children: (id: Id) => ReactNode;
}) {
  const t = useMessages(shell);
  const id = schema.safeParse(value);
  if (!id.success)
    return (
      <>
        <PageHeader title={t("notFoundTitle")} />
        <p>{t("notFoundBody")}</p>
      </>
    );
  return <>{children(id.data)}</>;
}
