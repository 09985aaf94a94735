import { members, NotFoundError } from "../../services";
import type { Handler } from "../handler";
import { publicValues, visible } from "./public-rows";

const located = (chamberId: string, id: string) => `/chambers/${chamberId}/members/${id}`;

export const membersList: Handler<"members.list"> = async ({ db, input, view }) => {
  const { chamberId } = input.params;
  const { status, ...filters } = input.query;
  const listed = publicValues("members.list") as readonly NonNullable<typeof status>[] | undefined;
  // The public sees only the listed statuses: a filter on another one finds nothing.
  const statuses =
    view === "public" && listed ? listed.filter((s) => status === undefined || s === status) : status;
  return {
    body: await members.list(db, { chamberId, ...filters, status: statuses, searchIn: view }),
  };
};

export const membersGet: Handler<"members.get"> = async ({ db, input, view, member }) => {
  const { chamberId, memberId } = input.params;
  // A member's session reads its own record; another's is not found, as if it did not exist.
  if (member !== undefined && memberId !== member) throw new NotFoundError("member", memberId);
  const { entity, version } = await members.get(db, { chamberId, id: memberId });
  return { body: visible("members.get", view, entity, memberId), version };
};

export const membersCreate: Handler<"members.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await members.create(db, { chamberId, input: input.body });
  return { body: entity, version, location: located(chamberId, entity.id) };
};

export const membersUpdate: Handler<"members.update"> = async ({ db, input, ifVersion }) => {
  const { chamberId, memberId } = input.params;
  const { entity, version } = await members.update(db, {
    chamberId,
    id: memberId,
    ifVersion,
    changes: input.body,
  });
  return { body: entity, version };
};

export const membersSetStatus: Handler<"members.setStatus"> = async ({ db, input, ifVersion }) => {
  const { chamberId, memberId } = input.params;
  const { entity, version } = await members.setStatus(db, {
    chamberId,
    id: memberId,
    status: input.body.status,
    ifVersion,
  });
  return { body: entity, version };
};
