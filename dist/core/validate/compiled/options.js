// How c21lab compiles its schemas, shared by the precompiler (generate.ts)
// and the run-time fallback (../schema.ts), so both validate alike.
import { contentHash } from '../../hash.js';
export const AJV_OPTIONS = {
    allErrors: true,
    strict: true,
    // `required: ["en"]` beside free-form language keys is intended.
    strictRequired: false,
    allowUnionTypes: true,
    // Errors carry the schema and data they are about, for human messages.
    verbose: true,
    // Dates are checked by our own rule (rules/date.ts), with a message that says why.
    validateFormats: false,
};
/** Short content hash of a schema file: a precompiled validator is used only for the exact text it came from. */
export function schemaHash(text) {
    return contentHash(text);
}
