// Nothing English in a French or Spanish report of the bundled example (with
// --compare and --benchmark, so every section is there): the page's text, the
// charts' titles and descriptions read by screen readers, the Word document's
// text and its core properties. What the files themselves hold in another
// language is marked with its `lang` and left out of the check (the English
// titles the framework's source note quotes included).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

const ARGS = [join(EXAMPLES, 'exampleville-2026.yaml'), '--compare', join(EXAMPLES, 'exampleville-2024.yaml'), '--benchmark', 'example-panel'];
/** English words that are no French or Spanish word; "Culture 21 Actions" is "Cultura 21 Acciones" in Spanish. */
const ENGLISH = /\bb(the|and|of|with|from|not yet|scored|mean|made|votes? of|benchmark|commitments?|participants? took|unnamed|un-named)\b/i;

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('c21lab-no-english-');
});
afterAll(() => tmp.cleanup());

/** The text of an HTML page without the elements marked with another language, the quoted titles and the style sheet. */
function ownText(html: string, lang: string): string {
  let s = html.replace(/<style>.*?<\/style>/gs, '');
  const other = new RegExp(`<(\\w+)\\b[^>]*\\slang="(?!${lang}")[^"]*"[^>]*>.*?</\\1>`, 'gs');
  for (let before = ''; before !== s;) [before, s] = [s, s.replace(other, ' ')];
  return s.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
const unquote = (s: string) => s.replace(/«[^»]*»/g, ' ').replace(/"[^"]*"/g, ' ').replace(/\s+/g, ' ');

describe.each(['fr', 'es'])('report in %s', (lang) => {
  it('HTML: no English word in the page, the SVG titles and descriptions included', async () => {
    const r = await runCli(['report', ...ARGS, '--lang', lang]);
    expect(r.code).toBe(0);
    const text = ownText(r.stdout, lang);
    expect(text).toContain(lang === 'fr' ? 'Méthodologie' : 'Metodología');
    expect(text.match(ENGLISH)?.[0]).toBeUndefined();
    if (lang === 'es') expect(text).not.toContain('Culture 21 Actions');
  });

  it('Word: no English word in the core properties; the person who last saved it is not "Un-named"', async () => {
    const out = join(tmp.dir, `${lang}.docx`);
    expect((await runCli(['report', ...ARGS, '--lang', lang, '-o', out])).code).toBe(0);
    const core = execFileSync('unzip', ['-p', out, 'docProps/core.xml'], { encoding: 'utf8' });
    expect(core).not.toContain('Un-named');
    expect(core).toContain('<dc:creator>Helena Marchetti</dc:creator>'); // the review's author, as Word shows it
    expect(unquote(core.replace(/<[^>]+>/g, ' ')).replace(/Culture 21 LAB — Exampleville 2026 \(deuxième LAB\)/, '').match(ENGLISH)?.[0]).toBeUndefined();
  });
});
