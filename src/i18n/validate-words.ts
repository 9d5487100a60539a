// Putting validate's phrases (src/core/validate/phrase.ts) into words: each
// message from its catalog in one language, parameters worded first. The CLI
// words a file's findings through this once it knows the file's language
// (src/cli/validate/words.ts); the callers of the core's worded entry points
// (loaders, history, init…) get them worded through the same function, put in
// their validation context above the core (findingWords).
import type { Finding, Lang } from '../core/types.js';
import type { CodedFinding, Part, Phrase } from '../core/validate/phrase.js';
import type { WordFindings } from '../core/validate/index.js';
import { translator, type Params, type Translate } from './define.js';
import { reviewMessages } from './review.js';
import { validateMessages, type ValidateKey } from './validate.js';
import { valuesMessages } from './values.js';

export type WordPhrase = (p: Part) => string;

const cache = new Map<Lang, WordPhrase>();

/** The wording function of a language (made once per language and run). */
export function phraseWords(lang: Lang): WordPhrase {
  let words = cache.get(lang);
  if (!words) cache.set(lang, (words = makeWords(lang)));
  return words;
}

function makeWords(lang: Lang): WordPhrase {
  const t: Translate<ValidateKey> = translator(validateMessages, lang);
  const review = translator(reviewMessages, lang);
  const values = translator(valuesMessages, lang);
  // Made on first use: a DateTimeFormat costs milliseconds to create (locale data), and few findings name a month.
  let months: Intl.DateTimeFormat | undefined;
  const params = (ps: Record<string, Part> | undefined): Params | undefined => {
    if (!ps) return undefined;
    const out: Params = {};
    for (const [k, v] of Object.entries(ps)) out[k] = typeof v === 'object' ? word(v) : v;
    return out;
  };
  const word = (p: Part): string => {
    if (typeof p !== 'object') return String(p);
    if ('key' in p) return t(p.key, params(p.params));
    if ('review' in p) return review(p.review, params(p.params));
    if ('values' in p) return values(p.values, params(p.params));
    if ('month' in p) return (months ??= new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(2000, p.month - 1, 1)));
    return p.seq.map(word).join('');
  };
  return word;
}

/** One finding in words; its keys stay in the order they were made in, `message` where `phrase` was. */
export function wordFinding(f: CodedFinding, words: WordPhrase): Finding {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (k === 'phrase') out.message = words(v as Phrase);
    else out[k] = v;
  }
  return out as unknown as Finding;
}

export function wordFindings(findings: readonly CodedFinding[], lang: Lang): Finding[] {
  const words = phraseWords(lang);
  return findings.map((f) => wordFinding(f, words));
}

/**
 * The `word` function of a validation context (core/validate/index.ts): each file's findings in the language
 * `langFor` gives for its `language:` (the CLI's ctx.langFor; the walkthrough's own language).
 */
export function findingWords(langFor: (fileLang: string | undefined) => Lang): WordFindings {
  return (findings, fileLang) => wordFindings(findings, langFor(fileLang));
}
