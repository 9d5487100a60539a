// The radar: the spec of ./spec.ts rendered headless by Vega (see ../vega.ts
// for how vega is loaded and kept offline) to a deterministic SVG string.
// This is the API other renderers use.
import type { Spec } from 'vega';
import { renderSvg, vegaRuntime } from '../vega.js';
import { radarSpec, type RadarInput } from './spec.js';
import { radarText } from './describe.js';
import { accessibleSvg } from '../svg-a11y.js';

export { radarRings, radarSpec, seriesColors, tooManySeries, type RadarInput, type RadarSeries } from './spec.js';

/** The radar as SVG, with a title and a description that state its values (role="img"). */
export async function renderRadarSvg(input: RadarInput): Promise<string> {
  const svg = await renderSpecSvg(radarSpec(input));
  return accessibleSvg(svg, { id: input.svgId ?? 'radar', ...radarText(input) });
}

/** Renders any Vega spec headless to SVG, offline; shared with other charts. `chart`: its kind, for the code cache (../vega.ts). */
export async function renderSpecSvg(spec: Spec, chart = 'radar'): Promise<string> {
  return renderSvg(await vegaRuntime(), spec, { chart });
}
