import { agreements } from "../../services";
import type { Handler } from "../handler";
import { publicValues, visible } from "./public-rows";

export const agreementsList: Handler<"agreements.list"> = async ({ db, input, view }) => {
  // The contract makes published agreements public: the public view asks only for those.
  const published = view === "public" ? publicValues("agreements.list")?.includes(true) : undefined;
  return {
    body: await agreements.list(db, { chamberId: input.params.chamberId, ...input.query, published }),
  };
};

export const agreementsGet: Handler<"agreements.get"> = async ({ db, input, view }) => {
  const { chamberId, agreementId } = input.params;
  const { entity, version } = await agreements.get(db, { chamberId, id: agreementId });
  return { body: visible("agreements.get", view, entity, agreementId), version };
};

export const agreementsCreate: Handler<"agreements.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await agreements.create(db, { chamberId, input: input.body });
  return { body: entity, version, location: `/chambers/${chamberId}/agreements/${entity.id}` };
};

export const agreementsUpdate: Handler<"agreements.update"> = async ({ db, input, ifVersion }) => {
  const { chamberId, agreementId } = input.params;
  const { entity, version } = await agreements.update(db, {
    chamberId,
    id: agreementId,
    ifVersion,
    changes: input.body,
  });
  return { body: entity, version };
};

export const agreementsSetStatus: Handler<"agreements.setStatus"> = async ({ db, input, ifVersion }) => {
  const { chamberId, agreementId } = input.params;
  const { entity, version } = await agreements.setStatus(db, {
    chamberId,
    id: agreementId,
    ...input.body,
    ifVersion,
  });
  return { body: entity, version };
};
