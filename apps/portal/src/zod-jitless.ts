import * as z from "zod";

// zod compiles object parsers with `new Function` unless told not to, and probes for it when the
// first object schema is built: the node's strict CSP (no 'unsafe-eval') refuses that and reports
// a violation on the console. Set before any page chunk loads @ghorfa/schemas.
z.config({ jitless: true });
