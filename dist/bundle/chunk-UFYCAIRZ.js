import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/escape/html.js
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return String(value ?? "").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
__name(escapeHtml, "escapeHtml");

export {
  escapeHtml
};
