// A framework mismatch is a finding about the file (exit 1) in every command:
// located on the file's `framework:` key, worded by the caller.
import { FindingsError } from '../core/errors.js';
import { locate } from '../core/yaml/source.js';
export function frameworkMismatch(file, message) {
    const at = locate(file.source, ['framework']);
    return new FindingsError(message, [
        { file: file.file, line: at.line, column: at.column, severity: 'error', rule: 'framework-mismatch', message, path: '/framework' },
    ]);
}
