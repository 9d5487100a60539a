import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaModeline } from '../../../src/core/yaml/modeline.js';
import { writeSchemaFolder } from '../../../src/core/schema-folder.js';
import { ROOT, tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('schemaModeline', () => {
  it('points at the package’s own schema folder for files in the package', () => {
    expect(schemaModeline('assessment', join(ROOT, 'data', 'examples', 'x.yaml'))).toBe(
      '# yaml-language-server: $schema=../../.c21lab/schemas/v1/assessment.schema.json',
    );
  });
  it('prefers the repository’s schema folder to an installed c21lab', async () => {
    await mkdir(join(dir, 'node_modules', 'c21lab', 'schemas'), { recursive: true });
    await writeFile(join(dir, 'node_modules', 'c21lab', 'schemas', 'assessment.schema.json'), '{}');
    await writeSchemaFolder(dir);
    expect(schemaModeline('assessment', join(dir, 'assessments', 'x.yaml'))).toBe(
      '# yaml-language-server: $schema=../.c21lab/schemas/v1/assessment.schema.json',
    );
  });
  it('points at the nearest installed c21lab for files in a repository of assessments', async () => {
    const schemas = join(dir, 'node_modules', 'c21lab', 'schemas');
    await mkdir(schemas, { recursive: true });
    await writeFile(join(schemas, 'benchmark.schema.json'), '{}');
    expect(schemaModeline('benchmark', join(dir, 'benchmarks', 'panel.yaml'))).toBe(
      '# yaml-language-server: $schema=../node_modules/c21lab/schemas/benchmark.schema.json',
    );
  });
});
