import {
  GitError,
  git
} from "./chunk-UP4IB7UJ.js";
import {
  VALIDATE_FORMATS
} from "./chunk-3T237TWD.js";
import {
  xmlEscape
} from "./chunk-PU3MV42Y.js";
import {
  text
} from "./chunk-ZPAPUITT.js";
import {
  visible
} from "./chunk-4QM3XXAH.js";
import {
  checkOne,
  makeContext
} from "./chunk-AWMD3NUA.js";
import "./chunk-AHDHJ26M.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  phraseWords,
  wordFinding
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError
} from "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import {
  validateMessages
} from "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/validate.js
import { realpath } from "node:fs/promises";

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
  format(run2) {
    const lines = [];
    for (const file of run2.files) {
      for (const f of file.findings) {
        const props = [`file=${visible(escapeProperty(f.file))}`, `line=${f.line}`, `col=${f.column}`];
        if (f.endLine !== void 0 && f.endColumn !== void 0)
          props.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
        props.push(`title=${visible(escapeProperty(f.rule))}`);
        lines.push(`::${f.severity === "error" ? "error" : "warning"} ${props.join(",")}::${visible(escapeData(f.message))}`);
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
  format(run2) {
    const out = {
      $schema: OUTPUT_SCHEMA_ID,
      version: 1,
      ok: run2.ok,
      strict: run2.strict,
      summary: run2.summary,
      files: run2.files.map((f) => ({
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
  format(run2) {
    const failing = run2.files.filter((f) => f.findings.some((x) => x.severity === "error" || run2.strict));
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="c21lab validate" tests="${run2.files.length}" failures="${failing.length}" errors="0">`,
      `  <testsuite name="c21lab validate" tests="${run2.files.length}" failures="${failing.length}" errors="0" skipped="0">`
    ];
    for (const file of run2.files) {
      const name = xmlEscape(file.file);
      const lines = file.findings.map((f) => `${visible(f.file)}:${f.line}:${f.column} ${f.severity} ${visible(f.rule)} ${visible(f.message)}`);
      const fails = failing.includes(file);
      if (file.findings.length === 0) {
        out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}"/>`);
        continue;
      }
      out.push(`    <testcase classname="c21lab.validate" name="${name}" file="${name}">`);
      if (fails) {
        const first = file.findings.find((f) => f.severity === "error") ?? file.findings[0];
        out.push(`      <failure type="${xmlEscape(first.rule)}" message="${xmlEscape(`${first.line}:${first.column} ${visible(first.rule)} ${visible(first.message)}`)}">${xmlEscape(lines.join("\n"))}</failure>`);
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

// dist/cli/validate/changed.js
import { resolve } from "node:path";
async function changedSince(ref, cwd, env, t) {
  const run2 = /* @__PURE__ */ __name((args, dir, onFailure) => git(args, dir, { env }).catch((error) => {
    if (!(error instanceof GitError))
      throw error;
    if (error.problem === "git-missing")
      throw new UsageError(t("noGit"));
    throw onFailure(error);
  }), "run");
  const root = (await run2(["rev-parse", "--show-toplevel"], cwd, () => new UsageError(t("notGit", { dir: cwd })))).trim();
  if (ref.startsWith("-"))
    throw new UsageError(t("badRef", { ref }));
  await run2(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], root, () => new UsageError(t("badRef", { ref })));
  const failed = /* @__PURE__ */ __name((e) => new UsageError(t("gitFailed", { reason: e.detail.split("\n")[0] || e.message })), "failed");
  const lists = await Promise.all([
    run2(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", `${ref}...HEAD`, "--"], root, failed),
    run2(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", "HEAD", "--"], root, failed),
    run2(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], root, failed)
  ]);
  const files = /* @__PURE__ */ new Set();
  for (const list of lists) {
    for (const name of list.split("\0"))
      if (name)
        files.add(resolve(root, name));
  }
  return files;
}
__name(changedSince, "changedSince");

// dist/cli/validate/discover.js
import { stat } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
import { isDynamicPattern } from "tinyglobby";

// dist/cli/validate/walk.js
import { readdirSync } from "node:fs";
import { isAbsolute, join, relative, resolve as resolve2, sep } from "node:path";
import picomatch from "picomatch";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var YAML_NAME = /\.ya?ml$/i;
function entries(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
__name(entries, "entries");
function walk(dir, accept, out, depth, maxDepth) {
  for (const entry of entries(dir)) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && depth < maxDepth)
        walk(abs, accept, out, depth + 1, maxDepth);
    } else if (accept(abs)) {
      out.push(abs);
    }
  }
}
__name(walk, "walk");
function yamlUnder(dir) {
  const out = [];
  walk(dir, (abs) => YAML_NAME.test(abs), out, 0, Infinity);
  return out;
}
__name(yamlUnder, "yamlUnder");
var posix = /* @__PURE__ */ __name((p) => p.split(sep).join("/"), "posix");
function globEntries(pattern, cwd) {
  const { base, glob } = picomatch.scan(pattern);
  const absolute = isAbsolute(pattern);
  const match = picomatch(pattern, { dot: true });
  const start = resolve2(cwd, base || ".");
  const maxDepth = glob.includes("**") ? Infinity : Math.max(0, glob.split("/").length - 1);
  const out = [];
  walk(start, (abs) => match(absolute ? posix(abs) : posix(relative(cwd, abs))), out, 0, maxDepth);
  return out;
}
__name(globEntries, "globEntries");

// dist/cli/validate/discover.js
async function discover(paths, cwd, t) {
  const found = /* @__PURE__ */ new Map();
  const add = /* @__PURE__ */ __name((path, explicit) => {
    const seen = found.get(path);
    if (!seen || explicit && !seen.explicit)
      found.set(path, { path, explicit });
  }, "add");
  for (const p of paths) {
    const abs = resolve3(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        throw new UsageError(t("unreadable", { path: p, reason: code ?? String(error) }));
    }
    if (info?.isDirectory()) {
      yamlUnder(abs).forEach((f) => add(f, false));
    } else if (info) {
      add(abs, true);
    } else if (isDynamicPattern(p)) {
      const files = globEntries(p.startsWith("./") ? p.slice(2) : p, cwd);
      if (files.length === 0)
        throw new UsageError(t("noSuchPath", { path: p }));
      files.filter((f) => /\.ya?ml$/i.test(f)).forEach((f) => add(f, false));
    } else {
      throw new UsageError(t("noSuchPath", { path: p }));
    }
  }
  return [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
__name(discover, "discover");

// dist/cli/validate/pool.js
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
var WORKERS_PAY_MS = 750;
var WARM = 32;
var TIMED = 64;
var BATCH = 32;
function forcedWorkers(env) {
  const forced = env.C21LAB_WORKERS;
  return forced !== void 0 && /^\d+$/.test(forced) ? Math.min(Number(forced), 8) : void 0;
}
__name(forcedWorkers, "forcedWorkers");
function idleWorkers() {
  const cores = availableParallelism();
  const idle = Math.round(cores - (loadavg()[0] ?? 0));
  return Math.max(0, Math.min(cores - 1, idle, 3));
}
__name(idleWorkers, "idleWorkers");
async function checkAll(targets, settings) {
  const results = new Array(targets.length);
  const vctx = makeContext(settings);
  let next = 0;
  let workers = forcedWorkers(settings.env);
  if (workers === void 0) {
    workers = 0;
    if (targets.length > WARM + TIMED) {
      for (; next < WARM; next++)
        results[next] = checkOne(targets[next], vctx);
      const start = process.cpuUsage();
      for (; next < WARM + TIMED; next++)
        results[next] = checkOne(targets[next], vctx);
      const used = process.cpuUsage(start);
      const perFile = (used.user + used.system) / 1e3 / TIMED;
      if ((targets.length - next) * perFile > WORKERS_PAY_MS)
        workers = idleWorkers();
    }
  }
  if (workers <= 0) {
    for (; next < targets.length; next++)
      results[next] = checkOne(targets[next], vctx);
    return results;
  }
  const take = /* @__PURE__ */ __name(() => {
    if (next >= targets.length)
      return void 0;
    const start = next;
    next = Math.min(targets.length, next + BATCH);
    return [start, next];
  }, "take");
  const inWorker = /* @__PURE__ */ __name(() => new Promise((resolve4, reject) => {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: settings });
    let finished = false;
    const feed = /* @__PURE__ */ __name(() => {
      const range = take();
      if (range)
        worker.postMessage({ start: range[0], targets: targets.slice(range[0], range[1]) });
      else {
        finished = true;
        void worker.terminate().then(() => resolve4());
      }
    }, "feed");
    worker.on("message", (m) => {
      if (m.error) {
        finished = true;
        void worker.terminate();
        reject(m.error.usage ? new UsageError(m.error.message) : new Error(m.error.message));
        return;
      }
      m.results.forEach((r, k) => results[m.start + k] = r);
      feed();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!finished)
        reject(new Error(`a validation worker stopped unexpectedly (exit code ${code})`));
    });
    worker.on("online", feed);
  }), "inWorker");
  const inMain = /* @__PURE__ */ __name(async () => {
    for (let range = take(); range; range = take()) {
      for (let i = range[0]; i < range[1]; i++)
        results[i] = checkOne(targets[i], vctx);
      await new Promise((r) => setImmediate(r));
    }
  }, "inMain");
  await Promise.all([inMain(), ...Array.from({ length: workers }, inWorker)]);
  return results;
}
__name(checkAll, "checkAll");

// dist/cli/validate/words.js
function fileLang(f, langFor) {
  return langFor(f.language);
}
__name(fileLang, "fileLang");
function wordFile(f, langFor) {
  if (f.findings.length === 0)
    return [];
  const words = phraseWords(fileLang(f, langFor));
  return f.findings.map((x) => wordFinding(x, words));
}
__name(wordFile, "wordFile");
function summaryLine(files, counts, langFor) {
  const langs = new Set(files.map((f) => fileLang(f, langFor)));
  const lang = langs.size === 1 ? [...langs][0] : langFor(void 0);
  return translator(validateMessages, lang)("result", counts);
}
__name(summaryLine, "summaryLine");

// dist/cli/commands/validate.js
async function run(ctx, args, options) {
  const t = translator(validateMessages, ctx.lang);
  const format = options.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UsageError(t("badFormat", { format, formats: FORMATS.join(", ") }));
  const cwd = ctx.io.cwd;
  const paths = args.length ? args : ["."];
  let targets = await discover(paths, cwd, t);
  if (options.changedSince !== void 0) {
    const changed = await changedSince(options.changedSince, cwd, ctx.io.env, t);
    const keep = await Promise.all(targets.map(async (tg) => changed.has(tg.path) || changed.has(await realpath(tg.path).catch(() => tg.path))));
    targets = targets.filter((_, i) => keep[i]);
  } else if (targets.length === 0) {
    throw new UsageError(t("noFiles", { paths: paths.join(", ") }));
  }
  const results = await checkAll(targets, { cwd, lang: ctx.global.lang, env: ctx.io.env });
  const found = results.filter((r) => r !== "skipped");
  const strict = Boolean(options.strict);
  for (const file of found) {
    if (strict)
      file.findings = file.findings.map((f) => f.severity === "warning" ? { ...f, severity: "error" } : f);
    if (options.quiet)
      file.findings = file.findings.filter((f) => f.severity === "error");
  }
  const checked = found.map((f) => ({ file: f.file, ...f.kind ? { kind: f.kind } : {}, findings: wordFile(f, ctx.langFor) }));
  if (ctx.global.verbose) {
    targets.forEach((tg, i) => results[i] === "skipped" && writeLine(ctx.io.stderr, ctx.style.dim(t("skipped", { file: ctx.shown(tg.path) }))));
  }
  if (checked.length === 0 && options.changedSince === void 0)
    throw new UsageError(t("noFiles", { paths: paths.join(", ") }));
  const errors = count(checked, "error");
  const warnings = count(checked, "warning");
  const runResult = {
    files: checked,
    summary: { files: checked.length, errors, warnings, skipped: results.length - checked.length },
    strict,
    ok: errors === 0
  };
  ctx.io.stdout.write(formatterFor(format).format(runResult, ctx.style));
  if (format === "text") {
    const line = summaryLine(found, { files: checked.length, errors, warnings }, ctx.langFor);
    writeLine(ctx.io.stderr, errors ? ctx.style.red(line) : warnings ? ctx.style.yellow(line) : ctx.style.green(line));
  }
  return errors ? EXIT_FINDINGS : EXIT_OK;
}
__name(run, "run");
function count(files, severity) {
  return files.reduce((n, f) => n + f.findings.reduce((k, x) => k + (x.severity === severity ? x.omitted ?? 1 : 0), 0), 0);
}
__name(count, "count");
export {
  run
};
