// The radar: the spec of ./spec.ts rendered headless by Vega to a
// deterministic SVG string. This is the API other renderers use.
import * as vega from 'vega';
import { radarSpec, type RadarInput } from './spec.js';

export { radarRings, radarSpec, type RadarInput, type RadarSeries } from './spec.js';

/** A loader that refuses every URL and file: charts must never touch the network or the disk.
 *  Vega only logs a failed load and draws on, so refusals are recorded and raised after rendering. */
function offlineLoader(refused: string[]): vega.Loader {
  const refuse = (uri: unknown) => {
    refused.push(String(uri));
    return Promise.reject(new Error(`external resource refused: ${String(uri)}`));
  };
  return Object.assign(vega.loader(), { load: refuse, sanitize: refuse, http: refuse, file: refuse }) as vega.Loader;
}

export async function renderRadarSvg(input: RadarInput): Promise<string> {
  return renderSpecSvg(radarSpec(input));
}

/** Renders any Vega spec headless to SVG, offline; shared with other charts. */
export async function renderSpecSvg(spec: vega.Spec): Promise<string> {
  const refused: string[] = [];
  const view = new vega.View(vega.parse(spec), { renderer: 'none', loader: offlineLoader(refused), logLevel: vega.None });
  try {
    const svg = await view.toSVG();
    if (refused.length) throw new Error(`c21lab: charts load nothing from outside; refused ${refused.join(', ')}`);
    return svg;
  } finally {
    view.finalize();
  }
}
