// Makes a chart SVG that Vega drew speak for itself to a screen reader: one
// role="img" on the picture, a <title> and a <desc> that state the values in
// the report's language, and no mark-by-mark labels. Vega writes those labels
// in English ("X-axis titled 'Vote' for a linear scale…"), whatever the
// report's language, and one per mark is noise rather than an equivalent; the
// results table is the text equivalent, and the description points to it.
import { escapeHtml } from './escape/html.js';
/** Vega's own aria attributes, removed: they are English and per mark. */
function stripVegaAria(svg) {
    return svg
        .replace(/\s(?:aria-label|aria-roledescription)="[^"]*"/g, '')
        .replace(/\srole="graphics-[a-z-]+"/g, '')
        .replace(/\srole="img"/g, '');
}
export function accessibleSvg(svg, text) {
    const clean = stripVegaAria(svg);
    const open = /<svg\b[^>]*>/.exec(clean);
    if (!open)
        return svg;
    const head = open[0].replace(/^<svg\b/, `<svg role="img" aria-labelledby="${text.id}-title ${text.id}-desc"${text.lang ? ` lang="${text.lang}"` : ''}`);
    const inner = `<title id="${text.id}-title">${escapeHtml(text.title)}</title><desc id="${text.id}-desc">${escapeHtml(text.desc)}</desc>`;
    return clean.slice(0, open.index) + head + inner + clean.slice(open.index + open[0].length);
}
