import type {
  ArrearsReport,
  ChamberId,
  ChamberIdSchema,
  ChamberOverview,
  Member,
  MemberPublic,
  MemberSchema,
} from "@ghorfa/schemas";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { ApiKeyCreated } from "./entities/api-key";
import type { MemberCreate, MemberCreateSchema, MemberListQuery, MemberPatch } from "./resources/members";
import type { Route, RouteHeadersShape } from "./route";
import type { ParsedRouteInput, RouteHeaders, RouteInput, RouteOutput, RouteReply } from "./route-types";
import { routes } from "./routes";

type Routes = typeof routes;

// These assertions are checked by `tsc` (the package's typecheck); at run time they only
// make sure the route values exist.
describe("route types", () => {
  it("infer what a caller sends: params, an optional query when every filter is optional, a body", () => {
    expectTypeOf<RouteInput<Routes["members.create"]>>().toEqualTypeOf<{
      params: { chamberId: ChamberId };
      body: z.input<typeof MemberCreate>;
    }>();
    expectTypeOf<RouteInput<Routes["members.list"]>>().toEqualTypeOf<{
      params: { chamberId: ChamberId };
      query?: z.input<typeof MemberListQuery>;
    }>();
    expectTypeOf<RouteInput<Routes["reports.rentRoll"]>["query"]>().toEqualTypeOf<{ month: string }>();
    expectTypeOf<keyof RouteInput<Routes["node.info"]>>().toEqualTypeOf<never>();
    expectTypeOf(routes["members.update"]).toHaveProperty("ifMatch");
  });

  it("infer what the server holds once the request is parsed: defaults applied", () => {
    expectTypeOf<ParsedRouteInput<Routes["members.list"]>["query"]["limit"]>().toEqualTypeOf<number>();
    expectTypeOf<ParsedRouteInput<Routes["members.update"]>["body"]>().toEqualTypeOf<
      z.output<typeof MemberPatch>
    >();
  });

  it("infer what a caller reads back for the success status", () => {
    expectTypeOf<RouteOutput<Routes["members.create"]>>().toEqualTypeOf<Member>();
    expectTypeOf<RouteOutput<Routes["members.create"], 201>>().toEqualTypeOf<Member>();
    expectTypeOf<RouteOutput<Routes["members.get"]>>().toEqualTypeOf<Member | MemberPublic>();
    expectTypeOf<RouteOutput<Routes["members.list"]>["nextCursor"]>().toEqualTypeOf<string | null>();
    expectTypeOf<RouteOutput<Routes["reports.arrears"]>>().toEqualTypeOf<ArrearsReport>();
    expectTypeOf<RouteOutput<Routes["reports.overview"]>>().toEqualTypeOf<ChamberOverview>();
    expectTypeOf<RouteOutput<Routes["admin.keys.create"]>>().toEqualTypeOf<ApiKeyCreated>();
    expectTypeOf<RouteOutput<Routes["admin.keys.revoke"]>>().toEqualTypeOf<undefined>();
    expectTypeOf<RouteReply<Routes["leases.get"]>["monthlyRent"]["currency"]>().toEqualTypeOf<
      string | undefined
    >();
  });

  it("infer the headers a route takes, by their lowercase names", () => {
    type Common = "accept-language" | "x-request-id" | "ghorfa-version";
    expectTypeOf<keyof RouteHeadersShape<Routes["members.get"]>>().toEqualTypeOf<Common>();
    expectTypeOf<keyof RouteHeadersShape<Routes["members.create"]>>().toEqualTypeOf<
      Common | "idempotency-key"
    >();
    expectTypeOf<keyof RouteHeadersShape<Routes["members.update"]>>().toEqualTypeOf<
      Common | "idempotency-key" | "if-match"
    >();
    expectTypeOf<RouteHeaders<Routes["members.create"]>["idempotency-key"]>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(routes["members.create"].key).toEqualTypeOf<"members.create">();
    expectTypeOf(routes["members.create"].successStatus).toEqualTypeOf<201>();
  });

  it("keep each schema's named type, whose inferred types and methods are the schema's own", () => {
    expectTypeOf(routes["members.create"].body).toEqualTypeOf<MemberCreateSchema>();
    expectTypeOf(routes["members.create"].responses[201]).toEqualTypeOf<MemberSchema>();
    expectTypeOf<z.output<MemberSchema>>().toEqualTypeOf<Member>();
    expectTypeOf<z.input<MemberCreateSchema>>().toEqualTypeOf<z.input<typeof MemberCreate>>();
    expectTypeOf(routes["members.create"].body.shape.legalName.parse).returns.toEqualTypeOf<string>();
    expectTypeOf<MemberSchema["shape"]["chamberId"]>().toEqualTypeOf<ChamberIdSchema>();
    expectTypeOf<z.output<ChamberIdSchema>>().toEqualTypeOf<ChamberId>();
  });

  it("type a route's headers from its method and If-Match rule, and no more of it", () => {
    expectTypeOf<keyof z.output<Routes["members.setStatus"]["headers"]>>().toEqualTypeOf<
      "accept-language" | "x-request-id" | "ghorfa-version" | "idempotency-key" | "if-match"
    >();
    expectTypeOf<Route["headers"]>().toEqualTypeOf<z.ZodObject>();
    expectTypeOf<Route["successStatus"]>().toEqualTypeOf<200 | 201 | 204>();
  });
});
