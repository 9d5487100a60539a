// A file named to `validate` that cannot be read (missing, no permission): a
// usage error (exit 2) carried as a code and its params, put into words by
// the command in the user's language (wordUnreadable), as the boundary words
// the core's FileAccessError. Crosses from a worker thread as plain data.
import { UsageError } from '../../core/errors.js';
export class UnreadableTarget extends UsageError {
    path;
    reason;
    constructor(
    /** As shown to the user. */
    path, 
    /** The system's code: ENOENT, EACCES… */
    reason) {
        super(`${path}: cannot be read (${reason})`);
        this.path = path;
        this.reason = reason;
    }
}
/** The error in words; any other error as it was. */
export function wordUnreadable(error, t) {
    return error instanceof UnreadableTarget ? new UsageError(t('unreadable', { path: error.path, reason: error.reason })) : error;
}
