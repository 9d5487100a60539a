// The one fingerprint of the generated files' inputs (schemas, templates,
// chart specs, bundled frameworks): written into src/generated/ by
// `npm run gen` and compared at run time to notice a stale generated file.
// SHA-256, cut to 16 hex digits: collisions are not a concern at this scale,
// and node:crypto is already loaded by every run that checks.
import { createHash } from 'node:crypto';
export function contentHash(text) {
    return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
