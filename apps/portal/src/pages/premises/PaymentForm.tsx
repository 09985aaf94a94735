import { enumLabel, fieldLabel } from "@ghorfa/i18n";
import { MoneyError, parseMoney } from "@ghorfa/schemas";
import { PAYMENT_KINDS, PAYMENT_METHODS } from "@ghorfa/schemas/enum-values";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { Link } from "wouter";
import { useChamber } from "../../api/session";
import { Field, type FieldErrors, nodeFieldErrors } from "../../components/forms";
import { ErrorState } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { type LeaseData, moroccanToday } from "./data";
import { premises } from "./messages";

type PaymentInput = Parameters<ReturnType<typeof useChamber>["leases"]["payments"]["create"]>[1];

/**
 * Records a payment on a lease. One Idempotency-Key per payment: made on the first submit, sent
 * again by every retry and by a second click, and dropped only once the node has answered with
 * the payment; so however often the form is sent, the node records one payment and one receipt.
 * After a refused body (400) the node kept nothing under the key, so the corrected form reuses it.
 */
export function PaymentForm({ lease }: { lease: LeaseData }) {
  const t = useMessages(premises);
  const { locale } = useLocale();
  const chamber = useChamber();
  const queries = useQueryClient();
  const today = moroccanToday();
  const [amount, setAmount] = useState("");
  const [kind, setKind] = useState<PaymentInput["kind"]>("rent");
  const [method, setMethod] = useState<PaymentInput["method"]>("bank_transfer");
  const [paidOn, setPaidOn] = useState(today);
  const [from, setFrom] = useState(today.slice(0, 7));
  const [to, setTo] = useState(today.slice(0, 7));
  const [reference, setReference] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const key = useRef<string | undefined>(undefined);

  const record = useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: PaymentInput; idempotencyKey: string }) =>
      chamber.leases.payments.create(lease.id, body, { idempotencyKey }),
    onSuccess: () => {
      key.current = undefined;
      void queries.invalidateQueries({ queryKey: ["lease-payments", lease.id] });
      void queries.invalidateQueries({ queryKey: ["arrears"] });
    },
    onError: (error) => setErrors(nodeFieldErrors(error) ?? {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    // A second click before the first answer: the same payment, already on its way.
    if (record.isPending) return;
    let money: PaymentInput["amount"];
    try {
      money = parseMoney(amount, lease.monthlyRent.currency);
    } catch (error) {
      if (!(error instanceof MoneyError)) throw error;
      setErrors({ "/amount": t("amountInvalid") });
      return;
    }
    setErrors({});
    key.current ??= crypto.randomUUID();
    const body: PaymentInput = {
      kind,
      amount: money,
      method,
      paidOn,
      ...(kind === "rent" ? { period: { from, to } } : {}),
      ...(reference.trim() === "" ? {} : { reference: reference.trim() }),
    };
    record.mutate({ body, idempotencyKey: key.current });
  }

  if (record.isSuccess) {
    const number = record.data.receiptNumber;
    return (
      <section aria-labelledby="record-heading" className="card" data-testid="payment-recorded">
        <h2 id="record-heading">{t("record")}</h2>
        <p role="status">{t("recorded", { number })}</p>
        <p className="toolbar">
          <Link href={`/receipts/${number}`} className="button button-primary" data-testid="receipt-link">
            {t("viewReceipt")}
          </Link>
          <button
            type="button"
            className="button"
            onClick={() => {
              setAmount("");
              setReference("");
              record.reset();
            }}
          >
            {t("another")}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="record-heading" className="card">
      <h2 id="record-heading">{t("record")}</h2>
      <form onSubmit={submit} noValidate data-testid="payment-form" className="grid">
        <Field label={t("amount")} pointer="/amount" errors={errors} hint={t("amountHint")}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              data-testid="payment-amount"
            />
          )}
        </Field>
        <Field label={fieldLabel(locale, ["kind"])} pointer="/kind" errors={errors}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as PaymentInput["kind"])}>
              {PAYMENT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {enumLabel(locale, "PaymentKind", value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={fieldLabel(locale, ["method"])} pointer="/method" errors={errors}>
          {(props) => (
            <select
              {...props}
              value={method}
              onChange={(e) => setMethod(e.target.value as PaymentInput["method"])}
              data-testid="payment-method"
            >
              {PAYMENT_METHODS.map((value) => (
                <option key={value} value={value}>
                  {enumLabel(locale, "PaymentMethod", value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={fieldLabel(locale, ["paidOn"])} pointer="/paidOn" errors={errors}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={paidOn}
              onChange={(e) => setPaidOn(e.target.value)}
              data-testid="payment-date"
            />
          )}
        </Field>
        {kind === "rent" && (
          <>
            <Field label={fieldLabel(locale, ["period", "from"])} pointer="/period/from" errors={errors}>
              {(props) => (
                <input
                  {...props}
                  type="month"
                  value={from}
                  onChange={(e) => setFrom(e.target.value)}
                  data-testid="payment-from"
                />
              )}
            </Field>
            <Field label={fieldLabel(locale, ["period", "to"])} pointer="/period/to" errors={errors}>
              {(props) => (
                <input
                  {...props}
                  type="month"
                  value={to}
                  onChange={(e) => setTo(e.target.value)}
                  data-testid="payment-to"
                />
              )}
            </Field>
          </>
        )}
        <Field label={fieldLabel(locale, ["reference"])} pointer="/reference" errors={errors}>
          {(props) => <input {...props} value={reference} onChange={(e) => setReference(e.target.value)} />}
        </Field>
        {record.isError && !nodeFieldErrors(record.error) && <ErrorState error={record.error} />}
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={record.isPending}
            data-testid="payment-submit"
          >
            {record.isPending ? t("submitting") : t("submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
