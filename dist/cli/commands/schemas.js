// `c21lab schemas [DIR]`: the repository's schema folder for editors
// (core/schema-folder.ts), and $schema lines repaired where they point nowhere.
import { defineCommand } from '../command.js';
import { schemasMessages } from '../../i18n/schemas.js';
import { lstat, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT_OK, UsageError } from '../../core/errors.js';
import { typedTranslator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { refuseDashFolder } from '../stdout.js';
const options = [
    { flags: '--no-relink', help: 'optNoRelink' },
];
export const spec = defineCommand({
    name: 'schemas',
    messages: schemasMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('[dir]', t('argDir')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const t = typedTranslator(schemasMessages, ctx.lang);
    refuseDashFolder(ctx, args[0], 'c21lab schemas DIR');
    const [{ glob }, { saveDocument }, { gitRoot, SCHEMA_FOLDER, writeSchemaFolder }, { markedKind, relinkedText }, { schemaReference }] = await Promise.all([
        import('tinyglobby'),
        import('../../core/edit/save.js'),
        import('../../core/schema-folder.js'),
        import('../../core/schema-links.js'),
        import('../../core/yaml/modeline.js'),
    ]);
    const root = args[0] !== undefined ? resolve(ctx.io.cwd, args[0]) : (gitRoot(ctx.io.cwd) ?? ctx.io.cwd);
    const shown = ctx.shown;
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory())
        throw new UsageError(t('notDir', { dir: shown(root) }));
    const folder = join(root, SCHEMA_FOLDER);
    const written = await writeSchemaFolder(root);
    writeLine(ctx.io.stdout, written.length ? t('wrote', { count: written.length, dir: shown(folder) }) : t('upToDate', { dir: shown(folder) }));
    if (options.relink !== false) {
        const files = await glob('**/*.{yaml,yml}', { cwd: root, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: true, followSymbolicLinks: false });
        let repaired = 0;
        for (const file of files.sort()) {
            // Plain files only, of a sane size: a link is not ours to rewrite, a FIFO would block.
            const info = await lstat(file).catch(() => undefined);
            if (!info?.isFile() || info.size > 1024 * 1024)
                continue;
            const text = await readFile(file, 'utf8').catch(() => undefined);
            const kind = text === undefined ? undefined : markedKind(text);
            if (text === undefined || kind === undefined)
                continue;
            const fixed = relinkedText(text, kind, file, root);
            if (fixed === undefined)
                continue;
            await saveDocument(file, fixed);
            repaired++;
            writeLine(ctx.io.stdout, t('relinked', { file: shown(file), target: schemaReference(kind, file) }));
        }
        if (repaired)
            writeLine(ctx.io.stdout, t('relinkedCount', { count: repaired }));
    }
    if (written.length)
        writeLine(ctx.io.stderr, t('commitHint', { dir: shown(folder) }));
    return EXIT_OK;
}
