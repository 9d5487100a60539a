import {
  historyMessages
} from "./chunk-I7EOK65G.js";
import {
  jsonFormatter
} from "./chunk-SITX3YWH.js";
import {
  isFormatName
} from "./chunk-AC2FYX2Z.js";
import {
  textTable
} from "./chunk-32UPQTEW.js";
import {
  formatChange,
  formatPercent
} from "./chunk-MAVHN6RG.js";
import {
  round,
  scoreAssessment
} from "./chunk-COHI7RYH.js";
import {
  GitError,
  fileCommits,
  hasLocalChanges,
  showFile,
  trackedFile
} from "./chunk-UP4IB7UJ.js";
import {
  HISTORY_FORMATS
} from "./chunk-3T237TWD.js";
import {
  visible
} from "./chunk-4QM3XXAH.js";
import {
  atomicWrite
} from "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  createContext,
  validateText
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import {
  shownPath
} from "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/history.js
import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve as resolve2 } from "node:path";

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
  const vctx = createContext(tracked.root, { env: options.env, ...options.lang ? { lang: options.lang } : {} });
  const versions = [];
  for (const commit of [...commits].reverse()) {
    versions.push(await readVersion(commit, tracked.root, real, vctx, options));
  }
  const latestOk = [...versions].reverse().find((v) => v.status === "ok");
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
    file: shownPath(abs, options.cwd),
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
  const text = await showFile(root, commit.hash, commit.path, options);
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
    const problem = error ?? { line: 1, column: 1, rule: "wrong-kind", message: `not an assessment (${report.kind ?? "unknown kind"})` };
    return { ...version, status: "invalid", problem: { line: problem.line, column: problem.column, rule: problem.rule, message: problem.message } };
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

// dist/render/history.js
function historyText(history, lang, t) {
  const fw = history.framework;
  const decimals = fw?.percent.decimals ?? 1;
  const ids = fw?.commitments.map((c) => c.id) ?? [];
  const out = [visible(t("title", { file: history.file, count: history.versions.length })), ""];
  const columns = [
    { header: t("colDate") },
    { header: t("colCommit") },
    { header: t("colCommitted") },
    ...ids.map((id) => ({ header: id, align: "right" })),
    { header: t("colOverall"), align: "right" }
  ];
  const notes = [];
  const rows = history.versions.map((v) => {
    const head = [(v.date ?? "\u2014") + (v.sameDate ? " *" : ""), v.short, v.committed.slice(0, 10)];
    if (v.status === "ok") {
      return [...head, ...(v.percents ?? []).map((p) => formatPercent(p, decimals, lang)), overallCell(v, decimals, lang, t)];
    }
    const reason = v.status === "deleted" ? t("deleted") : v.status === "other-framework" ? t("otherFramework", { framework: v.framework ?? "?", current: fw?.id ?? "?" }) : t("invalid", { line: v.problem?.line ?? 1, column: v.problem?.column ?? 1, rule: v.problem?.rule ?? "", message: v.problem?.message ?? "" });
    notes.push(visible(`${v.short}: ${reason}`));
    return [...head, ...ids.map(() => "\xB7"), "\xB7"];
  });
  out.push(textTable(columns, rows, { rule: true }));
  if (notes.length)
    out.push("", ...notes.map((n) => `  ${n}`));
  if (history.versions.some((v) => v.sameDate))
    out.push("", t("sameDateNote"));
  out.push("", t("percentNote"));
  const example = history.versions.find((v) => v.status === "ok" && v.overallCoverage)?.overallCoverage;
  if (example)
    out.push(t("overallNote", example));
  if (fw && history.first !== void 0 && history.latest !== void 0) {
    const first = history.versions[history.first];
    const latest = history.versions[history.latest];
    out.push("");
    if (!first || !latest || history.first === history.latest) {
      out.push(t("trendSingle"));
    } else {
      out.push(visible(t("trendTitle", { from: `${first.date ?? "\u2014"} ${first.short}`, to: `${latest.date ?? "\u2014"} ${latest.short}` })), "");
      const trendRows = fw.commitments.map((c, i) => [
        `${c.id}  ${pick(c.short ?? c.title, lang)}`,
        formatPercent(first.percents?.[i], decimals, lang),
        formatPercent(latest.percents?.[i], decimals, lang),
        formatChange(latest.change?.[i], decimals, lang)
      ]);
      const overall = history.trendOverall;
      trendRows.push([
        t("trendOverallOf", { count: overall?.ids.length ?? 0, total: overall?.total ?? fw.commitments.length }),
        formatPercent(overall?.first ?? null, decimals, lang),
        formatPercent(overall?.latest ?? null, decimals, lang),
        formatChange(overall?.change ?? null, decimals, lang)
      ]);
      out.push(textTable([{ header: t("colCommitment") }, { header: t("colFirst"), align: "right" }, { header: t("colLatest"), align: "right" }, { header: t("colChange"), align: "right" }], trendRows, { rule: true }));
    }
  } else {
    out.push("", t("noValid", { file: history.file }));
  }
  if (history.uncommitted)
    out.push("", t("uncommitted"));
  return out.join("\n");
}
__name(historyText, "historyText");
function historyJson(history, lang) {
  const fw = history.framework;
  const first = history.first === void 0 ? void 0 : history.versions[history.first];
  const latest = history.latest === void 0 ? void 0 : history.versions[history.latest];
  return {
    c21lab: "history/1",
    file: history.file,
    path: history.path,
    framework: fw ? { id: fw.id, commitments: fw.commitments.map((c) => ({ id: c.id, title: pick(c.title, lang) })) } : null,
    uncommitted: history.uncommitted,
    versions: history.versions.map((v) => ({
      commit: v.commit,
      short: v.short,
      committed: v.committed,
      subject: v.subject,
      path: v.path,
      status: v.status,
      date: v.date ?? null,
      sameDate: v.sameDate ?? false,
      framework: v.framework ?? null,
      percents: v.percents ?? null,
      overall: v.overall ?? null,
      overallCoverage: v.overallCoverage ?? null,
      change: v.change ?? null,
      problem: v.problem ?? null
    })),
    trend: fw && first && latest ? fw.commitments.map((c, i) => ({
      id: c.id,
      first: first.percents?.[i] ?? null,
      latest: latest.percents?.[i] ?? null,
      change: latest.change?.[i] ?? null
    })) : null,
    trendOverall: history.trendOverall ?? null
  };
}
__name(historyJson, "historyJson");
function overallCell(v, decimals, lang, t) {
  const value = formatPercent(v.overall, decimals, lang);
  if (v.overall == null || !v.overallCoverage)
    return value;
  return t("overallCell", { value, ...v.overallCoverage });
}
__name(overallCell, "overallCell");

// dist/render/formats/history.js
var historyFormatters = {
  table: { format: /* @__PURE__ */ __name((history, env) => historyText(history, env.lang, env.t) + "\n", "format") },
  json: jsonFormatter((history, env) => historyJson(history, env.lang))
};

// dist/cli/commands/history.js
async function run(ctx, args, options) {
  const file = args[0] ?? "";
  const format = options.format;
  const radar = typeof options.radar === "string" ? options.radar : void 0;
  let t = translator(historyMessages, ctx.lang);
  if (!isFormatName(HISTORY_FORMATS, format))
    throw new UsageError(t("badFormat", { format, expected: HISTORY_FORMATS.join(", ") }));
  if (radar !== void 0 && !radar.toLowerCase().endsWith(".svg"))
    throw new UsageError(t("badRadar", { file: radar }));
  const info = await stat(resolve2(ctx.io.cwd, file)).catch(() => void 0);
  if (!info?.isFile())
    throw new UsageError(t("noFile", { file }));
  let history;
  try {
    history = await readHistory(file, { cwd: ctx.io.cwd, env: ctx.io.env, perLab: Boolean(options.perLab), ...ctx.global.lang ? { lang: ctx.global.lang } : {} });
  } catch (error) {
    throw error instanceof GitError ? localized(error, file, t) : error;
  }
  const latest = history.latest === void 0 ? void 0 : history.versions[history.latest];
  const lang = ctx.langFor(latest?.language);
  t = translator(historyMessages, lang);
  ctx.io.stdout.write(historyFormatters[format].format(history, { lang, t }));
  if (!history.framework) {
    if (format === "json")
      writeLine(ctx.io.stderr, t("noValid", { file: history.file }));
    return EXIT_FINDINGS;
  }
  if (radar) {
    const { renderRadarSvg, tooManySeries } = await import("./chunk-MR3VIH7Q.js");
    const ok = history.versions.filter((v) => v.status === "ok");
    const series = ok.map((v, i) => ({
      label: t("seriesLabel", { date: v.date ?? "\u2014", commit: v.short }),
      values: v.percents ?? [],
      ...i === ok.length - 1 ? { role: "current" } : i === ok.length - 2 ? { role: "earlier" } : {}
    }));
    if (tooManySeries(series.length))
      writeLine(ctx.io.stderr, t("tooMany", { count: series.length }));
    const svg = await renderRadarSvg({
      framework: history.framework,
      lang,
      series,
      title: t("radarTitle", { city: latest?.city ?? history.file })
    });
    const out = resolve2(ctx.io.cwd, radar);
    await mkdir(dirname(out), { recursive: true });
    await atomicWrite(out, svg);
    writeLine(ctx.io.stderr, t("radarWritten", { file: radar }));
  }
  return EXIT_OK;
}
__name(run, "run");
function localized(error, file, t) {
  switch (error.problem) {
    case "git-missing":
      return new UsageError(t("gitMissing"), t("gitMissingHint"));
    case "not-a-repository":
      return new UsageError(t("notRepo", { file }), t("notRepoHint"));
    case "not-tracked":
      return new UsageError(t("notTracked", { file }), t("notTrackedHint", { file }));
    case "no-commits":
      return new UsageError(t("noCommits", { file }), t("noCommitsHint"));
    default:
      return new UsageError(t("gitFailed", { file, detail: error.detail.split("\n")[0] ?? error.message }));
  }
}
__name(localized, "localized");
export {
  run
};
