import { formatIssues, type Locale } from "@ghorfa/i18n";
import { ValidationError } from "@ghorfa/sdk";
import { type ReactNode, useId } from "react";
import type * as z from "zod";

/** What is wrong with a form, by JSON pointer into what the form sends (`/identifiers/ice`). */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * The errors of a zod check in the reader's language, by field: the same rules and the same words
 * as the node's, since both come from @ghorfa/schemas and @ghorfa/i18n.
 */
export function issuesByField(error: z.ZodError, locale: Locale): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of formatIssues(error, locale)) errors[issue.pointer] ??= issue.message;
  return errors;
}

/**
 * The node's 400 as field errors, its pointers taken from the request's body (`/body/x` → `/x`);
 * undefined for any other error. The node wrote the messages in the language the client asked for.
 */
export function nodeFieldErrors(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ValidationError)) return undefined;
  const errors: Record<string, string> = {};
  for (const item of error.errors) {
    const pointer = item.pointer.startsWith("/body")
      ? item.pointer.slice("/body".length) || "/"
      : item.pointer;
    errors[pointer] ??= item.message;
  }
  return errors;
}

export interface FieldControlProps {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
}

/**
 * A labelled control and its error, tied together for assistive technology: the control says it
 * is invalid and which text describes why. `pointer` names the field in `errors`.
 */
export function Field({
  label,
  pointer,
  errors,
  hint,
  children,
}: {
  label: string;
  pointer: string;
  errors?: FieldErrors | undefined;
  hint?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const error = errors?.[pointer];
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field" data-field={pointer}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      )}
      {children({ id, name: pointer, "aria-invalid": error !== undefined, "aria-describedby": described })}
      {error && (
        <p id={`${id}-error`} className="field-error" data-testid={`error${pointer}`}>
          {error}
        </p>
      )}
    </div>
  );
}
