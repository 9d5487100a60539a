// Geometry of the radar, computed here rather than in Vega expressions so the
// layout (label wrapping, room for labels, legend height) is exact, testable
// and identical on every machine. Vega then only draws what we place.
import { wordsOf, wrapWords } from '../wrap.js';
/** Series colours, after Okabe & Ito (2008), "Color Universal Design" (distinguishable with every common
 *  colour-vision deficiency), with orange, sky blue and yellow darkened so that every line reaches 3:1
 *  against the white background (WCAG 2.1, 1.4.11; test/render/radar/colours.test.ts checks it).
 *  Colours go by role, so one LAB has one colour in the report, `compare` and `history`:
 *  the first is this LAB (the latest), the second the earlier LAB; black, dashed, is the benchmark. */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#996300', '#6C4A9E', '#8A7300'];
/** @deprecated kept for code written against the first palette name: the same colours as SERIES_COLORS. */
export const OKABE_ITO = SERIES_COLORS;
export const ROLE_COLORS = { current: SERIES_COLORS[0], earlier: SERIES_COLORS[1] };
export const BENCHMARK_COLOR = '#000000';
/** Distinct colours: from the eighth series on, colours repeat (with a dash pattern) and commands warn. */
export const DISTINCT_SERIES = SERIES_COLORS.length;
export const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
export const LABEL_SIZE = 12;
export const LABEL_LINE = 15;
/** A generous average advance of DejaVu Sans (it is wide): over-estimating only adds margin, never clips. */
export const CHAR_EM = 0.64;
export function textWidth(text, size) {
    return [...text].length * size * CHAR_EM;
}
/** Greedy word wrap (../wrap.ts); a word longer than the line stays whole (wider, never cut). */
export function wrap(text, maxChars) {
    const lines = wrapWords(wordsOf(text), maxChars);
    return lines.length ? lines : [''];
}
/** Angle of axis i of n: the first at the top, then clockwise (screen y points down). */
export function axisAngle(i, n) {
    return -Math.PI / 2 + (2 * Math.PI * i) / n;
}
/** Rounds coordinates so the SVG does not carry float noise (and stays byte-stable). */
export function px(v) {
    return Math.round(v * 100) / 100;
}
/** Places a wrapped label just outside the end of its axis, anchored away from the centre. */
export function placeLabel(lines, angle, radius) {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const x = radius * cos;
    const y = radius * sin;
    const w = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE)));
    const h = LABEL_LINE * lines.length;
    const align = cos > 0.2 ? 'left' : cos < -0.2 ? 'right' : 'center';
    // Top of the text block: above the point near the top, below it near the bottom, centred at the sides.
    // The top label keeps 6 px more, for the "100 %" ring label beside the top axis.
    const top = sin < -0.5 ? y - h - 6 : sin > 0.5 ? y : y - h / 2;
    const x1 = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
    // Alphabetic baseline of the first line sits about 0.8 em below the top of its line box.
    return {
        x,
        y: top + LABEL_LINE * 0.8,
        lines,
        align,
        box: { x1, y1: top, x2: x1 + w, y2: top + h },
    };
}
