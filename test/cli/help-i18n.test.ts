// The help of every command (read from the registry, so a command added later
// is checked too) is in the language asked for: no English word in French or
// Spanish, usage lines, argument names and value placeholders included; and
// every command's help lists the global options.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/cli/registry.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { englishWords } from '../helpers/english.js';

/** Every command path: ["validate"], ["practice"], and nested ones such as ["review", "new"]. */
async function commandPaths(): Promise<string[][]> {
  const program = new Command('c21lab');
  for (const spec of await loadSpecs()) spec.configure(program.command(spec.name), 'en');
  const paths: string[][] = [];
  const walk = (cmd: Command, prefix: string[]) => {
    for (const sub of cmd.commands) {
      paths.push([...prefix, sub.name()]);
      walk(sub, [...prefix, sub.name()]);
    }
  };
  walk(program, []);
  return paths;
}

const PATHS = await commandPaths();

/** Help text without what is the same in every language: option flags, command names and choice values. */
function readerText(help: string): string {
  const names = new Set([...PATHS.flat(), 'help']); // `help` is typed as it is
  return help
    .replace(/(^|\s)-{1,2}[\w-]+/g, ' ')
    .split(/(\s+)/)
    .filter((w) => !names.has(w.replace(/[,.;:]$/, '')))
    .join('');
}

describe('help in every language', () => {
  it('finds the commands in the registry', () => {
    expect(PATHS.length).toBeGreaterThanOrEqual(13);
  });

  it.each(['fr', 'es'] as const)('%s: the general help has no English', async (lang) => {
    const r = await runCli(['--lang', lang, '--help']);
    expect(r.code).toBe(0);
    expect(englishWords(readerText(r.stdout))).toEqual([]);
    expect(r.stdout).not.toMatch(/\[options\] \[command\]|\[opciones\] \[command\]/);
  });

  describe.each(['fr', 'es'] as const)('%s', (lang) => {
    it.each(PATHS.map((p) => [p.join(' '), p] as const))('c21lab %s --help has no English', async (_name, path) => {
      const r = await runCli(['--lang', lang, ...path, '--help']);
      expect(r.code).toBe(0);
      expect(englishWords(readerText(r.stdout)), r.stdout).toEqual([]);
      expect(r.stdout).toContain(lang === 'fr' ? 'Options globales :' : 'Opciones globales:');
      if (lang === 'fr') expect(r.stdout, 'the typographic apostrophe').not.toMatch(/\p{L}'\p{L}/u);
    });
  });

  it('fr: the manual page writes the typographic apostrophe throughout, as the catalogs (roff \\[u2019])', async () => {
    const r = await runCli(['--lang', 'fr', 'man']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\[u2019]');
    expect(r.stdout.split('\n').filter((line) => /\p{L}'\p{L}/u.test(line))).toEqual([]);
  });

  it.each(PATHS.map((p) => [p.join(' '), p] as const))('c21lab %s --help lists the global options', async (_name, path) => {
    const r = await runCli([...path, '--help']);
    expect(r.code).toBe(0);
    const global = r.stdout.slice(r.stdout.indexOf('Global Options:'));
    for (const option of ['--lang', '--verbose', '--no-color']) expect(global).toContain(option);
  });

  it('errors from the argument parser carry the one prefix and the language', async () => {
    const es = await runCli(['--lang', 'es', 'radar']);
    expect(es.code).toBe(2);
    expect(es.stderr).toBe('c21lab: falta el argumento obligatorio «archivos»\n');
    const fr = await runCli(['--lang', 'fr', 'validate', '--bogus']);
    expect(fr.stderr).toMatch(/^c21lab: option inconnue « --bogus »/);
    const en = await runCli(['validate', '--bogus']);
    expect(en.stderr).toMatch(/^c21lab: unknown option '--bogus'/);
  });
});

describe('one spelling per option', () => {
  it('no command shows --out: the output file is -o, --output everywhere (--out stays as a hidden alias)', async () => {
    const program = new Command('c21lab');
    for (const spec of await loadSpecs()) spec.configure(program.command(spec.name), 'en');
    const shown = program.commands.flatMap((c) => c.options.filter((o) => !o.hidden).map((o) => [c.name(), o.long, o.short] as const));
    expect(shown.filter(([, long]) => long === '--out')).toEqual([]);
    for (const [name, long, short] of shown) if (short === '-o') expect(long, name).toBe('--output');
  });
  it('the old --out still works', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const r = await runCli(['radar', 'data/examples/exampleville-2026.yaml', '--out', `${dir}/r.svg`]);
      expect(r.code, r.stderr).toBe(0);
      const s = await runCli(['radar', 'data/examples/exampleville-2026.yaml', '--output', `${dir}/s.svg`]);
      expect(s.code, s.stderr).toBe(0);
    } finally {
      await cleanup();
    }
  });
});

/** Placeholders in the order the help shows them: `<file>`, `[dir]`, `<id|path>`, `[assignments...]`. */
function placeholders(help: string): string[] {
  return [...help.matchAll(/[<[]([^<>[\]\s]+)[>\]]/g)].map((m) => m[1] as string);
}

/** Words of a placeholder that each language writes as English does. */
const SAME_WORD: Record<'fr' | 'es', Set<string>> = {
  fr: new Set(['options', 'action', 'id', 'format', 'code', 'pixels', 'shell', 'n', 'date', 'participant', 'csv', 'svg', 'mm', 'port', 'url']),
  es: new Set(['id', 'shell', 'n', 'ref', 'csv', 'svg', 'mm', 'dd', 'url']),
};

describe.each(['fr', 'es'] as const)('%s: every placeholder and argument name is translated', (lang) => {
  it.each(PATHS.map((p) => [p.join(' '), p] as const))('c21lab %s --help', async (_name, path) => {
    const en = placeholders((await runCli([...path, '--help'])).stdout);
    const other = placeholders((await runCli(['--lang', lang, ...path, '--help'])).stdout);
    expect(other.length).toBe(en.length);
    const kept = en.flatMap((term, i) => {
      const a = term.split(/[^A-Za-z]+/);
      const b = (other[i] as string).split(/[^\p{L}]+/u);
      return a.filter((w, j) => w && w === b[j] && !SAME_WORD[lang].has(w));
    });
    expect(kept).toEqual([]);
  });

  it('argument errors name the argument as the help does', async () => {
    const missing = await runCli(['--lang', lang, 'review', 'new']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(lang === 'fr' ? 'c21lab: argument obligatoire manquant « évaluation »\n' : 'c21lab: falta el argumento obligatorio «evaluación»\n');
    const choice = await runCli(['--lang', lang, 'review', 'old', 'x.yaml']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toMatch(lang === 'fr' ? /^c21lab: la valeur « old » de l’argument « action » n’est pas valable/ : /^c21lab: el valor «old» del argumento «acción» no es válido/);
  });
});

describe.each(['fr', 'es'] as const)('%s: the help’s capitalised placeholders in the prose', (lang) => {
  const ENGLISH_CAPS = /\b(DIR|FILE|FILES|ITEM|SCORE|TEXT|NAME|PATH|FOLDER|ASSESSMENT)\b/;
  it.each(PATHS.map((p) => [p.join(' '), p] as const))('c21lab %s --help', async (_name, path) => {
    const r = await runCli(['--lang', lang, ...path, '--help']);
    expect(r.stdout).not.toMatch(ENGLISH_CAPS);
  });

  it('and in report’s usage errors', async () => {
    const many = await runCli(['--lang', lang, 'report', 'a.yaml', 'b.yaml']);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain(lang === 'fr' ? '--out-dir DOSSIER' : '--out-dir CARPETA');
    const both = await runCli(['--lang', lang, 'report', 'a.yaml', '-o', 'x.html', '--out-dir', 'd']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(lang === 'fr' ? '--out-dir DOSSIER' : '--out-dir CARPETA');
    expect(many.stderr + both.stderr).not.toMatch(ENGLISH_CAPS);
  });
});
