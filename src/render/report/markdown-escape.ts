// Kept for the existing imports: the one Markdown escaping module is ../escape/markdown.ts.
export { markdownCell as escapeMarkdown, markdownLinkTarget as escapeMarkdownUrl } from '../escape/markdown.js';
