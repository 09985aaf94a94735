import { events, registrations } from "../../services";
import type { Handler } from "../handler";

// events (issue 13)

export const eventsList: Handler<"events.list"> = async ({ db, input }) => ({
  body: await events.list(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const eventsUpcoming: Handler<"events.upcoming"> = async ({ db, input }) => ({
  body: await events.list(db, {
    chamberId: input.params.chamberId,
    ...input.query,
    upcomingPublic: true,
    // Today in UTC: Morocco is never behind it, so an event leaves the list at most an hour late,
    // never early.
    endsFrom: new Date().toISOString().slice(0, 10),
  }),
});

export const eventsGet: Handler<"events.get"> = async ({ db, input }) => {
  const { chamberId, eventId } = input.params;
  const { entity, version } = await events.get(db, { chamberId, id: eventId });
  return { body: entity, version };
};

export const eventsCreate: Handler<"events.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await events.create(db, { chamberId, input: input.body });
  return { body: entity, version, location: `/chambers/${chamberId}/events/${entity.id}` };
};

export const eventsUpdate: Handler<"events.update"> = async ({ db, input, ifVersion }) => {
  const { chamberId, eventId } = input.params;
  const { entity, version } = await events.update(db, {
    chamberId,
    id: eventId,
    ifVersion,
    changes: input.body,
  });
  return { body: entity, version };
};

export const eventsSetStatus: Handler<"events.setStatus"> = async ({ db, input, ifVersion }) => {
  const { chamberId, eventId } = input.params;
  const { entity, version } = await events.setStatus(db, {
    chamberId,
    id: eventId,
    ...input.body,
    ifVersion,
  });
  return { body: entity, version };
};

export const registrationsList: Handler<"registrations.list"> = async ({ db, input }) => ({
  body: await registrations.list(db, { ...input.params, ...input.query }),
});

export const registrationsGet: Handler<"registrations.get"> = async ({ db, input }) => {
  const { chamberId, eventId, registrationId } = input.params;
  const { entity, version } = await registrations.get(db, { chamberId, eventId, id: registrationId });
  return { body: entity, version };
};

const locationOf = (chamberId: string, eventId: string, id: string) =>
  `/chambers/${chamberId}/events/${eventId}/registrations/${id}`;

export const registrationsCreate: Handler<"registrations.create"> = async ({ db, input }) => {
  const { chamberId, eventId } = input.params;
  const { entity, version } = await registrations.create(db, { chamberId, eventId, input: input.body });
  return { body: entity, version, location: locationOf(chamberId, eventId, entity.id) };
};

export const registrationsSelfRegister: Handler<"registrations.selfRegister"> = async ({ db, input }) => {
  const { chamberId, eventId } = input.params;
  const { person, consent } = input.body;
  const { entity, version } = await registrations.create(db, {
    chamberId,
    eventId,
    input: { participant: { kind: "outside", person }, consent },
    publicOnly: true,
  });
  return { body: entity, version, location: locationOf(chamberId, eventId, entity.id) };
};

export const registrationsCancel: Handler<"registrations.cancel"> = async ({ db, input, ifVersion }) => {
  const { chamberId, eventId, registrationId } = input.params;
  const { entity, version } = await registrations.cancel(db, {
    chamberId,
    eventId,
    id: registrationId,
    ifVersion,
  });
  return { body: entity, version };
};

export const registrationsCheckIn: Handler<"registrations.checkIn"> = async ({ db, input, ifVersion }) => {
  const { chamberId, eventId, registrationId } = input.params;
  const { entity, version } = await registrations.checkIn(db, {
    chamberId,
    eventId,
    id: registrationId,
    ifVersion,
  });
  return { body: entity, version };
};
