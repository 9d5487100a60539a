// The review file: `review new` scaffolds one that validates as written;
// `report` finds it beside the assessment or takes --review; every part lands
// in HTML and Markdown; text in other languages keeps its own `lang`; the
// Markdown subset is rendered escaped, with http(s)/mailto links only.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/markdown.js';
import { richHtml, richMd } from '../../../src/render/report/rich.js';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
const E2026 = join(EXAMPLES, 'exampleville-2026.yaml');
const E2024 = join(EXAMPLES, 'exampleville-2024.yaml');
beforeAll(async () => {
  tmp = await tempDir('c21lab-review-');
});
afterAll(() => tmp.cleanup());

const HOSTILE = `c21lab: review/1
language: en
authors:
  - name: "<script>alert('author')</script>"
summary: |
  A **bold** and *soft* claim with [a link](https://example.org/a?b=1&c=2), [mail](mailto:x@example.org),
  [bad](javascript:alert(1)), [data](data:text/html,<b>x</b>) and <img src=x onerror=alert(1)>.

  - one <b>item</b>
  - two
introduction: "# not a heading\\n\\n<iframe src=x></iframe>"
commitments:
  "4": "Synthesis *four*"
recommendations:
  - title: "<em>Title</em> one"
    commitments: ["4"]
    owner: Owner <u>x</u>
    timeframe: 2027
    description: "1. first\\n2. second"
nextSteps: Next.
acknowledgements: Thanks.
whatChanged: "Our own reading of the change."
`;

describe('the Markdown subset', () => {
  it('keeps paragraphs, lists, emphasis and http(s)/mailto links; everything else is text', () => {
    const blocks = parseMarkdown('A *b* **c** [d](https://e.org) [f](javascript:x)\n\n- g\n- h\n\n1. i\n2) j');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'list']);
    const html = richHtml({ blocks, lang: 'en', foreign: false });
    expect(html).toBe('<div class="rich"><p>A <em>b</em> <strong>c</strong> <a href="https://e.org/">d</a> [f](javascript:x)</p><ul><li>g</li><li>h</li></ul><ol><li>i</li><li>j</li></ol></div>');
    expect(richHtml({ blocks: parseMarkdown('<script>x</script> & "q"'), lang: 'fr', foreign: true }))
      .toBe('<div class="rich" lang="fr"><p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</p></div>');
    expect(richMd({ blocks: parseMarkdown('*a* <b> [l](https://x.org/(y))'), lang: 'en', foreign: false })).toBe('*a* &lt;b&gt; [l](https://x.org/%28y))'); // the link ends at the first ")"; the second is text
  });
  it('does not hang or recurse without end on hostile nesting', () => {
    const deep = '*'.repeat(5000) + 'x' + '*'.repeat(5000) + '['.repeat(5000);
    expect(() => richHtml({ blocks: parseMarkdown(deep), lang: 'en', foreign: false })).not.toThrow();
  });
});

describe('c21lab review new', () => {
  it('writes ASSESSMENT.review.yaml beside the assessment, with the modeline, one synthesis per commitment, valid as written', async () => {
    const a = join(tmp.dir, 'city-2026.yaml');
    await writeFile(a, (await readFile(E2026, 'utf8')).replace('framework: culture21-actions', 'framework: culture21-actions'));
    const r = await runCli(['review', 'new', a], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const text = await readFile(join(tmp.dir, 'city-2026.review.yaml'), 'utf8');
    // The schema folder it wrote beside the file on this first run (not the install's schemas).
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=.c21lab/schemas/v1/review.schema.json');
    expect(text).toContain('c21lab: review/1');
    expect(text).toContain('assessment: city-2026.yaml');
    expect(text).toContain('language: fr'); // the assessment's language
    expect(text).toContain('- name: Helena Marchetti'); // its expert as author
    for (const id of ['1', '5', '9']) expect(text).toContain(`  "${id}":`);
    expect(text).toContain('# Synthèse'); // comments in the file's language
    const v = await runCli(['validate', join(tmp.dir, 'city-2026.review.yaml')]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect((await runCli(['review', 'new', a], { cwd: tmp.dir })).code).toBe(2); // no overwrite without --force
    expect((await runCli(['review', 'new', a, '--force'], { cwd: tmp.dir })).code).toBe(0);
    // report finds it beside the assessment; an empty review adds no empty section
    const html = await runCli(['report', a, '--lang', 'en'], { cwd: tmp.dir });
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).not.toContain('id="summary"');
  });

  it('writes every value from the assessment on its own line: a name with line breaks adds no key to the review', async () => {
    const a = join(tmp.dir, 'inj-2026.yaml');
    const names = ['\nsummary: PWNED by the assessment file\nx-a:', 'E\n- name: injected'];
    await writeFile(a, (await readFile(E2026, 'utf8')).replace('experts:\n  - Helena Marchetti', `experts: ${JSON.stringify(names)}`));
    expect((await runCli(['validate', a])).code).toBe(0);
    const r = await runCli(['review', 'new', a], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const file = join(tmp.dir, 'inj-2026.review.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('  - name: "\\nsummary: PWNED by the assessment file\\nx-a:"\n    role:\n');
    const data = parseYaml(text) as { summary: unknown; authors: { name: string }[] };
    expect(data.summary).toBeNull();
    expect(data.authors.map((x) => x.name)).toEqual(names);
    const v = await runCli(['validate', file]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});

describe('report with a review', () => {
  it('on a first run in a fresh repository, points its $schema line at the schema folder it writes', async () => {
    const fresh = await tempDir('c21lab-review-fresh-');
    try {
      const repo = fresh.dir;
      await mkdir(join(repo, '.git', 'x'), { recursive: true }); // the top of a git work tree, as core/schema-folder.ts finds it
      await mkdir(join(repo, 'reviews'));
      const r = await runCli(['review', 'new', E2024, '-o', 'reviews/r.yaml'], { cwd: repo });
      expect(r.code, r.stderr).toBe(0);
      expect((await readFile(join(repo, 'reviews', 'r.yaml'), 'utf8')).split('\n')[0]).toBe('# yaml-language-server: $schema=../.c21lab/schemas/v1/review.schema.json');
      expect(existsSync(join(repo, '.c21lab/schemas/v1/review.schema.json'))).toBe(true);
    } finally {
      await fresh.cleanup();
    }
  });

  it('places every part in HTML and Markdown, escaped, with --review FILE', async () => {
    const review = join(tmp.dir, 'hostile.review.yaml');
    await writeFile(review, HOSTILE);
    const v = await runCli(['validate', review]);
    expect(v.code).toBe(0); // warnings only
    // located at the link itself: its line inside the block scalar and the column of its target
    expect(v.stdout + v.stderr).toMatch(/hostile\.review\.yaml:7:9 warning review-link link to "javascript:alert\(1\)"/);
    const out = join(tmp.dir, 'h.html');
    const r = await runCli(['report', E2026, '--compare', E2024, '--review', review, '--lang', 'en', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(out, 'utf8');
    for (const id of ['summary', 'introduction', 'recommendations', 'next-steps', 'acknowledgements', 'then-now']) expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain('<strong>bold</strong> and <em>soft</em>');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2">a link</a>');
    expect(html).toContain('<a href="mailto:x@example.org">mail</a>');
    expect(html).toContain('[bad](javascript:alert(1))');
    expect(html).not.toMatch(/<(script|img|iframe|b|u)[\s>]/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain('&lt;script&gt;alert(&#39;author&#39;)&lt;/script&gt;');
    expect(html).toContain('Synthesis <em>four</em>');
    expect(html).toContain('<ol><li>first</li><li>second</li></ol>');
    expect(html).toContain('Our own reading of the change.'); // the review's whatChanged replaces the generated one
    expect(html).not.toContain('Written by c21lab from the figures');
    const md = join(tmp.dir, 'h.md');
    expect((await runCli(['report', E2026, '--review', review, '--lang', 'en', '-o', md])).code).toBe(0);
    const text = await readFile(md, 'utf8');
    for (const h of ['## Executive summary', '## Introduction', '## Recommendations', '## Next steps', '## Acknowledgements', '**Synthesis**']) expect(text).toContain(h);
    expect(text).toContain('**bold** and *soft*');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('\\# not a heading');
    expect(text).not.toMatch(/<(script|img|iframe)/i);
  });

  it('uses the report language where the review gives it, else keeps the original with its lang', async () => {
    const out = join(tmp.dir, 'es.html');
    expect((await runCli(['report', E2026, '--lang', 'es', '-o', out])).code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<div class="rich"><p>Exampleville celebró su <strong>segundo</strong>'); // the summary has es
    expect(html).toMatch(/<section id="introduction">\s*<h2>Introducción<\/h2>\s*<div class="rich" lang="fr"><p>Ce LAB/); // no es: French, marked
    expect(html).toContain('Un plan de ahorro energético para tres espacios culturales');
    expect(html).toContain('<span lang="fr">Des rez-de-chaussée pour l&#39;économie culturelle</span>');
    expect(html).toContain('<h2>Medidas piloto</h2>');
  });

  it.each([
    ['en', 'warning: '],
    ['fr', 'avertissement : '],
    ['es', 'aviso: '],
  ])("warns (%s) when --review names a review whose assessment: is another file, and not for its own", async (lang, prefix) => {
    const own = await runCli(['report', E2026, '--review', join(EXAMPLES, 'exampleville-2026.review.yaml'), '--lang', lang, '-o', join(tmp.dir, `own-${lang}.html`)]);
    expect(own.code, own.stderr).toBe(0);
    expect(own.stderr).not.toContain(prefix);
    const other = await runCli(['report', E2024, '--review', join(EXAMPLES, 'exampleville-2026.review.yaml'), '--lang', lang, '-o', join(tmp.dir, `other-${lang}.html`)]);
    expect(other.code, other.stderr).toBe(0); // informative: the report is still written
    expect(other.stderr).toContain(`${prefix}`);
    expect(other.stderr).toContain('exampleville-2026.review.yaml');
    expect(other.stderr).toContain('exampleville-2024.yaml');
  });

  it('quotes the assessment: key of a review without terminal control', async () => {
    const review = join(tmp.dir, 'escape.review.yaml');
    await writeFile(review, 'c21lab: review/1\nlanguage: en\nassessment: "x\\e]2;pwned\\a\\e[2J.yaml"\n');
    const r = await runCli(['report', E2026, '--review', review, '--lang', 'en', '-o', join(tmp.dir, 'escape.html')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: ');
    expect(r.stderr).not.toContain(String.fromCharCode(0x1b));
    expect(r.stderr).not.toContain(String.fromCharCode(0x07));
  });

  it('refuses --review with several files, and a review that names an unknown commitment (file:line:col)', async () => {
    expect((await runCli(['report', E2026, E2024, '--out-dir', join(tmp.dir, 'many'), '--review', join(EXAMPLES, 'exampleville-2026.review.yaml')])).code).toBe(2);
    const bad = join(tmp.dir, 'bad.review.yaml');
    await writeFile(bad, 'c21lab: review/1\nlanguage: en\ncommitments:\n  "12": text\n');
    const r = await runCli(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/bad\.review\.yaml:4:3 error review-commitment/);
    const rep = await runCli(['report', E2026, '--review', bad]);
    expect(rep.code).toBe(1);
    expect(rep.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--template is code', () => {
  it('says so in report --help, in three languages', async () => {
    for (const [lang, words] of [['en', 'is code, not data'], ['fr', 'est du code, pas des données'], ['es', 'es código, no datos']] as const) {
      const r = await runCli(['report', '--help', '--lang', lang]);
      expect(r.stdout.replace(/\s+/g, ' '), lang).toContain(words);
    }
  });
  it('and it is: a template can run JavaScript (range.constructor), which is why only trusted templates belong there', async () => {
    const dir = join(tmp.dir, 'tpl');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'report.html.njk'), '{{ range.constructor("return 6 * 7")() }}');
    const r = await runCli(['report', E2026, '--template', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('42');
  });
});

describe('the Markdown subset, edge cases', () => {
  it('leaves underscores inside words alone (snake_case, file_name_v2)', () => {
    expect(richHtml({ blocks: parseMarkdown('see file_name_v2 and _this_'), lang: 'en', foreign: false })).toBe('<div class="rich"><p>see file_name_v2 and <em>this</em></p></div>');
  });
});
