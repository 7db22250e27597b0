// Tells zod not to probe for eval: the Content Security Policy forbids it, and the probe alone
// raises a CSP violation on every page load. Imported first by main.tsx, before any schema runs.
import { config } from 'zod/v4'

config({ jitless: true })
