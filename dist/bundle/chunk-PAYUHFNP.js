import {
  visible,
  visibleFile
} from "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/formatters/text.js
function formatFinding(f, style) {
  const where = style.bold(`${visibleFile(f.file)}:${f.line}:${f.column}`);
  const severity = f.severity === "error" ? style.red("error") : style.yellow("warning");
  return `${where} ${severity} ${style.dim(visible(f.rule))} ${visible(f.message)}`;
}
__name(formatFinding, "formatFinding");
function formatFindings(findings, style) {
  return findings.map((f) => formatFinding(f, style)).join("\n");
}
__name(formatFindings, "formatFindings");
var text = {
  format(run, style) {
    const lines = run.files.flatMap((f) => f.findings.map((x) => formatFinding(x, style)));
    return lines.length ? lines.join("\n") + "\n" : "";
  }
};

export {
  formatFindings,
  text
};
