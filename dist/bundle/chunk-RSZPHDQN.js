import {
  checkBytes,
  createContext,
  hasMarker
} from "./chunk-YSR5SL6V.js";
import {
  readForCheck,
  refusalCoded,
  unreadableCoded
} from "./chunk-SDRMK5ZG.js";
import {
  UnreadableTarget
} from "./chunk-O65JH5C3.js";
import {
  seedBundledFrameworks
} from "./chunk-SR6OMTTU.js";
import {
  shownPath
} from "./chunk-24SS6AOI.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/check.js
import { relative } from "node:path";
function makeContext(settings) {
  const vctx = createContext(settings.cwd, { env: settings.env });
  seedBundledFrameworks(vctx);
  return vctx;
}
__name(makeContext, "makeContext");
function checkOne(target, vctx) {
  const shown = shownPath(target.typedRelative ? relative(vctx.cwd, target.path) || "." : target.path, vctx.cwd);
  if (target.outside !== void 0)
    return { file: shown, findings: [refusalCoded(shown, { problem: "outside", root: target.outside }, vctx.cwd)] };
  const read = readForCheck(target.path, [vctx.roots.boundOf(target.path)], void 0, target.listedAsFile);
  if ("refused" in read && read.refused.problem === "too-large" && !target.explicit && !hasMarker(read.refused.head.toString("latin1"))) {
    return "skipped";
  }
  if ("access" in read || "refused" in read) {
    if ("refused" in read)
      return { file: shown, findings: [refusalCoded(shown, read.refused, vctx.cwd)] };
    const reason = read.access === "missing" ? "ENOENT" : read.code;
    if (!target.explicit)
      return { file: shown, findings: [unreadableCoded(shown, reason)] };
    throw new UnreadableTarget(shown, reason);
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
