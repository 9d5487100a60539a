// A printable scoring sheet for groups that work on paper: per commitment, a
// table of its items with a box for each score and for n/a, and lines for
// notes. Markdown, or self-contained HTML with a print stylesheet. Every text
// from the framework is escaped.
import { pick } from '../core/lang.js';
import { escapeHtml } from './escape/html.js';
import { markdownPrintCell } from './escape/markdown.js';
import { translator } from '../i18n/define.js';
import { frameworkMessages } from '../i18n/framework.js';
function rowsOf(fw, lang, whole) {
    return fw.commitments.map((c) => ({
        id: c.id,
        title: pick(c.title, lang),
        description: pick(c.description, lang),
        prompts: (c.prompts ?? []).map((p) => pick(p, lang)),
        rows: (c.actions ?? []).length
            ? (c.actions ?? []).map((a) => ({ id: a.id, title: pick(a.title, lang) }))
            : [{ id: c.id, title: whole }],
    }));
}
function scaleValues(fw) {
    const out = [];
    for (let v = fw.scale.min; v <= fw.scale.max; v++)
        out.push(v);
    return out;
}
// Framework texts land in headings, list items and table cells of a sheet read raw too (escape/markdown.ts).
const md = markdownPrintCell;
export function renderSheetMarkdown(fw, lang) {
    const t = translator(frameworkMessages, lang);
    const values = scaleValues(fw);
    const bands = fw.scale.bands.map((b) => t('band', { min: b.min, max: b.max, label: md(pick(b.label, lang)) })).join(' · ');
    const out = [
        `# ${t('sheetTitle')} — ${md(pick(fw.title, lang))}`,
        '',
        `${t('sheetCity')} ____________________   ${t('sheetDate')} ____________`,
        '',
        `${t('sheetGroup')} ________________________________________________`,
        '',
        `${t('sheetHowTo', { min: fw.scale.min, max: fw.scale.max })}`,
        '',
        `${t('scale', { min: fw.scale.min, max: fw.scale.max })} — ${bands}`,
    ];
    for (const c of rowsOf(fw, lang, t('sheetWhole'))) {
        out.push('', `## ${md(c.id)}. ${md(c.title)}`, '');
        if (c.description)
            out.push(md(c.description), '');
        for (const p of c.prompts)
            out.push(`- ${md(p)}`);
        if (c.prompts.length)
            out.push('');
        out.push(`| ${t('sheetItem')} | ${values.join(' | ')} | ${t('sheetNa')} |`);
        out.push(`|---|${values.map(() => ':-:').join('|')}|:-:|`);
        for (const r of c.rows)
            out.push(`| ${md(r.id)} ${md(r.title)} | ${values.map(() => '☐').join(' | ')} | ☐ |`);
        out.push('', t('sheetNotes'), '', ...Array.from({ length: 3 }, () => '______________________________________________________________________'), '');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
const html = escapeHtml;
const CSS = `body{font-family:system-ui,sans-serif;margin:2em;color:#111}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #555;padding:.3em .4em;text-align:center;font-size:.9em}
th.item{text-align:left;width:45%}
tbody th{font-weight:normal}
.box{display:inline-block;width:1em;height:1em;border:1px solid #111}
.fill{border-bottom:1px solid #555;height:1.6em}
.meta span{display:inline-block;min-width:14em;border-bottom:1px solid #555;margin-right:2em}
@media print{body{margin:0}section{break-inside:avoid}@page{size:A4;margin:15mm}}`;
export function renderSheetHtml(fw, lang) {
    const t = translator(frameworkMessages, lang);
    const values = scaleValues(fw);
    const bands = fw.scale.bands.map((b) => html(t('band', { min: b.min, max: b.max, label: pick(b.label, lang) }))).join(' · ');
    const sections = rowsOf(fw, lang, t('sheetWhole')).map((c) => {
        const prompts = c.prompts.length ? `<ul>${c.prompts.map((p) => `<li>${html(p)}</li>`).join('')}</ul>` : '';
        // Headers as the report's tables have them: the scores and n/a head their columns, each item its row, so a
        // screen reader names both for every box; the header row repeats on each printed page (thead).
        const head = `<thead><tr><th scope="col" class="item">${html(t('sheetItem'))}</th>${values.map((v) => `<th scope="col">${v}</th>`).join('')}<th scope="col">${html(t('sheetNa'))}</th></tr></thead>`;
        const rows = c.rows
            .map((r) => `<tr><th scope="row" class="item">${html(r.id)} ${html(r.title)}</th>${values.map(() => '<td><span class="box"></span></td>').join('')}<td><span class="box"></span></td></tr>`)
            .join('\n');
        return `<section>
<h2>${html(c.id)}. ${html(c.title)}</h2>
${c.description ? `<p>${html(c.description)}</p>` : ''}${prompts}
<table>
${head}
<tbody>
${rows}
</tbody>
</table>
<p>${html(t('sheetNotes'))}</p>
<div class="fill"></div><div class="fill"></div><div class="fill"></div>
</section>`;
    });
    return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${html(t('sheetTitle'))} — ${html(pick(fw.title, lang))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${html(t('sheetTitle'))} — ${html(pick(fw.title, lang))}</h1>
<p class="meta">${html(t('sheetCity'))} <span></span> ${html(t('sheetDate'))} <span></span></p>
<p class="meta">${html(t('sheetGroup'))} <span style="min-width:30em"></span></p>
<p>${html(t('sheetHowTo', { min: fw.scale.min, max: fw.scale.max }))}</p>
<p>${html(t('scale', { min: fw.scale.min, max: fw.scale.max }))} — ${bands}</p>
${sections.join('\n')}
</body>
</html>
`;
}
