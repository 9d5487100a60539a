// Honest data in the report (issue 10, item 7), in the three languages: the
// methodology says which framework titles a source confirms and flags
// commitment 6 ("equidad" is equity, the Spanish word marked as Spanish), calls the scale, bands and formula
// c21lab's conventions with the 1–10 account, and the example's review and
// benchmark say they are fictional.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../../helpers/cli.js';

const SAYS = {
  en: ['two English titles', 'commitment 6 are unconfirmed', '&quot;<span lang="es">equidad</span>&quot;', 'c21lab’s conventions, not UCLG’s', 'marks from 1 to 10', 'Appointed expert (fictional)', 'Example panel (fictional)'],
  fr: ['deux titres anglais', 'l’engagement 6 ne sont pas confirmés', '« <span lang="es">equidad</span> »', 'conventions de c21lab, non de CGLU', 'notes de 1 à 10', 'Experte désignée (fictive)', 'Panel d’exemple (fictif)'],
  es: ['dos títulos en inglés', 'compromiso 6 no están confirmados', '«equidad»', 'convenciones de c21lab, no de CGLU', 'notas de 1 a 10', 'Experta designada (ficticia)', 'Panel de ejemplo (ficticio)'],
} as const;

describe.each(['en', 'fr', 'es'] as const)('the example report in %s', (lang) => {
  it('states what is confirmed, what is c21lab\'s convention, and what is fictional', async () => {
    const r = await runCli(['report', join(EXAMPLES, 'exampleville-2026.yaml'), '--benchmark', 'example-panel', '--lang', lang]);
    expect(r.code).toBe(0);
    const methodology = r.stdout.slice(r.stdout.indexOf('<section id="methodology">'));
    for (const words of SAYS[lang].slice(0, 5)) expect(methodology, words).toContain(words);
    for (const words of SAYS[lang].slice(5)) expect(r.stdout, words).toContain(words);
    expect(r.stdout).toContain('Toutes les données de cet exemple sont fictives.'); // the review's acknowledgements, kept in French
  });
});
