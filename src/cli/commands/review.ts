// `c21lab review new ASSESSMENT [-o FILE]`: writes an empty review file beside
// the assessment (ASSESSMENT.review.yaml, where `report` looks for it), with
// one empty synthesis per commitment of the assessment's framework and the
// assessment's experts as authors. It validates as written.
import { Argument } from 'commander';
import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { reviewMessages } from '../../i18n/review.js';
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { EXIT_OK, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeLine, type CommandContext } from '../io.js';
import { isStdout } from '../stdout.js';

const options = [
  { flags: '-o, --output <file>', help: 'optOutput' },
  { flags: '--force', help: 'optForce' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'review',
  messages: reviewMessages,
  describe: (cmd, t) =>
    cmd
      .summary(t('summary'))
      .description(t('summary'))
      .addArgument(new Argument('<action>', t('argAction')).choices(['new']))
      .argument('<assessment>', t('argAssessment')),
  options,
  run,
});

type Key = keyof typeof reviewMessages.en;

export async function run(ctx: CommandContext, args: string[], options: Options): Promise<number> {
  const [{ conventionalReviewPath }, { newReviewText }] = await Promise.all([import('../../core/review.js'), import('../../core/review-new.js')]);
  const [, file] = args;
  const cwd = ctx.io.cwd;
  const abs = resolve(cwd, file as string);
  const loaded = await ctx.loadAssessment(file as string);
  const a = loaded.assessment;
  const lang = ctx.langFor(a.language);
  const t = translator(reviewMessages, lang);
  // `-`: stdout, the file's relative paths read as from the working directory.
  const dash = isStdout(options.output);
  const out = resolve(cwd, typeof options.output === 'string' ? options.output : conventionalReviewPath(abs));
  const name = ctx.shown(out);
  if (!dash && !options.force && (await stat(out).catch(() => undefined))) throw new UsageError(t('exists', { file: name }));
  const rel = relative(dirname(out), abs).split(sep).join('/');
  // The framework as the assessment names it, seen from the review's folder (a path is relative to the file).
  const ref = a.framework;
  const framework = /[/\\]|\.ya?ml$/i.test(ref) ? relative(dirname(out), resolve(dirname(abs), ref)).split(sep).join('/') : ref === 'culture21-actions' ? undefined : ref;
  // The text is built once the schema folder is written, so its $schema line points there on the first run too.
  const text = () => newReviewText({
    assessmentPath: rel,
    language: lang,
    commitmentIds: loaded.framework.commitments.map((c) => c.id),
    ...(framework ? { framework } : {}),
    ...(a.experts?.length ? { experts: a.experts } : {}),
  }, out, (key, params) => t(key as Key, params));
  await ctx.writeOutput(dash ? '-' : out, text, { said: () => t('written', { file: name }), to: 'stdout', schemas: true, lang, dash: true });
  if (dash) return EXIT_OK;
  // Only a review at the conventional path is found by report without --review: say which command works.
  const found = resolve(out) === resolve(conventionalReviewPath(abs));
  writeLine(ctx.io.stderr, t(found ? 'nextSteps' : 'nextStepsElsewhere', { file: name, assessment: ctx.shown(abs) }));
  return EXIT_OK;
}
