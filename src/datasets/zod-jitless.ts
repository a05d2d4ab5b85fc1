import { z } from 'zod';

// zod compiles fast object parsers with `new Function` after probing whether eval is allowed; our CSP forbids
// eval ('script-src' has no 'unsafe-eval'), so the probe itself was reported as a CSP violation on every page
// load. Jitless mode never probes and parses the same (zod documentation, "jitless" configuration).
z.config({ jitless: true });
