import { overview as overviewService, reports } from "../../services";
import type { Handler } from "../handler";

export const rentRoll: Handler<"reports.rentRoll"> = async ({ db, input }) => ({
  body: await reports.rentRoll(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const arrears: Handler<"reports.arrears"> = async ({ db, input }) => ({
  body: await reports.arrears(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const overview: Handler<"reports.overview"> = async ({ db, input }) => ({
  body: await overviewService.overview(db, { chamberId: input.params.chamberId, ...input.query }),
});
