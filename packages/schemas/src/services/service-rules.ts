import type { HolidayCalendar } from "../calendar/moroccan-holidays";
import { addWorkingDays } from "../calendar/working-days";
import { computeFee, feeNeedsDeclaredValue } from "../fees/fee-rule";
import { ghorfaRawIssue } from "../issues/issue-codes";
import type { BooksMoney } from "../money/money";
import type { Service } from "./service";

// What a chamber's catalogue says about a new request, as pure rules: the node calls them, and
// refuses with their issues (400, localized) before it writes anything.

/** Who asks and what they declare: what a request's acceptance and fee depend on. */
export interface RequestBasis {
  readonly memberId?: string | undefined;
  readonly declaredValue?: BooksMoney | undefined;
}

/** The issues that refuse a request of `service` made on `basis`, with paths into the request body. */
export function serviceRequestRefusals(service: Service, basis: RequestBasis) {
  const issues = [];
  if (!service.active) {
    issues.push({
      ...ghorfaRawIssue("service_inactive", `Service ${service.code} is not offered now`, service.id),
      path: ["serviceId"],
    });
  }
  if (service.audience === "members_only" && basis.memberId === undefined) {
    issues.push({
      ...ghorfaRawIssue("service_members_only", `Service ${service.code} is for members only`, undefined),
      path: ["memberId"],
    });
  }
  if (feeNeedsDeclaredValue(service.fee) && basis.declaredValue === undefined) {
    issues.push({
      ...ghorfaRawIssue(
        "service_declared_value_required",
        `The fee of ${service.code} is a share of the declared value: give it`,
        undefined,
      ),
      path: ["declaredValue"],
    });
  }
  return issues;
}

/**
 * The fee of a request of `service` on `basis`: a member pays the members' price. Throws a
 * RangeError when the fee needs a declared value that is missing: ask `serviceRequestRefusals` first.
 */
export function requestFee(service: Service, basis: RequestBasis): BooksMoney {
  return computeFee(service.fee, {
    member: basis.memberId !== undefined,
    declaredValue: basis.declaredValue,
  });
}

/** The day a request submitted on `submittedOn` is due: the service level, in Moroccan working days. */
export function requestDueOn(service: Service, submittedOn: string, calendar: HolidayCalendar): string {
  return addWorkingDays(submittedOn, service.serviceLevelDays, calendar);
}
