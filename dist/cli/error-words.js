// What the core's typed errors say, in the user's language: they carry a code
// and params (core/errors.ts), never a sentence. Used by the one error
// boundary (main.ts) and by a command that reports an error without ending,
// such as the room's terminal when a save is refused mid-session.
import { EditRefusedError, FileAccessError, InvalidFileError, WriteRefusedError } from '../core/errors.js';
import { cliMessages } from '../i18n/cli.js';
import { translator } from '../i18n/define.js';
import { editRefusedMessage, writeMessages } from '../i18n/write.js';
/** The file system codes every catalog words (`io_CODE` in i18n/cli.ts), for a file that cannot be read or written. */
export const IO_CODES = ['ENOENT', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EROFS', 'ENOSPC', 'EEXIST', 'EDQUOT', 'EFBIG', 'ELOOP'];
/** The error's message in `lang`; a C21Error the core does not word (a UsageError made above it) as it is. */
export function userMessage(error, lang) {
    const t = translator(cliMessages, lang);
    if (error instanceof WriteRefusedError)
        return translator(writeMessages, lang)(error.reason, { file: error.file, ...error.detail });
    if (error instanceof EditRefusedError)
        return editRefusedMessage(error, lang);
    if (error instanceof FileAccessError) {
        const key = error.reason === 'missing' ? 'noSuchFile' : error.reason === 'directory' ? 'isDirectory' : 'cannotRead';
        // A system code the boundary words for any file (ELOOP, EACCES…) is said in those words, not as the bare code.
        const detail = IO_CODES.includes(error.detail) ? t(`io_${error.detail}`) : error.detail;
        return t(key, { file: error.file, detail });
    }
    if (error instanceof InvalidFileError)
        return t('invalidFile', { file: error.file, kind: t(`kind_${error.kind}`) });
    return error.message;
}
