// What a hostile file can put in c21lab's outputs: nothing a terminal, a CI
// log, an XML reader, a spreadsheet or GitHub's Markdown would act on.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvText } from '../../../src/render/escape/csv.js';
import { visible } from '../../../src/render/escape/terminal.js';
import { xmlEscape } from '../../../src/render/escape/xml.js';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-hygiene-')));
afterEach(async () => cleanup());

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** CSV lines end in CRLF, as RFC 4180 says: CR is allowed there, nothing else. */
const noRawControlInCsv = (csv: string) => expect(csv.replace(/\r\n/g, '\n')).not.toMatch(RAW_CONTROL);
const HAVE_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** A valid assessment whose city clears the screen, sets the clipboard (OSC 52), rings, and breaks the line. */
const HOSTILE_CITY = String.raw`"=HYPERLINK(\"http://e.vil\") \e[2J\e]52;c;Zm9v\a \x01 \u009b31m \u202e \nSecond line"`;
function hostile(extraCommitments = ''): string {
  return ['c21lab: assessment/1', 'framework: culture21-actions', `city: ${HOSTILE_CITY}`, 'date: 2026-05-14', 'language: en', 'commitments:', '  1:', '    score: 5', extraCommitments, ''].join('\n');
}

describe('escaping modules', () => {
  it('terminal: every control is visible, the rest as written', () => {
    expect(visible('a\u001b[2Jb\nc\r\td\u0007\u009b\u202e é — 東京')).toBe('a\\u001b[2Jb\\nc\\r\\td\\u0007\\u009b\\u202e é — 東京');
  });
  it('xml: characters XML 1.0 forbids never reach the output', () => {
    expect(xmlEscape('a\u0001b\u001b<&>"\'\ud800\uffff\t\n')).toBe('a\ufffdb\ufffd&lt;&amp;&gt;&quot;&apos;\ufffd\ufffd\t\n');
  });
  it('csv: cells that a spreadsheet would run are prefixed with a quote (OWASP)', () => {
    for (const [raw, out] of [['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', `"'\rx"`], ['a,=b', '"a,=b"'], ['Oslo', 'Oslo']]) {
      expect(csvText(raw), JSON.stringify(raw)).toBe(out);
    }
  });
});

describe('through the real CLI', { timeout: 60_000 }, () => {
  it('validate: a key holding a newline and escape codes stays one finding on one visible line, in text and github formats', async () => {
    await writeFile(join(dir, 'lab.yaml'), hostile('  "k\\n/x.yaml:1:1 error forged \\e[2J\\e]0;title\\a": 1'));
    const text = await runCli(['validate', 'lab.yaml'], { cwd: dir });
    expect(text.code).toBe(1);
    const lines = text.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^lab\.yaml:\d+:\d+ (error|warning) [a-z-]+ /);
    expect(lines.filter((l) => l.includes('forged'))).toHaveLength(1);
    expect(text.stdout + text.stderr).not.toMatch(RAW_CONTROL);
    const gh = await runCli(['validate', 'lab.yaml', '--format', 'github'], { cwd: dir });
    for (const line of gh.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=lab\.yaml,line=\d+,col=\d+/);
    expect(gh.stdout).not.toMatch(RAW_CONTROL);
    // The key's line break shows as `\n` in the annotation too, not as the runner's %0A (a second line).
    const forged = gh.stdout.split('\n').find((l) => l.includes('forged'))!;
    expect(forged).toContain('k\\n/x.yaml');
    expect(forged.slice(forged.indexOf('::', 2))).not.toContain('%0A');
  });

  it('a file whose name holds a location, a line break or a bidi control cannot pass for another finding (text, junit)', async () => {
    const name = 'ok.yaml:1:1 error forged-rule all good; see\u202e\nx.yaml';
    await writeFile(join(dir, name), hostile('  "k": 1'));
    const text = await runCli(['validate', '.'], { cwd: dir });
    expect(text.code).toBe(1);
    for (const line of text.stdout.trimEnd().split('\n')) {
      // A leftmost `file:line:col` reader gets the whole name, encoded, then the real location.
      expect(line).toMatch(/^ok\.yaml%3A1%3A1 error forged-rule all good; see\\u202e\\nx\.yaml:\d+:\d+ (error|warning) /);
    }
    const junit = await runCli(['validate', '.', '--format', 'junit'], { cwd: dir });
    expect(junit.stdout).not.toMatch(RAW_CONTROL);
    expect(junit.stdout).toContain('name="ok.yaml:1:1 error forged-rule all good; see\\u202e\\nx.yaml"');
    expect(junit.stdout).toContain('ok.yaml%3A1%3A1 error forged-rule all good; see\\u202e\\nx.yaml:');
  });

  it.skipIf(!HAVE_XMLLINT)('validate --format junit is well-formed XML whatever the file holds', async () => {
    await writeFile(join(dir, 'lab.yaml'), hostile('  "\\x01\\x02": 1'));
    const r = await runCli(['validate', 'lab.yaml', '--format', 'junit'], { cwd: dir });
    await writeFile(join(dir, 'junit.xml'), r.stdout);
    expect(() => execFileSync('xmllint', ['--noout', join(dir, 'junit.xml')], { stdio: 'pipe' })).not.toThrow();
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  it('score (table and csv) and compare (text and csv) show the city visibly and defuse formulas', async () => {
    await writeFile(join(dir, 'lab.yaml'), hostile());
    const table = await runCli(['score', 'lab.yaml'], { cwd: dir });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(RAW_CONTROL);
    expect(table.stdout).toContain('\\u001b[2J\\u001b]52;c;Zm9v\\u0007 \\u0001 \\u009b31m \\u202e \\nSecond line');
    const csv = await runCli(['score', 'lab.yaml', '--format', 'csv'], { cwd: dir });
    noRawControlInCsv(csv.stdout);
    expect(csv.stdout).toContain(`,"'=HYPERLINK(""http://e.vil"")`);
    expect(csv.stdout).not.toMatch(/(^|,)"?=/m);
    const cmp = await runCli(['compare', 'lab.yaml', 'lab.yaml', '--format', 'csv'], { cwd: dir });
    expect(cmp.code, cmp.stderr).toBe(0);
    noRawControlInCsv(cmp.stdout);
    expect(cmp.stdout).toContain(`"'=HYPERLINK(""http://e.vil"")`);
    expect(cmp.stdout).not.toMatch(/(^|,)"?=/m);
    const text = await runCli(['compare', 'lab.yaml', 'lab.yaml'], { cwd: dir });
    expect(text.stdout).not.toMatch(RAW_CONTROL);
  });

  it.skipIf(!HAVE_XMLLINT)('the radar SVG stays valid XML with a control character in the city name', async () => {
    await writeFile(join(dir, 'lab.yaml'), hostile());
    const r = await runCli(['radar', 'lab.yaml', '-o', 'radar.svg'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(() => execFileSync('xmllint', ['--noout', join(dir, 'radar.svg')], { stdio: 'pipe' })).not.toThrow();
    // eslint-disable-next-line no-control-regex
    expect(await readFile(join(dir, 'radar.svg'), 'utf8')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('the HTML and Markdown reports never carry a raw control character', async () => {
    await writeFile(join(dir, 'lab.yaml'), hostile());
    for (const out of ['report.html', 'report.md']) {
      const r = await runCli(['report', 'lab.yaml', '-o', out], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const text = await readFile(join(dir, out), 'utf8');
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(text).toContain('\ufffd');
    }
  });

  it('the CSV cells set quotes in its messages stay one visible line', async () => {
    await writeFile(join(dir, 'lab.yaml'), hostile());
    await writeFile(join(dir, 'answers.csv'), 'item,score\n2,"7\u001b[2J\nforged:1:1 error"\n');
    const r = await runCli(['set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('answers.csv:2:3: 2: "7\\u001b[2J\\nforged:1:1 error" is not a score');
  });
});

describe('the Action step summary', () => {
  const SUMMARY = join(ROOT, 'bin', 'action', 'summary.mjs');
  it('renders no link, image or HTML from file content, and a backtick cannot leave its code span', () => {
    const tmp = mkdtempSync(join(dir, 's-'));
    const message = '![x](https://e.vil/pixel.png) [click](https://e.vil) <img src=x> www.e.vil \u001b[2J';
    const result = {
      ok: false,
      strict: false,
      summary: { files: 1, errors: 1, warnings: 0, skipped: 0 },
      files: [{ file: 'a`b``.yaml', kind: 'assessment', errors: 1, warnings: 0, findings: [{ file: 'a`b``.yaml', line: 1, column: 1, severity: 'error', rule: 'schema', message }] }],
    };
    writeFileSync(join(tmp, 'result.json'), JSON.stringify(result));
    const out = join(tmp, 'summary.md');
    const r = spawnSync(process.execPath, [SUMMARY, join(tmp, 'result.json')], { encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: out } });
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    // The file name in a fence of three backticks (longer than its run of two), whole.
    expect(md).toContain('| ❌ ```a`b``.yaml``` |');
    expect(md).toContain('```a`b``.yaml:1:1```');
    // The message is one code span: outside code spans nothing of it remains.
    expect(md).toContain('`![x](https://e.vil/pixel.png) [click](https://e.vil) <img src=x> www.e.vil \\u001b[2J`');
    const outside = md.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
    expect(outside).not.toMatch(/e\.vil|<img|\]\(/);
    expect(md).not.toMatch(RAW_CONTROL);
  });
});
