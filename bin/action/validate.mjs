#!/usr/bin/env node
// What the GitHub Action runs once c21lab is installed: choose the base ref,
// run `c21lab validate --format github` (annotations on the pull request),
// run it again as JSON for the step summary, exit with validate's exit code.
// Reads the environment GitHub provides (GITHUB_WORKSPACE, GITHUB_BASE_REF,
// GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT)
// and the action's inputs (INPUT_PATHS, INPUT_BASE_REF, INPUT_STRICT,
// INPUT_LANG), so it runs the same way on a laptop with those set.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSummary } from './summary.mjs';

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

function fail(message) {
  process.stdout.write(`::error title=c21lab::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exit(2);
}

export function main(env = process.env) {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const paths = (env.INPUT_PATHS || '.').split(/\s+/).filter(Boolean);
  const base = chooseBase(env, cwd);
  if (base !== undefined) {
    if (!resolves(base, cwd)) fail(`git does not know the base ref "${base}". Check out with fetch-depth: 0 (actions/checkout) so the base branch is there.`);
    if (git(['merge-base', base, 'HEAD'], cwd).status !== 0) {
      fail(`"${base}" and HEAD share no history in this checkout. Check out with fetch-depth: 0 (actions/checkout).`);
    }
  }
  const lang = ['en', 'fr', 'es'].includes(env.INPUT_LANG) ? env.INPUT_LANG : undefined;
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
  const json = run('json', 'pipe');
  let result;
  let stopped;
  try {
    result = JSON.parse(json.stdout);
  } catch {
    // validate stopped before checking (a usage error): its message is in the log above.
    result = { summary: { files: 0, errors: 0, warnings: 0 }, files: [] };
    stopped = code;
  }
  writeSummary(result, { base, paths, lang, stopped }, env);
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
