import { leases, payments } from "../../services";
import type { Handler } from "../handler";

export const leasesList: Handler<"leases.list"> = async ({ db, input, member }) => ({
  body: await leases.list(db, { chamberId: input.params.chamberId, ...input.query, ownedBy: member }),
});

export const leasesGet: Handler<"leases.get"> = async ({ db, input, member }) => {
  const { chamberId, leaseId } = input.params;
  const { entity, version } = await leases.get(db, { chamberId, id: leaseId, ownedBy: member });
  return { body: entity, version };
};

export const leasesCreate: Handler<"leases.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const { entity, version } = await leases.create(db, { chamberId, input: input.body });
  return { body: entity, version, location: `/chambers/${chamberId}/leases/${entity.id}` };
};

export const leasesUpdate: Handler<"leases.update"> = async ({ db, input, ifVersion }) => {
  const { chamberId, leaseId } = input.params;
  const { entity, version } = await leases.update(db, {
    chamberId,
    id: leaseId,
    ifVersion,
    changes: input.body,
  });
  return { body: entity, version };
};

export const leasesSetStatus: Handler<"leases.setStatus"> = async ({ db, input, ifVersion }) => {
  const { chamberId, leaseId } = input.params;
  const { entity, version } = await leases.setStatus(db, {
    chamberId,
    id: leaseId,
    ...input.body,
    ifVersion,
  });
  return { body: entity, version };
};

export const paymentsList: Handler<"leases.payments.list"> = async ({ db, input, member }) => ({
  body: await payments.list(db, { ...input.params, ...input.query, ownedBy: member }),
});

export const paymentsCreate: Handler<"leases.payments.create"> = async ({ db, input }) => {
  const { chamberId } = input.params;
  const payment = await payments.create(db, { ...input.params, input: input.body });
  return { body: payment, location: `/chambers/${chamberId}/receipts/${payment.receiptNumber}` };
};
