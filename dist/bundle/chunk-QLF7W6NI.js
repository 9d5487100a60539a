import {
  UsageError
} from "./chunk-4FS4IW5A.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/discover.js
import { stat } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
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
function globEntries(pattern, cwd, files) {
  const { base, glob } = picomatch.scan(pattern);
  const absolute = isAbsolute(pattern);
  const match = picomatch(pattern, { dot: true });
  const start = resolve(cwd, base || ".");
  const maxDepth = glob.includes("**") ? Infinity : Math.max(0, glob.split("/").length - 1);
  const out = [];
  walk(start, (abs) => match(absolute ? posix(abs) : posix(relative(cwd, abs))), out, 0, maxDepth, files);
  return out;
}
__name(globEntries, "globEntries");

// dist/cli/validate/discover.js
async function discover(paths, cwd, t) {
  const found = /* @__PURE__ */ new Map();
  const listed = /* @__PURE__ */ new Set();
  const add = /* @__PURE__ */ __name((path, explicit) => {
    const seen = found.get(path);
    if (!seen || explicit && !seen.explicit)
      found.set(path, explicit ? { path, explicit } : { path, explicit, ...listed.has(path) ? { listedAsFile: true } : {} });
  }, "add");
  for (const p of paths) {
    const abs = resolve2(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        throw new UsageError(t("unreadable", { path: p, reason: code ?? String(error) }));
    }
    if (info?.isDirectory()) {
      yamlUnder(abs, listed).forEach((f) => add(f, false));
    } else if (info) {
      add(abs, true);
    } else if (isDynamicPattern(p)) {
      const files = globEntries(p.startsWith("./") ? p.slice(2) : p, cwd, listed);
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
