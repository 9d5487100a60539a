import { escapeHtml as escapeXml } from '../escape/html.js';
import { markdownCell, markdownInLang, markdownLinkTarget } from '../escape/markdown.js';
function inlineHtml(nodes) {
    return nodes.map((n) => {
        if (n.type === 'text')
            return escapeXml(n.text);
        if (n.type === 'link')
            return `<a href="${escapeXml(n.href)}">${inlineHtml(n.children)}</a>`;
        const tag = n.type === 'em' ? 'em' : 'strong';
        return `<${tag}>${inlineHtml(n.children)}</${tag}>`;
    }).join('');
}
function blockHtml(b) {
    if (b.type === 'paragraph')
        return `<p>${inlineHtml(b.content)}</p>`;
    const tag = b.ordered ? 'ol' : 'ul';
    return `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>`;
}
/** A review text as HTML: a <div class="rich">, with lang when the text is in another language. */
export function richHtml(text) {
    if (!text || !text.blocks.length)
        return '';
    const lang = text.foreign ? ` lang="${text.lang}"` : '';
    return `<div class="rich"${lang}>${text.blocks.map(blockHtml).join('')}</div>`;
}
/** A short text with its language: a <span lang> when it is not in the report's language. */
export function inlineHtmlView(view) {
    if (!view)
        return '';
    return view.foreign ? `<span lang="${view.lang}">${escapeXml(view.text)}</span>` : escapeXml(view.text);
}
function inlineMd(nodes) {
    return nodes.map((n) => {
        if (n.type === 'text')
            return markdownCell(n.text);
        if (n.type === 'link')
            return `[${inlineMd(n.children)}](${markdownLinkTarget(n.href)})`;
        const mark = n.type === 'em' ? '*' : '**';
        return `${mark}${inlineMd(n.children)}${mark}`;
    }).join('');
}
// A text in another language: each paragraph and list item in a <span lang> (escape/markdown.ts markdownInLang).
const inLang = markdownInLang;
/** A review text as Markdown: blocks separated by a blank line, every string escaped; a text in another language is marked with its `lang`. */
export function richMd(text) {
    if (!text)
        return '';
    const lang = text.foreign ? text.lang : undefined;
    return text.blocks.map((b) => {
        if (b.type === 'paragraph')
            return inLang(inlineMd(b.content), lang);
        return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inLang(inlineMd(item), lang)}`).join('\n');
    }).join('\n\n');
}
/** A short text (a title, an owner) as Markdown, marked with its `lang` when it is in another language. */
export function inlineMdView(view) {
    if (!view)
        return '';
    return inLang(markdownCell(view.text), view.foreign ? view.lang : undefined);
}
/** Plain text (a note) as Markdown that keeps its paragraphs: each escaped, a blank line between; each marked with `lang` when given (a note in the assessment's language, not the report's). */
export function paragraphsMd(value, lang) {
    return String(value ?? '').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((p) => markdownCell(p)).filter((p) => p !== '').map((p) => inLang(p, lang)).join('\n\n');
}
/** One line of plain text as Markdown, marked with `lang` when given (a title in the assessment's language). */
export function lineMd(value, lang) {
    return inLang(markdownCell(value), lang);
}
