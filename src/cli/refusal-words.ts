// The core refuses a file unread (a FIFO, a link out of the repository, a
// file over the size limit) with a code and its params (core/load.ts
// RefusedRead); here the refusal is put into the user's language, as the
// finding `validate` gives for the same file.
import { FindingsError, InvalidFileError } from '../core/errors.js';
import type { RefusedRead } from '../core/load.js';
import type { Lang } from '../core/types.js';
import { refusalFinding } from '../core/validate/read.js';
import { translator } from '../i18n/define.js';
import { validateMessages } from '../i18n/validate.js';

/** The refusal worded: "not a valid … file" with its finding when it was loaded as a kind, else the finding alone. */
export function wordRefusal(error: RefusedRead, lang: Lang): FindingsError {
  const finding = refusalFinding(error.file, error.refusal, translator(validateMessages, lang), error.cwd);
  return error.kind ? new InvalidFileError(error.file, error.kind, [finding], error.hint) : new FindingsError(`${error.file}: ${finding.message}`, [finding], error.hint);
}
