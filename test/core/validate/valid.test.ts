// Everything meant to be valid is valid twice over: against the shipped JSON
// Schemas with a plain ajv (independent of c21lab's own code), and through
// `c21lab validate` (exit 0).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../../helpers/cli.js';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const valid = [...yamlFiles(join(ROOT, 'test', 'fixtures', 'valid')), ...yamlFiles(join(ROOT, 'test', 'fixtures', 'frameworks')), ...yamlFiles(join(ROOT, 'data'))];
const SCHEMA: Record<string, string> = {
  'assessment/1': 'assessment.schema.json',
  'framework/1': 'framework.schema.json',
  'benchmark/1': 'benchmark.schema.json',
  'practice/1': 'practice.schema.json',
  'review/1': 'review.schema.json',
};

describe('valid files', () => {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strictRequired: false, allowUnionTypes: true }));
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  const validatorFor = (marker: string) => {
    let v = validators.get(marker);
    if (!v) {
      v = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', SCHEMA[marker]!), 'utf8')));
      validators.set(marker, v);
    }
    return v;
  };

  it('include the BOM, CRLF, date, numeric-key and actions cases', () => {
    const names = valid.map((f) => relative(ROOT, f));
    for (const name of ['bom', 'crlf', 'date-unquoted', 'date-quoted', 'numeric-keys-unquoted', 'actions-fictional-framework']) {
      expect(names).toContain(`test/fixtures/valid/${name}.yaml`);
    }
    expect(readFileSync(join(ROOT, 'test/fixtures/valid/bom.yaml'))[0]).toBe(0xef);
    expect(readFileSync(join(ROOT, 'test/fixtures/valid/crlf.yaml'), 'utf8')).toContain('\r\n');
  });

  it.each(valid.map((f) => relative(ROOT, f)))('%s matches its shipped schema (plain ajv)', (file) => {
    const data = parse(readFileSync(join(ROOT, file), 'utf8').replace(/^\uFEFF/, ''), { version: '1.2' }) as { c21lab: string };
    expect(Object.keys(SCHEMA)).toContain(data.c21lab);
    const validate = validatorFor(data.c21lab);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('pass `c21lab validate` with exit 0 and no error', async () => {
    const r = await runCli(['validate', ...valid.map((f) => relative(ROOT, f))]);
    expect(r.stdout).not.toMatch(/ error /);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^${valid.length} files checked: 0 errors, \\d+ warnings?$`, 'm'));
  });

  it('data/ passes as a directory scan', async () => {
    const r = await runCli(['validate', 'data']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/files checked: 0 errors/);
  });
});
