// A good practice rendered from templates/practice/ with nunjucks. Autoescape
// is on for both formats: the Markdown template passes user text through the
// `md` filters, and anything it forgets is still HTML-escaped, never raw.
import { markdownAutolink, markdownInLang, markdownLine, markdownParagraph } from './escape/markdown.js';
import { xmlValidChars } from './escape/xml.js';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { pick } from '../core/lang.js';
import { TEMPLATES_DIR } from '../core/paths.js';
import { isEmpty, SECTIONS, type Practice, type Section } from '../core/practice.js';
import type { Framework, Lang } from '../core/types.js';
import { translator } from '../i18n/define.js';
import { practiceMessages, SECTION_HEADINGS } from '../i18n/practice.js';

export type PracticeFormat = 'html' | 'md';

const TEMPLATES = join(TEMPLATES_DIR, 'practice');
const FILES: Record<PracticeFormat, string> = { html: 'practice.html.njk', md: 'practice.md.njk' };

// Kept for the existing imports (these are the paragraph and autolink rules of escape/markdown.ts).

let env: nunjucks.Environment | undefined;

function environment(): nunjucks.Environment {
  if (env) return env;
  env = new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  const safe = (s: string) => new nunjucks.runtime.SafeString(s);
  // With a language (the practice's, when the page is in another): wrapped in <span lang> (escape/markdown.ts).
  env.addFilter('md', (v: unknown, lang?: unknown) => safe(markdownInLang(markdownParagraph(v), lang)));
  env.addFilter('mdline', (v: unknown, lang?: unknown) => safe(markdownInLang(markdownLine(v), lang)));
  env.addFilter('mdurl', (v: unknown) => safe(markdownAutolink(v)));
  return env;
}


const KIND: Record<Section, 'text' | 'list' | 'contacts' | 'links'> = {
  summary: 'text',
  context: 'text',
  goals: 'list',
  actions: 'list',
  impact: 'text',
  evaluation: 'text',
  contacts: 'contacts',
  links: 'links',
};

/** Paragraphs are separated by blank lines, as in Markdown; single newlines stay inside a paragraph. */
function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

export function practiceModel(practice: Practice, fw: Framework, lang: Lang, fileName: string) {
  const t = translator(practiceMessages, lang);
  const labels = Object.fromEntries(Object.keys(practiceMessages.en).filter((k) => k.startsWith('h')).map((k) => [k, t(k as keyof typeof practiceMessages.en)]));
  const sections = SECTIONS.filter((s) => !isEmpty(practice[s])).map((s) => {
    const value = practice[s];
    return {
      key: s,
      heading: t(SECTION_HEADINGS[s]),
      kind: KIND[s],
      paragraphs: typeof value === 'string' ? paragraphs(value) : [],
      items: Array.isArray(value) ? value : [],
    };
  });
  const tagged = (practice.tags?.commitments ?? []).map(String);
  return {
    lang,
    /** The practice's own language when the page is in another: its texts carry lang (WCAG 3.1.2). */
    textLang: practice.language && practice.language !== lang ? practice.language : '',
    labels,
    /** A label before its value (`Engagements :` in French), as the report's labelColon. */
    colon: Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, t('labelColon', { label })])),
    p: practice,
    place: practice.country ? t('place', { city: practice.city, country: practice.country }) : practice.city,
    sections,
    // In the framework's order, whatever order the file lists them in.
    commitments: fw.commitments.filter((c) => tagged.includes(c.id)).map((c) => ({ id: c.id, title: pick(c.title, lang) })),
    sdgs: [...(practice.tags?.sdgs ?? [])].sort((a, b) => a - b).map((n) => t('sdg', { n })),
    keywords: practice.tags?.keywords ?? [],
    footer: t('footer', { file: fileName }),
  };
}

export function renderPractice(practice: Practice, fw: Framework, lang: Lang, format: PracticeFormat, fileName: string): string {
  // Characters HTML and XML forbid (a control in a title) never reach the document: U+FFFD instead.
  const out = xmlValidChars(environment().render(FILES[format], practiceModel(practice, fw, lang, fileName)));
  // One trailing newline, and no runs of blank lines the template's branches leave behind.
  return out.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
