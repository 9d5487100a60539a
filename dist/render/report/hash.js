// A fingerprint of generated inputs (a chart spec, the bundled templates),
// written into the generated files (src/generated/) and compared at run time
// to notice when they are stale: the project's one content hash
// (core/hash.ts), under the names the report code uses.
import { contentHash } from '../../core/hash.js';
export function textHash(text) {
    return contentHash(text);
}
export function specHash(spec) {
    return textHash(JSON.stringify(spec));
}
