import { renderSvg, vegaRuntime } from '../vega.js';
import { radarSpec } from './spec.js';
import { radarText } from './describe.js';
import { accessibleSvg } from '../svg-a11y.js';
export { radarRings, radarSpec, seriesColors, tooManySeries } from './spec.js';
/** The radar as SVG, with a title and a description that state its values (role="img"). */
export async function renderRadarSvg(input) {
    const svg = await renderSpecSvg(radarSpec(input));
    return accessibleSvg(svg, { id: input.svgId ?? 'radar', ...radarText(input) });
}
/** Renders any Vega spec headless to SVG, offline; shared with other charts. `chart`: its kind, for the code cache (../vega.ts). */
export async function renderSpecSvg(spec, chart = 'radar') {
    return renderSvg(await vegaRuntime(), spec, { chart });
}
