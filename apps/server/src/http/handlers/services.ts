import { holidays, serviceCatalogue, serviceReports, serviceRequests } from "../../services";
import type { Handler } from "../handler";
import { ProblemError } from "../problem";
import { publicValues, visible } from "./public-rows";

// services platform (issue 13)

export const servicesList: Handler<"services.list"> = async ({ db, input, view }) => {
  // The contract makes the services on offer public: the public view asks only for those.
  const active = view === "public" ? publicValues("services.list")?.includes(true) : undefined;
  return {
    body: await serviceCatalogue.list(db, { chamberId: input.params.chamberId, ...input.query, active }),
  };
};

export const servicesGet: Handler<"services.get"> = async ({ db, input, view }) => {
  const { chamberId, serviceId } = input.params;
  const { entity, version } = await serviceCatalogue.get(db, { chamberId, id: serviceId });
  return { body: visible("services.get", view, entity, serviceId), version };
};

export const servicesCreate: Handler<"services.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await serviceCatalogue.create(db, { chamberId, input: input.body });
  return { body: entity, version, location: `/chambers/${chamberId}/services/${entity.id}` };
};

export const servicesUpdate: Handler<"services.update"> = async ({ db, input, ifVersion }) => {
  const { chamberId, serviceId } = input.params;
  const { entity, version } = await serviceCatalogue.update(db, {
    chamberId,
    id: serviceId,
    ifVersion,
    changes: input.body,
  });
  return { body: entity, version };
};

export const serviceRequestsList: Handler<"serviceRequests.list"> = async ({ db, input, member }) => ({
  body: await serviceRequests.list(db, {
    chamberId: input.params.chamberId,
    ...input.query,
    ownedBy: member,
  }),
});

export const serviceRequestsGet: Handler<"serviceRequests.get"> = async ({ db, input, member }) => {
  const { chamberId, requestId } = input.params;
  const { entity, version } = await serviceRequests.get(db, { chamberId, id: requestId, ownedBy: member });
  return { body: entity, version };
};

export const serviceRequestsCreate: Handler<"serviceRequests.create"> = async ({ db, input, member }) => {
  const { chamberId } = input.params;
  // A member submits for itself only: not for another member, nor for a person without a record.
  if (member !== undefined && input.body.memberId !== member) throw new ProblemError("forbidden");
  const { entity, version } = await serviceRequests.create(db, { chamberId, input: input.body });
  return { body: entity, version, location: `/chambers/${chamberId}/service-requests/${entity.id}` };
};

export const serviceRequestsUpdate: Handler<"serviceRequests.update"> = async ({ db, input, ifVersion }) => {
  const { chamberId, requestId } = input.params;
  const { entity, version } = await serviceRequests.update(db, {
    chamberId,
    id: requestId,
    ifVersion,
    changes: input.body,
  });
  return { body: entity, version };
};

export const serviceRequestsSetStatus: Handler<"serviceRequests.setStatus"> = async ({
  db,
  input,
  ifVersion,
}) => {
  const { chamberId, requestId } = input.params;
  const { entity, version } = await serviceRequests.setStatus(db, {
    chamberId,
    id: requestId,
    ...input.body,
    ifVersion,
  });
  return { body: entity, version };
};

export const holidaysGet: Handler<"holidays.get"> = async ({ db, input }) => ({
  body: await holidays.year(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const holidaysAnnounce: Handler<"holidays.announce"> = async ({ db, input }) => {
  const { entity, version } = await holidays.announce(db, {
    chamberId: input.params.chamberId,
    input: input.body,
  });
  return { body: entity, version };
};

export const serviceRequestsReport: Handler<"reports.serviceRequests"> = async ({ db, input }) => ({
  body: await serviceReports.byServiceAndStatus(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const serviceLevelReport: Handler<"reports.serviceLevel"> = async ({ db, input }) => ({
  body: await serviceReports.serviceLevel(db, { chamberId: input.params.chamberId, ...input.query }),
});
