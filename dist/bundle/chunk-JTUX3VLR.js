import {
  seedBundledFrameworks
} from "./chunk-OXH4GRXU.js";
import {
  checkBytes,
  createContext,
  hasMarker,
  readForCheck,
  refusalCoded
} from "./chunk-CFIUVINI.js";
import {
  validateMessages
} from "./chunk-F2OHDRQX.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  shownPath
} from "./chunk-662D3GRZ.js";
import {
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/check.js
function makeContext(settings) {
  const vctx = createContext(settings.cwd, { lang: settings.lang, env: settings.env });
  seedBundledFrameworks(vctx);
  return vctx;
}
__name(makeContext, "makeContext");
function checkOne(target, vctx) {
  const shown = shownPath(target.path, vctx.cwd);
  const read = readForCheck(target.path, [vctx.roots.boundOf(target.path)]);
  if ("refused" in read && read.refused.problem === "too-large" && !target.explicit && !hasMarker(read.refused.head.toString("latin1"))) {
    return "skipped";
  }
  if ("access" in read || "refused" in read) {
    if ("refused" in read)
      return { file: shown, findings: [refusalCoded(shown, read.refused, vctx.cwd)] };
    const t = translator(validateMessages, vctx.langFor(void 0));
    throw new UsageError(t("unreadable", { path: shown, reason: read.access === "missing" ? "ENOENT" : read.code }));
  }
  const bytes = read.bytes;
  const report = checkBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
  if (report.skipped)
    return "skipped";
  return { file: shown, kind: report.kind, findings: report.findings, ...report.language !== void 0 ? { language: report.language } : {} };
}
__name(checkOne, "checkOne");

export {
  makeContext,
  checkOne
};
