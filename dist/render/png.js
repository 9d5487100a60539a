// SVG → PNG with resvg (a Rust rasteriser, prebuilt for each platform, no
// browser, no system libraries). Only the bundled DejaVu Sans is loaded and
// system fonts are ignored, so the PNG shows the same labels on every machine.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATA_DIR } from '../core/paths.js';
export const FONT_DIR = join(DATA_DIR, 'fonts');
export const FONT_FILES = [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')];
// resvg-js is CommonJS with a native binding: load it with require, and only here.
const require = createRequire(import.meta.url);
export function svgToPng(svg, opts = {}) {
    const { Resvg } = require('@resvg/resvg-js');
    const resvg = new Resvg(svg, {
        font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
        background: '#ffffff',
        ...(opts.width ? { fitTo: { mode: 'width', value: opts.width } } : {}),
    });
    return new Uint8Array(resvg.render().asPng());
}
