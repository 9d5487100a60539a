// The language of a line about several files (validate's summary, report --out-dir's "N reports written"):
// the one every file's language gives by the run's rule (--lang, else the file's `language:`, else the
// system's) when they agree, else the interface language.
import type { Lang } from '../core/types.js';

export function sharedLang(fileLangs: Iterable<string | undefined>, langFor: (fileLang: string | undefined) => Lang): Lang {
  const langs = new Set<Lang>();
  for (const fileLang of fileLangs) langs.add(langFor(fileLang));
  return langs.size === 1 ? [...langs][0]! : langFor(undefined);
}
