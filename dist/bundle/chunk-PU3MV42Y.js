import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/escape/xml.js
var INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
function xmlValidChars(text) {
  return SUSPECT.test(text) ? text.replace(INVALID, "\uFFFD") : text;
}
__name(xmlValidChars, "xmlValidChars");
function xmlEscape(s) {
  return xmlValidChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
__name(xmlEscape, "xmlEscape");

export {
  xmlValidChars,
  xmlEscape
};
