import { units } from "../../services";
import type { Handler } from "../handler";

export const unitsList: Handler<"units.list"> = async ({ db, input }) => ({
  body: await units.list(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const unitsGet: Handler<"units.get"> = async ({ db, input }) => {
  const { chamberId, unitId } = input.params;
  const { entity, version } = await units.get(db, { chamberId, id: unitId });
  return { body: entity, version };
};

export const unitsCreate: Handler<"units.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await units.create(db, { chamberId, input: input.body });
  return { body: entity, version, location: `/chambers/${chamberId}/units/${entity.id}` };
};
