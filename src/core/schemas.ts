// The shipped JSON Schemas, compiled once per process and only when needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMAS_DIR } from './paths.js';
import type { FileKind } from './types.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
type AddFormats = (ajv: Ajv2020, formats: string[]) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

export const SCHEMA_FILES: Record<FileKind, string> = {
  assessment: 'assessment.schema.json',
  framework: 'framework.schema.json',
  benchmark: 'benchmark.schema.json',
  practice: 'practice.schema.json',
};

let ajv: Ajv2020 | undefined;
const compiled = new Map<FileKind, ValidateFunction>();

export function schemaPath(kind: FileKind): string {
  return join(SCHEMAS_DIR, SCHEMA_FILES[kind]);
}

export function loadSchema(kind: FileKind): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(kind), 'utf8')) as Record<string, unknown>;
}

export function schemaValidator(kind: FileKind): ValidateFunction {
  let fn = compiled.get(kind);
  if (!fn) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }), ['date']);
    fn = ajv.compile(loadSchema(kind));
    compiled.set(kind, fn);
  }
  return fn;
}
