import { chambers } from "../../services";
import type { Handler } from "../handler";

export const chambersList: Handler<"chambers.list"> = async ({ db }) => ({
  body: { items: await chambers.list(db) },
});

export const chambersGet: Handler<"chambers.get"> = async ({ db, input }) => {
  const { entity, version } = await chambers.get(db, input.params.chamberId);
  return { body: entity, version };
};
