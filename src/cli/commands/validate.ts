// `c21lab validate`: find the files, check each, print findings, exit 0/1/2.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError, EXIT_FINDINGS, EXIT_OK } from '../../core/errors.js';
import { resolveLang } from '../../core/lang.js';
import { createContext, validateText } from '../../core/validate/index.js';
import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';
import { formatFindings } from '../../render/formatters/text.js';
import { writeLine, type CommandContext } from '../io.js';

export async function run(ctx: CommandContext, args: string[]): Promise<number> {
  const t = translator(validateMessages, resolveLang(ctx.global.lang, undefined, ctx.io.env));
  const paths = args.length ? args : ['.'];
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(ctx.io.cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      files.push(...(await glob('**/*.{yaml,yml}', { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] })));
    } else if (info) {
      files.push(abs);
    } else {
      const matched = await glob(p, { cwd: ctx.io.cwd, absolute: true });
      if (!matched.length) throw new UsageError(`${p}: no such file or directory`);
      files.push(...matched);
    }
  }
  if (!files.length) throw new UsageError(t('noFiles', { paths: paths.join(', ') }));
  const vctx = createContext(ctx.io.cwd);
  let errors = 0;
  let warnings = 0;
  for (const file of files.sort()) {
    const shown = relative(ctx.io.cwd, file) || file;
    const report = validateText(shown, await readFile(file, 'utf8'), vctx);
    if (report.findings.length) writeLine(ctx.io.stdout, formatFindings(report.findings, ctx.style));
    errors += report.findings.filter((f) => f.severity === 'error').length;
    warnings += report.findings.filter((f) => f.severity === 'warning').length;
  }
  writeLine(ctx.io.stderr, t('result', { files: files.length, errors, warnings }));
  return errors ? EXIT_FINDINGS : EXIT_OK;
}
