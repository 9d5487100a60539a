import {
  round,
  scoreAssessment
} from "./chunk-MTMUA4TQ.js";
import {
  wrongKindFinding
} from "./chunk-GGNNUR5Y.js";
import {
  codeWords,
  createContext,
  validateText
} from "./chunk-4ZWC4UDZ.js";
import {
  MAX_FILE_BYTES,
  refusalCoded
} from "./chunk-NYFKM7IW.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-G7SAKLJI.js";
import {
  GitError,
  fileCommits,
  hasLocalChanges,
  showFileBounded,
  trackedFile
} from "./chunk-SKKHRLMR.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-ZBHTD6MM.js";
import {
  shownPath
} from "./chunk-24SS6AOI.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/history.js
import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
async function readHistory(file, options) {
  const abs = resolve(options.cwd, file);
  const real = await realpath(abs).catch(() => abs);
  const tracked = await trackedFile(abs, options);
  const commits = await fileCommits(tracked, options);
  if (commits.length === 0)
    throw new GitError("no-commits", file, `${file} has no commit yet`);
  const vctx = createContext(tracked.root, { env: options.env, ...options.word ? { word: options.word } : {} });
  const versions = [];
  for (const commit of [...commits].reverse()) {
    versions.push(await readVersion(commit, tracked.root, real, vctx, options));
  }
  const latestOk = [...versions].reverse().find((v) => v.status === "ok");
  for (const v of versions) {
    const coded = unworded.get(v);
    if (coded && latestOk?.language !== void 0)
      v.problem = worded(coded, latestOk.language, vctx);
  }
  const framework = latestOk ? frameworks.get(latestOk) : void 0;
  if (framework) {
    for (const v of versions) {
      if (v.status === "ok" && v.framework !== framework.id) {
        v.status = "other-framework";
        delete v.percents;
        delete v.overall;
        delete v.overallCoverage;
      }
    }
  }
  const kept = options.perLab ? lastPerDate(versions) : versions;
  markSameDates(kept);
  const first = kept.findIndex((v) => v.status === "ok");
  const latest = kept.map((v) => v.status).lastIndexOf("ok");
  if (first !== -1 && framework) {
    const base = kept[first]?.percents ?? [];
    const decimals = framework.percent.decimals ?? 1;
    for (const v of kept) {
      if (v.status !== "ok" || !v.percents)
        continue;
      v.change = v.percents.map((p, i) => p === null || base[i] == null ? null : round(p - base[i], decimals));
    }
  }
  const trendOverall = framework && first !== -1 ? overallOverCommon(framework, kept[first], kept[latest]) : void 0;
  return {
    file: shownPath(file, options.cwd),
    // as typed (paths.ts: the one rule)
    root: tracked.root,
    path: tracked.path,
    framework,
    versions: kept,
    first: first === -1 ? void 0 : first,
    latest: latest === -1 ? void 0 : latest,
    ...trendOverall ? { trendOverall } : {},
    uncommitted: await hasLocalChanges(tracked, options)
  };
}
__name(readHistory, "readHistory");
var frameworks = /* @__PURE__ */ new WeakMap();
async function readVersion(commit, root, currentFile, vctx, options) {
  const version = {
    commit: commit.hash,
    short: commit.short,
    committed: commit.committed,
    subject: commit.subject,
    path: commit.path,
    status: "ok"
  };
  if (commit.status === "D")
    return { ...version, status: "deleted" };
  const shown = await showFileBounded(root, commit.hash, commit.path, MAX_FILE_BYTES, options);
  if ("tooLarge" in shown) {
    return invalid(version, refusalCoded(currentFile, { problem: "too-large", size: shown.tooLarge, max: MAX_FILE_BYTES, head: Buffer.alloc(0) }, root), vctx);
  }
  const text = shown.text;
  const report = validateText(currentFile, text, vctx);
  const data = report.data;
  if (data && typeof data === "object") {
    if (typeof data.date === "string")
      version.date = data.date;
    if (typeof data.city === "string")
      version.city = data.city;
    if (typeof data.language === "string")
      version.language = data.language;
  }
  const error = report.findings.find((f) => f.severity === "error");
  if (error || report.kind !== "assessment" || !report.framework) {
    if (!error)
      return invalid(version, wrongKindFinding(currentFile, "assessment", report.kind), vctx);
    return { ...version, status: "invalid", problem: { line: error.line, column: error.column, rule: error.rule, message: error.message } };
  }
  const fw = report.framework;
  const score = scoreAssessment(data, fw);
  const ok = {
    ...version,
    framework: fw.id,
    percents: score.commitments.map((c) => c.percent),
    overall: score.overall,
    overallCoverage: score.overallCoverage
  };
  frameworks.set(ok, fw);
  return ok;
}
__name(readVersion, "readVersion");
function invalid(version, finding, vctx) {
  const out = { ...version, status: "invalid", problem: worded(finding, version.language, vctx) };
  if (version.language === void 0)
    unworded.set(out, finding);
  return out;
}
__name(invalid, "invalid");
var unworded = /* @__PURE__ */ new WeakMap();
function worded(finding, language, vctx) {
  const [f] = vctx.word ? vctx.word([finding], language) : codeWords([finding]);
  const { line, column, rule, message } = f;
  return { line, column, rule, message };
}
__name(worded, "worded");
function overallOverCommon(fw, first, latest) {
  const decimals = fw.percent.decimals ?? 1;
  const a = first?.percents ?? [];
  const b = latest?.percents ?? [];
  const common = fw.commitments.map((_, i) => i).filter((i) => a[i] != null && b[i] != null);
  const mean = /* @__PURE__ */ __name((values) => common.length ? round(common.reduce((sum, i) => sum + values[i], 0) / common.length, decimals) : null, "mean");
  const from = mean(a);
  const to = mean(b);
  return {
    ids: common.map((i) => fw.commitments[i]?.id),
    total: fw.commitments.length,
    first: from,
    latest: to,
    change: from === null || to === null ? null : round(to - from, decimals)
  };
}
__name(overallOverCommon, "overallOverCommon");
function lastPerDate(versions) {
  return versions.filter((v, i) => {
    if (v.status !== "ok" || !v.date)
      return true;
    return !versions.slice(i + 1).some((later) => later.status === "ok" && later.date === v.date);
  });
}
__name(lastPerDate, "lastPerDate");
function markSameDates(versions) {
  const seen = /* @__PURE__ */ new Set();
  for (const v of versions) {
    if (v.status !== "ok" || !v.date)
      continue;
    if (seen.has(v.date))
      v.sameDate = true;
    seen.add(v.date);
  }
}
__name(markSameDates, "markSameDates");
export {
  readHistory
};
