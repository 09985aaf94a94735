import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import { monthsBetween, requestsByStatus, serviceLevelByMonth } from "./service-reports";

const a = fixtureId("service", "ma-09", 1);
const b = fixtureId("service", "ma-09", 2);

describe("service reports", () => {
  it("count requests by service and status", () => {
    const report = requestsByStatus([
      { serviceId: b, status: "submitted", dueOn: "2026-02-02" },
      { serviceId: a, status: "delivered", dueOn: "2026-02-02", deliveredOn: "2026-02-01" },
      { serviceId: a, status: "delivered", dueOn: "2026-02-02", deliveredOn: "2026-02-03" },
      { serviceId: a, status: "rejected", dueOn: "2026-02-02" },
    ]);
    expect(report).toEqual({
      items: [
        { serviceId: a, counts: { delivered: 2, rejected: 1 }, total: 3 },
        { serviceId: b, counts: { submitted: 1 }, total: 1 },
      ],
      total: 4,
    });
  });

  it("give the share delivered by the due date, by month of delivery; a delivery on the due day is on time", () => {
    const report = serviceLevelByMonth(
      [
        { serviceId: a, status: "delivered", dueOn: "2026-02-02", deliveredOn: "2026-02-02" },
        { serviceId: a, status: "delivered", dueOn: "2026-02-02", deliveredOn: "2026-02-03" },
        { serviceId: a, status: "delivered", dueOn: "2026-02-10", deliveredOn: "2026-02-09" },
        { serviceId: a, status: "approved", dueOn: "2026-02-02" },
        { serviceId: a, status: "delivered", dueOn: "2026-05-02", deliveredOn: "2026-05-02" },
      ],
      "2026-01",
      "2026-03",
    );
    expect(report.months).toEqual([
      { month: "2026-01", delivered: 0, onTime: 0, onTimeShare: null },
      { month: "2026-02", delivered: 3, onTime: 2, onTimeShare: 0.6667 },
      { month: "2026-03", delivered: 0, onTime: 0, onTimeShare: null },
    ]);
  });

  it("span 1 to 36 months, across a year end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(() => monthsBetween("2026-02", "2026-01")).toThrow(RangeError);
    expect(() => monthsBetween("2020-01", "2026-01")).toThrow(RangeError);
  });
});
