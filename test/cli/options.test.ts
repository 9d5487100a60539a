// argv → options for every command, in-process, through each command's own
// declaration (as changesets' cli.test.ts does): the spec configures a real
// commander command and the table says what its implementation receives.
// Each expected value is typed as that command's Options (OptionsOf its
// declared list), so a key the declaration does not yield fails `npm run
// typecheck`, and a value commander does not produce fails here.
import { Command, CommanderError } from 'commander';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CommandSpec } from '../../src/cli/command.js';
import { loadSpecs } from '../../src/cli/registry.js';
import type { Lang } from '../../src/core/types.js';
import type * as Specs from './spec-options.js';

interface Parsed {
  args: string[];
  options: Record<string, unknown>;
}

/** Parses argv with the spec alone: no implementation is loaded, nothing runs. */
async function parse(spec: CommandSpec, argv: string[], lang: Lang = 'en'): Promise<Parsed> {
  const program = new Command('c21lab').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  const cmd = program.command(spec.name).exitOverride();
  spec.configure(cmd, lang);
  let parsed: Parsed | undefined;
  cmd.action((...received: unknown[]) => {
    const command = received[received.length - 1] as Command;
    parsed = { args: (command.processedArgs as unknown[]).flat().filter((a): a is string => typeof a === 'string'), options: command.opts() };
  });
  await program.parseAsync([spec.name, ...argv], { from: 'user' });
  if (!parsed) throw new Error(`${spec.name} did not run`);
  return parsed;
}

type Case = { [N in keyof Specs.All]: [N, string[], Specs.All[N], string[]?] }[keyof Specs.All];

// [command, argv, the options its run() receives, the arguments (when checked)]
const CASES: Case[] = [
  ['validate', [], {}, []],
  ['validate', ['-f', 'json', '-q', '--strict', '--changed-since', 'main', 'a', 'b'], { format: 'json', quiet: true, strict: true, changedSince: 'main' }, ['a', 'b']],
  ['init', ['lab.yaml', '--city', 'Exampleville', '--facilitator', 'A', '--facilitator', 'B', '-y'], { city: 'Exampleville', facilitator: ['A', 'B'], yes: true }, ['lab.yaml']],
  ['init', ['--country', 'ZZ', '--date', '2026-01-01', '--framework', 'x.yaml', '--votes', '--force'], { country: 'ZZ', date: '2026-01-01', framework: 'x.yaml', votes: true, force: true }],
  ['assess', ['lab.yaml', '--votes', '--commitment', '3'], { votes: true, commitment: '3' }, ['lab.yaml']],
  ['room', ['lab.yaml'], { port: 8021 }],
  ['room', ['lab.yaml', '--port', '0'], { port: 0 }],
  ['room', ['lab.yaml', '--host', '127.0.0.1', '--port', '9000', '--anonymous', '--commitment', '2'], { host: '127.0.0.1', port: 9000, anonymous: true, commitment: '2' }],
  ['set', ['lab.yaml', '3=7', '3.2=n/a', '--note', '3=a', '--note', '4=b', '--vote', '3:p1=6', '--evidence', '3=e', '--answers', 's.csv'],
    { note: ['3=a', '4=b'], vote: ['3:p1=6'], evidence: ['3=e'], answers: 's.csv' }, ['lab.yaml', '3=7', '3.2=n/a']],
  ['framework', [], {}],
  ['framework', ['--framework', 'f.yaml', '--sheet', 'sheet.html'], { framework: 'f.yaml', sheet: 'sheet.html' }],
  ['framework', ['--sheet', '-', '--format', 'md'], { sheet: '-', format: 'md' }],
  ['score', ['a.yaml'], { format: 'table' }, ['a.yaml']],
  ['score', ['a.yaml', 'b.yaml', '-f', 'csv', '-b', 'example-panel'], { format: 'csv', benchmark: 'example-panel' }, ['a.yaml', 'b.yaml']],
  ['radar', ['a.yaml', '-o', 'r.svg', '-b', 'p', '-t', 'T', '-w', '800'], { output: 'r.svg', benchmark: 'p', title: 'T', width: 800 }],
  ['radar', ['a.yaml', '--out', 'r.png'], { out: 'r.png' }],
  ['panel', ['a.yaml', '--out', 'old.yaml'], { out: 'old.yaml' }],
  // The `--flag=value` form; a repeated option keeps every value, in order; a default is replaced, not kept beside.
  ['score', ['a.yaml', '--format=json'], { format: 'json' }],
  ['set', ['lab.yaml', '--vote', '3:p1=6', '--vote=3:p2=n/a', '--vote', '3:p1=7'], { vote: ['3:p1=6', '3:p2=n/a', '3:p1=7'] }],
  ['room', ['lab.yaml', '--port=0'], { port: 0 }],
  ['panel', ['a.yaml', '-o', 'p.yaml', '--name', 'N', '--source', 'S', '--id', 'i', '--year', '2026', '--force'],
    { output: 'p.yaml', name: 'N', source: 'S', id: 'i', year: 2026, force: true }],
  ['report', ['a.yaml', '-o', 'r.html', '--template', 't', '--benchmark', 'p', '--compare', 'b.yaml', '--review', 'r.yaml', '--browser', '/bin/c'],
    { output: 'r.html', template: 't', benchmark: 'p', compare: 'b.yaml', review: 'r.yaml', browser: '/bin/c' }],
  ['report', ['a.yaml', 'b.yaml', '--out-dir', 'out', '--format', 'docx', '--lang', 'fr'], { outDir: 'out', format: 'docx', lang: 'fr' }, ['a.yaml', 'b.yaml']],
  ['demo', [], {}, []],
  ['demo', ['dir', '--lang', 'es'], { lang: 'es' }, ['dir']],
  ['history', ['a.yaml'], { format: 'table' }],
  ['history', ['a.yaml', '--format', 'json', '--radar', 'h.svg', '--per-lab'], { format: 'json', radar: 'h.svg', perLab: true }],
  ['compare', ['a.yaml', 'b.yaml'], { format: 'table' }],
  ['compare', ['a.yaml', 'b.yaml', '--format', 'csv', '--radar', 'c.svg'], { format: 'csv', radar: 'c.svg' }],
  ['merge', ['a.yaml', 'b.yaml', '-o', 'm.yaml', '--prefer', 'b.yaml'], { output: 'm.yaml', prefer: 'b.yaml' }],
  ['merge', ['a.yaml', 'b.yaml', '-o', 'm.yaml', '--force'], { output: 'm.yaml', force: true }],
  ['practice', ['new', 'p.yaml', '--title', 'T', '--city', 'C', '--country', 'ZZ', '--year', '2026', '--framework', 'f', '--force'],
    { title: 'T', city: 'C', country: 'ZZ', year: 2026, framework: 'f', force: true }, ['new', 'p.yaml']],
  ['practice', ['render', 'p.yaml', '-o', 'p.html'], { output: 'p.html' }, ['render', 'p.yaml']],
  ['practice', ['render', 'p.yaml', '-o', '-', '--format', 'md'], { output: '-', format: 'md' }, ['render', 'p.yaml']],
  ['review', ['new', 'a.yaml', '-o', 'a.review.yaml', '--force'], { output: 'a.review.yaml', force: true }, ['new', 'a.yaml']],
  ['schemas', [], { relink: true }],
  ['schemas', ['dir', '--no-relink'], { relink: false }, ['dir']],
  ['completion', ['zsh'], {}, ['zsh']],
  ['man', [], {}, []],
];

const specs = new Map((await loadSpecs()).map((s) => [s.name, s]));

describe('argv → typed options, for every command', () => {
  it('has cases for every command', () => {
    expect(new Set(CASES.map(([name]) => name))).toEqual(new Set(specs.keys()));
  });

  it('gives every declared option in at least one case, by one of its flags', () => {
    const missing: string[] = [];
    for (const spec of specs.values()) {
      for (const o of spec.options ?? []) {
        const flags = o.flags.split(/[ ,|]+/).filter((f) => f.startsWith('-'));
        const given = CASES.some(([name, argv]) => name === spec.name && argv.some((a) => flags.includes(a.split('=')[0] as string)));
        if (!given) missing.push(`${spec.name} ${o.flags}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c[0]} ${c[1].join(' ')}`, c] as const))('%s', async (_, [name, argv, options, args]) => {
    const parsed = await parse(specs.get(name) as CommandSpec, argv);
    expect(parsed.options).toEqual(options);
    if (args) expect(parsed.args).toEqual(args);
  });

  it('refuses what a declaration does not allow, before any implementation loads', async () => {
    // Every --format from its command's one registry (render/formats/names.ts): refused by the parser, in one wording.
    for (const name of ['report', 'score', 'compare', 'history', 'validate', 'practice', 'framework']) {
      await expect(parse(specs.get(name) as CommandSpec, ['a.yaml', '--format', 'odt']), name).rejects.toBeInstanceOf(CommanderError);
    }
    await expect(parse(specs.get('completion') as CommandSpec, ['tcsh'])).rejects.toBeInstanceOf(CommanderError);
    await expect(parse(specs.get('score') as CommandSpec, ['a.yaml', '--bogus'])).rejects.toBeInstanceOf(CommanderError);
  });

  it('declares every option it parses, and hides only the old spellings from help', () => {
    for (const spec of specs.values()) {
      expect(spec.options, spec.name).toBeDefined();
      const hidden = (spec.options ?? []).filter((o) => !o.help).map((o) => `${spec.name} ${o.flags}`);
      for (const h of hidden) expect(['radar --out <file>', 'panel --out <file>', 'report --lang <lang>', 'demo --lang <lang>']).toContain(h);
    }
  });

  it('types each option from its flags', () => {
    expectTypeOf<Specs.All['set']['note']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Specs.All['score']['format']>().toEqualTypeOf<'table' | 'json' | 'csv'>();
    expectTypeOf<Specs.All['report']['format']>().toEqualTypeOf<'html' | 'md' | 'pdf' | 'docx' | undefined>();
    expectTypeOf<Specs.All['history']['perLab']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Specs.All['schemas']>().toHaveProperty('relink');
    // The runtime side of the same rule: the key is commander's own attribute name.
    expect(Object.keys(CASES.find((c) => c[0] === 'history' && c[1].includes('--per-lab'))?.[2] ?? {})).toContain('perLab');
  });
});
