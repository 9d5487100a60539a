import {
  isInside
} from "./chunk-U7D4YD7Z.js";
import {
  RootFinder
} from "./chunk-XGZ3H6EM.js";
import "./chunk-24SS6AOI.js";
import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  realPath
} from "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/discover.js
import { stat } from "node:fs/promises";
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
import { isDynamicPattern } from "tinyglobby";

// dist/cli/validate/walk.js
import { readdirSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
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
function walk(dir, accept, out, depth, maxDepth, files) {
  for (const entry of entries(dir)) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && depth < maxDepth)
        walk(abs, accept, out, depth + 1, maxDepth, files);
    } else if (accept(abs)) {
      out.push(abs);
      if (entry.isFile())
        files?.add(abs);
    }
  }
}
__name(walk, "walk");
function yamlUnder(dir, files) {
  const out = [];
  walk(dir, (abs) => YAML_NAME.test(abs), out, 0, Infinity, files);
  return out;
}
__name(yamlUnder, "yamlUnder");
var posix = /* @__PURE__ */ __name((p) => p.split(sep).join("/"), "posix");
function globBase(pattern, cwd) {
  return resolve(cwd, picomatch.scan(pattern).base || ".");
}
__name(globBase, "globBase");
function globEntries(pattern, cwd, files) {
  const { glob } = picomatch.scan(pattern);
  const absolute = isAbsolute(pattern);
  const match = picomatch(pattern, { dot: true });
  const start = globBase(pattern, cwd);
  const maxDepth = glob.includes("**") ? Infinity : Math.max(0, glob.split("/").length - 1);
  const out = [];
  walk(start, (abs) => match(absolute ? posix(abs) : posix(relative(cwd, abs))), out, 0, maxDepth, files);
  return out;
}
__name(globEntries, "globEntries");

// dist/cli/validate/discover.js
function outsideOf(dir, roots) {
  const root = roots.boundOf(dir);
  const where = realPath(dir);
  if (where === void 0)
    return void 0;
  const rootReal = realPath(root) ?? root;
  return isInside(where, rootReal) || isInside(where, root) ? void 0 : root;
}
__name(outsideOf, "outsideOf");
async function discover(paths, cwd, t) {
  const found = /* @__PURE__ */ new Map();
  const roots = new RootFinder(cwd);
  let typed = false;
  const mark = /* @__PURE__ */ __name((t2) => typed ? { ...t2, typedRelative: true } : t2, "mark");
  const refuse = /* @__PURE__ */ __name((path, outside) => found.set(path, mark({ path, explicit: true, outside })), "refuse");
  const listed = /* @__PURE__ */ new Set();
  const add = /* @__PURE__ */ __name((path, explicit) => {
    const seen = found.get(path);
    if (!seen || explicit && !seen.explicit)
      found.set(path, mark(explicit ? { path, explicit } : { path, explicit, ...listed.has(path) ? { listedAsFile: true } : {} }));
  }, "add");
  for (const p of paths) {
    const abs = resolve2(cwd, p);
    typed = !isAbsolute2(p);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        throw new UsageError(t("unreadable", { path: p, reason: code ?? String(error) }));
    }
    if (info?.isDirectory()) {
      const outside = outsideOf(abs, roots);
      if (outside !== void 0)
        refuse(abs, outside);
      else
        yamlUnder(abs, listed).forEach((f) => add(f, false));
    } else if (info) {
      add(abs, true);
    } else if (isDynamicPattern(p)) {
      const pattern = p.startsWith("./") ? p.slice(2) : p;
      const base = globBase(pattern, cwd);
      const outside = outsideOf(base, roots);
      if (outside !== void 0) {
        refuse(base, outside);
        continue;
      }
      const files = globEntries(pattern, cwd, listed);
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
export {
  discover
};
