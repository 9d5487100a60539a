// `c21lab validate` options, formats and exit codes, through the real CLI.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';

const INVALID = 'test/fixtures/invalid';
const VALID = 'test/fixtures/valid';

const ASSESSMENT = (extra = '', scores = 9) =>
  [
    'c21lab: assessment/1',
    'framework: culture21-actions',
    'city: Testville',
    'date: 2026-05-14',
    'language: en',
    'commitments:',
    ...Array.from({ length: scores }, (_, i) => `  "${i + 1}": { score: 5 }`),
    extra,
  ].join('\n');

describe('output formats', () => {
  const files = [`${INVALID}/score-zero.yaml`, `${INVALID}/unknown-key-root.yaml`, `${VALID}/incomplete-is-a-warning.yaml`, `${VALID}/bom.yaml`];

  it('text: file:line:col severity rule message, summary on stderr', async () => {
    const r = await runCli(['validate', ...files]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${INVALID}/score-zero.yaml:17:17 error score-out-of-scale "0" is not a score: expected a whole number from 1 to 9, or n/a\n`);
    expect(r.stdout).toContain(`${INVALID}/unknown-key-root.yaml:8:1 error unknown-key unknown key "citty"`);
    expect(r.stdout).toContain('did you mean "city"?');
    expect(r.stdout).toMatch(/incomplete-is-a-warning\.yaml:\d+:\d+ warning not-scored commitment 3 is not scored yet/);
    expect(r.stderr).toBe('4 files checked: 2 errors, 8 warnings\n');
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^\S+:\d+:\d+ (error|warning) [a-z0-9-]+ \S/);
  });

  it('json: validates against schemas/validate-output.schema.json, stdout only', async () => {
    const r = await runCli(['validate', '--format', 'json', ...files]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'validate-output.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(schema.$id).toBe('urn:c21lab:schema:validate-output:1');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const out = JSON.parse(r.stdout) as { ok: boolean; summary: { files: number; errors: number; warnings: number }; files: { file: string; kind: string | null }[] };
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.ok).toBe(false);
    expect(out.summary).toEqual({ files: 4, errors: 2, warnings: 8, skipped: 0 });
    expect(out.files.map((f) => f.file)).toEqual([...files].sort());
    // Also valid for a clean run and for a file that never parsed.
    for (const args of [[`${VALID}/bom.yaml`], [`${INVALID}/empty.yaml`, `${INVALID}/invalid-utf8.yaml`]]) {
      const again = await runCli(['validate', '--format', 'json', ...args]);
      expect(validate(JSON.parse(again.stdout)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('every property of the output schema has a title and a description', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'validate-output.schema.json'), 'utf8')) as Record<string, unknown>;
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
      for (const [name, prop] of Object.entries(props ?? {})) {
        expect(prop.title, `${where}/${name}`).toBeTypeOf('string');
        expect(prop.description, `${where}/${name}`).toBeTypeOf('string');
        walk(prop, `${where}/${name}`);
      }
      for (const [name, def] of Object.entries((node as { $defs?: Record<string, unknown> }).$defs ?? {})) walk(def, `${where}/$defs/${name}`);
    };
    walk(schema, '#');
  });

  it('github: ::error / ::warning annotations with escaped data', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      // A key with % , : and a newline in it: all must be escaped in the annotation.
      writeFileSync(join(dir, 'a,b%.yaml'), ASSESSMENT('"x%y\\r\\nz": 1'));
      const r = await runCli(['validate', '--format', 'github', 'a,b%.yaml', join(ROOT, VALID, 'incomplete-is-a-warning.yaml')], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const lines = r.stdout.trim().split('\n');
      const error = lines.find((l) => l.startsWith('::error '));
      expect(error).toBeDefined();
      expect(error).toMatch(/^::error file=a%2Cb%25\.yaml,line=16,col=1,endLine=16,endColumn=\d+,title=unknown-key::unknown key "x%25y\\r\\nz": expected one of /);
      expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(8);
      for (const l of lines) expect(l).toMatch(/^::(error|warning) file=[^:,]+,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=[a-z0-9-]+::/);
    } finally {
      await cleanup();
    }
  });

  it('junit: one testsuite, one testcase per file, a failure per failing file, well-formed XML', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      writeFileSync(join(dir, '<&>.yaml'), ASSESSMENT('"<b>&\'\\"": 1'));
      writeFileSync(join(dir, 'ok.yaml'), ASSESSMENT());
      const r = await runCli(['validate', '--format', 'junit', '.'], { cwd: dir });
      expect(r.code).toBe(1);
      const xml = r.stdout;
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
      expect(xml.match(/<testsuite /g)).toHaveLength(1);
      expect(xml.match(/<testcase /g)).toHaveLength(2);
      expect(xml.match(/<failure /g)).toHaveLength(1);
      expect(xml).toContain('name="&lt;&amp;&gt;.yaml"');
      expect(xml).toContain('unknown key &quot;&lt;b&gt;&amp;&apos;&quot;&quot;');
      expect(xml).toMatch(/<testcase classname="c21lab.validate" name="ok.yaml" file="ok.yaml"\/>/);
      expectWellFormed(xml);
    } finally {
      await cleanup();
    }
  });
});

/** A small well-formedness check: tags nest, attributes are quoted, & starts an entity. */
function expectWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < body.length && (m = token.exec(body))) {
    pos = token.lastIndex;
    if (m[5] !== undefined) {
      expect(m[5]).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
      expect(m[5]).not.toContain('>');
      continue;
    }
    expect(m[3] ?? '').not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]!);
  }
  expect(pos, `unparsable XML at ${body.slice(pos, pos + 40)}`).toBe(body.length);
  expect(stack).toEqual([]);
}

describe('severity options and exit codes', () => {
  it('warnings alone: exit 0; with --strict: exit 1 and reported as errors', async () => {
    const plain = await runCli(['validate', `${VALID}/incomplete-is-a-warning.yaml`]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/ warning not-scored /);
    const strict = await runCli(['validate', '--strict', `${VALID}/incomplete-is-a-warning.yaml`]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/ error not-scored /);
    expect(strict.stdout).not.toMatch(/ warning /);
  });

  it('participants without any vote are a warning when votes are collected', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const people = 'participants:\n  - id: p1\n    name: Ana\n  - id: p2\n    name: Ben\nsettings:\n  votes: true\n';
      writeFileSync(join(dir, 'v.yaml'), people + ASSESSMENT().replace('"1": { score: 5 }', '"1": { score: 5, votes: { p1: 5 } }'));
      const r = await runCli(['validate', 'v.yaml'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('v.yaml:4:5 warning no-votes participant "p2" has no vote, although this assessment collects votes\n');
      expect((await runCli(['validate', '--strict', 'v.yaml'], { cwd: dir })).code).toBe(1);
    } finally {
      await cleanup();
    }
  });

  it('--quiet shows errors only', async () => {
    const r = await runCli(['validate', '--quiet', `${VALID}/incomplete-is-a-warning.yaml`, `${INVALID}/score-zero.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/ warning /);
    expect(r.stdout).toMatch(/ error score-out-of-scale /);
    const clean = await runCli(['validate', '-q', `${VALID}/incomplete-is-a-warning.yaml`]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('');
  });

  it('exit 2 for a missing path, with a clear message and no stack trace', async () => {
    const r = await runCli(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no/such/file.yaml: no such file, directory or matching glob');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('--verbose adds the stack trace', async () => {
    const r = await runCli(['validate', '--verbose', 'no/such/file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\s+at /m);
  });

  it('exit 2 for a glob that matches nothing, an unknown format, a folder without c21lab files', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      writeFileSync(join(dir, 'other.yaml'), 'name: not ours\n');
      expect((await runCli(['validate', 'nothing/**/*.yaml'], { cwd: dir })).code).toBe(2);
      const fmt = await runCli(['validate', '--format', 'xml', '.'], { cwd: dir });
      expect(fmt.code).toBe(2);
      expect(fmt.stderr).toMatch(/xml/);
      const empty = await runCli(['validate', '.'], { cwd: dir });
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain('no c21lab files found in .');
    } finally {
      await cleanup();
    }
  });

  it('exit 2 for a file that cannot be read (a directory named like a file is scanned, a dangling link is not a file)', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      symlinkSync(join(dir, 'gone.yaml'), join(dir, 'dangling.yaml'));
      const r = await runCli(['validate', 'dangling.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('dangling.yaml');
    } finally {
      await cleanup();
    }
  });
});

describe('path discovery', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
    const d = tmp.dir;
    mkdirSync(join(d, 'assessments', 'deep'), { recursive: true });
    mkdirSync(join(d, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(join(d, '.git'), { recursive: true });
    writeFileSync(join(d, 'assessments', 'a.yaml'), ASSESSMENT());
    writeFileSync(join(d, 'assessments', 'deep', 'b.yml'), ASSESSMENT('  "10": { score: 5 }'));
    writeFileSync(join(d, 'assessments', 'workflow.yaml'), 'on: push\njobs: {}\n');
    writeFileSync(join(d, 'assessments', 'notes.txt'), 'c21lab: assessment/1\n');
    writeFileSync(join(d, 'node_modules', 'pkg', 'x.yaml'), 'c21lab: assessment/1\n');
    writeFileSync(join(d, '.git', 'x.yaml'), 'c21lab: assessment/1\n');
  });
  afterAll(() => tmp.cleanup());

  it('scans directories recursively for *.yaml and *.yml, skipping node_modules, .git and unmarked files', async () => {
    const r = await runCli(['validate', '--format', 'json'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: { files: number; skipped: number }; files: { file: string }[] };
    expect(out.files.map((f) => f.file)).toEqual(['assessments/a.yaml', 'assessments/deep/b.yml']);
    expect(out.summary.skipped).toBe(1);
  });

  it('--verbose names the skipped files', async () => {
    const r = await runCli(['validate', '--verbose', 'assessments'], { cwd: tmp.dir });
    expect(r.stderr).toContain('skipped assessments/workflow.yaml: no "c21lab:" marker');
  });

  it('a file named explicitly without a marker is an error', async () => {
    const r = await runCli(['validate', 'assessments/workflow.yaml'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^assessments\/workflow\.yaml:1:1 error unknown-kind /);
  });

  it('globs select files', async () => {
    const r = await runCli(['validate', '--format', 'json', 'assessments/*.yaml'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { file: string }[] };
    expect(out.files.map((f) => f.file)).toEqual(['assessments/a.yaml']);
  });
});

describe('framework paths stay inside the repository', () => {
  it('a symbolic link to a file outside is refused like the path itself', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      mkdirSync(join(dir, '.git'));
      symlinkSync('/etc/passwd', join(dir, 'fw.yaml'));
      writeFileSync(join(dir, 'a.yaml'), ASSESSMENT().replace('framework: culture21-actions', 'framework: fw.yaml'));
      const r = await runCli(['validate', 'a.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^a\.yaml:2:12 error framework-outside framework path "fw\.yaml" leaves the repository/m);
      expect(r.stdout).not.toMatch(/root:/);
    } finally {
      await cleanup();
    }
  });

  it('a framework of one\'s own beside the file is read and checked against', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      mkdirSync(join(dir, '.git'));
      mkdirSync(join(dir, 'frameworks'));
      writeFileSync(join(dir, 'frameworks', 'mine.yaml'), readFileSync(join(ROOT, 'test/fixtures/frameworks/actions.yaml')));
      writeFileSync(join(dir, 'a.yaml'), ASSESSMENT().replace('framework: culture21-actions', 'framework: frameworks/mine.yaml'));
      const r = await runCli(['validate', 'a.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/unknown-commitment unknown commitment id "4": framework "demo-actions" has 1, 2, 3/);
      expect(r.stdout).toMatch(/score-with-actions commitment 1 is scored through its actions/);
    } finally {
      await cleanup();
    }
  });
});

describe('language and colour', () => {
  it('--lang fr gives French messages and summary', async () => {
    const r = await runCli(['validate', '--lang', 'fr', `${INVALID}/score-zero.yaml`]);
    expect(r.code).toBe(1);
    // In a file only `n/a` is a score, so that is what the French message asks for (s.o. is for typed values).
    expect(r.stdout).toContain('« 0 » n’est pas une note : un nombre entier de 1 à 9, ou n/a, est attendu');
    expect(r.stderr).toContain('1 fichier vérifié : 1 erreur, 0 avertissement');
  });

  it("the file's language is used when --lang is absent", async () => {
    const r = await runCli(['validate', `${VALID}/votes-and-participants.yaml`, `${INVALID}/date-feb-30.yaml`]);
    expect(r.stdout).toContain('February 2026 has 28 days');
    const fr = await runCli(['validate', '--lang', 'es', `${INVALID}/date-feb-30.yaml`]);
    expect(fr.stdout).toContain('febrero de 2026 tiene 28 días');
  });

  it("a French file gets French messages; --lang overrides the file", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      writeFileSync(join(dir, 'fr.yaml'), ASSESSMENT('  "10": { score: 5 }').replace('language: en', 'language: fr'));
      const fr = await runCli(['validate', 'fr.yaml'], { cwd: dir });
      expect(fr.stdout).toContain('identifiant d’engagement inconnu « 10 »');
      const en = await runCli(['validate', '--lang', 'en', 'fr.yaml'], { cwd: dir });
      expect(en.stdout).toContain('unknown commitment id "10"');
    } finally {
      await cleanup();
    }
  });

  it('no colour with NO_COLOR or --no-color, colour when forced', async () => {
    const file = `${INVALID}/score-zero.yaml`;
    expect((await runCli(['validate', file])).stdout).not.toContain('\x1b[');
    expect((await runCli(['validate', '--no-color', file], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await runCli(['validate', file], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).toContain('\x1b[');
  });
});

describe('worker threads', () => {
  it('give the same output as the main thread alone', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      for (let i = 0; i < 260; i++) {
        const extra = i % 50 === 7 ? '  "12": { score: 5 }' : i % 60 === 3 ? '  "4":\n    score: 4.5' : '';
        writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.yaml`), ASSESSMENT(extra, i % 70 === 5 ? 8 : 9));
      }
      const [one, pooled] = await Promise.all([
        runCli(['validate', '--format', 'json', '.'], { cwd: dir, env: { C21LAB_WORKERS: '0' } }),
        runCli(['validate', '--format', 'json', '.'], { cwd: dir, env: { C21LAB_WORKERS: '2' } }),
      ]);
      expect(one.code).toBe(1);
      expect(pooled.code).toBe(1);
      expect(pooled.stdout).toBe(one.stdout);
      const out = JSON.parse(one.stdout) as { summary: { files: number; errors: number; warnings: number } };
      expect(out.summary.files).toBe(260);
      expect(out.summary.errors).toBeGreaterThan(0);
      expect(out.summary.warnings).toBeGreaterThan(0);
    } finally {
      await cleanup();
    }
  });
});

describe('a list entry given twice', () => {
  const practice = readFileSync(join(ROOT, 'data', 'examples', 'practice-exampleville-neighbourhood-councils.yaml'), 'utf8')
    .replace('  sdgs: [10, 11, 16]', '  sdgs: [10, 11,\n    10]')
    .replace(/ {2}keywords: \[[^\]\n]*\]/, '  keywords: [participation, neighbourhoods, participation]');

  it.each([
    ['en', '10 is already in this list (entry 1, line {first}): each entry appears only once', '"participation" is already in this list (entry 1, line {kw})'],
    ['fr', '10 figure déjà dans cette liste (entrée 1, ligne {first}) : chaque entrée n’y figure qu’une fois', '"participation" figure déjà dans cette liste (entrée 1, ligne {kw})'],
    ['es', '10 ya figura en esta lista (entrada 1, línea {first}): cada entrada aparece una sola vez', '"participation" ya figura en esta lista (entrada 1, línea {kw})'],
  ])('%s: names the entry, where it repeats and where it first was', async (lang, sdg, keyword) => {
    const { dir, cleanup } = await tempDir('c21lab-dup-items-');
    try {
      writeFileSync(join(dir, 'p.yaml'), practice);
      const lines = practice.split('\n');
      const sdgLine = lines.findIndex((l) => l.startsWith('  sdgs: [10, 11,')) + 1;
      const kwLine = lines.findIndex((l) => l.startsWith('  keywords:')) + 1;
      const r = await runCli(['validate', '--lang', lang, 'p.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      // The second 10 is at the start of the next line, column 5; the second "participation" after two entries.
      expect(r.stdout).toContain(`p.yaml:${sdgLine + 1}:5 error invalid-value ${sdg.replace('{first}', String(sdgLine))}`);
      const kwCol = lines[kwLine - 1]!.lastIndexOf('participation') + 1;
      expect(r.stdout).toContain(`p.yaml:${kwLine}:${kwCol} error invalid-value ${keyword.replace('{kw}', String(kwLine))}`);
      expect(r.stdout).not.toMatch(/a list is not allowed|une liste n'est pas permise|una lista no está permitido/);
    } finally {
      await cleanup();
    }
  });
});
