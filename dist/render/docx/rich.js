// The review's texts (core/markdown.ts trees) as Word paragraphs: emphasis,
// strong, http(s)/mailto links and lists become Word's own; a text in another
// language carries that language, so spelling and screen readers follow it.
import { ExternalHyperlink, Paragraph, TextRun } from 'docx';
export const LANG_TAGS = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };
/** Text Word can store: XML 1.0 forbids most control characters. */
export function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
function runs(nodes, style) {
    return nodes.flatMap((n) => {
        const language = style.lang ? { language: { value: LANG_TAGS[style.lang] ?? style.lang } } : {};
        if (n.type === 'text') {
            return [new TextRun({
                    text: clean(n.text), ...(style.italics ? { italics: true } : {}), ...(style.bold ? { bold: true } : {}),
                    ...(style.link ? { style: 'Hyperlink' } : {}), ...language,
                })];
        }
        if (n.type === 'em')
            return runs(n.children, { ...style, italics: true });
        if (n.type !== 'link')
            return runs(n.children, { ...style, bold: true });
        return [new ExternalHyperlink({ link: n.href, children: runs(n.children, { ...style, link: true }).filter((r) => r instanceof TextRun) })];
    });
}
export function richParagraphs(text) {
    if (!text)
        return [];
    const lang = text.foreign ? text.lang : undefined;
    return text.blocks.flatMap((b) => {
        if (b.type === 'paragraph')
            return [new Paragraph({ children: runs(b.content, lang ? { lang } : {}) })];
        // Numbered items carry their number as text: Word's list numbering would run on from one list to the next.
        return b.items.map((item, i) => new Paragraph({
            children: [...(b.ordered ? [new TextRun(`${i + 1}. `)] : []), ...runs(item, lang ? { lang } : {})],
            ...(b.ordered ? { indent: { left: 360 } } : { bullet: { level: 0 } }),
        }));
    });
}
