import {
  loadAssessment,
  readText
} from "./chunk-B5SSD7WI.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import {
  RefusedRead
} from "./chunk-6EDDZTSC.js";
import {
  shownPath
} from "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  FileAccessError,
  FindingsError,
  InvalidFileError
} from "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/open.js
import { resolve } from "node:path";
async function openAssessment(arg, cwd, options) {
  const path = resolve(cwd, arg);
  const shown = shownPath(arg, cwd);
  let loaded;
  const vctx = options.validation;
  try {
    loaded = await loadAssessment(path, vctx);
  } catch (error) {
    if (error instanceof FindingsError) {
      const relabel = /* @__PURE__ */ __name((s) => s.split(path).join(shown), "relabel");
      const findings = error.findings.map((f) => ({ ...f, file: relabel(f.file) }));
      if (error instanceof RefusedRead)
        throw new RefusedRead(shown, error.refusal, error.cwd, error.kind);
      throw error instanceof InvalidFileError ? new InvalidFileError(shown, error.kind, error.coded ? { ...error.given, coded: error.coded.map((f) => ({ ...f, file: relabel(f.file) })) } : findings) : new FindingsError(relabel(error.message), findings);
    }
    if (error instanceof FileAccessError)
      throw new FileAccessError(shown, error.reason, error.detail);
    if (error instanceof Error)
      error.message = error.message.split(path).join(shown);
    throw error;
  }
  return { ...loaded, path, shown, text: await readText(path, { within: [vctx.roots.boundOf(path)], cwd }) };
}
__name(openAssessment, "openAssessment");
export {
  openAssessment
};
