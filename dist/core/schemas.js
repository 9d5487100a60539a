// Where each kind's JSON Schema lives. Deliberately free of ajv: writers
// (the modeline) and the validator both need these names, and only the
// validator's rare fallback (src/core/validate/schema.ts) loads ajv.
import { join } from 'node:path';
import { SCHEMAS_DIR } from './paths.js';
export const SCHEMA_FILES = {
    assessment: 'assessment.schema.json',
    framework: 'framework.schema.json',
    benchmark: 'benchmark.schema.json',
    practice: 'practice.schema.json',
    review: 'review.schema.json',
};
export function schemaPath(kind) {
    return join(SCHEMAS_DIR, SCHEMA_FILES[kind]);
}
