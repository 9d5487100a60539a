#!/usr/bin/env node
// The GitHub Action's summary: reads the JSON of `c21lab validate --format
// json` and writes a Markdown table to $GITHUB_STEP_SUMMARY, and the counts
// to $GITHUB_OUTPUT. Plain JavaScript with no dependency, so it runs before
// (and without) anything else, and can be tried locally:
//
//   c21lab validate --format json > result.json
//   GITHUB_STEP_SUMMARY=summary.md node bin/action/summary.mjs result.json
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The tool's own message formatter (plural forms through Intl.PluralRules); dist/ is committed and it imports nothing.
import { formatMessage } from '../../dist/i18n/define.js';

/** Findings listed in the summary at most: GitHub caps a step summary at 1 MiB. */
export const MAX_FINDINGS = 200;

const TEXT = {
  en: {
    title: 'c21lab validate',
    scope: 'Files changed since {base}.',
    scopeAll: 'All files under: {paths}.',
    counts: '{files, plural, one {# file checked} other {# files checked}}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
    none: 'No c21lab file to check.',
    stopped: 'c21lab stopped before checking (exit code {code}): see the message in the log.',
    unreadable: 'The result of c21lab validate could not be read, so nothing is counted and the step fails: {reason}',
    file: 'File', kind: 'Kind', errors: 'Errors', warnings: 'Warnings',
    findings: 'Findings', where: 'Where', severity: 'Severity', rule: 'Rule', message: 'Message',
    more: '… and {n} more: see the annotations or run `c21lab validate` locally.',
    strict: 'Strict mode: warnings count as errors.',
  },
  fr: {
    title: 'c21lab validate',
    scope: 'Fichiers modifiés depuis {base}.',
    scopeAll: 'Tous les fichiers de : {paths}.',
    counts: '{files, plural, one {# fichier vérifié} other {# fichiers vérifiés}} : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}.',
    none: 'Aucun fichier c21lab à vérifier.',
    stopped: "c21lab s'est arrêté avant de vérifier (code de sortie {code}) : voir le message dans le journal.",
    unreadable: 'Le résultat de c21lab validate n’a pas pu être lu : rien n’est compté et l’étape échoue : {reason}',
    file: 'Fichier', kind: 'Type', errors: 'Erreurs', warnings: 'Avertissements',
    findings: 'Problèmes', where: 'Emplacement', severity: 'Gravité', rule: 'Règle', message: 'Message',
    more: '… et {n} de plus : voir les annotations ou lancer `c21lab validate` en local.',
    strict: 'Mode strict : les avertissements comptent comme des erreurs.',
  },
  es: {
    title: 'c21lab validate',
    scope: 'Archivos modificados desde {base}.',
    scopeAll: 'Todos los archivos de: {paths}.',
    counts: '{files, plural, one {# archivo comprobado} other {# archivos comprobados}}: {errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# aviso} other {# avisos}}.',
    none: 'Ningún archivo de c21lab que comprobar.',
    stopped: 'c21lab se detuvo antes de comprobar (código de salida {code}): vea el mensaje en el registro.',
    unreadable: 'No se pudo leer el resultado de c21lab validate, así que no se cuenta nada y el paso falla: {reason}',
    file: 'Archivo', kind: 'Tipo', errors: 'Errores', warnings: 'Avisos',
    findings: 'Problemas', where: 'Ubicación', severity: 'Gravedad', rule: 'Regla', message: 'Mensaje',
    more: '… y {n} más: vea las anotaciones o ejecute `c21lab validate` en local.',
    strict: 'Modo estricto: los avisos cuentan como errores.',
  },
};

export function fill(text, params) {
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

// Controls and escape sequences shown visibly, as src/render/escape/terminal.ts
// does for the terminal (this script has no dependency, so it has its own copy).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line, every control visible (`\u001b`, `\n`). */
export function visible(value) {
  return String(value ?? '').replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A table cell with words c21lab wrote itself: no pipes breaking the row, no HTML, one line. */
export function cell(value) {
  return visible(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`');
}

/**
 * Text from a file (a file name, a message quoting a key): a code span, the
 * one Markdown construct where nothing is interpreted — no emphasis, HTML,
 * link, autolink or remote image. Its fence is one backtick longer than the
 * longest run of backticks inside, so a backtick in a file name cannot end it
 * (CommonMark); `|` is escaped, as GitHub's tables need even in code spans.
 */
export function code(value, inTable = true) {
  const text = inTable ? visible(value).replace(/\|/g, '\\|') : visible(value);
  if (text === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * The Markdown summary of one validate run.
 * result: the parsed JSON of `c21lab validate --format json`;
 * options: { base?: string, paths?: string[], lang?: 'en'|'fr'|'es', stopped?: number, unreadable?: string }
 * (stopped: validate's exit code when it stopped before checking anything;
 * unreadable: why its JSON result could not be read). With either, no outputs are written.
 */
export function summaryMarkdown(result, options = {}) {
  const t = TEXT[options.lang] ?? TEXT.en;
  const files = Array.isArray(result?.files) ? result.files : [];
  const summary = result?.summary ?? {};
  const errors = Number(summary.errors ?? 0);
  const warnings = Number(summary.warnings ?? 0);
  const icon = errors ? '❌' : warnings ? '⚠️' : '✅';
  const out = [`## ${t.title}`, ''];
  out.push(options.base ? fill(t.scope, { base: code(options.base, false) }) : fill(t.scopeAll, { paths: cell((options.paths ?? ['.']).join(' ')) }), '');
  if (options.unreadable !== undefined) {
    out.push(`❌ ${fill(t.unreadable, { reason: code(options.unreadable, false) })}`, '');
    return out.join('\n');
  }
  if (options.stopped !== undefined) {
    out.push(`❌ ${fill(t.stopped, { code: options.stopped })}`, '');
    return out.join('\n');
  }
  if (files.length === 0) {
    out.push(`${icon} ${t.none}`, '');
    return out.join('\n');
  }
  out.push(`${icon} ${formatMessage(t.counts, { files: summary.files ?? files.length, errors, warnings }, TEXT[options.lang] ? options.lang : 'en')}`);
  if (result.strict) out.push('', t.strict);
  out.push('', `| ${t.file} | ${t.kind} | ${t.errors} | ${t.warnings} |`, '|---|---|---:|---:|');
  for (const f of [...files].sort((a, b) => String(a.file).localeCompare(String(b.file)))) {
    const mark = f.errors ? '❌' : f.warnings ? '⚠️' : '✅';
    out.push(`| ${mark} ${code(f.file)} | ${cell(f.kind ?? '—')} | ${Number(f.errors ?? 0)} | ${Number(f.warnings ?? 0)} |`);
  }
  const findings = files.flatMap((f) => (Array.isArray(f.findings) ? f.findings : []));
  if (findings.length) {
    out.push('', `<details${errors ? ' open' : ''}><summary>${t.findings} (${findings.length})</summary>`, '');
    out.push(`| ${t.where} | ${t.severity} | ${t.rule} | ${t.message} |`, '|---|---|---|---|');
    for (const x of findings.slice(0, MAX_FINDINGS)) {
      out.push(`| ${code(`${x.file}:${Number(x.line)}:${Number(x.column)}`)} | ${cell(x.severity)} | ${cell(x.rule)} | ${code(x.message)} |`);
    }
    if (findings.length > MAX_FINDINGS) out.push('', fill(t.more, { n: findings.length - MAX_FINDINGS }));
    out.push('', '</details>');
  }
  out.push('');
  return out.join('\n');
}

/** name=value lines for $GITHUB_OUTPUT. */
export function outputLines(result) {
  const s = result?.summary ?? {};
  return `files=${Number(s.files ?? 0)}\nerrors=${Number(s.errors ?? 0)}\nwarnings=${Number(s.warnings ?? 0)}\n`;
}

/** Appends the summary and outputs where GitHub says; prints the summary when run outside Actions. */
export function writeSummary(result, options, env = process.env) {
  const markdown = summaryMarkdown(result, options);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown + '\n');
  else process.stdout.write(markdown + '\n');
  // A run that stopped (or whose result could not be read) has no counts: no outputs, rather than 0s a gate would pass.
  if (env.GITHUB_OUTPUT && options?.stopped === undefined && options?.unreadable === undefined) appendFileSync(env.GITHUB_OUTPUT, outputLines(result));
  return markdown;
}

// Run as a script: node action-summary.mjs RESULT.json [--base REF] [--lang fr]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args.splice(i, 2)[1];
  };
  const base = flag('--base');
  const lang = flag('--lang');
  const file = args[0];
  if (!file) {
    process.stderr.write('usage: node action-summary.mjs RESULT.json [--base REF] [--lang en|fr|es]\n');
    process.exit(2);
  }
  let result;
  try {
    result = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`action-summary: cannot read ${file}: ${error.message}\n`);
    process.exit(2);
  }
  writeSummary(result, { base, lang, paths: args.slice(1) });
}
