// Shell completion and the man page, generated from the command declarations:
// loaded in real bash, zsh and fish and rendered by real man, and checked
// against the registry (so a command added later must appear in them too).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliModel, type CommandModel } from '../../src/cli/cli-model.js';
import { commandPaths } from '../../src/cli/completion/words.js';
import { runCli, tempDir } from '../helpers/cli.js';

const has = (bin: string) => existsSync(bin) && spawnSync(bin, ['--version']).status === 0;
let dir: string;
let cleanup: () => Promise<void>;
let model: CommandModel;
const scripts: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-completion-'));
  model = await cliModel('en');
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = await runCli(['completion', shell]);
    expect(r.code, r.stderr).toBe(0);
    scripts[shell] = join(dir, `c21lab.${shell}`);
    writeFileSync(scripts[shell] as string, r.stdout);
  }
  writeFileSync(join(dir, 'radar-out.svg'), '');
});
afterAll(() => cleanup());

describe.skipIf(!has('/bin/bash'))('bash', () => {
  /** What bash offers for the words typed so far (the last one is being completed). */
  const complete = (...words: string[]): string[] => {
    const script = `source '${scripts.bash}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _c21lab; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return execFileSync('/bin/bash', ['--norc', '--noprofile', '-c', script], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean);
  };

  it('offers every command of the registry', () => {
    expect(complete('c21lab', '').sort()).toEqual([...model.commands.map((c) => c.name), 'help'].sort());
    expect(complete('c21lab', 'va')).toEqual(['validate']);
  });
  it.each(['validate', 'radar', 'practice', 'init'])('offers the options of %s and the global ones', (name) => {
    const cmd = model.commands.find((c) => c.name === name) as CommandModel;
    const offered = complete('c21lab', name, '--');
    for (const o of [...cmd.options, ...model.options]) if (o.long && o.long !== '--help' && o.long !== '--version') expect(offered).toContain(o.long);
  });
  it('completes every command’s options, in every command of the registry', () => {
    for (const [path, cmd] of commandPaths(model)) {
      const offered = complete('c21lab', ...path, '--');
      for (const o of cmd.options) if (o.long) expect(offered, path.join(' ')).toContain(o.long);
    }
  });
  it('offers choices, argument choices and file names where they belong', () => {
    expect(complete('c21lab', '--lang', '')).toEqual(['en', 'fr', 'es']);
    expect(complete('c21lab', 'validate', '--lang', 'f')).toEqual(['fr']);
    expect(complete('c21lab', 'practice', '').sort()).toEqual(['new', 'render']);
    expect(complete('c21lab', 'completion', '').sort()).toEqual(['bash', 'fish', 'zsh']);
    expect(complete('c21lab', 'radar', '-o', 'radar')).toEqual(['radar-out.svg']);
    expect(complete('c21lab', 'init', '--city', '')).toEqual([]);
  });
});

describe.skipIf(!has('/usr/bin/fish'))('fish', () => {
  const complete = (line: string): string[] =>
    execFileSync('/usr/bin/fish', ['--no-config', '-c', `source '${scripts.fish}'; complete -C '${line}'`], { cwd: dir, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0] as string);

  it('offers every command, options, choices and files', () => {
    expect(complete('c21lab ').sort()).toEqual(expect.arrayContaining([...model.commands.map((c) => c.name), 'help'].sort()));
    expect(complete('c21lab va')).toEqual(['validate']);
    expect(complete('c21lab validate --for')).toEqual(['--format']);
    expect(complete('c21lab --lang ').sort()).toEqual(['en', 'es', 'fr']);
    expect(complete('c21lab practice ').sort()).toEqual(['new', 'render']);
    expect(complete('c21lab radar -o radar')).toEqual(['radar-out.svg']);
  });
});

describe.skipIf(!has('/usr/bin/zsh'))('zsh', () => {
  it('loads with compinit and registers _c21lab for c21lab', () => {
    const out = execFileSync('/usr/bin/zsh', ['-f', '-c', `autoload -Uz compinit && compinit -u -D && source '${scripts.zsh}' && print -r -- $_comps[c21lab] && whence -w _c21lab`], { cwd: dir, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['_c21lab', '_c21lab: function']);
  });
  it('lists every command of the registry with its description', () => {
    const text = execFileSync('cat', [scripts.zsh as string], { encoding: 'utf8' });
    for (const c of model.commands) expect(text).toContain(`'${c.name}:`);
  });
});

describe('zsh value labels in the interface language', () => {
  it.each([
    ['fr', [':fichier:_files', ':aaaa-mm-jj:', ':nom:', ':évaluation:_files']],
    ['es', [':archivo:_files', ':aaaa-mm-dd:', ':nombre:', ':evaluación:_files']],
  ] as const)('%s: as the help words them', async (lang, labels) => {
    const r = await runCli(['--lang', lang, 'completion', 'zsh']);
    expect(r.code).toBe(0);
    for (const label of labels) expect(r.stdout).toContain(label);
    expect(r.stdout).not.toMatch(/:(file|files|name|yyyy-mm-dd|assessment|dir|text):/);
  });
});

describe.skipIf(!has('/usr/bin/man'))('man page', () => {
  it.each(['en', 'fr', 'es'] as const)('%s: renders with man -l, without a warning, naming every command and option', async (lang) => {
    const r = await runCli(['--lang', lang, 'man']);
    expect(r.code).toBe(0);
    const page = join(dir, `c21lab.${lang}.1`);
    writeFileSync(page, r.stdout);
    const shown = spawnSync('/usr/bin/man', ['-l', page], { env: { ...process.env, MANWIDTH: '100', MAN_KEEP_FORMATTING: '', LANG: 'C.UTF-8' }, encoding: 'utf8' });
    expect(shown.status).toBe(0);
    expect(shown.stderr).toBe('');
    const text = shown.stdout.split('').filter((c, i, all) => c !== '\b' && all[i + 1] !== '\b').join('').replace(/‐\n\s*/g, '');
    const localized = await cliModel(lang);
    for (const [path, cmd] of commandPaths(localized)) {
      expect(text).toContain(`c21lab ${path.join(' ')}`);
      for (const o of cmd.options) if (o.long) expect(text).toContain(o.long);
    }
    for (const o of ['--lang', '--verbose', '--no-color']) expect(text).toContain(o);
    // Every exit code the help lists, 130 included.
    const codes = text.slice(text.indexOf({ en: 'EXIT STATUS', fr: 'CODES DE SORTIE', es: 'ESTADO DE SALIDA' }[lang]));
    for (const code of ['0', '1', '2', '130']) expect(codes).toMatch(new RegExp(`^\\s+${code}\\s*$|^\\s+${code}\\s{2,}\\S`, 'm'));
  });
});

it('a shell that is not known is a usage error', async () => {
  const r = await runCli(['completion', 'tcsh']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^c21lab: .*tcsh/);
});

describe('nested commands (such as a later `review new`)', () => {
  const nested: CommandModel = {
    name: 'c21lab', summary: '', description: '', args: [],
    options: [{ long: '--lang', value: 'lang', choices: ['en', 'fr', 'es'], description: 'language' }, { long: '--verbose', description: 'verbose' }],
    commands: [
      {
        name: 'review', summary: 'the review', description: '', args: [], options: [],
        commands: [
          { name: 'new', summary: 'start a review', description: '', commands: [], args: [{ name: 'file', required: true, variadic: false, description: 'f' }], options: [{ short: '-o', long: '--output', value: 'file', description: 'out' }, { long: '--title', value: 'text', description: 't' }] },
          { name: 'show', summary: 'show it', description: '', commands: [], args: [], options: [] },
        ],
      },
      { name: 'validate', summary: 'check', description: '', commands: [], args: [{ name: 'paths', required: false, variadic: true, description: 'p' }], options: [] },
    ],
  };
  it.skipIf(!has('/bin/bash'))('bash completes the subcommands and their options', async () => {
    const { bashCompletion } = await import('../../src/cli/completion/bash.js');
    const file = join(dir, 'nested.bash');
    writeFileSync(file, bashCompletion(nested));
    const complete = (...words: string[]) =>
      execFileSync('/bin/bash', ['--norc', '--noprofile', '-c', `source '${file}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _c21lab; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(complete('c21lab', 'review', '').sort()).toEqual(['new', 'show']);
    expect(complete('c21lab', 'review', 'new', '--').sort()).toEqual(['--lang', '--output', '--title', '--verbose']);
    expect(complete('c21lab', 'review', 'new', '-o', 'radar')).toEqual(['radar-out.svg']);
    expect(complete('c21lab', 'review', 'new', '--title', '')).toEqual([]);
  });
  it.skipIf(!has('/usr/bin/fish'))('fish completes the subcommands and their options', async () => {
    const { fishCompletion } = await import('../../src/cli/completion/fish.js');
    const file = join(dir, 'nested.fish');
    writeFileSync(file, fishCompletion(nested));
    const complete = (line: string) =>
      execFileSync('/usr/bin/fish', ['--no-config', '-c', `source '${file}'; complete -C '${line}'`], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    expect(complete('c21lab review ').sort()).toEqual(['new', 'show']);
    expect(complete('c21lab review new --ti')).toEqual(['--title']);
  });
  it.skipIf(!has('/usr/bin/zsh'))('zsh loads the nested script', async () => {
    const { zshCompletion } = await import('../../src/cli/completion/zsh.js');
    const file = join(dir, 'nested.zsh');
    writeFileSync(file, zshCompletion(nested));
    const out = execFileSync('/usr/bin/zsh', ['-f', '-c', `autoload -Uz compinit && compinit -u -D && source '${file}' && print -r -- $_comps[c21lab]`], { cwd: dir, encoding: 'utf8' });
    expect(out.trim()).toBe('_c21lab');
  });
});

describe.skipIf(!has('/usr/bin/zsh') || !existsSync('/usr/bin/tmux'))('zsh in a real terminal (tmux)', () => {
  it('completes commands, options, choices and argument choices on Tab', async () => {
    const socket = `c21lab-zsh-${process.pid}`;
    const tmux = (...args: string[]) => execFileSync('/usr/bin/tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    const screen = () => tmux('capture-pane', '-p', '-J', '-t', '0');
    const waitFor = async (test: (s: string) => boolean, what: string) => {
      for (let i = 0; i < 200; i++) {
        if (test(screen())) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`never saw ${what}:\n${screen()}`);
    };
    tmux('new-session', '-d', '-x', '150', '-y', '40', `env -i PATH='${process.env.PATH}' HOME='${dir}' TERM=xterm PS1='zsh> ' /usr/bin/zsh -f`);
    try {
      await waitFor((s) => s.includes('zsh>'), 'the prompt');
      tmux('send-keys', '-t', '0', `autoload -Uz compinit && compinit -u -D && source '${scripts.zsh}' && echo loaded`, 'Enter');
      await waitFor((s) => /^loaded$/m.test(s), 'the script loaded');
      tmux('send-keys', '-t', '0', 'c21lab va', 'Tab');
      await waitFor((s) => /zsh> c21lab validate/.test(s), 'validate completed');
      tmux('send-keys', '-t', '0', 'C-u', 'c21lab validate --for', 'Tab');
      await waitFor((s) => /zsh> c21lab validate --format/.test(s), '--format completed');
      tmux('send-keys', '-t', '0', 'C-u', 'c21lab practice ', 'Tab');
      await waitFor((s) => /\bnew\b/.test(s.split('zsh> c21lab practice').pop() ?? '') && /\brender\b/.test(s), 'the actions of practice');
      tmux('send-keys', '-t', '0', 'C-u', 'c21lab --lang e', 'Tab');
      await waitFor((s) => /zsh> c21lab --lang e[ns]/.test(s) || /\ben\b.*\bes\b/.test(s), 'the languages');
    } finally {
      tmux('kill-server');
    }
  });
});
