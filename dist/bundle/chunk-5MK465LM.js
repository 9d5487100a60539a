import {
  visible
} from "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/table.js
function displayWidth(text) {
  return [...text].length;
}
__name(displayWidth, "displayWidth");
function padCell(text, size, align) {
  const fill = " ".repeat(Math.max(0, size - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}
__name(padCell, "padCell");
var plain = /* @__PURE__ */ __name((s) => s, "plain");
function textTable(columns, input, options = {}) {
  const rows = input.map((r) => r.map((c) => typeof c === "string" ? { text: visible(c) } : { ...c, text: visible(c.text) }));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i]?.text ?? ""))));
  const line = /* @__PURE__ */ __name((cells) => columns.map((c, i) => (cells[i]?.paint ?? plain)(padCell(cells[i]?.text ?? "", widths[i] ?? 0, c.align ?? "left"))).join("  ").trimEnd(), "line");
  const head = line(columns.map((c) => ({ text: c.header, paint: options.headerPaint })));
  const rule = options.rule ? [widths.map((w) => "\u2500".repeat(w)).join("  ")] : [];
  return [head, ...rule, ...rows.map(line)].join("\n");
}
__name(textTable, "textTable");

export {
  displayWidth,
  padCell,
  textTable
};
