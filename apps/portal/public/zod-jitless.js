// The node serves the portal under a strict CSP (no 'unsafe-eval'). zod probes `new Function` as
// it builds its first object schema, to compile faster parsers; under that CSP the probe is a
// violation the browser reports on the console, even though zod catches it. Jitless parsers need
// no eval. zod reads its settings from this global and keeps it when already set; the setting must
// be there before any chunk that builds schemas runs, whatever chunks the bundler makes, so it is a
// classic script of its own, which runs before the app's module scripts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
