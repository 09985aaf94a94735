import { labels } from "../../services";
import type { Handler } from "../handler";

const applicationAt = (chamberId: string, id: string) => `/chambers/${chamberId}/label-applications/${id}`;

export const labelSchemesList: Handler<"labels.schemes.list"> = async ({ db, input }) => ({
  body: await labels.listSchemes(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const labelSchemesGet: Handler<"labels.schemes.get"> = async ({ db, input }) => {
  const { chamberId, schemeId } = input.params;
  const { entity, version } = await labels.getScheme(db, { chamberId, id: schemeId });
  return { body: entity, version };
};

export const labelSchemesCreate: Handler<"labels.schemes.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await labels.createScheme(db, { chamberId, input: input.body });
  return { body: entity, version, location: `/chambers/${chamberId}/label-schemes/${entity.id}` };
};

export const labelApplicationsList: Handler<"labels.applications.list"> = async ({ db, input }) => ({
  body: await labels.listApplications(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const labelApplicationsGet: Handler<"labels.applications.get"> = async ({ db, input }) => {
  const { chamberId, applicationId } = input.params;
  const { entity, version } = await labels.getApplication(db, { chamberId, id: applicationId });
  return { body: entity, version };
};

export const labelApplicationsCreate: Handler<"labels.applications.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await labels.createApplication(db, { chamberId, input: input.body });
  return { body: entity, version, location: applicationAt(chamberId, entity.id) };
};

export const labelAuditsCreate: Handler<"labels.audits.create"> = async ({ db, input, ifVersion }) => {
  const { chamberId, applicationId } = input.params;
  const { entity, version } = await labels.recordAudit(db, {
    chamberId,
    id: applicationId,
    ifVersion,
    input: input.body,
  });
  return { body: entity, version, location: applicationAt(chamberId, entity.id) };
};

export const labelDecisionsCreate: Handler<"labels.decisions.create"> = async ({ db, input, ifVersion }) => {
  const { chamberId, applicationId } = input.params;
  const { entity, version } = await labels.recordDecision(db, {
    chamberId,
    id: applicationId,
    ifVersion,
    input: input.body,
  });
  return { body: entity, version, location: applicationAt(chamberId, entity.id) };
};

export const labelsVerify: Handler<"labels.verify"> = async ({ db, input }) => ({
  body: await labels.verify(db, input.params),
});
