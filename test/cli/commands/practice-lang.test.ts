// `practice render` in another language than the practice's: every text the
// file wrote (title, sections, contacts' roles and organisations, link titles,
// keywords) is marked with the practice's language, in HTML (lang on an
// element around it) and in Markdown (a <span lang> around each paragraph and
// item, as the report's Markdown does, checked by rendering it with
// markdown-it as GitHub does before sanitising); the page's own texts (headings,
// labels, the commitments' titles) are not. Each text's language is read by
// walking the tags, the nearest lang around it winning.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

const FILE = join(EXAMPLES, 'practice-exampleville-neighbourhood-councils.yaml');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/**
 * Every text node of the HTML with the language it is in: the nearest lang around it, else `page`. Styles
 * aside; the document's <title> is walked like any element (in another language it is the practice's title, marked).
 */
function textsWithLang(html: string, page: string): { text: string; lang: string }[] {
  const out: { text: string; lang: string }[] = [];
  const stack: { name: string; lang: string }[] = [];
  const body = html.replace(/<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const current = stack.at(-1)?.lang ?? page;
    if (m[4] !== undefined) {
      const text = decode(m[4]).replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, lang: current });
      continue;
    }
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
    } else if (!VOID.has(name) && !/\/\s*$/.test(m[3] ?? '')) {
      stack.push({ name, lang: / lang="([^"]+)"/.exec(m[3] ?? '')?.[1] ?? current });
    }
  }
  return out;
}

interface PracticeFile {
  title: string; summary: string; context: string; impact: string; evaluation: string; goals: string[]; actions: string[];
  contacts: { role?: string; organisation?: string }[]; links: { title: string }[]; tags: { keywords: string[] };
}

/** What the practice file wrote, in English: each paragraph, item and short text, its white space as HTML shows it. */
async function englishTexts(): Promise<string[]> {
  const p = parse(await readFile(FILE, 'utf8')) as PracticeFile;
  const paras = [p.summary, p.context, p.impact, p.evaluation].flatMap((t) => t.split(/\n\s*\n/));
  return [p.title, ...paras, ...p.goals, ...p.actions, ...p.contacts.flatMap((c) => [c.role, c.organisation]), ...p.links.map((l) => l.title), ...p.tags.keywords]
    .filter((t): t is string => Boolean(t)).map((t) => t.replace(/\s+/g, ' ').trim());
}

function expectMarked(texts: { text: string; lang: string }[], english: string[], page: string) {
  for (const e of english) {
    const found = texts.filter((t) => t.text.includes(e));
    expect(found.length, `"${e}" is in the output`).toBeGreaterThan(0);
    for (const t of found) expect(t.lang, `"${e}" is marked lang="en"`).toBe('en');
  }
  for (const own of [{ fr: 'Droits culturels', es: 'Derechos culturales' }, { fr: 'Mots-clés', es: 'Palabras clave' }, { fr: 'Contexte', es: 'Contexto' }]) {
    const text = own[page as 'fr' | 'es'];
    const found = texts.filter((t) => t.text.includes(text));
    expect(found.length, `"${text}" is in the output`).toBeGreaterThan(0);
    for (const t of found) expect(t.lang, `"${text}" is in the page's language`).toBe(page);
  }
}

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-practice-lang-');
});
afterAll(() => tmp.cleanup());

describe('practice render in another language marks the practice\'s own texts', () => {
  it.each(['fr', 'es'])('HTML in %s: every English text under lang="en", the keywords too', async (lang) => {
    const out = join(tmp.dir, `p-${lang}.html`);
    const r = await runCli(['practice', 'render', FILE, '--lang', lang, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain('<dd lang="en"><span class="tag">participation</span><span class="tag">neighbourhoods</span>');
    // A <title> cannot mark a part of itself: the practice's title alone, in its language.
    expect(html).toContain('<title lang="en">Neighbourhood culture councils</title>');
    expectMarked(textsWithLang(html, lang), await englishTexts(), lang);
  });

  it.each(['fr', 'es'])('Markdown in %s: every English text in a <span lang="en">, the Markdown inside still working', async (lang) => {
    const out = join(tmp.dir, `p-${lang}.md`);
    const r = await runCli(['practice', 'render', FILE, '--lang', lang, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const md = await readFile(out, 'utf8');
    const html = new MarkdownIt({ html: true }).render(md);
    expectMarked(textsWithLang(html, lang), await englishTexts(), lang);
    expect(html).toContain('<h1><span lang="en">Neighbourhood culture councils</span></h1>');
    expect(html).toContain('<li><span lang="en"><strong>Amira Okonjo</strong>, Head of cultural policy — City of Exampleville, Department of Culture · <a href="mailto:culture@example.org">culture@example.org</a></span></li>');
    expect(html).toContain('<li><a href="https://example.org/exampleville/culture-councils"><span lang="en">Terms of reference');
  });

  it('in the practice\'s own language, marks nothing', async () => {
    const out = join(tmp.dir, 'p-en.md');
    expect((await runCli(['practice', 'render', FILE, '-o', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).not.toContain('<span');
    const html = join(tmp.dir, 'p-en.html');
    expect((await runCli(['practice', 'render', FILE, '-o', html])).code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page.match(/ lang="/g)).toEqual([' lang="']); // the page's own, on <html>
    expect(page).toContain('<title>Neighbourhood culture councils — Good practice</title>');
  });
});
