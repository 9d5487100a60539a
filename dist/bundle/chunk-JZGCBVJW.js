import {
  svgDescription
} from "./chunk-MFKPB7LF.js";
import {
  documentDate
} from "./chunk-FIEPM2LT.js";
import {
  svgToPng
} from "./chunk-VNOLEHPS.js";
import "./chunk-24SS6AOI.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/docx/index.js
import { AlignmentType, Document, ExternalHyperlink as ExternalHyperlink2, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph as Paragraph2, Table, TableCell, TableRow, TextRun as TextRun2, WidthType } from "docx";

// dist/render/docx/rich.js
import { ExternalHyperlink, Paragraph, TextRun } from "docx";
var LANG_TAGS = { en: "en-GB", fr: "fr-FR", es: "es-ES" };
function clean(text) {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
__name(clean, "clean");
function runs(nodes, style) {
  return nodes.flatMap((n) => {
    const language = style.lang ? { language: { value: LANG_TAGS[style.lang] ?? style.lang } } : {};
    if (n.type === "text") {
      return [new TextRun({
        text: clean(n.text),
        ...style.italics ? { italics: true } : {},
        ...style.bold ? { bold: true } : {},
        ...style.link ? { style: "Hyperlink" } : {},
        ...language
      })];
    }
    if (n.type === "em")
      return runs(n.children, { ...style, italics: true });
    if (n.type !== "link")
      return runs(n.children, { ...style, bold: true });
    return [new ExternalHyperlink({ link: n.href, children: runs(n.children, { ...style, link: true }).filter((r) => r instanceof TextRun) })];
  });
}
__name(runs, "runs");
function richParagraphs(text) {
  if (!text)
    return [];
  const lang = text.foreign ? text.lang : void 0;
  return text.blocks.flatMap((b) => {
    if (b.type === "paragraph")
      return [new Paragraph({ children: runs(b.content, lang ? { lang } : {}) })];
    return b.items.map((item, i) => new Paragraph({
      children: [...b.ordered ? [new TextRun(`${i + 1}. `)] : [], ...runs(item, lang ? { lang } : {})],
      ...b.ordered ? { indent: { left: 360 } } : { bullet: { level: 0 } }
    }));
  });
}
__name(richParagraphs, "richParagraphs");

// dist/render/docx/stable.js
import JSZip from "jszip";
async function stableDocx(bytes, isoDate) {
  const when = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : "2000-01-01T00:00:00Z";
  const date = new Date(when);
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const names = Object.keys(zip.files).sort().filter((n) => !zip.files[n]?.dir);
  const contents = /* @__PURE__ */ new Map();
  for (const name of names) {
    const bytes2 = await zip.files[name].async("uint8array");
    contents.set(name, /\.(xml|rels)$/.test(name) ? new TextDecoder().decode(bytes2) : bytes2);
  }
  const ids = /* @__PURE__ */ new Map();
  for (const m of String(contents.get("word/document.xml") ?? "").matchAll(/r:id="(rId[A-Za-z0-9_-]{12,})"/g)) {
    if (!ids.has(m[1]))
      ids.set(m[1], `rIdLink${ids.size + 1}`);
  }
  for (const name of names) {
    let data = contents.get(name);
    if (typeof data === "string") {
      data = data.replace(/rId[A-Za-z0-9_-]{12,}/g, (id) => ids.get(id) ?? id);
      if (name === "docProps/core.xml")
        data = data.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${when}$2`);
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
__name(stableDocx, "stableDocx");

// dist/render/docx/index.js
var langRun = /* @__PURE__ */ __name((lang) => lang ? { language: { value: LANG_TAGS[lang] ?? lang } } : {}, "langRun");
var p = /* @__PURE__ */ __name((text, opts = {}) => {
  const { lang, ...run } = opts;
  return new Paragraph2({ children: [new TextRun2({ text: clean(text), ...run, ...langRun(lang) })] });
}, "p");
var h = /* @__PURE__ */ __name((text, level, lang) => new Paragraph2({
  ...lang ? { children: [new TextRun2({ text: clean(text), ...langRun(lang) })] } : { text: clean(text) },
  heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
  keepNext: true
}), "h");
var partRuns = /* @__PURE__ */ __name((parts, run = {}) => parts.map((x) => new TextRun2({ text: clean(x.text), ...run, ...langRun(x.lang || void 0) })), "partRuns");
function table(header, rows, numeric = []) {
  const cell = /* @__PURE__ */ __name((c, i, head = false) => new TableCell({
    children: [new Paragraph2({
      alignment: numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [new TextRun2({ text: clean(typeof c === "string" ? c : c.text), bold: head, ...langRun(typeof c === "string" ? void 0 : c.lang) })]
    })]
  }), "cell");
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((x, i) => cell(x, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((x, i) => cell(x, i)) }))
    ]
  });
}
__name(table, "table");
function image(svg, alt, name) {
  const w = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 640);
  const hgt = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 640);
  const width = 605;
  return new Paragraph2({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({
      type: "png",
      data: svgToPng(svg, { width: w * 2 }),
      transformation: { width, height: Math.round(width * hgt / w) },
      altText: { name, title: name, description: clean(svgDescription(svg) || alt) }
    })]
  });
}
__name(image, "image");
function pageFooter(pageOf) {
  const [before, rest = ""] = pageOf.split("{page}");
  const [middle, after = ""] = rest.split("{pages}");
  return new Footer({
    children: [new Paragraph2({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun2({ children: [before ?? "", PageNumber.CURRENT, middle ?? "", PageNumber.TOTAL_PAGES, after], size: 16 })]
    })]
  });
}
__name(pageFooter, "pageFooter");
async function reportDocx(m, charts) {
  const t = m.t;
  const colon = /* @__PURE__ */ __name((label) => (t.labelColon ?? "{label}:").replace("{label}", label), "colon");
  const body = [];
  body.push(p(m.framework.title, { bold: true, lang: m.framework.titleLang }), new Paragraph2({ heading: HeadingLevel.TITLE, children: [new TextRun2({ text: clean(m.title), ...m.titleLang ? { language: { value: LANG_TAGS[m.titleLang] ?? m.titleLang } } : {} })] }), new Paragraph2({ children: partRuns(m.subtitleParts, { italics: true }) }));
  const authors = (m.review?.authors ?? []).flatMap((a, i) => [
    new TextRun2(clean(`${i ? "; " : ""}${a.name}${a.role ? ", " : ""}`)),
    ...a.role ? [new TextRun2({ text: clean(a.role.text), ...langRun(a.role.foreign ? a.role.lang : void 0) })] : []
  ]);
  const meta = [
    [t.city, [new TextRun2(clean(m.city + (m.country ? ` (${m.country})` : "")))]],
    [t.date, [new TextRun2(clean(m.dateText))]],
    ...m.facilitators.length ? [[t.facilitators, [new TextRun2(clean(m.facilitators.join(", ")))]]] : [],
    ...m.experts.length ? [[t.experts, [new TextRun2(clean(m.experts.join(", ")))]]] : [],
    ...authors.length ? [[t.reviewBy, authors]] : [],
    ...m.review?.date ? [[t.reviewDate, [new TextRun2(clean(m.review.dateText))]]] : [],
    [t.framework, [new TextRun2({ text: clean(m.framework.title + (m.framework.version ? ` (${m.framework.version})` : "")), ...langRun(m.framework.titleLang) })]]
  ];
  for (const [label, runs2] of meta)
    body.push(new Paragraph2({ children: [new TextRun2({ text: clean(`${colon(label)} `), bold: true }), ...runs2] }));
  const r = m.review;
  if (r?.summary)
    body.push(h(t.reviewSummary, 1), ...richParagraphs(r.summary));
  if (r && (r.introduction || r.context)) {
    body.push(h(t.reviewIntroduction, 1), ...richParagraphs(r.introduction));
    if (r.context)
      body.push(h(t.reviewContext, 2), ...richParagraphs(r.context));
  }
  body.push(h(t.participation, 1));
  if (m.participation.total) {
    body.push(p(m.participation.intro), table([t.sector, t.count], [...m.participation.sectors.map((s) => [s.label, String(s.count)]), [t.total, String(m.participation.total)]], [false, true]));
  } else
    body.push(p(t.noParticipants));
  body.push(h(t.radar, 1), image(m.radar.svg, t.radarImageAlt?.replace("{table}", t.results) ?? "", t.radar));
  body.push(p([t.radarCaption, m.radar.compare, m.radar.benchmark].filter(Boolean).join(" "), { italics: true }));
  body.push(h(t.results, 1));
  const head = [t.colCommitment, t.colScore, t.colPercent, t.colBand, ...m.hasBenchmark ? [t.colBenchmark, t.colDiff] : [], t.colCoverage, ...m.hasSpread ? [t.colSpread] : []];
  const num = [false, true, true, false, ...m.hasBenchmark ? [true, true] : [], true, false];
  const cellNa = /* @__PURE__ */ __name((v, status) => v || (status === "na" ? t.na : "\u2014"), "cellNa");
  body.push(table(head, m.commitments.map((c) => [
    { text: c.label, lang: c.titleLang },
    cellNa(c.mean, c.status),
    cellNa(c.percent, c.status),
    c.bandText,
    ...m.hasBenchmark ? [c.benchmark || "\u2014", c.diff || "\u2014"] : [],
    c.coverage,
    ...m.hasSpread ? [c.spreadShort || "\u2014"] : []
  ]), num));
  if (m.overallLine)
    body.push(p(m.overallLine, { bold: true }));
  if (m.thenNow) {
    const tn = m.thenNow;
    body.push(h(t.thenNow, 1), p(tn.intro));
    body.push(table([t.colCommitment, `${t.colThen} (${tn.then})`, `${t.colNow} (${tn.now})`, t.colChange, t.colBandChange], tn.rows.map((x) => [x.label, x.then, x.now, x.change, x.bandChange]), [false, true, true, true, false]));
    body.push(h(t.whatChanged, 2));
    if (tn.whatChanged)
      body.push(...richParagraphs(tn.whatChanged));
    else
      body.push(p(tn.generated), p(t.whatChangedGenerated, { italics: true }));
  }
  body.push(h(t.strengthsWeaknesses, 1), p(m.ranking.basis));
  if (m.ranking.reason)
    body.push(p(m.ranking.reason));
  else {
    for (const [title, list, none] of [[t.strengths, m.ranking.strengths, m.ranking.noneStrengths], [t.weaknesses, m.ranking.weaknesses, m.ranking.noneWeaknesses]]) {
      body.push(h(title, 2));
      if (list.length)
        for (const x of list)
          body.push(new Paragraph2({ bullet: { level: 0 }, children: [new TextRun2({ text: clean(`${x.id}. ${x.title}`), bold: true, ...langRun(x.titleLang) }), new TextRun2(clean(` \u2014 ${x.percentText}${x.diff ? ` (${x.diff})` : ""}`))] }));
      else if (none)
        body.push(p(none));
    }
  }
  body.push(h(t.details, 1));
  for (const c of m.commitments) {
    body.push(h(c.label, 2, c.titleLang), p(c.scoreLine + (c.diff ? ` \xB7 ${t.colDiff} ${c.diff}` : "") + (c.spread ? ` \xB7 ${t.colVotes} ${c.spread}` : ""), { bold: true }));
    if (c.description)
      body.push(p(c.description, { italics: true, lang: c.descriptionLang }));
    if (c.synthesis)
      body.push(h(t.reviewSynthesis, 3), ...richParagraphs(c.synthesis));
    body.push(h(c.synthesis ? t.groupNotes : t.notes, 3));
    if (c.notes)
      for (const para of c.notes.split(/\n[ \t]*\n/))
        body.push(p(para.replace(/\s*\n\s*/g, " "), m.sourceLang ? { lang: m.sourceLang } : {}));
    else
      body.push(p(c.noNotes || t.noNotes, { italics: true }));
    if (c.evidence.length) {
      body.push(h(t.evidence, 3));
      for (const e of c.evidence) {
        const title = new TextRun2({ text: clean(e.title), ...langRun(m.sourceLang), ...e.url ? { style: "Hyperlink" } : {} });
        body.push(new Paragraph2({ bullet: { level: 0 }, children: e.url ? [new ExternalHyperlink2({ link: e.url, children: [title] }), new TextRun2(clean(` \u2014 ${e.url}`))] : [title] }));
      }
    }
    if (c.actions.length) {
      body.push(table([t.colAction, t.colScore, t.colVotes, t.notes], c.actions.map((a) => [{ text: `${a.id} ${a.title}`, lang: a.titleLang }, a.score, a.spread || "\u2014", { text: [a.notes, ...a.evidence.map((e) => e.title)].filter(Boolean).join(" \xB7 "), lang: m.sourceLang }]), [false, true, false, false]));
    }
  }
  if (r?.recommendations.length) {
    body.push(h(r.recommendationsHeading, 1));
    r.recommendations.forEach((x, i) => {
      const foreign = /* @__PURE__ */ __name((v) => v?.foreign ? v.lang : void 0, "foreign");
      body.push(new Paragraph2({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun2(`${i + 1}. `), new TextRun2({ text: clean(x.title?.text ?? ""), ...langRun(foreign(x.title)) })]
      }));
      const facts = [
        ...x.commitments.length ? [[t.recServes, x.commitments.join(", "), void 0]] : [],
        ...x.owner ? [[t.recOwner, x.owner.text, foreign(x.owner)]] : [],
        ...x.timeframe ? [[t.recTimeframe, x.timeframe.text, foreign(x.timeframe)]] : []
      ];
      for (const [label, value, lang] of facts)
        body.push(new Paragraph2({ children: [new TextRun2({ text: clean(`${colon(label)} `), bold: true }), new TextRun2({ text: clean(value), ...langRun(lang) })] }));
      body.push(...richParagraphs(x.description));
    });
  }
  if (r?.nextSteps)
    body.push(h(t.nextSteps, 1), ...richParagraphs(r.nextSteps));
  if (m.votes && charts.votesSvg) {
    body.push(h(t.votes, 1), image(charts.votesSvg, t.votesCaption, t.votes), p(t.votesCaption, { italics: true }));
  }
  body.push(h(t.annex, 1));
  if (m.participants.length) {
    body.push(table([t.colName, t.colOrganisation, t.sector], m.participants.map((x) => [x.role ? { text: `${x.name} (${x.role})`, lang: m.sourceLang } : x.name, { text: x.organisation, lang: m.sourceLang }, x.sector])));
  } else
    body.push(p(t.noParticipants));
  if (r?.acknowledgements)
    body.push(h(t.acknowledgements, 1), ...richParagraphs(r.acknowledgements));
  const md = m.methodology;
  body.push(h(t.methodology, 1), new Paragraph2({ children: partRuns(md.frameworkParts) }));
  if (md.sourceNote)
    body.push(new Paragraph2({ children: partRuns(md.sourceNoteParts) }));
  body.push(p(md.scale));
  for (const b of md.bands)
    body.push(new Paragraph2({ bullet: { level: 0 }, children: [new TextRun2({ text: clean(b.label), bold: true }), new TextRun2(clean(` ${b.range}${b.description ? ` \u2014 ${b.description}` : ""}`))] }));
  body.push(p(md.percent), p(md.convention), p(md.coverage), p(md.votes), h(t.methodBenchmark, 2));
  if (md.benchmark)
    for (const row of md.benchmark)
      body.push(new Paragraph2({ children: [new TextRun2({ text: clean(`${row.labelColon} `), bold: true }), new TextRun2(clean(row.value))] }));
  else
    body.push(p(md.noBenchmark));
  body.push(p(m.footer, { italics: true }));
  const doc = new Document({
    // Word shows these as the document's author and who last saved it: the review's authors (else the LAB's experts), not the
    // tool; and not docx's own English placeholder "Un-named".
    creator: clean((m.review?.authors.length ? m.review.authors.map((a) => a.name) : m.experts).join(", ") || "c21lab"),
    lastModifiedBy: "c21lab",
    title: clean(m.title),
    description: clean(m.subtitle),
    styles: { default: { document: { run: { font: "Calibri", size: 21, language: { value: LANG_TAGS[m.lang] ?? m.lang } } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } } },
      headers: { default: new Header({ children: [new Paragraph2({ children: [new TextRun2({ text: clean(`${m.city} \u2014 ${m.dateText}`), size: 16 })] })] }) },
      footers: { default: pageFooter(t.pageOf) },
      children: body
    }]
  });
  return stableDocx(new Uint8Array(await Packer.toBuffer(doc)), documentDate(m));
}
__name(reportDocx, "reportDocx");
export {
  reportDocx
};
