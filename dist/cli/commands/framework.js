// `c21lab framework [--framework ID|PATH] [--sheet FILE.md|FILE.html]`.
import { defineCommand } from '../command.js';
import { PAGE_FORMATS } from '../../render/formats/names.js';
import { frameworkMessages } from '../../i18n/framework.js';
import { extname, join, resolve } from 'node:path';
import { EXIT_OK, FindingsError, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { isStdout, refuseFormatMismatch } from '../stdout.js';
const options = [
    { flags: '--framework <id|path>', help: 'optFramework' },
    { flags: '--sheet <file>', help: 'optSheet' },
    { flags: '--format <format>', help: 'optFormat', choices: PAGE_FORMATS },
];
export const spec = defineCommand({
    name: 'framework',
    messages: frameworkMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')),
    options,
    run,
});
export async function run(ctx, _args, options) {
    const lang = ctx.lang;
    const t = translator(frameworkMessages, lang);
    const ref = options.framework ?? 'culture21-actions';
    const sheet = options.sheet;
    // `-`: the sheet on stdout, in --format (HTML by default); a file's extension chooses, as in report.
    const ext = sheet ? (isStdout(sheet) ? `.${options.format ?? 'html'}` : extname(sheet).toLowerCase()) : '';
    if (sheet && !['.md', '.html', '.htm'].includes(ext))
        throw new UsageError(t('sheetBadExt', { file: sheet, ext: ext || '' }));
    refuseFormatMismatch(ctx, options.format, sheet, ext === '.md' ? 'md' : 'html', '--sheet');
    const fw = await frameworkFor(ref, ctx, t);
    if (!sheet) {
        const { formatFramework } = await import('../../render/framework-text.js');
        writeLine(ctx.io.stdout, formatFramework(fw, lang, ctx.style));
        return EXIT_OK;
    }
    const { renderSheetHtml, renderSheetMarkdown } = await import('../../render/sheet.js');
    const out = isStdout(sheet) ? sheet : resolve(ctx.io.cwd, sheet);
    await ctx.writeOutput(out, ext === '.md' ? renderSheetMarkdown(fw, lang) : renderSheetHtml(fw, lang), { said: () => t('sheetWritten', { file: ctx.shown(out) }), locked: true, dash: true });
    return EXIT_OK;
}
/**
 * A bundled id, or a framework file the person names themselves: that file is
 * validated on its own, so its problems are located in it (file:line:col).
 */
async function frameworkFor(ref, ctx, t) {
    const [{ loadFrameworkRef }, { isBundledRef }] = await Promise.all([import('../../core/validate/index.js'), import('../../core/validate/framework-ref.js')]);
    if (isBundledRef(ref)) {
        const result = loadFrameworkRef(ref, join(ctx.io.cwd, 'c21lab-cli'), await ctx.validation());
        if (result.framework)
            return result.framework;
        throw new UsageError(t('cannotLoadBecause', { ref, reason: result.findings[0]?.message ?? '' }));
    }
    const { shown, report } = await ctx.loadFramework(ref);
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length)
        throw new FindingsError(t('cannotLoad', { ref }), errors);
    if (report.kind !== 'framework')
        throw new UsageError(t('notFramework', { file: shown }));
    return report.data;
}
