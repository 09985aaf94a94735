// zod compiles object parsers with `new Function` when it may, and probes whether it may by trying
// one: under the node's CSP (no 'unsafe-eval') that probe is refused and reported on the console
// as a violation, even though zod catches it. The portal's forms parse with the node's zod schemas,
// so zod is told before any of them loads not to try: this plain script runs before the modules.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
