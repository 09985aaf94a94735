import { apiKeys } from "../../services";
import type { Handler } from "../handler";

export const keysCreate: Handler<"admin.keys.create"> = async ({ db, input }) => {
  const created = await apiKeys.create(db, input.body);
  return { body: created, location: `/admin/keys/${created.id}` };
};

export const keysList: Handler<"admin.keys.list"> = async ({ db, input }) => ({
  body: await apiKeys.list(db, input.query),
});

export const keysRevoke: Handler<"admin.keys.revoke"> = async ({ db, input, gate }) => {
  await apiKeys.revoke(db, input.params.keyId);
  gate.forget(input.params.keyId);
  return { body: undefined };
};
