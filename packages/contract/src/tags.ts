/** Route groups, in the order the API documentation shows them. */
export const TAGS = {
  node: "The node: which chambers it hosts and which contract it speaks.",
  directory: "The federation directory of chambers; public.",
  members: "The chamber's members (ressortissants); names, section, city and labels are public.",
  units: "The units of the chamber's buildings that it rents out.",
  leases: "Leases of units, their status and their payments.",
  receipts: "Receipts of lease payments, with the amount in words in the caller's language.",
  reports: "Rent roll and arrears.",
  agreements: "Agreements with chambers, authorities and partners; published ones are public.",
  admin: "The node operator's API-key management.",
  // labels (issue 13)
  labels:
    'Quality label schemes ("Souss Massa"), members\' applications, audits and decisions; anyone can verify a label number.',
  // services platform (issue 13)
  services:
    "The chamber's service catalogue (public), service requests, and the holiday calendar their due dates count on.",
  // events (issue 13)
  events: "Events, their sessions and registrations with a waitlist; upcoming public events are public.",
  // sign-in (issue 15)
  auth: "Signing in to a chamber with an e-mail address and a password: a session in a cookie, for browsers.",
} as const;

export type Tag = keyof typeof TAGS;
