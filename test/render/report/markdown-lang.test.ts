// The Markdown report marks a review text kept in another language with its own
// `lang`, as the HTML report does: a <span lang> around each paragraph and list
// item. Checked by rendering the Markdown with a CommonMark renderer
// (markdown-it, raw HTML on, as GitHub renders it before sanitising) to see
// that the span stays inline, the Markdown inside it still works, and nothing
// the review wrote becomes markup.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/markdown.js';
import { inlineMdView, richMd } from '../../../src/render/report/rich.js';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

const md = new MarkdownIt({ html: true });
const foreign = (text: string) => ({ blocks: parseMarkdown(text), lang: 'fr' as const, foreign: true });

describe('richMd marks a passage in another language', () => {
  it('wraps each paragraph and list item, and the Markdown inside still renders', () => {
    const out = richMd(foreign('Un **deuxième** LAB, [lien](https://example.org/a).\n\n- un *point*\n- deux'));
    expect(md.render(out)).toBe(
      '<p><span lang="fr">Un <strong>deuxième</strong> LAB, <a href="https://example.org/a">lien</a>.</span></p>\n'
      + '<ul>\n<li><span lang="fr">un <em>point</em></span></li>\n<li><span lang="fr">deux</span></li>\n</ul>\n',
    );
  });

  it('leaves a text in the report language unmarked', () => {
    expect(richMd({ blocks: parseMarkdown('Plain *text*.'), lang: 'en', foreign: false })).toBe('Plain *text*.');
  });

  it('keeps hostile text as text inside the span', () => {
    const html = md.render(richMd(foreign('<script>alert(1)</script> </span><b>x</b> [a](javascript:alert(1))')));
    expect(html).not.toMatch(/<(script|b)[\s>]/);
    expect(html).not.toMatch(/href="javascript/);
    expect(html.match(/<span/g)).toHaveLength(1);
    expect(html.match(/<\/span>/g)).toHaveLength(1);
  });

  it('marks a short text (a recommendation title) the same way', () => {
    expect(inlineMdView({ text: 'Des *rez*-de-chaussée', lang: 'fr', foreign: true })).toBe('<span lang="fr">Des \\*rez\\*-de-chaussée</span>');
    expect(inlineMdView({ text: 'A title', lang: 'en', foreign: false })).toBe('A title');
  });
});

describe('the Markdown report of the bundled example', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    tmp = await tempDir('c21lab-md-lang-');
  });
  afterAll(() => tmp.cleanup());

  it('in Spanish, marks the French introduction and title, not the Spanish summary', async () => {
    const out = join(tmp.dir, 'es.md');
    const r = await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--lang', 'es', '-o', out]);
    expect(r.code).toBe(0);
    const html = md.render(await readFile(out, 'utf8'));
    expect(html).toMatch(/<h2>Introducción<\/h2>\s*<p><span lang="fr">Ce LAB/);
    expect(html).toMatch(/<li><span lang="fr">une matinée de discussion/);
    expect(html).toContain('<span lang="fr">Des rez-de-chaussée pour l\'économie culturelle</span>');
    expect(html).toMatch(/<p>Exampleville celebró su <strong>segundo<\/strong>/);
  });

  it('in English, marks the French title and group notes of a French assessment; in French, marks nothing of them', async () => {
    const en = join(tmp.dir, 'en.md');
    const fr = join(tmp.dir, 'fr.md');
    for (const [lang, out] of [['en', en], ['fr', fr]] as const) {
      expect((await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--lang', lang, '-o', out])).code).toBe(0);
    }
    const enHtml = md.render(await readFile(en, 'utf8'));
    expect(enHtml).toMatch(/<h1><span lang="fr">Culture 21 LAB — Exampleville 2026 \(deuxième LAB\)<\/span><\/h1>/);
    expect(enHtml).toContain('<p><span lang="fr">La nouvelle politique culturelle adoptée en 2025');
    const frHtml = md.render(await readFile(fr, 'utf8'));
    expect(frHtml).toContain('<h1>Culture 21 LAB — Exampleville 2026 (deuxième LAB)</h1>');
    expect(frHtml).toContain('<p>La nouvelle politique culturelle adoptée en 2025');
    expect(frHtml).not.toContain('lang="fr"');
  });

  it('marks the evidence titles, participants\' roles and organisations of the French assessment in an English report, links kept', async () => {
    const out = join(tmp.dir, 'evidence-en.md');
    expect((await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--lang', 'en', '-o', out])).code).toBe(0);
    const html = md.render(await readFile(out, 'utf8'));
    expect(html).toContain('<li><a href="https://example.org/exampleville/politique-culturelle-2025"><span lang="fr">Politique culturelle d\'Exampleville 2025-2030</span></a></li>');
    expect(html).toContain('<li><span lang="fr">Bilan du pass culture, première année</span></li>');
    expect(html).toContain('<td>Amira Okonjo (<span lang="fr">Directrice de la culture</span>)</td>');
    expect(html).toContain('<td><span lang="fr">Association des habitants du quartier Nord</span></td>');
    expect(html).toContain('Helena Marchetti, Appointed expert (fictional)'); // the review gives the role in English: not marked
  });

  it('gives each chart its description as alternative text, and leaves a timeframe of digits unmarked', async () => {
    const out = join(tmp.dir, 'alt-es.md');
    expect((await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--lang', 'es', '-o', out])).code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^!\[Porcentaje por compromiso\. Exampleville 2026: 1\. Derechos culturales 62,5.*«Resultados por compromiso»\.\]\(alt-es-radar\.svg\)$/m);
    expect(text).toMatch(/^!\[Para cada compromiso, .*9\. Gobernanza: 5 × 3, 6 × 8, 7 × 1; puntuación acordada 6\.\]\(alt-es-votes\.svg\)$/m);
    expect(text).toContain('- **Plazo:** 2027\n'); // the Spanish colon, as the French one below
    expect(text).toContain('- **Plazo:** 2026–2027\n');
  });

  it('marks an action\'s evidence in its table cell (a Spanish assessment in an English report)', async () => {
    const out = join(tmp.dir, 'actions-en.md');
    expect((await runCli(['report', join(EXAMPLES, 'demo-actions-2025.yaml'), '--lang', 'en', '-o', out])).code).toBe(0);
    const html = md.render(await readFile(out, 'utf8'));
    expect(html).toContain('<a href="https://example.org/exampleville/bibliotecas"><span lang="es">Mapa de bibliotecas y paradas del bibliobús</span></a>');
    expect(html).toContain('<span lang="es">Programa de verano 2025 en los parques</span>');
  });
});

describe('the Markdown report in French', () => {
  it('writes the French colon (a space before it) after a recommendation\'s labels', async () => {
    const tmp = await tempDir('c21lab-md-colon-');
    try {
      const out = join(tmp.dir, 'fr.md');
      expect((await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--lang', 'fr', '-o', out])).code).toBe(0);
      const text = await readFile(out, 'utf8');
      expect(text).toMatch(/^- \*\*Engagements[ \u00a0\u202f]:\*\* 4\\?\. Environnement$/m);
      expect(text).toMatch(/^- \*\*Calendrier[ \u00a0\u202f]:\*\* 2026–2027$/m);
    } finally {
      await tmp.cleanup();
    }
  });
});
