// Kept for the existing imports: HTML and SVG escaping is ./escape/html.ts.
export { escapeHtml as escapeXml } from './escape/html.js';
