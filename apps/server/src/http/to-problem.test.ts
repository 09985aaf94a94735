import { problemUri } from "@ghorfa/contract";
import { fieldLabel, type Locale, loadCatalogs, t } from "@ghorfa/i18n";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { ValidationError } from "../services";
import { cursorAfter } from "../services/page";
import { problemBody } from "./problem";
import { toProblem } from "./to-problem";

beforeAll(() => loadCatalogs());

const bodyOf = (error: unknown, locale: Locale) => problemBody(toProblem(error), locale, "req-1");

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("Expected a refusal");
}

describe("a service's ValidationError on the wire", () => {
  it("points into the part of the request the service names, with the Ghorfa code and the caller's sentence", () => {
    const refused = thrown(() => cursorAfter("7aCA", { kind: "member" }));
    expect(refused).toBeInstanceOf(ValidationError);
    const problem = bodyOf(refused, "fr-MA");
    expect(problem.type).toBe(problemUri("validation"));
    expect(problem.errors).toEqual([
      {
        pointer: "/query/cursor",
        code: "invalid_cursor",
        message: t("fr-MA", "issue.invalid_cursor", { field: fieldLabel("fr-MA", ["cursor"]) }),
      },
    ]);
  });

  it("keeps zod's code for an issue that is not Ghorfa's, and says it in the caller's language", () => {
    const { error } = z.object({ legalName: z.string() }).safeParse({});
    const refused = new ValidationError("The member would not be valid", {
      part: "body",
      issues: error?.issues ?? [],
    });
    expect(bodyOf(refused, "ar-MA").errors).toEqual([
      {
        pointer: "/body/legalName",
        code: "invalid_type",
        message: t("ar-MA", "validation.required", { field: fieldLabel("ar-MA", ["legalName"]) }),
      },
    ]);
  });
});
