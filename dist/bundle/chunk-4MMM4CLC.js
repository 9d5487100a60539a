import {
  createContext,
  hasMarker,
  readForCheck,
  refusalFinding,
  validateBytes
} from "./chunk-BQDMVZA2.js";
import {
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  isLang
} from "./chunk-33AJFZ56.js";
import {
  shownPath
} from "./chunk-662D3GRZ.js";
import {
  validateMessages
} from "./chunk-REMXYWWY.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/check.js
function makeContext(settings) {
  return createContext(settings.cwd, { lang: settings.lang, env: settings.env });
}
__name(makeContext, "makeContext");
function checkOne(target, vctx) {
  const shown = shownPath(target.path, vctx.cwd);
  const read = readForCheck(target.path, [vctx.roots.boundOf(target.path)]);
  if ("refused" in read && read.refused.problem === "too-large" && !target.explicit && !hasMarker(read.refused.head.toString("latin1"))) {
    return "skipped";
  }
  if ("access" in read || "refused" in read) {
    const t = translator(validateMessages, vctx.langFor(void 0));
    if ("refused" in read)
      return { file: shown, findings: [refusalFinding(shown, read.refused, t, vctx.cwd)] };
    throw new UsageError(t("unreadable", { path: shown, reason: read.access === "missing" ? "ENOENT" : read.code }));
  }
  const bytes = read.bytes;
  const report = validateBytes(shown, bytes, vctx, { explicit: target.explicit, fast: true });
  if (report.skipped)
    return "skipped";
  const language = report.data?.language;
  return { file: shown, kind: report.kind, findings: report.findings, ...isLang(language) ? { lang: language } : {} };
}
__name(checkOne, "checkOne");

export {
  makeContext,
  checkOne
};
