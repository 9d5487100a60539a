// Checks on a review file beyond its schema: the commitments it writes about
// are ids of its framework (culture21-actions unless it names another), and a
// link whose address is not http, https or mailto is reported, since the
// report will show it as text rather than as a link. Messages come from the
// review's own catalog, so validate's catalog stays as it is (phrases name
// the catalog; the CLI words them).
import type { Framework } from '../../types.js';
import { isRecord, type Reporter } from '../report.js';
import { parseItemId } from '../../values.js';
import { itemIdPhrase, type Phrase, type PhraseParams, type ReviewKey } from '../phrase.js';
import { nodeAt, type PathKey } from '../../yaml/source.js';
import { checkEmptyTexts } from './review-empty-text.js';
import { isBlankText } from '../../markdown.js';

/** `[label](target)` pairs in a text, with targets the reports would not make links. */
const LINK = /\[[^\]\n]*\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)/g;

function texts(value: unknown, path: PathKey[]): { path: PathKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => (typeof v === 'string' ? [{ path: [...path, k], text: v }] : []));
  return [];
}

export function checkReview(data: Record<string, unknown>, framework: Framework | undefined, r: Reporter): void {
  const t = (review: ReviewKey, params: PhraseParams) => ({ review, params });
  const ids = framework?.commitments.map((c) => c.id);
  const known = (id: string, path: PathKey[], onKey: boolean) => {
    if (!ids || !framework) return;
    // The one reading of an item id and its one wording, as `set` and `assess --commitment` say it.
    const parsed = parseItemId(id, framework, 'commitment', { verbatim: true });
    if (!parsed.ok) r.at(path, 'review-commitment', itemIdPhrase(parsed), { onKey });
  };
  if (isRecord(data.commitments)) for (const id of Object.keys(data.commitments)) known(id, ['commitments', id], true);
  checkTitles(data, r, t);
  checkEmptyTexts(data, r);
  const all: { path: PathKey[]; text: string }[] = [];
  for (const key of ['introduction', 'context', 'summary', 'whatChanged', 'nextSteps', 'acknowledgements']) all.push(...texts(data[key], [key]));
  if (isRecord(data.commitments)) for (const [id, v] of Object.entries(data.commitments)) all.push(...texts(v, ['commitments', id]));
  if (Array.isArray(data.recommendations)) {
    data.recommendations.forEach((rec: unknown, i) => {
      if (!isRecord(rec)) return;
      if (Array.isArray(rec.commitments)) {
        rec.commitments.forEach((id: unknown, j) => {
          if (typeof id === 'string' || typeof id === 'number') known(String(id), ['recommendations', i, 'commitments', j], false);
        });
      }
      for (const key of ['title', 'owner', 'timeframe', 'description']) all.push(...texts(rec[key], ['recommendations', i, key]));
    });
  }
  for (const { path, text } of all) {
    let from = 0; // where the next link of this text is looked for in the file
    for (const m of text.matchAll(LINK)) {
      const target = m[1] ?? '';
      if (/^(https?:\/\/|mailto:)/i.test(target)) continue;
      const message = t('unsafeLink', { target });
      const needle = `](${target})`;
      const offset = linkOffset(r, path, needle, from);
      if (offset !== undefined) {
        from = offset + needle.length;
        r.atOffset(offset + 2, 'review-link', message, 'warning');
      } else if (!r.src && r.locator) {
        r.unlocated = true; // the exact pass, with the YAML document, finds the line of the link
      } else {
        r.at(path, 'review-link', message, { severity: 'warning' });
      }
    }
  }
}

/**
 * Where a link's `](target)` is in the file, inside the text's own scalar: a
 * block scalar's link is on its own line, not on the key's. Undefined when the
 * scalar's source does not hold it as written (a double-quoted escape).
 */
function linkOffset(r: Reporter, path: PathKey[], needle: string, from: number): number | undefined {
  if (!r.src) return undefined;
  const { node } = nodeAt(r.src.doc, path);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return undefined;
  const at = r.src.text.indexOf(needle, Math.max(range[0], from));
  return at !== -1 && at < range[1] ? at : undefined;
}

/** Recommendations without a title (or with only blank ones): the report would show an empty heading. */
function checkTitles(data: Record<string, unknown>, r: Reporter, t: (review: ReviewKey, params: PhraseParams) => Phrase): void {
  if (!Array.isArray(data.recommendations)) return;
  data.recommendations.forEach((rec: unknown, i) => {
    if (!isRecord(rec) || !('title' in rec)) return; // a missing title is the schema's finding
    const title = rec.title;
    const given = typeof title === 'string' ? [title] : isRecord(title) ? Object.values(title) : [];
    const blank = typeof title === 'number' ? false : given.filter((v) => typeof v === 'string').every((v) => isBlankText(v as string));
    if (blank) r.at(['recommendations', i, 'title'], 'review-empty-title', t('emptyTitle', { n: i + 1 }));
  });
}
