import {
  checkBytes
} from "./chunk-YSR5SL6V.js";
import {
  readForCheck
} from "./chunk-SDRMK5ZG.js";
import {
  RootFinder
} from "./chunk-XGZ3H6EM.js";
import {
  parseYaml
} from "./chunk-VHFQKG57.js";
import {
  RefusedRead
} from "./chunk-6EDDZTSC.js";
import {
  DATA_DIR
} from "./chunk-24SS6AOI.js";
import {
  FileAccessError,
  InvalidFileError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/load.js
import { dirname, resolve } from "node:path";
async function readText(file, options = {}) {
  return (await readBytes(file, options)).toString("utf8");
}
__name(readText, "readText");
async function readBytes(file, options = {}) {
  const within = options.within ?? [new RootFinder(dirname(resolve(file))).boundOf(file), DATA_DIR];
  const read = readForCheck(file, within);
  if ("bytes" in read)
    return read.bytes;
  if ("refused" in read) {
    if (read.refused.problem === "not-regular" && read.refused.type === "directory")
      throw new FileAccessError(file, "directory");
    throw new RefusedRead(file, read.refused, options.cwd ?? dirname(resolve(file)));
  }
  if (read.access === "missing")
    throw new FileAccessError(file, "missing");
  throw new FileAccessError(file, "unreadable", read.code);
}
__name(readBytes, "readBytes");
var KIND_WORDS = {
  assessment: "kindAssessment",
  framework: "kindFramework",
  benchmark: "kindBenchmark",
  practice: "kindPractice",
  review: "kindReview"
};
function wrongKindFinding(file, expected, found) {
  return { file, line: 1, column: 1, severity: "error", rule: "wrong-kind", phrase: { key: "wrongKind", params: { expected, found: { key: found ? KIND_WORDS[found] : "kindUnknownFile" } } } };
}
__name(wrongKindFinding, "wrongKindFinding");
async function loadKind(file, kind, ctx) {
  const path = resolve(ctx.cwd, file);
  let bytes;
  try {
    bytes = await readBytes(path, { within: [ctx.roots.boundOf(path), DATA_DIR], cwd: ctx.cwd });
  } catch (error) {
    if (error instanceof RefusedRead)
      throw new RefusedRead(file, error.refusal, error.cwd, kind);
    if (error instanceof FileAccessError)
      throw new FileAccessError(file, error.reason, error.detail);
    throw error;
  }
  const report = checkBytes(file, bytes, ctx, { fast: true, errorsOnly: true });
  const language = report.language !== void 0 ? { language: report.language } : {};
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length > 0)
    throw new InvalidFileError(file, kind, { coded: errors, ...language });
  if (report.kind !== kind)
    throw new InvalidFileError(file, kind, { coded: [wrongKindFinding(file, kind, report.kind)], ...language });
  return { report, bytes };
}
__name(loadKind, "loadKind");
async function loadAssessment(file, ctx) {
  const { report, bytes } = await loadKind(file, "assessment", ctx);
  let source = report.source;
  return {
    file,
    assessment: report.data,
    framework: report.framework,
    get source() {
      return source ??= parseYaml(file, bytes.toString("utf8"));
    }
  };
}
__name(loadAssessment, "loadAssessment");
async function loadBenchmark(file, ctx) {
  return (await loadKind(file, "benchmark", ctx)).report.data;
}
__name(loadBenchmark, "loadBenchmark");

export {
  readText,
  readBytes,
  wrongKindFinding,
  loadKind,
  loadAssessment,
  loadBenchmark
};
