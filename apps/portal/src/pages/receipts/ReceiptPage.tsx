import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "wouter";
import { useChamber } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { QueryView } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { receipts } from "./messages";
import { type Paper, ReceiptDocument } from "./ReceiptDocument";

/** A receipt, ready to print on A5 (or A4): the page's frame is hidden on paper. */
export default function ReceiptPage() {
  const t = useMessages(receipts);
  const { locale } = useLocale();
  const { receiptNumber = "" } = useParams<{ receiptNumber: string }>();
  const chamber = useChamber();
  const [paper, setPaper] = useState<Paper>("a5");
  const receipt = useQuery({
    queryKey: ["receipt", receiptNumber, locale],
    queryFn: () => chamber.receipts.get(receiptNumber),
  });
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t("title", { number: receiptNumber })}
          actions={
            <>
              <label className="field-inline">
                <span>{t("paper")}</span>
                <select
                  value={paper}
                  onChange={(event) => setPaper(event.target.value as Paper)}
                  data-testid="receipt-paper"
                >
                  <option value="a5">A5</option>
                  <option value="a4">A4</option>
                </select>
              </label>
              <button
                type="button"
                className="button button-primary"
                onClick={() => window.print()}
                disabled={!receipt.isSuccess}
              >
                {t("print")}
              </button>
            </>
          }
        />
        {receipt.isSuccess && (
          <p>
            <Link href={`/premises/leases/${receipt.data.lease.id}`}>{t("backToLease")}</Link>
          </p>
        )}
      </div>
      <QueryView query={receipt}>
        {(data) => <ReceiptDocument receipt={data} locale={locale} paper={paper} />}
      </QueryView>
    </>
  );
}
