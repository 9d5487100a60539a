import { renderSvg, vegaRuntime } from '../vega.js';
import { radarSpec } from './spec.js';
export { radarRings, radarSpec } from './spec.js';
export async function renderRadarSvg(input) {
    return renderSpecSvg(radarSpec(input));
}
/** Renders any Vega spec headless to SVG, offline; shared with other charts. */
export async function renderSpecSvg(spec) {
    return renderSvg(await vegaRuntime(), spec);
}
