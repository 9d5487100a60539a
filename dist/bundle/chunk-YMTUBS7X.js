import {
  xmlEscape
} from "./chunk-PU3MV42Y.js";
import {
  VALIDATE_FORMATS
} from "./chunk-3NATLJHL.js";
import {
  text
} from "./chunk-PAYUHFNP.js";
import {
  visible,
  visibleFile
} from "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/formatters/github.js
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
__name(escapeData, "escapeData");
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
__name(escapeProperty, "escapeProperty");
var github = {
  format(run) {
    const lines = [];
    for (const file of run.files) {
      for (const f of file.findings) {
        const props = [`file=${visible(escapeProperty(f.file))}`, `line=${f.line}`, `col=${f.column}`];
        if (f.endLine !== void 0 && f.endColumn !== void 0)
          props.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
        props.push(`title=${escapeProperty(visible(f.rule))}`);
        lines.push(`::${f.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(visible(f.message))}`);
      }
    }
    return lines.length ? lines.join("\n") + "\n" : "";
  }
};

// dist/render/formatters/json.js
var OUTPUT_SCHEMA_ID = "urn:c21lab:schema:validate-output:1";
function total(findings, severity) {
  return findings.reduce((n, x) => n + (x.severity === severity ? x.omitted ?? 1 : 0), 0);
}
__name(total, "total");
var json = {
  format(run) {
    const out = {
      $schema: OUTPUT_SCHEMA_ID,
      version: 1,
      ok: run.ok,
      strict: run.strict,
      summary: run.summary,
      files: run.files.map((f) => ({
        file: f.file,
        kind: f.kind ?? null,
        errors: total(f.findings, "error"),
        warnings: total(f.findings, "warning"),
        findings: f.findings.map((x) => ({
          file: x.file,
          line: x.line,
          column: x.column,
          ...x.endLine !== void 0 ? { endLine: x.endLine, endColumn: x.endColumn } : {},
          severity: x.severity,
          rule: x.rule,
          message: x.message,
          ...x.path !== void 0 ? { path: x.path } : {},
          ...x.omitted !== void 0 ? { omitted: x.omitted } : {}
        }))
      }))
    };
    return JSON.stringify(out, null, 2) + "\n";
  }
};

// dist/render/formatters/junit.js
var junit = {
  format(run) {
    const failing = run.files.filter((f) => f.findings.some((x) => x.severity === "error" || run.strict));
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="c21lab validate" tests="${run.files.length}" failures="${failing.length}" errors="0">`,
      `  <testsuite name="c21lab validate" tests="${run.files.length}" failures="${failing.length}" errors="0" skipped="0">`
    ];
    for (const file of run.files) {
      const name = xmlEscape(visible(file.file));
      const lines = file.findings.map((f) => `${visibleFile(f.file)}:${f.line}:${f.column} ${f.severity} ${visible(f.rule)} ${visible(f.message)}`);
      const fails = failing.includes(file);
      if (file.findings.length === 0) {
        out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}"/>`);
        continue;
      }
      out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}">`);
      if (fails) {
        const first = file.findings.find((f) => f.severity === "error") ?? file.findings[0];
        out.push(`      <failure type="${xmlEscape(visible(first.rule))}" message="${xmlEscape(`${first.line}:${first.column} ${visible(first.rule)} ${visible(first.message)}`)}">${xmlEscape(lines.join("\n"))}</failure>`);
      } else {
        out.push(`      <system-out>${xmlEscape(lines.join("\n"))}</system-out>`);
      }
      out.push("    </testcase>");
    }
    out.push("  </testsuite>", "</testsuites>");
    return out.join("\n") + "\n";
  }
};

// dist/render/formatters/index.js
var FORMATS = VALIDATE_FORMATS;
var validateFormatters = { text, json, github, junit };
function formatterFor(name) {
  return validateFormatters[name];
}
__name(formatterFor, "formatterFor");
export {
  FORMATS,
  formatterFor,
  validateFormatters
};
