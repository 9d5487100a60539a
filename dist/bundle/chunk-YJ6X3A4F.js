import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/escape/csv.js
function csvField(value) {
  if (value === null || value === void 0)
    return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
__name(csvField, "csvField");
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function csvText(value) {
  if (value === null || value === void 0)
    return "";
  const text = String(value).replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}
__name(csvText, "csvText");
function csvDocument(rows) {
  return rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}
__name(csvDocument, "csvDocument");

export {
  csvField,
  csvText,
  csvDocument
};
