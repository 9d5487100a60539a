import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/git.js
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
var GitError = class extends UsageError {
  static {
    __name(this, "GitError");
  }
  problem;
  target;
  detail;
  constructor(problem, target, message, detail = "") {
    super(message);
    this.problem = problem;
    this.target = target;
    this.detail = detail;
  }
};
var GitTimeoutError = class extends GitError {
  static {
    __name(this, "GitTimeoutError");
  }
  seconds;
  constructor(target, seconds, detail) {
    super("git-timeout", target, `git-timeout (${seconds} s): ${detail}`, detail);
    this.seconds = seconds;
  }
};
var ANSWER_TIMEOUT_MS = 3e4;
var COMMAND_TIMEOUT_MS = 5 * 6e4;
var MAX_OUTPUT = 64 * 1024 * 1024;
function gitEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env))
    if (v !== void 0)
      out[k] = v;
  return { ...out, LC_ALL: "C", LANGUAGE: "C", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_LITERAL_PATHSPECS: "1" };
}
__name(gitEnv, "gitEnv");
function git(args, cwd, options) {
  return new Promise((resolvePromise, reject) => {
    const timeoutMs = options.timeoutMs ?? COMMAND_TIMEOUT_MS;
    const child = execFile("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(options.env), maxBuffer: MAX_OUTPUT, encoding: "utf8", windowsHide: true }, (error, stdout, stderr) => {
      clearTimeout(timer);
      if (!error)
        return resolvePromise(stdout);
      const code = error.code;
      if (code === "ENOENT") {
        return reject(new GitError("git-missing", "git", "git is not installed or not on PATH"));
      }
      const text = String(stderr).trim();
      if (/not a git repository/i.test(text)) {
        return reject(new GitError("not-a-repository", cwd, `${cwd} is not inside a git repository`, text));
      }
      const detail = text || (code !== void 0 ? `${String(code)}: ${error.message}` : error.message).trim() || "git-failed";
      reject(new GitError("git-failed", cwd, `git ${args[0] ?? ""} failed: ${detail.split("\n")[0] ?? ""}`, detail));
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      child.stdin?.destroy();
      child.stdout?.destroy();
      child.stderr?.destroy();
      reject(new GitTimeoutError(cwd, timeoutMs / 1e3, `git ${args[0] ?? ""} gave no answer`));
    }, timeoutMs);
  });
}
__name(git, "git");
async function trackedFile(file, options) {
  const abs = resolve(file);
  const dir = dirname(abs);
  const info = await stat(dir).catch(() => void 0);
  if (!info?.isDirectory())
    throw new GitError("not-tracked", file, `${file}: no such file`);
  const root = (await git(["rev-parse", "--show-toplevel"], dir, options)).trim();
  let listed;
  try {
    listed = await git(["ls-files", "-z", "--full-name", "--error-unmatch", "--", basename(abs)], dir, options);
  } catch (error) {
    if (error instanceof GitError && error.problem === "git-failed") {
      throw new GitError("not-tracked", file, `${file} is not tracked by git`, error.detail);
    }
    throw error;
  }
  const path = listed.split("\0")[0];
  if (!path)
    throw new GitError("not-tracked", file, `${file} is not tracked by git`);
  return { root, path };
}
__name(trackedFile, "trackedFile");
async function fileCommits(tracked, options) {
  const out = await git(["log", "--follow", "-z", "--format=%x1e%H%x1f%h%x1f%cI%x1f%s", "--name-status", "--", tracked.path], tracked.root, options);
  return parseFollowLog(out, tracked.path);
}
__name(fileCommits, "fileCommits");
function parseFollowLog(out, currentPath) {
  const commits = [];
  let path = currentPath;
  for (const record of out.split("")) {
    if (!record.trim())
      continue;
    const end = record.indexOf("\0");
    const header = end === -1 ? record : record.slice(0, end);
    const [hash = "", short = "", committed = "", ...subject] = header.split("");
    const tokens = (end === -1 ? "" : record.slice(end + 1)).split("\0").map((t) => t.replace(/^\n/, "")).filter((t) => t !== "");
    let status = "";
    let at = path;
    if (tokens.length >= 2) {
      status = (tokens[0] ?? "").charAt(0);
      const twoPaths = status === "R" || status === "C";
      at = (twoPaths ? tokens[2] : tokens[1]) ?? path;
      path = twoPaths ? tokens[1] ?? at : at;
    }
    commits.push({ hash, short, committed, subject: subject.join(""), path: at, status });
  }
  return commits;
}
__name(parseFollowLog, "parseFollowLog");
async function hasLocalChanges(tracked, options) {
  const out = await git(["status", "--porcelain", "-z", "--", tracked.path], tracked.root, options);
  return out.length > 0;
}
__name(hasLocalChanges, "hasLocalChanges");

export {
  GitError,
  GitTimeoutError,
  ANSWER_TIMEOUT_MS,
  COMMAND_TIMEOUT_MS,
  gitEnv,
  git,
  trackedFile,
  fileCommits,
  parseFollowLog,
  hasLocalChanges
};
