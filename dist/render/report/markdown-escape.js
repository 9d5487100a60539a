// Escaping for Markdown output: every value from the files goes through these.
/** Markdown-safe text: HTML metacharacters as entities, Markdown syntax backslash-escaped, lines joined. */
export function escapeMarkdown(value) {
    return String(value ?? '')
        .replace(/\s*\n\s*/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~!{}])/g, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^([-+=])/, '\\$1');
}
/** A URL inside Markdown link parentheses: no space, parenthesis or angle bracket can end it early. */
export function escapeMarkdownUrl(value) {
    return String(value ?? '').replace(/[\s()<>"'\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
