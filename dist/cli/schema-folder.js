// Before a command writes a c21lab file, the schema folder of its repository
// is written or brought up to date (core/schema-folder.ts), so the file's
// $schema line can point there and editors validate it in any clone.
import { dirname, join, resolve } from 'node:path';
import { shownPath } from '../core/paths.js';
import { SCHEMA_FOLDER, schemaRootFor, writeSchemaFolder } from '../core/schema-folder.js';
import { typedTranslator } from '../i18n/define.js';
import { schemasMessages } from '../i18n/schemas.js';
import { writeLine } from './io.js';
/** `lang`: the language of what is said about the file being written (the interface's by default). */
export async function prepareSchemaFolder(ctx, file, lang = ctx.lang) {
    const root = schemaRootFor(dirname(resolve(ctx.io.cwd, file)), ctx.io.cwd);
    const written = await writeSchemaFolder(root);
    if (!written.length)
        return;
    const t = typedTranslator(schemasMessages, lang);
    const dir = shownPath(join(root, SCHEMA_FOLDER), ctx.io.cwd);
    writeLine(ctx.io.stderr, t('wroteWithHint', { wrote: t('wrote', { count: written.length, dir }), hint: t('commitHint', { dir }) }));
}
