// Builds a walkthrough session over a real temporary file, with a scripted
// prompter and the printed lines collected.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeStyle } from '../../src/cli/io.js';
import type { Lang } from '../../src/core/types.js';
import { openAssessment } from '../../src/walkthrough/open.js';
import { createContext } from '../../src/core/validate/index.js';
import { findingWords } from '../../src/i18n/validate-words.js';
import { scriptedPrompter, type ScriptedAnswer, type ScriptedPrompter } from '../../src/walkthrough/scripted-prompter.js';
import { createSession, type Session } from '../../src/walkthrough/session.js';
import { runWalkthrough, type RunOptions, type SessionEnd } from '../../src/walkthrough/run.js';
import { ROOT } from '../helpers/cli.js';

export const DEMO_FRAMEWORK = join(ROOT, 'data', 'examples', 'frameworks', 'fictional-actions.yaml');

export function newAssessment(extra: { framework?: string; language?: Lang; votes?: boolean; participants?: string } = {}): string {
  return [
    '# yaml-language-server: $schema=./assessment.schema.json',
    'c21lab: assessment/1',
    `framework: ${extra.framework ?? 'culture21-actions'}`,
    'city: Testville   # fictional',
    'date: 2026-05-14',
    `language: ${extra.language ?? 'en'}`,
    ...(extra.votes ? ['settings:', '  votes: true'] : []),
    extra.participants ?? 'participants: []',
    'commitments: {}',
    '',
  ].join('\n');
}

/** Writes the file (and the demo framework beside it when asked) and returns its path. */
export async function writeAssessment(dir: string, text: string, withDemoFramework = false): Promise<string> {
  if (withDemoFramework) {
    await mkdir(join(dir, 'frameworks'), { recursive: true });
    await copyFile(DEMO_FRAMEWORK, join(dir, 'frameworks', 'fictional-actions.yaml'));
  }
  const file = join(dir, 'lab.yaml');
  await writeFile(file, text);
  return file;
}

export interface Run {
  end: SessionEnd;
  session: Session;
  prompter: ScriptedPrompter;
  printed: string[];
  saves: number;
  text: string;
}

export async function walk(
  dir: string,
  script: ScriptedAnswer[],
  options: RunOptions & { lang?: Lang; votes?: boolean; onAsk?: (message: string, index: number) => Promise<void> } = {},
): Promise<Run> {
  // As the CLI opens it: one validation context, findings in the walkthrough's language.
  const validation = createContext(dir, { word: findingWords(() => options.lang ?? 'en') });
  const opened = await openAssessment('lab.yaml', dir, { validation });
  const scripted = scriptedPrompter(script);
  // Lets a test act between questions (e.g. edit the file by hand).
  let asked = 0;
  const before = async (message: string) => options.onAsk?.(message, ++asked);
  const prompter: ScriptedPrompter = {
    ...scripted,
    asked: scripted.asked,
    select: async (m, c, d) => (await before(m), scripted.select(m, c, d)),
    input: async (m, o) => (await before(m), scripted.input(m, o)),
    confirm: async (m, d) => (await before(m), scripted.confirm(m, d)),
  };
  const printed: string[] = [];
  let saves = 0;
  const session = createSession({
    file: opened.path,
    shown: opened.shown,
    text: opened.text,
    assessment: opened.assessment,
    fw: opened.framework,
    lang: options.lang ?? opened.assessment.language,
    prompter,
    style: makeStyle(false),
    votes: options.votes ?? opened.assessment.settings?.votes === true,
    print: (line) => printed.push(line),
    validation,
    save: async (file, text) => {
      saves++;
      await writeFile(file, text);
    },
  });
  const end = await runWalkthrough(session, options);
  return { end, session, prompter: scripted, printed, saves, text: await readFile(opened.path, 'utf8') };
}

/** Answers for one item without votes: a score, then no notes, no evidence. */
export function scoreOnly(score: number | 'n/a'): ScriptedAnswer[] {
  return [
    { expect: 'Agreed score', answer: score },
    { expect: 'Notes', answer: '' },
    { expect: 'Evidence', answer: '' },
  ];
}
