// The HTML report marks what the assessment wrote in its own language (a
// French assessment in an English report): evidence, and the participants'
// roles and organisations, as it does the notes; a name is not marked, and a
// French report marks none of it.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { EXAMPLES, runCli } from '../../helpers/cli.js';

const report = async (lang: string) => (await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--lang', lang])).stdout;

describe('HTML report: the assessment\'s own language', () => {
  it('in English, marks evidence, roles and organisations fr', async () => {
    const html = await report('en');
    expect(html).toMatch(/<ul class="evidence" lang="fr">\s*<li><a href="https:\/\/example.org\/exampleville\/politique-culturelle-2025">Politique culturelle/);
    expect(html).toContain('<td>Amira Okonjo<br><span class="muted" lang="fr">Directrice de la culture</span></td><td lang="fr">Ville d&#39;Exampleville, Direction de la culture</td><td>Local government</td>');
  });

  it.each([['fr', '« <span lang="en">Heritage, diversity and creativity</span> », « <span lang="en">Governance of culture</span> »'],
    ['es', '«<span lang="en">Heritage, diversity and creativity</span>», «<span lang="en">Governance of culture</span>»']])(
    'in %s, marks the English titles the framework\'s source note quotes', async (lang, marked) => {
      const html = await report(lang);
      expect(html.slice(html.indexOf('<section id="methodology">'))).toContain(marked);
    });

  it('in English, marks nothing in the source note but the Spanish word it quotes', async () => {
    const html = await report('en');
    const methodology = html.slice(html.indexOf('<section id="methodology">'));
    expect(methodology).toContain('two English titles (&quot;Heritage, diversity and creativity&quot;, &quot;Governance of culture&quot;)');
    expect(methodology.match(/ lang="[a-z]+"/g)).toEqual([' lang="es"']);
    expect(methodology).toContain('&quot;<span lang="es">equidad</span>&quot;');
  });

  it('in French, marks none of them', async () => {
    const html = await report('fr');
    expect(html).toContain('<td>Amira Okonjo<br><span class="muted">Directrice de la culture</span></td><td>Ville d&#39;Exampleville, Direction de la culture</td>');
    expect(html.match(/ lang="fr"/g)).toEqual([' lang="fr"']); // the page's own, on <html>
  });
});
