#!/usr/bin/env node
// What the GitHub Action runs once c21lab is installed: choose the base ref,
// run `c21lab validate --format github` (annotations on the pull request),
// run it again as JSON for the step summary, exit with validate's exit code.
// The JSON goes to a temporary file, not a pipe with a buffer it can outgrow
// (spawnSync's 1 MiB cut a large repository's result, and its outputs read 0);
// a result that cannot be read or parsed fails the step, with no outputs.
// Reads the environment GitHub provides (GITHUB_WORKSPACE, GITHUB_BASE_REF,
// GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT)
// and the action's inputs (INPUT_PATHS, INPUT_BASE_REF, INPUT_STRICT,
// INPUT_LANG), so it runs the same way on a laptop with those set.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, writeSummary } from './summary.mjs';

// The step's own error annotations, in the action's `lang` input (English without it), as its summary is.
const WORDS = {
  en: {
    noBase: 'git does not know the base ref "{base}". Check out with fetch-depth: 0 (actions/checkout) so the base branch is there.',
    noHistory: '"{base}" and HEAD share no history in this checkout. Check out with fetch-depth: 0 (actions/checkout).',
    unreadable: 'could not read the JSON result of c21lab validate: {reason}',
    exited: 'it exited with {found}, the annotations\' run with {code}',
    noCounts: 'it has no counts of files, errors and warnings',
  },
  fr: {
    noBase: 'git ne connaît pas la référence de base « {base} ». Faites le checkout avec fetch-depth: 0 (actions/checkout) pour que la branche de base soit là.',
    noHistory: '« {base} » et HEAD n’ont pas d’historique commun dans ce checkout. Faites le checkout avec fetch-depth: 0 (actions/checkout).',
    unreadable: 'le résultat JSON de c21lab validate n’a pas pu être lu : {reason}',
    exited: 'il s’est terminé avec {found}, l’exécution des annotations avec {code}',
    noCounts: 'il ne compte ni fichiers, ni erreurs, ni avertissements',
  },
  es: {
    noBase: 'git no conoce la referencia base «{base}». Haga el checkout con fetch-depth: 0 (actions/checkout) para que la rama base esté.',
    noHistory: '«{base}» y HEAD no comparten historia en este checkout. Haga el checkout con fetch-depth: 0 (actions/checkout).',
    unreadable: 'no se pudo leer el resultado JSON de c21lab validate: {reason}',
    exited: 'terminó con {found}, la ejecución de las anotaciones con {code}',
    noCounts: 'no tiene recuentos de archivos, errores y avisos',
  },
};

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = process.env.C21LAB_BIN || join(HERE, '..', 'c21lab.js');

function git(args, cwd) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } });
}

function resolves(ref, cwd) {
  return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd).status === 0;
}

/** The ref to validate changes against, or undefined to validate every file; exits 2 when it cannot be used. */
export function chooseBase(env, cwd) {
  if (env.INPUT_BASE_REF) return env.INPUT_BASE_REF;
  if (env.GITHUB_BASE_REF) {
    // A pull request: its base branch, as the checkout knows it.
    const ref = `origin/${env.GITHUB_BASE_REF}`;
    if (!resolves(ref, cwd)) git(['fetch', '--no-tags', '--quiet', 'origin', env.GITHUB_BASE_REF], cwd);
    return ref;
  }
  if (env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_EVENT_PATH) {
    // A push: the commit before it, unless the branch is new (all zeros) or the checkout lacks it.
    try {
      const before = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')).before;
      if (typeof before === 'string' && !/^0+$/.test(before) && resolves(before, cwd)) return before;
    } catch {
      /* no event file: validate everything */
    }
  }
  return undefined;
}

function annotateError(message) {
  process.stdout.write(`::error title=c21lab::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
}

function fail(message) {
  annotateError(message);
  process.exit(2);
}

/** Runs `run(fd)` with its stdout in a temporary file, and returns what it wrote: however large, nothing is cut. */
function captured(env, run) {
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'c21lab-json-'));
  try {
    const file = join(dir, 'result.json');
    const fd = openSync(file, 'w', 0o600);
    let child;
    try {
      child = run(fd);
    } finally {
      closeSync(fd);
    }
    return { child, text: readFileSync(file, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const counted = (r) => ['files', 'errors', 'warnings'].every((k) => Number.isInteger(r?.summary?.[k])) && Array.isArray(r?.files);

export function main(env = process.env) {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const paths = (env.INPUT_PATHS || '.').split(/\s+/).filter(Boolean);
  const lang = ['en', 'fr', 'es'].includes(env.INPUT_LANG) ? env.INPUT_LANG : undefined;
  const words = WORDS[lang ?? 'en'];
  const base = chooseBase(env, cwd);
  if (base !== undefined) {
    if (!resolves(base, cwd)) fail(fill(words.noBase, { base }));
    if (git(['merge-base', base, 'HEAD'], cwd).status !== 0) fail(fill(words.noHistory, { base }));
  }
  const common = [
    ...paths,
    ...(base !== undefined ? ['--changed-since', base] : []),
    ...(env.INPUT_STRICT === 'true' ? ['--strict'] : []),
    ...(lang ? ['--lang', lang] : []),
  ];
  const run = (format, stdout) =>
    spawnSync(process.execPath, [BIN, 'validate', ...common, '--format', format], { cwd, env, stdio: ['ignore', stdout, 'inherit'], encoding: 'utf8' });

  // Annotations go straight to the log, where the runner turns them into PR comments.
  const annotated = run('github', 'inherit');
  const code = annotated.status ?? 2;
  let result;
  let problem;
  try {
    const { child, text } = captured(env, (fd) => run('json', fd));
    if (child.error) throw child.error;
    if (code === 2 && child.status === 2 && text.trim() === '') {
      // validate stopped before checking (a usage error): its message is in the log above.
      writeSummary(undefined, { base, paths, lang, stopped: code }, env);
      return code;
    }
    if (child.status !== code) throw new Error(fill(words.exited, { found: child.status ?? child.signal, code }));
    result = JSON.parse(text);
    if (!counted(result)) throw new Error(words.noCounts);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== undefined) {
    // Never a summary or outputs of 0 for a result not read: the step fails, loudly.
    annotateError(fill(words.unreadable, { reason: problem }));
    writeSummary(undefined, { base, paths, lang, unreadable: problem }, env);
    return 2;
  }
  writeSummary(result, { base, paths, lang }, env);
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
