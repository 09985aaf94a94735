import type { Handlers } from "../handler";
import { keysCreate, keysList, keysRevoke } from "./admin";
import {
  agreementsCreate,
  agreementsGet,
  agreementsList,
  agreementsSetStatus,
  agreementsUpdate,
} from "./agreements";
// sign-in (issue 15)
import {
  authRequestPasswordReset,
  authResetPassword,
  authSession,
  authSignIn,
  authSignOut,
  authSignOutEverywhere,
} from "./auth";
import { chambersGet, chambersList } from "./chambers";
// events (issue 13)
import {
  eventsCreate,
  eventsGet,
  eventsList,
  eventsSetStatus,
  eventsUpcoming,
  eventsUpdate,
  registrationsCancel,
  registrationsCheckIn,
  registrationsCreate,
  registrationsGet,
  registrationsList,
  registrationsSelfRegister,
} from "./events";
// labels (issue 13)
import {
  labelApplicationsCreate,
  labelApplicationsGet,
  labelApplicationsList,
  labelAuditsCreate,
  labelDecisionsCreate,
  labelSchemesCreate,
  labelSchemesGet,
  labelSchemesList,
  labelsVerify,
} from "./labels";
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
import { nodeInfo } from "./node";
import { receiptsGet } from "./receipts";
import { arrears, overview, rentRoll } from "./reports";
// services platform (issue 13)
import {
  holidaysAnnounce,
  holidaysGet,
  serviceLevelReport,
  serviceRequestsCreate,
  serviceRequestsGet,
  serviceRequestsList,
  serviceRequestsReport,
  serviceRequestsSetStatus,
  serviceRequestsUpdate,
  servicesCreate,
  servicesGet,
  servicesList,
  servicesUpdate,
} from "./services";
import { unitsCreate, unitsGet, unitsList } from "./units";

/**
 * The implementation of each contract route, by its key; the routes themselves come from the contract.
 * Each route's handler sits in the file named like the contract's (`routes/chambers.ts` here as
 * `handlers/chambers.ts`); `public-rows.ts` is the handlers' own helper.
 */
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
  "reports.overview": overview,
  "agreements.list": agreementsList,
  "agreements.get": agreementsGet,
  "agreements.create": agreementsCreate,
  "agreements.update": agreementsUpdate,
  "agreements.setStatus": agreementsSetStatus,
  "admin.keys.create": keysCreate,
  "admin.keys.list": keysList,
  "admin.keys.revoke": keysRevoke,
  // sign-in (issue 15)
  "auth.signIn": authSignIn,
  "auth.session": authSession,
  "auth.signOut": authSignOut,
  "auth.signOutEverywhere": authSignOutEverywhere,
  "auth.requestPasswordReset": authRequestPasswordReset,
  "auth.resetPassword": authResetPassword,
  // services platform (issue 13)
  "services.list": servicesList,
  "services.get": servicesGet,
  "services.create": servicesCreate,
  "services.update": servicesUpdate,
  "serviceRequests.list": serviceRequestsList,
  "serviceRequests.get": serviceRequestsGet,
  "serviceRequests.create": serviceRequestsCreate,
  "serviceRequests.update": serviceRequestsUpdate,
  "serviceRequests.setStatus": serviceRequestsSetStatus,
  "holidays.get": holidaysGet,
  "holidays.announce": holidaysAnnounce,
  "reports.serviceRequests": serviceRequestsReport,
  "reports.serviceLevel": serviceLevelReport,
  // events (issue 13)
  "events.list": eventsList,
  "events.upcoming": eventsUpcoming,
  "events.get": eventsGet,
  "events.create": eventsCreate,
  "events.update": eventsUpdate,
  "events.setStatus": eventsSetStatus,
  "registrations.list": registrationsList,
  "registrations.get": registrationsGet,
  "registrations.create": registrationsCreate,
  "registrations.selfRegister": registrationsSelfRegister,
  "registrations.cancel": registrationsCancel,
  "registrations.checkIn": registrationsCheckIn,
  // labels (issue 13)
  "labels.schemes.list": labelSchemesList,
  "labels.schemes.get": labelSchemesGet,
  "labels.schemes.create": labelSchemesCreate,
  "labels.applications.list": labelApplicationsList,
  "labels.applications.get": labelApplicationsGet,
  "labels.applications.create": labelApplicationsCreate,
  "labels.audits.create": labelAuditsCreate,
  "labels.decisions.create": labelDecisionsCreate,
  "labels.verify": labelsVerify,
};
