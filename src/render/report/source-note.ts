// The framework's source note as parts, each with the language it is in, so
// that the report can mark what is not in its own language: the French and
// Spanish notes quote the two English titles a source confirms
// (« Heritage, diversity and creativity »), which a screen reader must read
// as English; and a note the framework gives only in English is English as a
// whole in a French report.
import type { Framework, Lang } from '../../core/types.js';

/** A run of the note; `lang` is '' where the text is in the report's language. */
export interface NotePart { text: string; lang: string }

const LANGS: Lang[] = ['en', 'fr', 'es'];

/** The note in the report's language (else English, marked), cut around the commitment titles it quotes in another language. */
export function sourceNoteParts(fw: Framework, lang: Lang, wrap: (note: string) => string): NotePart[] {
  const note = fw.source?.note;
  if (note === undefined || note === '') return [];
  const given: Lang | undefined = typeof note === 'string' ? undefined : note[lang] !== undefined ? lang : 'en';
  const text = typeof note === 'string' ? note : note[given as Lang] ?? '';
  if (text === '') return [];
  const whole = wrap(text);
  const at = whole.indexOf(text);
  // A note in another language than the report's (or in one we cannot tell) keeps the framing words ("About the framework:") unmarked.
  if (given !== undefined && given !== lang) {
    return [{ text: whole.slice(0, at), lang: '' }, { text, lang: given }, { text: whole.slice(at + text.length), lang: '' }].filter((p) => p.text !== '');
  }
  // Titles in another language than the note's, longest first, each with its language; a title the same in both languages is not foreign.
  const quoted: { title: string; lang: Lang }[] = [];
  for (const c of fw.commitments) {
    for (const other of LANGS) {
      const title = c.title[other];
      if (other === lang || !title || title === c.title[lang] || title.length < 4) continue;
      quoted.push({ title, lang: other });
    }
  }
  quoted.sort((a, b) => b.title.length - a.title.length);
  const parts: NotePart[] = [];
  let rest = whole;
  while (rest !== '') {
    let first: { index: number; title: string; lang: Lang } | undefined;
    for (const q of quoted) {
      const index = rest.indexOf(q.title);
      if (index !== -1 && (!first || index < first.index)) first = { index, ...q };
    }
    if (!first) break;
    if (first.index > 0) parts.push({ text: rest.slice(0, first.index), lang: '' });
    parts.push({ text: first.title, lang: first.lang });
    rest = rest.slice(first.index + first.title.length);
  }
  if (rest !== '') parts.push({ text: rest, lang: '' });
  return parts;
}
