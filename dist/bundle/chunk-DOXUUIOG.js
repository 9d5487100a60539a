import {
  markdownPrintCell
} from "./chunk-FJFMV6SU.js";
import {
  escapeHtml
} from "./chunk-UFYCAIRZ.js";
import {
  frameworkMessages
} from "./chunk-F7V2EPKJ.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/sheet.js
function rowsOf(fw, lang, whole) {
  return fw.commitments.map((c) => ({
    id: c.id,
    title: pick(c.title, lang),
    description: pick(c.description, lang),
    prompts: (c.prompts ?? []).map((p) => pick(p, lang)),
    rows: (c.actions ?? []).length ? (c.actions ?? []).map((a) => ({ id: a.id, title: pick(a.title, lang) })) : [{ id: c.id, title: whole }]
  }));
}
__name(rowsOf, "rowsOf");
function scaleValues(fw) {
  const out = [];
  for (let v = fw.scale.min; v <= fw.scale.max; v++)
    out.push(v);
  return out;
}
__name(scaleValues, "scaleValues");
var md = markdownPrintCell;
function renderSheetMarkdown(fw, lang) {
  const t = translator(frameworkMessages, lang);
  const values = scaleValues(fw);
  const bands = fw.scale.bands.map((b) => t("band", { min: b.min, max: b.max, label: md(pick(b.label, lang)) })).join(" \xB7 ");
  const out = [
    `# ${t("sheetTitle")} \u2014 ${md(pick(fw.title, lang))}`,
    "",
    `${t("sheetCity")} ____________________   ${t("sheetDate")} ____________`,
    "",
    `${t("sheetGroup")} ________________________________________________`,
    "",
    `${t("sheetHowTo", { min: fw.scale.min, max: fw.scale.max })}`,
    "",
    `${t("scale", { min: fw.scale.min, max: fw.scale.max })} \u2014 ${bands}`
  ];
  for (const c of rowsOf(fw, lang, t("sheetWhole"))) {
    out.push("", `## ${md(c.id)}. ${md(c.title)}`, "");
    if (c.description)
      out.push(md(c.description), "");
    for (const p of c.prompts)
      out.push(`- ${md(p)}`);
    if (c.prompts.length)
      out.push("");
    out.push(`| ${t("sheetItem")} | ${values.join(" | ")} | ${t("sheetNa")} |`);
    out.push(`|---|${values.map(() => ":-:").join("|")}|:-:|`);
    for (const r of c.rows)
      out.push(`| ${md(r.id)} ${md(r.title)} | ${values.map(() => "\u2610").join(" | ")} | \u2610 |`);
    out.push("", t("sheetNotes"), "", ...Array.from({ length: 3 }, () => "______________________________________________________________________"), "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
__name(renderSheetMarkdown, "renderSheetMarkdown");
var html = escapeHtml;
var CSS = `body{font-family:system-ui,sans-serif;margin:2em;color:#111}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #555;padding:.3em .4em;text-align:center;font-size:.9em}
th.item{text-align:left;width:45%}
tbody th{font-weight:normal}
.box{display:inline-block;width:1em;height:1em;border:1px solid #111}
.fill{border-bottom:1px solid #555;height:1.6em}
.meta span{display:inline-block;min-width:14em;border-bottom:1px solid #555;margin-right:2em}
@media print{body{margin:0}section{break-inside:avoid}@page{size:A4;margin:15mm}}`;
function renderSheetHtml(fw, lang) {
  const t = translator(frameworkMessages, lang);
  const values = scaleValues(fw);
  const bands = fw.scale.bands.map((b) => html(t("band", { min: b.min, max: b.max, label: pick(b.label, lang) }))).join(" \xB7 ");
  const sections = rowsOf(fw, lang, t("sheetWhole")).map((c) => {
    const prompts = c.prompts.length ? `<ul>${c.prompts.map((p) => `<li>${html(p)}</li>`).join("")}</ul>` : "";
    const head = `<thead><tr><th scope="col" class="item">${html(t("sheetItem"))}</th>${values.map((v) => `<th scope="col">${v}</th>`).join("")}<th scope="col">${html(t("sheetNa"))}</th></tr></thead>`;
    const rows = c.rows.map((r) => `<tr><th scope="row" class="item">${html(r.id)} ${html(r.title)}</th>${values.map(() => '<td><span class="box"></span></td>').join("")}<td><span class="box"></span></td></tr>`).join("\n");
    return `<section>
<h2>${html(c.id)}. ${html(c.title)}</h2>
${c.description ? `<p>${html(c.description)}</p>` : ""}${prompts}
<table>
${head}
<tbody>
${rows}
</tbody>
</table>
<p>${html(t("sheetNotes"))}</p>
<div class="fill"></div><div class="fill"></div><div class="fill"></div>
</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${html(t("sheetTitle"))} \u2014 ${html(pick(fw.title, lang))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${html(t("sheetTitle"))} \u2014 ${html(pick(fw.title, lang))}</h1>
<p class="meta">${html(t("sheetCity"))} <span></span> ${html(t("sheetDate"))} <span></span></p>
<p class="meta">${html(t("sheetGroup"))} <span style="min-width:30em"></span></p>
<p>${html(t("sheetHowTo", { min: fw.scale.min, max: fw.scale.max }))}</p>
<p>${html(t("scale", { min: fw.scale.min, max: fw.scale.max }))} \u2014 ${bands}</p>
${sections.join("\n")}
</body>
</html>
`;
}
__name(renderSheetHtml, "renderSheetHtml");
export {
  renderSheetHtml,
  renderSheetMarkdown
};
