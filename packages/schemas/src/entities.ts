import type * as z from "zod";
import { Agreement } from "./agreements/agreement";
import { Chamber } from "./chambers/chamber";
import { Region } from "./chambers/region";
// events (issue 13)
import { Event } from "./events/event";
import { Registration } from "./events/registration";
import { LabelApplication, LabelVerification } from "./labels/label-application";
import { LabelScheme } from "./labels/label-scheme";
import { Lease } from "./leases/lease";
import { LeasePayment } from "./leases/payment";
import { Unit } from "./leases/unit";
import { Member, MemberPublic } from "./members/member";
// services platform (issue 13)
import { Service } from "./services/service";
import { ServiceRequest } from "./services/service-request";

/** An entity of the domain model, as it is published (JSON Schema file name, title, description). */
export interface EntitySchema {
  /** The file name without `.json`: `json-schema/<name>.json`. Kebab-case, never changed once shipped. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

/** Every published entity, in one list: the JSON Schema build and its tests walk it. */
export const ENTITIES: readonly EntitySchema[] = [
  {
    name: "region",
    title: "Region",
    description: "One of the 12 regions of Morocco (decree 2.15.40), named in ar, fr, en and zgh.",
    schema: Region,
  },
  {
    name: "chamber",
    title: "Chamber",
    description:
      "A Chamber of Commerce, Industry and Services of the federation: offices, bureau, certifications, services, indicators.",
    schema: Chamber,
  },
  {
    name: "member",
    title: "Member",
    description:
      "A member (ressortissant) of a chamber: an enterprise with its Moroccan identifiers (ICE, RC, IF, TP, CNSS).",
    schema: Member,
  },
  {
    name: "member-public",
    title: "MemberPublic",
    description: "What anyone may see of a member: names, section, activity, city and labels.",
    schema: MemberPublic,
  },
  {
    name: "unit",
    title: "Unit",
    description:
      "A unit of a chamber's building that can be let (office, shop, workshop…), its floor and area in dm².",
    schema: Unit,
  },
  {
    name: "lease",
    title: "Lease",
    description:
      "A lease of a chamber's unit to a member: term, rent and its history, deposit, entry fee, legal regime, status.",
    schema: Lease,
  },
  {
    name: "lease-payment",
    title: "LeasePayment",
    description:
      "A payment on a lease (rent, entry fee, deposit, charges): months covered, amount, method, receipt number.",
    schema: LeasePayment,
  },
  {
    name: "agreement",
    title: "Agreement",
    description:
      "A convention, MoU, framework agreement, twinning or partnership: parties, signature, domains, commitments, documents.",
    schema: Agreement,
  },
  // services platform (issue 13)
  {
    name: "service",
    title: "Service",
    description:
      "An entry of a chamber's service catalogue: audience, documents to provide, fee rule, service level in working days, channel, document series.",
    schema: Service,
  },
  {
    name: "service-request",
    title: "ServiceRequest",
    description:
      "A request for a chamber's service by a member or a person: documents by SHA-256, the fee frozen at submission, the due date, the lifecycle.",
    schema: ServiceRequest,
  },
  // events (issue 13)
  {
    name: "event",
    title: "Event",
    description:
      "An event of a chamber (a forum, a fair): days, venue, sessions, seats, registration window, fee rule, audience.",
    schema: Event,
  },
  {
    name: "registration",
    title: "Registration",
    description:
      "A person's registration to an event: participant, consent, seat or waitlist, check-in, fee frozen at registration.",
    schema: Registration,
  },
  // labels (issue 13)
  {
    name: "label-scheme",
    title: "LabelScheme",
    description:
      'A quality label programme of a chamber ("Souss Massa"): criteria and weights, pass mark, validity, audit recency, number series.',
    schema: LabelScheme,
  },
  {
    name: "label-application",
    title: "LabelApplication",
    description:
      "A member's application for a quality label on one of its products, with its audits and decisions; its status is derived.",
    schema: LabelApplication,
  },
  {
    name: "label-verification",
    title: "LabelVerification",
    description:
      "What anyone learns from a label number: product, holder's public name, scheme, status and validity.",
    schema: LabelVerification,
  },
];
