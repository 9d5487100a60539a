// Scores as they are written, not only as they read: YAML reads `0o10`, `0x5`,
// `+5`, `5.`, `5.0`, `1e0` and `!!int "5"` as whole numbers, but a person who
// wrote them did not write a score on the scale, and another tool would read
// them otherwise. Only a plain decimal numeral is a score (or n/a). Runs on
// the exact pass, which has the source text; the fast pass (fast.ts) hands
// any file with such a numeral to it.
import { yaml } from '../../yaml/lazy.js';
import { nodeAt, type PathKey, type YamlSource } from '../../yaml/source.js';
import { isRecord, type Reporter } from '../report.js';

const PLAIN = /^-?(?:0|[1-9][0-9]*)$/;

export function checkScoreSources(src: YamlSource, data: Record<string, unknown>, r: Reporter): void {
  if (data.c21lab !== 'assessment/1' || !isRecord(data.commitments)) return;
  for (const [cid, c] of Object.entries(data.commitments)) {
    if (!isRecord(c)) continue;
    scored(src, c, ['commitments', cid], r);
    if (!isRecord(c.actions)) continue;
    for (const [aid, a] of Object.entries(c.actions)) if (isRecord(a)) scored(src, a, ['commitments', cid, 'actions', aid], r);
  }
}

function scored(src: YamlSource, item: Record<string, unknown>, base: PathKey[], r: Reporter): void {
  if (typeof item.score === 'number') one(src, [...base, 'score'], r);
  if (isRecord(item.votes)) {
    for (const [id, v] of Object.entries(item.votes)) if (typeof v === 'number') one(src, [...base, 'votes', id], r);
  }
}

function one(src: YamlSource, path: PathKey[], r: Reporter): void {
  const { node } = nodeAt(src.doc, path);
  if (!yaml().isScalar(node) || typeof node.value !== 'number' || !node.range) return;
  const source = src.text.slice(node.range[0], node.range[1]);
  if (PLAIN.test(source) && node.tag === undefined) return;
  const value = Number.isInteger(node.value) ? String(node.value) : String(Math.round(node.value));
  r.at(path, 'invalid-score', () => r.msg('scoreNumeral', { value, source: node.tag ? `${tagged(node.tag)} ${source}` : source }));
}

function tagged(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
