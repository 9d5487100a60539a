// The hostile-input corpus: mutations of the bundled examples, as a pull
// request could make them, each with the exit code and the rule it must get.
// Generated, never stored: the examples change, the corpus follows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from '../../helpers/cli.js';

export interface Mutation {
  name: string;
  /** The file's bytes after the mutation. */
  bytes: Buffer;
  /** Exit code of `c21lab validate` on this file alone. */
  code: 0 | 1;
  /** A rule the findings must include (none when code is 0 and nothing is expected). */
  rule?: string;
}

const SOURCES = ['exampleville-2026.yaml', 'exampleville-2024.yaml', 'demo-actions-2025.yaml'];

/** Bad ways to write a score, with the rule each gets. */
const SCORES: [string, string][] = [
  ['10', 'score-out-of-scale'],
  ['0', 'score-out-of-scale'],
  ['-1', 'score-out-of-scale'],
  ['-0', 'score-out-of-scale'],
  ['99999999999999999999999999', 'score-out-of-scale'],
  ['0o10', 'invalid-score'],
  ['0x5', 'invalid-score'],
  ['+5', 'invalid-score'],
  ['5.', 'invalid-score'],
  ['5.0', 'invalid-score'],
  ['1e0', 'invalid-score'],
  ['!!int "5"', 'invalid-score'],
  ['"5"', 'invalid-score'],
  ['5.5', 'invalid-score'],
  // A double holds about 16 digits: both read as 5, but neither is written as a whole number.
  ['4.9999999999999999', 'invalid-score'],
  ['5.00000000000000001', 'invalid-score'],
  ['five', 'invalid-score'],
  ['n.a.', 'invalid-score'],
];

function replaceLine(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`the example no longer matches ${pattern}`);
  return text.replace(pattern, replacement);
}

function deep(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

/** Mutations of one example that keep the rest of the file as it is. */
function mutationsOf(source: string, text: string): Mutation[] {
  const out: Mutation[] = [];
  // The large files (a megabyte, 20,000 aliases) are made of one example only: what they test is their size.
  const large = source === SOURCES[0];
  const add = (name: string, mutated: string | Buffer, code: 0 | 1, rule?: string) =>
    out.push({ name: `${source.replace(/\.yaml$/, '')}--${name}`, bytes: Buffer.isBuffer(mutated) ? mutated : Buffer.from(mutated), code, rule });

  // Six scored lines spread over the file (top level, actions, last), with every bad way to write a score.
  const all = [...text.matchAll(/^( +)score: \d+$/gm)];
  const scoreLines = all.length <= 6 ? all : Array.from({ length: 6 }, (_, k) => all[Math.round((k * (all.length - 1)) / 5)]!);
  scoreLines.forEach((m, k) => {
    for (const [value, rule] of SCORES) {
      const at = m.index;
      add(`score${k}-${value.replace(/[^a-z0-9]+/gi, '_')}`, `${text.slice(0, at)}${m[1]}score: ${value}${text.slice(at + m[0].length)}`, 1, rule);
    }
  });

  add('city-blank', replaceLine(text, /^city: .*$/m, 'city: "   "'), 1, 'invalid-value');
  add('city-empty', replaceLine(text, /^city: .*$/m, 'city: ""'), 1, 'invalid-value');
  // Invisible characters alone: a zero-width space, a right-to-left override, a NUL, a soft hyphen.
  for (const [name, escaped] of [['zero-width', '\\u200b'], ['rtl-override', '\\u202e'], ['nul', '\\0'], ['soft-hyphen', '\\u00ad']]) {
    add(`city-${name}`, replaceLine(text, /^city: .*$/m, `city: "${escaped}"`), 1, 'invalid-value');
  }
  add('city-zero-width-inside', replaceLine(text, /^city: (.*)$/m, 'city: "Ex\\u200bampleville"'), 0);
  add('city-twice', replaceLine(text, /^city: (.*)$/m, 'city: $1\ncity: Elsewhere'), 1, 'duplicate-key');
  add('city-tag-custom', replaceLine(text, /^city: (.*)$/m, 'city: !custom $1'), 1, 'yaml-tag');
  add('city-tag-js', replaceLine(text, /^city: (.*)$/m, 'city: !!js/function "function () {}"'), 1, 'yaml-tag');
  add('date-year-zero', replaceLine(text, /^date: .*$/m, 'date: 0000-01-01'), 1, 'invalid-date');
  add('date-feb-30', replaceLine(text, /^date: .*$/m, 'date: 2026-02-30'), 1, 'invalid-date');
  add('date-month-13', replaceLine(text, /^date: .*$/m, 'date: 2026-13-01'), 1, 'invalid-date');
  add('flow-key', `${text}[country]: ZZ\n`, 1, 'complex-key');
  // Read as the number 3 by both parsers (16 digits and more round), so not the id "3" it looks like.
  if (/^ {2}"3":$/m.test(text)) add('key-long-decimal', replaceLine(text, /^ {2}"3":$/m, '  3.0000000000000001:'), 1, 'numeric-id');
  if (/votes: \{ p1: \d+,/.test(text)) add('vote-long-decimal', text.replace(/votes: \{ p1: \d+,/, 'votes: { p1: 6.9999999999999999,'), 1, 'invalid-score');
  add('flow-key-with-anchor', `${text}[country]: ZZ\nx-note: &a unrelated\n`, 1, 'complex-key');
  add('flow-map-key', `${text}{a: 1}: b\n`, 1, 'complex-key');
  add('explicit-list-key', `${text}? - a\n: b\n`, 1, 'complex-key');
  add('long-x-key', `${text}x-${'k'.repeat(1100)}: 1\n`, 1, 'yaml-syntax');
  add('x-key-ok', `${text}x-${'k'.repeat(500)}: 1\n`, 0);
  // A null key: js-yaml (the fast pass) reads "null", yaml "" — both name and locate it as "null".
  add('null-key', replaceLine(text, /^city: (.*)$/m, 'city: $1\n~: 1'), 1, 'unknown-key');
  add('null-key-with-anchor', `${replaceLine(text, /^city: (.*)$/m, 'city: $1\n~: 1')}x-a: &a 1\n`, 1, 'unknown-key');
  add('unknown-key', `${text}colour: red\n`, 1, 'unknown-key');
  add('unknown-key-x200', `${text}${Array.from({ length: 200 }, (_, i) => `k${i}: 1`).join('\n')}\n`, 1, 'unknown-key');
  add('undefined-alias', `${text}x-a: *nowhere\n`, 1, 'yaml-syntax');
  add('alias-bomb', `${text}x-a: &a [x, x, x, x, x, x, x, x, x, x]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, 1, 'yaml-alias-limit');
  // Many aliases of one anchor: refused past the limit in time linear in the file (the alias-to-nothing check once
  // walked the document again per alias: 20,000 aliases ran for minutes).
  add('aliases-100', `${text}x-a: &a 1\nx-b: [${'*a, '.repeat(100)}]\n`, 0);
  add('aliases-101', `${text}x-a: &a 1\nx-b: [${'*a, '.repeat(101)}]\n`, 1, 'yaml-alias-limit');
  if (large) add('aliases-20000', `${text}x-a: &a 1\nx-b: [${'*a, '.repeat(20000)}]\n`, 1, 'yaml-alias-limit');
  if (large) add('undefined-aliases-20000', `${text}x-b: [${'*a, '.repeat(20000)}]\n`, 1, 'yaml-syntax');
  add('recursive-alias', `${text}x-r: &r [1, *r]\n`, 0);
  add('two-yaml-directives', `%YAML 1.2\n%YAML 1.2\n---\n${text}`, 1, 'yaml-syntax');
  // A %YAML 1.1 directive makes the date a timestamp: worded as one, not as "a mapping".
  add('yaml-1.1-date', `%YAML 1.1\n---\n${text}`, 1, 'wrong-type');
  add('binary-tag', replaceLine(text, /^city: .*$/m, 'city: !!binary aGVsbG8='), 1, 'yaml-tag');
  add('one-yaml-directive', `%YAML 1.2\n---\n${text}`, 0);
  add('deep-flow', `${text}x-deep: ${deep(10000)}\n`, 1, 'too-deep');
  add('deep-seq', `${text}x-deep:\n  ${'- '.repeat(5000)}x\n`, 1, 'too-deep');
  // Refused from the lexer's tokens, before a tree is built (1 MiB of `[` took 4 s and 950 MB).
  if (large) add('deep-flow-1mb', `${text}x-deep: ${'['.repeat(1_000_000)}\n`, 1, 'too-deep');
  if (large) add('deep-seq-one-line', `${text}x-deep:\n  ${'- '.repeat(400_000)}x\n`, 1, 'too-deep');
  add('brackets-in-quotes', `${text}x-text: "${'['.repeat(5000)}"\n`, 0);
  // A flow map whose lines are not indented is a syntax error, not a nesting the parser's recovery made.
  add('flow-map-unindented', `${text}x-map: {\n${Array.from({ length: 150 }, (_, i) => `v${i}: 5`).join(', ')}}\n`, 1, 'yaml-syntax');
  // A sequence at its key's column with the item's mapping one column in: two levels a column (102 here).
  const zigzag = (n: number) => `x-deep:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}-\n${' '.repeat(i + 1)}k:\n`).join('')}${' '.repeat(n + 1)}leaf\n`;
  add('deep-zigzag', `${text}${zigzag(50)}`, 1, 'too-deep');
  add('zigzag-100', `${text}${zigzag(49)}`, 0);
  add('shallow-flow', `${text}x-deep: ${deep(50)}\n`, 0);
  add('tab-indent', replaceLine(text, /^( +)score: (\d+)$/m, '\tscore: $2'), 1, 'yaml-syntax');
  add('invalid-utf8', Buffer.concat([Buffer.from(text), Buffer.from([0x78, 0x2d, 0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a])]), 1, 'invalid-utf8');
  // NUL is valid UTF-8 but never YAML: a UTF-16 file saved without its byte-order mark, a NUL inside a quoted text.
  add('utf16le-no-bom', Buffer.from(text, 'utf16le'), 1, 'invalid-utf8');
  add('nul-in-text', replaceLine(text, /^city: (.*)$/m, 'city: "Ex\0ampleville"'), 1, 'invalid-utf8');
  add('int-tag-impossible', `${text}x-a: !!int X\n`, 1, 'yaml-tag');
  add('two-documents', `${text}---\nc21lab: assessment/1\n`, 1, 'yaml-syntax');
  add('proto-key', `${text}__proto__: { polluted: true }\n`, 1, 'unknown-key');
  add('marker-typo', replaceLine(text, /^c21lab: .*$/m, 'c21lab: assesment/1'), 1, 'unknown-kind');
  add('framework-escape', replaceLine(text, /^framework: .*$/m, 'framework: ../../../../../../../../etc/passwd.yaml'), 1, 'framework-outside');
  for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd']) {
    add(`url-${url.replace(/[^a-z]+/gi, '_')}`, text.replace(/url: https:\/\/\S+/, `url: "${url}"`), 1, 'invalid-url');
  }
  for (const url of ['https://example.org/x', 'http://example.org', 'mailto:lab@example.org', 'docs/minutes.pdf', '#annex']) {
    add(`url-ok-${url.replace(/[^a-z]+/gi, '_')}`, text.replace(/url: https:\/\/\S+/, `url: "${url}"`), 0);
  }
  return out;
}

/** At least 300 mutations of the bundled examples. */
export function hostileCorpus(): Mutation[] {
  return SOURCES.flatMap((s) => {
    const text = readFileSync(join(EXAMPLES, s), 'utf8');
    // Only assessments with evidence links get the URL mutations; the others keep their text as is.
    return mutationsOf(s, text).filter((m) => !m.name.includes('--url') || /url: https:\/\//.test(text));
  });
}
