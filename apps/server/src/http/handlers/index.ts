import type { Handlers } from "../handler";
import { keysCreate, keysList, keysRevoke } from "./admin";
import {
  agreementsCreate,
  agreementsGet,
  agreementsList,
  agreementsSetStatus,
  agreementsUpdate,
} from "./agreements";
import {
  leasesCreate,
  leasesGet,
  leasesList,
  leasesSetStatus,
  leasesUpdate,
  paymentsCreate,
  paymentsList,
} from "./leases";
import { membersCreate, membersGet, membersList, membersSetStatus, membersUpdate } from "./members";
import { chambersGet, chambersList, nodeInfo } from "./node";
import { arrears, receiptsGet, rentRoll } from "./receipts";
import { unitsCreate, unitsGet, unitsList } from "./units";

/** The implementation of each contract route, by its key; the routes themselves come from the contract. */
export const handlers: Handlers = {
  "node.info": nodeInfo,
  "chambers.list": chambersList,
  "chambers.get": chambersGet,
  "members.list": membersList,
  "members.get": membersGet,
  "members.create": membersCreate,
  "members.update": membersUpdate,
  "members.setStatus": membersSetStatus,
  "units.list": unitsList,
  "units.get": unitsGet,
  "units.create": unitsCreate,
  "leases.list": leasesList,
  "leases.get": leasesGet,
  "leases.create": leasesCreate,
  "leases.update": leasesUpdate,
  "leases.setStatus": leasesSetStatus,
  "leases.payments.list": paymentsList,
  "leases.payments.create": paymentsCreate,
  "receipts.get": receiptsGet,
  "reports.rentRoll": rentRoll,
  "reports.arrears": arrears,
  "agreements.list": agreementsList,
  "agreements.get": agreementsGet,
  "agreements.create": agreementsCreate,
  "agreements.update": agreementsUpdate,
  "agreements.setStatus": agreementsSetStatus,
  "admin.keys.create": keysCreate,
  "admin.keys.list": keysList,
  "admin.keys.revoke": keysRevoke,
};
