import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/report/svg-text.js
var ENTITIES = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&amp;": "&" };
function svgDescription(svg) {
  const desc = /<desc\b[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
  return desc.replace(/&(?:lt|gt|quot|#39|apos|amp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();
}
__name(svgDescription, "svgDescription");

export {
  svgDescription
};
