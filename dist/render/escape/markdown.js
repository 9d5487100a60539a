// Markdown output (the report, a good practice): every value from a file goes
// through one of these, chosen by where it lands, so it shows as written — no
// emphasis, link, heading, list, table column or raw HTML from a file. In all
// of them HTML metacharacters become entities and Markdown's punctuation is
// backslash-escaped; they differ only in what the place they fill allows.
const LINE_BREAKS = /\s*\n\s*/g;
/**
 * One line: a table cell, a heading, inline text. Line breaks are joined with
 * a space, every character that is syntax anywhere in a line is escaped
 * (`|` would end a cell, `!` `{` `}` `#` `~` matter to common extensions), and
 * a leading `1.`, `-`, `+` or `=` cannot start a list or an underline.
 */
export function markdownCell(value) {
    return String(value ?? '')
        .replace(LINE_BREAKS, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~!{}])/g, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^([-+=])/, '\\$1');
}
/**
 * A paragraph that keeps its line breaks (a practice's summary): inline
 * syntax escaped everywhere; what only starts a block — a heading, a list
 * item, an underline — escaped at the start of each line, whose indent is
 * dropped so it cannot become a code block.
 */
export function markdownParagraph(value) {
    return String(value ?? '')
        .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
        .replace(/[\\`*_[\]|~]/g, '\\$&')
        .split('\n')
        .map((line) => line.trimStart().replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=#])/, '\\$1'))
        .join('\n');
}
/** A paragraph's rules on one line (a practice's title, a list item): line breaks joined with a space. */
export function markdownLine(value) {
    return markdownParagraph(String(value ?? '').replace(LINE_BREAKS, ' '));
}
/** A URL inside link parentheses `[…](url)`: no space, parenthesis, angle bracket or quote can end it early. */
export function markdownLinkTarget(value) {
    return String(value ?? '').replace(/[\s()<>"'\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/** A URL inside an autolink `<url>`: only the characters that would end it are encoded. */
export function markdownAutolink(value) {
    return String(value ?? '').replace(/[<>\s"'\\]/g, (c) => encodeURIComponent(c));
}
/**
 * A cell of a printable sheet, which people also read unrendered: only what
 * would break the row (`|`, `\`, a line break) or make emphasis, code, a link
 * or HTML is escaped, so an item id such as `1.1` stays as written.
 */
export function markdownPrintCell(value) {
    return String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>*_`[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
/**
 * Markdown (already escaped) in another language than the document's: Markdown has no syntax for a language,
 * but inline HTML is Markdown, so it is wrapped in `<span lang="…">`, which keeps the Markdown inside it
 * working (CommonMark treats a line opened by <span> with text after it as a paragraph, not an HTML block)
 * and which GitHub's sanitizer keeps, lang included, so a screen reader reads the passage in its own
 * language. No span for an empty text or without a well-formed language tag. The report (report/rich.ts)
 * and a good practice (practice.ts) both mark their foreign texts with it.
 */
export function markdownInLang(md, lang) {
    return typeof lang === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) && md !== '' ? `<span lang="${lang}">${md}</span>` : md;
}
