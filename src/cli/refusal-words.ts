// The core refuses a file unread (a FIFO, a link out of the repository, a
// file over the size limit) with a code and its params (core/refused-read.ts
// RefusedRead), and a file with errors with its findings as codes
// (core/errors.ts InvalidFileError); here both are put into the user's
// language, as the findings `validate` gives for the same file.
import { FindingsError, InvalidFileError } from '../core/errors.js';
import { RefusedRead } from '../core/refused-read.js';
import type { Finding, Lang } from '../core/types.js';
import { refusalCoded } from '../core/validate/read.js';
import { wordFindings } from '../i18n/validate-words.js';

/** The refusal worded: "not a valid … file" with its finding when it was loaded as a kind, else the finding alone. */
export function wordRefusal(error: RefusedRead, lang: Lang): FindingsError {
  const [finding] = wordFindings([refusalCoded(error.file, error.refusal, error.cwd)], lang) as [Finding];
  return error.kind ? new InvalidFileError(error.file, error.kind, [finding], error.hint) : new FindingsError(`${error.file}: ${finding.message}`, [finding], error.hint);
}

/** An invalid file's coded findings worded in the language `langFor` gives for its `language:`; a worded one as it is. */
export function wordInvalidFile(error: InvalidFileError, langFor: (fileLang: string | undefined) => Lang): InvalidFileError {
  if (!error.coded) return error;
  const lang = langFor(error.language);
  const worded = new InvalidFileError(error.file, error.kind, wordFindings(error.coded, lang), error.hint);
  worded.wordedIn = lang;
  return worded;
}

/**
 * Any error of the core that still carries codes, worded: a refusal in `lang` (it has no file language, as
 * validate words it), an invalid file's findings by `langFor`. Anything else as it was.
 */
export function wordCoreError(error: unknown, lang: Lang, langFor: (fileLang: string | undefined) => Lang): unknown {
  if (error instanceof InvalidFileError) return wordInvalidFile(error, langFor);
  if (error instanceof RefusedRead) return wordRefusal(error, lang);
  return error;
}
