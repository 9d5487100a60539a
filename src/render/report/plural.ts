// Plural forms of the report's messages through Intl.PluralRules: a message
// `key_one` / `key_other` (and `key_zero`, used for 0 where the language's
// rules would otherwise say "one", as French does) is chosen by count.
import type { Lang } from '../../core/types.js';

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralSuffix(lang: Lang, count: number, hasZero = false): 'zero' | 'one' | 'other' {
  if (hasZero && count === 0) return 'zero';
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(count) === 'one' ? 'one' : 'other';
}
