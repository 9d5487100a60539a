import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/formats/json.js
function jsonFormatter(document) {
  return { format: /* @__PURE__ */ __name((data, env) => JSON.stringify(document(data, env), null, 2) + "\n", "format") };
}
__name(jsonFormatter, "jsonFormatter");

export {
  jsonFormatter
};
