import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { ApiError } from "@client/lib/api/api-error.ts";
import { errorText, flatErrors, showServerErrors } from "./field-errors.ts";

/** A line of a form's error summary: a link to the field `target`. */
export interface SummaryItem {
  /** The id of the field the link jumps to. */
  target: string;
  text: string;
}

/** The id of a field's input: "org-declaredAid-0-amountEur" for "declaredAid.0.amountEur". */
export const fieldId = (formId: string, path: string) => `${formId}-${path.replace(/\./g, "-")}`;

/**
 * What a form tells the user after a submit: the error summary (with links to the fields), the
 * server's message when it is about no field, and a counter that moves the focus to the summary.
 */
export function useFormFeedback<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, formId: string, labelOf: (path: string) => string) {
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | undefined>();

  const items: SummaryItem[] = flatErrors(form.formState.errors).map(([path, error]) => ({
    target: fieldId(formId, path),
    text: `${labelOf(path)}: ${errorText(error) ?? ""}`,
  }));

  return {
    attempt,
    message,
    items,
    /** The client's checks refused the form. */
    onInvalid: () => {
      setMessage(undefined);
      setAttempt((n) => n + 1);
    },
    /** The server refused it: field errors go to their fields, anything else into the summary. */
    onFailure: (error: unknown) => {
      const apiError = error instanceof ApiError ? error : ApiError.unexpected(0);
      const onFields = showServerErrors(apiError, form.setError);
      setMessage(onFields ? undefined : apiError.userMessage);
      setAttempt((n) => n + 1);
    },
    clear: () => setMessage(undefined),
  };
}
