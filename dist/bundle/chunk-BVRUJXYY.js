import {
  wrongKindFinding
} from "./chunk-B5SSD7WI.js";
import {
  round,
  scoreAssessment
} from "./chunk-BM3PK7SN.js";
import {
  codeWords,
  createContext,
  validateBytes
} from "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import {
  MAX_FILE_BYTES,
  refusalCoded
} from "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import {
  shownPath
} from "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  ANSWER_TIMEOUT_MS,
  GitError,
  GitTimeoutError,
  fileCommits,
  git,
  gitEnv,
  hasLocalChanges,
  trackedFile
} from "./chunk-PNYD6L2Z.js";
import "./chunk-MBAX5HX7.js";
import {
  realPath
} from "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/history.js
import { resolve } from "node:path";

// dist/core/git-blobs.js
import { spawn } from "node:child_process";
var CatFile = class {
  static {
    __name(this, "CatFile");
  }
  mode;
  root;
  child;
  // What git has printed and no request has taken yet, as it came (joined only when taken, so a large
  // version arriving in many chunks is copied once).
  chunks = [];
  length = 0;
  scanned = 0;
  // bytes already searched for a line's end
  waiting;
  failure;
  stderr = "";
  timeoutMs;
  constructor(mode, root, options) {
    this.mode = mode;
    this.root = root;
    this.timeoutMs = options.timeoutMs ?? ANSWER_TIMEOUT_MS;
    this.child = spawn("git", ["cat-file", mode], { cwd: root, env: gitEnv(options.env), windowsHide: true });
    this.child.stdout.on("data", (chunk) => {
      this.chunks.push(chunk);
      this.length += chunk.length;
      this.wake();
    });
    this.child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 4096)
        this.stderr += chunk.toString("utf8");
    });
    const fail = /* @__PURE__ */ __name((detail) => {
      this.failure ??= new GitError("git-failed", root, `git cat-file failed: ${detail.split("\n")[0] ?? ""}`, detail);
      this.wake();
    }, "fail");
    this.child.on("error", (error) => {
      if (error.code === "ENOENT")
        this.failure ??= new GitError("git-missing", "git", "git is not installed or not on PATH");
      fail(error.message);
    });
    this.child.on("close", (code, signal) => fail(this.stderr.trim() || `exited with ${signal ?? String(code)}`));
    this.child.stdin.on("error", () => void 0);
  }
  /** Fails this request and every later one with `error`, and kills git. */
  stop(error) {
    this.failure ??= error;
    this.child.kill("SIGKILL");
    this.child.stdin.destroy();
    this.child.stdout.destroy();
    this.child.stderr.destroy();
    this.wake();
  }
  wake() {
    const waiting = this.waiting;
    this.waiting = void 0;
    waiting?.();
  }
  async until(ready) {
    while (!ready()) {
      if (this.failure)
        throw this.failure;
      await new Promise((resolve2) => this.waiting = resolve2);
    }
  }
  /** The first `n` bytes of what is buffered, removed from it, and `skip` bytes more dropped. */
  take(n, skip) {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    const taken = Buffer.from(all.subarray(0, n));
    const rest = all.subarray(n + skip);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    this.scanned = 0;
    return taken;
  }
  /** Where the buffered bytes' first line ends, searching only the bytes not searched before; -1 if not yet. */
  lineEnd() {
    let offset = 0;
    for (const chunk of this.chunks) {
      if (offset + chunk.length > this.scanned) {
        const at = chunk.indexOf(10, Math.max(0, this.scanned - offset));
        if (at !== -1)
          return offset + at;
      }
      offset += chunk.length;
    }
    this.scanned = this.length;
    return -1;
  }
  /**
   * Sends one object name and reads git's answer with `answer`: all of it (header and content) within the
   * time allowed, else git is stopped and this is a GitTimeoutError. One timer per request, not per chunk.
   */
  async ask(object, answer) {
    if (this.failure)
      throw this.failure;
    const timer = setTimeout(() => {
      this.stop(new GitTimeoutError(this.root, this.timeoutMs / 1e3, `git cat-file ${this.mode} gave no complete answer for ${object}`));
    }, this.timeoutMs);
    try {
      this.child.stdin.write(`${object}
`);
      return await answer();
    } finally {
      clearTimeout(timer);
    }
  }
  /** The header line of an answer (`<oid> <type> <size>`, or `<name> missing`). */
  async line() {
    let end = -1;
    await this.until(() => (end = this.lineEnd()) !== -1);
    return this.take(end, 1).toString("utf8");
  }
  /** The `size` bytes of content that follow a --batch header, and the newline after them. */
  async content(size) {
    await this.until(() => this.length >= size + 1);
    return this.take(size, 1);
  }
  close() {
    this.child.stdin.end();
    this.child.kill();
  }
};
function blobSize(header, object, root) {
  const [, type, size] = header.split(" ");
  const n = Number(size);
  if (type !== "blob" || !Number.isSafeInteger(n) || n < 0) {
    throw new GitError("git-failed", root, `git cat-file failed: ${header}`, `${object}: ${header}`);
  }
  return n;
}
__name(blobSize, "blobSize");
function headerType(header) {
  const parts = header.split(" ");
  return parts.length === 3 ? parts[1] : void 0;
}
__name(headerType, "headerType");
function openBlobReader(root, options) {
  let sizes;
  let contents;
  const entry = /* @__PURE__ */ __name(async (commit, path) => {
    const listed = await git(["ls-tree", "-z", "--full-tree", commit, "--", path], root, options);
    const found = /^(\S+) (\S+) (\S+)\t/.exec(listed);
    return found ? { mode: found[1], type: found[2], oid: found[3] } : void 0;
  }, "entry");
  const notAFile = /* @__PURE__ */ __name((found) => found?.type === "commit" ? { notAFile: "submodule" } : found?.type === "tree" ? { notAFile: "directory" } : void 0, "notAFile");
  const objectName = /* @__PURE__ */ __name(async (commit, path) => {
    if (!/[\n\r]/.test(path))
      return `${commit}:${path}`;
    const found = await entry(commit, path);
    const other = notAFile(found);
    if (other)
      return other;
    if (found?.type !== "blob")
      throw new GitError("git-failed", root, "git ls-tree found no blob", `${commit}: ${JSON.stringify(path)}`);
    return found.oid;
  }, "objectName");
  return {
    async read(commit, path, maxBytes) {
      const object = await objectName(commit, path);
      if (typeof object !== "string")
        return object;
      const check = sizes ??= new CatFile("--batch-check", root, options);
      const header = await check.ask(object, () => check.line());
      if (headerType(header) !== "blob") {
        const other = notAFile(await entry(commit, path));
        if (other)
          return other;
      }
      const size = blobSize(header, object, root);
      if (size > maxBytes)
        return { tooLarge: size };
      const batch = contents ??= new CatFile("--batch", root, options);
      return { bytes: await batch.ask(object, async () => batch.content(blobSize(await batch.line(), object, root))) };
    },
    async mode(commit, path) {
      return (await entry(commit, path))?.mode;
    },
    close() {
      sizes?.close();
      contents?.close();
    }
  };
}
__name(openBlobReader, "openBlobReader");

// dist/core/history.js
async function readHistory(file, options) {
  const abs = resolve(options.cwd, file);
  const real = realPath(abs) ?? abs;
  const tracked = await trackedFile(abs, options);
  const commits = await fileCommits(tracked, options);
  if (commits.length === 0)
    throw new GitError("no-commits", file, `${file} has no commit yet`);
  const vctx = createContext(tracked.root, { env: options.env, ...options.word ? { word: options.word } : {} });
  const versions = [];
  const blobs = openBlobReader(tracked.root, options);
  try {
    for (const commit of [...commits].reverse())
      versions.push(await readVersion(commit, real, vctx, blobs));
  } finally {
    blobs.close();
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
        delete v.na;
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
async function readVersion(commit, currentFile, vctx, blobs) {
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
  const shown = await blobs.read(commit.hash, commit.path, MAX_FILE_BYTES);
  if ("tooLarge" in shown) {
    return invalid(version, refusalCoded(currentFile, { problem: "too-large", size: shown.tooLarge, max: MAX_FILE_BYTES, head: Buffer.alloc(0) }, vctx.cwd), vctx);
  }
  if ("notAFile" in shown)
    return invalid(version, refusalCoded(currentFile, { problem: "not-regular", type: shown.notAFile }, vctx.cwd), vctx);
  const report = validateBytes(currentFile, shown.bytes, vctx, { fast: true, errorsOnly: true });
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
    if (await blobs.mode(commit.hash, commit.path) === "120000") {
      return invalid(version, refusalCoded(currentFile, { problem: "not-regular", type: "symlink" }, vctx.cwd), vctx);
    }
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
    na: score.commitments.map((c) => c.status === "na"),
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
  const later = /* @__PURE__ */ new Set();
  const kept = [];
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i];
    if (v.status === "ok" && v.date) {
      if (later.has(v.date))
        continue;
      later.add(v.date);
    }
    kept.push(v);
  }
  return kept.reverse();
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
