// The report as a Word document (.docx), through the `docx` package (loaded
// only for .docx), from the same view model as the HTML and Markdown
// reports, so the figures and words are the same. Real headings (Heading 1–3,
// so Word's navigation pane and table of contents work), real tables with a
// repeated header row, the radar and votes chart as PNG images (resvg, with
// the bundled font) with alternative text, the review's texts with their own
// language, a running header (city, LAB date) and "Page N of M" in the footer:
// the expert and UCLG's translators can go on in Word or LibreOffice.
import { AlignmentType, Document, ExternalHyperlink, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, } from 'docx';
import { svgToPng } from '../png.js';
import { clean, LANG_TAGS, richParagraphs } from './rich.js';
import { stableDocx } from './stable.js';
import { documentDate } from '../report/dates.js';
import { svgDescription } from '../report/svg-text.js';
const langRun = (lang) => (lang ? { language: { value: LANG_TAGS[lang] ?? lang } } : {});
const p = (text, opts = {}) => {
    const { lang, ...run } = opts;
    // A text in another language than the report's (a note in the assessment's language) carries it, for spelling and screen readers.
    return new Paragraph({ children: [new TextRun({ text: clean(text), ...run, ...langRun(lang) })] });
};
const h = (text, level, lang) => new Paragraph({
    ...(lang ? { children: [new TextRun({ text: clean(text), ...langRun(lang) })] } : { text: clean(text) }),
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, keepNext: true,
});
/** A sentence in runs (report/source-note.ts parts), each carrying its language where it is not the report's. */
const partRuns = (parts, run = {}) => parts.map((x) => new TextRun({ text: clean(x.text), ...run, ...langRun(x.lang || undefined) }));
function table(header, rows, numeric = []) {
    const cell = (c, i, head = false) => new TableCell({
        children: [new Paragraph({
                alignment: numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text: clean(typeof c === 'string' ? c : c.text), bold: head, ...langRun(typeof c === 'string' ? undefined : c.lang) })],
            })],
    });
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: header.map((x, i) => cell(x, i, true)) }),
            ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((x, i) => cell(x, i)) })),
        ],
    });
}
/** An SVG as a PNG image 16 cm wide (at 96 dpi, 605 px), sized from its own width and height. */
function image(svg, alt, name) {
    const w = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 640);
    const hgt = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 640);
    const width = 605;
    return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({
                type: 'png', data: svgToPng(svg, { width: w * 2 }), transformation: { width, height: Math.round((width * hgt) / w) },
                altText: { name, title: name, description: clean(svgDescription(svg) || alt) },
            })],
    });
}
function pageFooter(pageOf) {
    const [before, rest = ''] = pageOf.split('{page}');
    const [middle, after = ''] = rest.split('{pages}');
    return new Footer({
        children: [new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [before ?? '', PageNumber.CURRENT, middle ?? '', PageNumber.TOTAL_PAGES, after], size: 16 })],
            })],
    });
}
export async function reportDocx(m, charts) {
    const t = m.t;
    // "Ville : …" in French, "City: …" in English and Spanish: the language's own colon.
    const colon = (label) => (t.labelColon ?? '{label}:').replace('{label}', label);
    const body = [];
    body.push(p(m.framework.title, { bold: true, lang: m.framework.titleLang }), new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: clean(m.title), ...(m.titleLang ? { language: { value: LANG_TAGS[m.titleLang] ?? m.titleLang } } : {}) })] }), new Paragraph({ children: partRuns(m.subtitleParts, { italics: true }) }));
    // Each author's role in its own language (kept in the review's when the report's is missing), as the HTML marks it.
    const authors = (m.review?.authors ?? []).flatMap((a, i) => [
        new TextRun(clean(`${i ? '; ' : ''}${a.name}${a.role ? ', ' : ''}`)),
        ...(a.role ? [new TextRun({ text: clean(a.role.text), ...langRun(a.role.foreign ? a.role.lang : undefined) })] : []),
    ]);
    const meta = [
        [t.city, [new TextRun(clean(m.city + (m.country ? ` (${m.country})` : '')))]],
        [t.date, [new TextRun(clean(m.dateText))]],
        ...(m.facilitators.length ? [[t.facilitators, [new TextRun(clean(m.facilitators.join(', ')))]]] : []),
        ...(m.experts.length ? [[t.experts, [new TextRun(clean(m.experts.join(', ')))]]] : []),
        ...(authors.length ? [[t.reviewBy, authors]] : []),
        ...(m.review?.date ? [[t.reviewDate, [new TextRun(clean(m.review.dateText))]]] : []),
        [t.framework, [new TextRun({ text: clean(m.framework.title + (m.framework.version ? ` (${m.framework.version})` : '')), ...langRun(m.framework.titleLang) })]],
    ];
    for (const [label, runs] of meta)
        body.push(new Paragraph({ children: [new TextRun({ text: clean(`${colon(label)} `), bold: true }), ...runs] }));
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
    }
    else
        body.push(p(t.noParticipants));
    body.push(h(t.radar, 1), image(m.radar.svg, t.radarImageAlt?.replace('{table}', t.results) ?? '', t.radar));
    body.push(p([t.radarCaption, m.radar.compare, m.radar.benchmark].filter(Boolean).join(' '), { italics: true }));
    body.push(h(t.results, 1));
    const head = [t.colCommitment, t.colScore, t.colPercent, t.colBand, ...(m.hasBenchmark ? [t.colBenchmark, t.colDiff] : []), t.colCoverage, ...(m.hasSpread ? [t.colSpread] : [])];
    const num = [false, true, true, false, ...(m.hasBenchmark ? [true, true] : []), true, false];
    const cellNa = (v, status) => v || (status === 'na' ? t.na : '—');
    body.push(table(head, m.commitments.map((c) => [
        { text: c.label, lang: c.titleLang }, cellNa(c.mean, c.status), cellNa(c.percent, c.status), c.bandText,
        ...(m.hasBenchmark ? [c.benchmark || '—', c.diff || '—'] : []), c.coverage, ...(m.hasSpread ? [c.spreadShort || '—'] : []),
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
                    body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: clean(`${x.id}. ${x.title}`), bold: true, ...langRun(x.titleLang) }), new TextRun(clean(` — ${x.percentText}${x.diff ? ` (${x.diff})` : ''}`))] }));
            else if (none)
                body.push(p(none));
        }
    }
    body.push(h(t.details, 1));
    for (const c of m.commitments) {
        body.push(h(c.label, 2, c.titleLang), p(c.scoreLine + (c.diff ? ` · ${t.colDiff} ${c.diff}` : '') + (c.spread ? ` · ${t.colVotes} ${c.spread}` : ''), { bold: true }));
        if (c.description)
            body.push(p(c.description, { italics: true, lang: c.descriptionLang }));
        if (c.synthesis)
            body.push(h(t.reviewSynthesis, 3), ...richParagraphs(c.synthesis));
        body.push(h((c.synthesis ? t.groupNotes : t.notes), 3));
        if (c.notes)
            for (const para of c.notes.split(/\n[ \t]*\n/))
                body.push(p(para.replace(/\s*\n\s*/g, ' '), m.sourceLang ? { lang: m.sourceLang } : {}));
        else
            body.push(p(c.noNotes || t.noNotes, { italics: true }));
        if (c.evidence.length) {
            body.push(h(t.evidence, 3));
            // The title is the assessment's text (its language marked, as in HTML and Markdown); an http(s) URL is a link, and printed.
            for (const e of c.evidence) {
                const title = new TextRun({ text: clean(e.title), ...langRun(m.sourceLang), ...(e.url ? { style: 'Hyperlink' } : {}) });
                body.push(new Paragraph({ bullet: { level: 0 }, children: e.url ? [new ExternalHyperlink({ link: e.url, children: [title] }), new TextRun(clean(` — ${e.url}`))] : [title] }));
            }
        }
        if (c.actions.length) {
            body.push(table([t.colAction, t.colScore, t.colVotes, t.notes], c.actions.map((a) => [{ text: `${a.id} ${a.title}`, lang: a.titleLang }, a.score, a.spread || '—', { text: [a.notes, ...a.evidence.map((e) => e.title)].filter(Boolean).join(' · '), lang: m.sourceLang }]), [false, true, false, false]));
        }
    }
    if (r?.recommendations.length) {
        body.push(h(r.recommendationsHeading, 1));
        r.recommendations.forEach((x, i) => {
            const foreign = (v) => (v?.foreign ? v.lang : undefined);
            body.push(new Paragraph({
                heading: HeadingLevel.HEADING_2, keepNext: true,
                children: [new TextRun(`${i + 1}. `), new TextRun({ text: clean(x.title?.text ?? ''), ...langRun(foreign(x.title)) })],
            }));
            const facts = [
                ...(x.commitments.length ? [[t.recServes, x.commitments.join(', '), undefined]] : []),
                ...(x.owner ? [[t.recOwner, x.owner.text, foreign(x.owner)]] : []),
                ...(x.timeframe ? [[t.recTimeframe, x.timeframe.text, foreign(x.timeframe)]] : []),
            ];
            for (const [label, value, lang] of facts)
                body.push(new Paragraph({ children: [new TextRun({ text: clean(`${colon(label)} `), bold: true }), new TextRun({ text: clean(value), ...langRun(lang) })] }));
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
    }
    else
        body.push(p(t.noParticipants));
    if (r?.acknowledgements)
        body.push(h(t.acknowledgements, 1), ...richParagraphs(r.acknowledgements));
    const md = m.methodology;
    body.push(h(t.methodology, 1), new Paragraph({ children: partRuns(md.frameworkParts) }));
    if (md.sourceNote)
        body.push(new Paragraph({ children: partRuns(md.sourceNoteParts) }));
    body.push(p(md.scale));
    for (const b of md.bands)
        body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: clean(b.label), bold: true }), new TextRun(clean(` ${b.range}${b.description ? ` — ${b.description}` : ''}`))] }));
    body.push(p(md.percent), p(md.convention), p(md.coverage), p(md.votes), h(t.methodBenchmark, 2));
    if (md.benchmark)
        for (const row of md.benchmark)
            body.push(new Paragraph({ children: [new TextRun({ text: clean(`${row.labelColon} `), bold: true }), new TextRun(clean(row.value))] }));
    else
        body.push(p(md.noBenchmark));
    body.push(p(m.footer, { italics: true }));
    const doc = new Document({
        // Word shows these as the document's author and who last saved it: the review's authors (else the LAB's experts), not the
        // tool; and not docx's own English placeholder "Un-named".
        creator: clean((m.review?.authors.length ? m.review.authors.map((a) => a.name) : m.experts).join(', ') || 'c21lab'),
        lastModifiedBy: 'c21lab',
        title: clean(m.title),
        description: clean(m.subtitle),
        styles: { default: { document: { run: { font: 'Calibri', size: 21, language: { value: LANG_TAGS[m.lang] ?? m.lang } } } } },
        sections: [{
                properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } } },
                headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: clean(`${m.city} — ${m.dateText}`), size: 16 })] })] }) },
                footers: { default: pageFooter(t.pageOf) },
                children: body,
            }],
    });
    return stableDocx(new Uint8Array(await Packer.toBuffer(doc)), documentDate(m));
}
