// A file named to `validate` that cannot be read (missing, no permission): a
// usage error (exit 2) carried as a code and its params, put into words by
// the command in the user's language (wordUnreadable), as the boundary words
// the core's FileAccessError. Crosses from a worker thread as plain data.
import { UsageError } from '../../core/errors.js';
import type { Translate } from '../../i18n/define.js';
import type { ValidateKey } from '../../i18n/validate.js';

export class UnreadableTarget extends UsageError {
  constructor(
    /** As shown to the user. */
    readonly path: string,
    /** The system's code: ENOENT, EACCES… */
    readonly reason: string,
  ) {
    super(`${path}: cannot be read (${reason})`);
  }
}

/** The error in words; any other error as it was. */
export function wordUnreadable(error: unknown, t: Translate<ValidateKey>): unknown {
  return error instanceof UnreadableTarget ? new UsageError(t('unreadable', { path: error.path, reason: error.reason })) : error;
}
