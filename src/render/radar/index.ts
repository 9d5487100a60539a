// The radar: the spec of ./spec.ts rendered headless by Vega (see ../vega.ts
// for how vega is loaded and kept offline) to a deterministic SVG string.
// This is the API other renderers use.
import type { Spec } from 'vega';
import { renderSvg, vegaRuntime } from '../vega.js';
import { radarSpec, type RadarInput } from './spec.js';

export { radarRings, radarSpec, type RadarInput, type RadarSeries } from './spec.js';

export async function renderRadarSvg(input: RadarInput): Promise<string> {
  return renderSpecSvg(radarSpec(input));
}

/** Renders any Vega spec headless to SVG, offline; shared with other charts. */
export async function renderSpecSvg(spec: Spec): Promise<string> {
  return renderSvg(await vegaRuntime(), spec);
}
