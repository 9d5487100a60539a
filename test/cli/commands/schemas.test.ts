// `c21lab schemas [DIR]`: the repository's schema folder, and $schema lines
// repaired only where they point nowhere or only work on this machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-schemas-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'assessments', 'old'), { recursive: true });
});
afterEach(() => cleanup());

const body = 'c21lab: assessment/1\r\nframework: culture21-actions # keep me\r\ncity: X\r\n';

it('writes the folder once, says when it is up to date, and repairs only broken or machine-bound $schema lines', async () => {
  const files = {
    broken: ['assessments/a.yaml', `# yaml-language-server: $schema=../../schemas/assessment.schema.json\r\n${body}`],
    global: ['assessments/old/b.yaml', `# yaml-language-server: $schema=/usr/lib/node_modules/c21lab/schemas/assessment.schema.json\r\n${body}`],
    local: ['assessments/c.yaml', `# yaml-language-server: $schema=../node_modules/c21lab/schemas/assessment.schema.json\r\n${body}`],
    mine: ['d.yaml', `# yaml-language-server: $schema=./my.schema.json\r\n${body}`],
    other: ['ci.yaml', '# yaml-language-server: $schema=../nowhere.json\non: push\n'],
  } as const;
  mkdirSync(join(dir, 'node_modules/c21lab/schemas'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/c21lab/schemas/assessment.schema.json'), '{}');
  writeFileSync(join(dir, 'my.schema.json'), '{}');
  for (const [path, text] of Object.values(files)) writeFileSync(join(dir, path), text);

  const r = await runCli(['schemas'], { cwd: join(dir, 'assessments') });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('6 schema files written to');
  expect(r.stdout).toContain('3 files repaired');
  expect(r.stderr).toContain('commit');
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  expect(read(files.broken[0])).toBe(`# yaml-language-server: $schema=../.c21lab/schemas/v1/assessment.schema.json\r\n${body}`);
  expect(read(files.global[0])).toBe(`# yaml-language-server: $schema=../../.c21lab/schemas/v1/assessment.schema.json\r\n${body}`);
  expect(read(files.local[0])).toBe(`# yaml-language-server: $schema=../.c21lab/schemas/v1/assessment.schema.json\r\n${body}`);
  expect(read(files.mine[0])).toBe(files.mine[1]); // a schema of your own, inside the repository: kept
  expect(read(files.other[0])).toBe(files.other[1]); // not a c21lab file: never touched
  expect(read('.c21lab/schemas/v1/assessment.schema.json')).toBe(readFileSync(join(ROOT, 'schemas/assessment.schema.json'), 'utf8'));

  const again = await runCli(['schemas', dir]);
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/the schemas in .*\.c21lab\/schemas\/v1 are up to date\n$/);
});

it('--no-relink leaves the files alone; a DIR that is not a folder is a usage error', async () => {
  writeFileSync(join(dir, 'a.yaml'), `# yaml-language-server: $schema=../x.json\n${body}`);
  const r = await runCli(['schemas', '--no-relink', dir]);
  expect(r.code).toBe(0);
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(`# yaml-language-server: $schema=../x.json\n${body}`);
  const bad = await runCli(['--lang', 'fr', 'schemas', join(dir, 'a.yaml')]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/^c21lab: .*a\.yaml n’est pas un dossier/);
});

it('the package’s own schema folder is what schemas/ holds', () => {
  for (const kind of ['assessment', 'framework', 'benchmark', 'practice']) {
    expect(readFileSync(join(ROOT, `.c21lab/schemas/v1/${kind}.schema.json`), 'utf8'), `${kind}: run node bin/c21lab.js schemas --no-relink .`).toBe(readFileSync(join(ROOT, `schemas/${kind}.schema.json`), 'utf8'));
  }
});

it('leaves links, FIFOs and huge files alone, and never blocks on them', async () => {
  const outside = join(dir, '..', `outside-${process.pid}.yaml`);
  writeFileSync(outside, `# yaml-language-server: $schema=../x.json\n${body}`);
  try {
    symlinkSync(outside, join(dir, 'link.yaml'));
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    writeFileSync(join(dir, 'huge.yaml'), `# yaml-language-server: $schema=../x.json\n${body}${'#'.repeat(1024 * 1024)}\n`);
    const r = await runCli(['schemas', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('repaired');
    expect(readFileSync(outside, 'utf8')).toBe(`# yaml-language-server: $schema=../x.json\n${body}`);
    // init picks its name beside a FIFO that holds the name it wanted, without reading it.
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'assessments', 'x-2026-05-14.yaml')]);
    const init = await runCli(['init', '--city', 'X', '--date', '2026-05-14', '-y'], { cwd: dir });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('assessments/x-2026-05-14-2.yaml');
  } finally {
    execFileSync('rm', ['-f', outside]);
  }
});
