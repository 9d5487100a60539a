// Editors show a schema's titles and descriptions on hover: every property of
// every shipped schema must carry one (a $ref borrows its definition's).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

type Schema = Record<string, unknown>;
const DIR = join(ROOT, 'schemas');
const files = readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));

function untitled(node: unknown, path: string, defs: Record<string, Schema>): string[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => untitled(n, `${path}/${i}`, defs));
  const s = node as Schema;
  const out: string[] = [];
  for (const key of ['properties', 'patternProperties', '$defs']) {
    for (const [name, sub] of Object.entries((s[key] as Record<string, Schema> | undefined) ?? {})) {
      const ref = typeof sub.$ref === 'string' ? defs[sub.$ref.replace('#/$defs/', '')] : undefined;
      const titled = sub.title || sub.description || ref?.title || ref?.description;
      if (key !== '$defs' && !titled) out.push(`${path}/${key}/${name}`);
      out.push(...untitled(sub, `${path}/${key}/${name}`, defs));
    }
  }
  for (const key of ['items', 'additionalProperties', 'oneOf', 'anyOf', 'allOf']) out.push(...untitled(s[key], `${path}/${key}`, defs));
  return out;
}

describe('shipped schemas', () => {
  it('are all here', () => {
    expect(files.sort()).toEqual([
      'assessment.schema.json', 'benchmark.schema.json', 'framework.schema.json', 'practice.schema.json',
      'review.schema.json', 'score-output.schema.json', 'validate-output.schema.json',
    ]);
  });
  it.each(files)('%s has a 2020-12 $schema, an $id, a title and a title or description on every property', (file) => {
    const schema = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Schema;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^urn:c21lab:schema:/);
    expect(schema.title).toBeTruthy();
    expect(untitled(schema, '', (schema.$defs as Record<string, Schema>) ?? {})).toEqual([]);
  });
});
