import {
  DATA_DIR
} from "./chunk-24SS6AOI.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/png.js
import { createRequire } from "node:module";
import { join } from "node:path";
var FONT_DIR = join(DATA_DIR, "fonts");
var FONT_FILES = [join(FONT_DIR, "DejaVuSans.ttf"), join(FONT_DIR, "DejaVuSans-Bold.ttf")];
var require2 = createRequire(import.meta.url);
function svgToPng(svg, opts = {}) {
  const { Resvg } = require2("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
    ...opts.width ? { fitTo: { mode: "width", value: opts.width } } : {}
  });
  return new Uint8Array(resvg.render().asPng());
}
__name(svgToPng, "svgToPng");

export {
  FONT_DIR,
  FONT_FILES,
  svgToPng
};
