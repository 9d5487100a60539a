import {
  READ_RULES,
  readForCheck,
  validateBytes
} from "./chunk-W5PFSC24.js";
import {
  RootFinder
} from "./chunk-2JGY7DMZ.js";
import {
  parseYaml
} from "./chunk-4T7WDUOI.js";
import {
  DATA_DIR
} from "./chunk-662D3GRZ.js";
import {
  FileAccessError,
  FindingsError,
  InvalidFileError
} from "./chunk-EV44LTU6.js";
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
var RefusedRead = class extends FindingsError {
  static {
    __name(this, "RefusedRead");
  }
  file;
  refusal;
  cwd;
  kind;
  finding;
  constructor(file, refusal, cwd, kind) {
    const finding = { file, line: 1, column: 1, severity: "error", rule: READ_RULES[refusal.problem], message: refusal.problem };
    super(`${file}: ${refusal.problem}`, [finding]);
    this.file = file;
    this.refusal = refusal;
    this.cwd = cwd;
    this.kind = kind;
    this.finding = finding;
  }
};
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
  const report = validateBytes(file, bytes, ctx, { fast: true, errorsOnly: true });
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length > 0)
    throw new InvalidFileError(file, kind, errors);
  if (report.kind !== kind) {
    throw new InvalidFileError(file, kind, [
      {
        file,
        line: 1,
        column: 1,
        severity: "error",
        rule: "wrong-kind",
        message: `expected "c21lab: ${kind}/1", found a ${report.kind ?? "file of unknown kind"}`
      }
    ]);
  }
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
  RefusedRead,
  loadKind,
  loadAssessment,
  loadBenchmark
};
