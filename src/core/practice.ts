// Good practices: the third product of a LAB. Writing a new file (with the
// schema modeline and comments that explain each section), and the checks a
// schema cannot make (commitment ids against the framework).
import { renderInline } from './edit/splice.js';
import { schemaModeline } from './yaml/modeline.js';
import { finding, loadFrameworkRef, type ValidateContext } from './validate/index.js';
import type { YamlSource } from './yaml/source.js';
import type { Finding, Framework, Lang } from './types.js';
import { slugify } from './slug.js';

export interface PracticeContact {
  name: string;
  role?: string;
  organisation?: string;
  email?: string;
  url?: string;
}

export interface Practice {
  c21lab: 'practice/1';
  title: string;
  city: string;
  country?: string | null;
  year: number;
  language: Lang;
  framework?: string;
  assessment?: string;
  summary?: string | null;
  context?: string | null;
  goals?: string[] | null;
  actions?: string[] | null;
  impact?: string | null;
  evaluation?: string | null;
  contacts?: PracticeContact[] | null;
  links?: { title: string; url: string }[] | null;
  tags?: { commitments?: (string | number)[]; sdgs?: number[]; keywords?: string[] };
}

export const DEFAULT_FRAMEWORK = 'culture21-actions';

/** The sections a reader expects, in order; empty ones are "not written yet". */
export const SECTIONS = ['summary', 'context', 'goals', 'actions', 'impact', 'evaluation', 'contacts', 'links'] as const;
export type Section = (typeof SECTIONS)[number];

export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export function emptySections(practice: Practice): Section[] {
  return SECTIONS.filter((s) => isEmpty(practice[s]));
}

export function defaultPracticePath(title: string, city: string, year: number): string {
  return `practices/${slugify(city, 'practice', 24)}-${year}-${slugify(title, 'practice', 40)}.yaml`;
}

export interface NewPractice {
  title: string;
  city: string;
  country?: string;
  year: number;
  language: Lang;
  framework?: string;
}

/** The comments of a new file, in the file's language (from src/i18n/practice.ts). */
export type CommentText = (key: string, params?: Record<string, string>) => string;

/** A scalar as YAML writes it after `key: ` (quoted only when it must be), on that one line whatever it holds. */
function scalar(value: string | number): string {
  return renderInline(value, '1.2');
}

function comment(text: string, indent = ''): string {
  return text.split('\n').map((line) => `${indent}# ${line}`.trimEnd()).join('\n');
}

/**
 * The text of a new practice file. Written as text rather than through the
 * Document API so the comments sit exactly where a person needs them; every
 * value a user gave goes through the YAML serializer, so it is quoted when it must be.
 */
export function newPracticeText(input: NewPractice, filePath: string, shownPath: string, c: CommentText): string {
  const html = shownPath.replace(/\.ya?ml$/i, '') + '.html';
  const lines = [
    schemaModeline('practice', filePath),
    comment(c('fileHead')),
    comment(c('fileHowTo')),
    comment(c('fileCheck', { file: shownPath, html })),
    '',
    'c21lab: practice/1',
    `title: ${scalar(input.title)}`,
    `city: ${scalar(input.city)}`,
    `country: ${input.country ? scalar(input.country) : ''}`.trimEnd() + `      ${comment(c('cCountry'))}`,
    `year: ${input.year}      ${comment(c('cYear'))}`,
    `language: ${input.language}      ${comment(c('cLanguage'))}`,
    `framework: ${scalar(input.framework ?? DEFAULT_FRAMEWORK)}      ${comment(c('cFramework'))}`,
    '',
    comment(c('cSummary')),
    'summary:',
    '',
    comment(c('cContext')),
    'context:',
    '',
    comment(c('cGoals')),
    comment(c('cGoalsExample')),
    'goals:',
    '',
    comment(c('cActions')),
    'actions:',
    '',
    comment(c('cImpact')),
    'impact:',
    '',
    comment(c('cEvaluation')),
    'evaluation:',
    '',
    comment(c('cContacts')),
    comment('- name: …\n  role: …\n  organisation: …\n  email: name@example.org'),
    'contacts:',
    '',
    comment(c('cLinks')),
    'links:',
    '',
    comment(c('cTags')),
    'tags:',
    `  commitments: []      ${comment(c('cCommitments'))}`,
    `  sdgs: []      ${comment(c('cSdgs'))}`,
    `  keywords: []      ${comment(c('cKeywords'))}`,
    '',
  ];
  return lines.join('\n');
}

/** Checks beyond the schema: the framework exists, and every tagged commitment is one of its ids. */
export function practiceFindings(
  src: YamlSource,
  practice: Practice,
  fromFile: string,
  ctx: ValidateContext,
  unknownMessage = (id: string, framework: string, expected: string) =>
    `unknown commitment id "${id}" for framework "${framework}"; expected one of ${expected}`,
): { findings: Finding[]; framework?: Framework } {
  const ref = practice.framework ?? DEFAULT_FRAMEWORK;
  const result = loadFrameworkRef(ref, fromFile, ctx);
  if (!result.framework) {
    const reason = result.findings[0]?.message ?? 'could not be loaded';
    return { findings: [finding(src, ['framework'], 'error', 'framework-invalid', `framework "${ref}" could not be used: ${reason}`)] };
  }
  const fw = result.framework;
  const ids = fw.commitments.map((c) => c.id);
  const findings: Finding[] = [];
  (practice.tags?.commitments ?? []).forEach((id, i) => {
    if (!ids.includes(String(id))) {
      findings.push(finding(src, ['tags', 'commitments', i], 'error', 'unknown-commitment',
        unknownMessage(String(id), fw.id, ids.join(', '))));
    }
  });
  return { findings, framework: fw };
}
