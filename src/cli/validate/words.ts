// Where `validate` puts its findings into words: the core returns codes
// (core/validate/phrase.ts); here each file's findings are worded in the
// language the command context gives that file (ctx.langFor: --lang, else
// the file's `language:`, else the system's), and the summary line in the
// language the findings above it share. One rule, one resolution, for both.
import type { Finding, Lang } from '../../core/types.js';
import type { CodedFinding } from '../../core/validate/index.js';
import { sharedLang } from '../shared-lang.js';
import { translator } from '../../i18n/define.js';
import { phraseWords, wordFinding } from '../../i18n/validate-words.js';
import { validateMessages } from '../../i18n/validate.js';

export interface CodedFile {
  file: string;
  findings: CodedFinding[];
  /** The file's `language:` as written, when it is text. */
  language?: string;
}

/** The language a file's findings are worded in. */
export function fileLang(f: Pick<CodedFile, 'language'>, langFor: (fileLang: string | undefined) => Lang): Lang {
  return langFor(f.language);
}

/** A file's findings in words, in its language. */
export function wordFile(f: CodedFile, langFor: (fileLang: string | undefined) => Lang): Finding[] {
  if (f.findings.length === 0) return [];
  const words = phraseWords(fileLang(f, langFor));
  return f.findings.map((x) => wordFinding(x, words));
}

/** The summary line, in the language every file's findings were worded in when they share one, else the run's. */
export function summaryLine(
  files: readonly Pick<CodedFile, 'language'>[],
  counts: { files: number; errors: number; warnings: number },
  langFor: (fileLang: string | undefined) => Lang,
): string {
  return translator(validateMessages, sharedLang(files.map((f) => f.language), langFor))('result', counts);
}
