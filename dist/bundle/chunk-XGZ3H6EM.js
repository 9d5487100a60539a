import {
  DATA_DIR,
  FRAMEWORKS_DIR
} from "./chunk-24SS6AOI.js";
import {
  realPath
} from "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/validate/framework-ref.js
import { existsSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
var ID = /^[a-z0-9][a-z0-9._-]*$/;
var bundled;
function bundledFrameworkIds() {
  bundled ??= readdirSync(FRAMEWORKS_DIR).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -".yaml".length)).sort();
  return bundled;
}
__name(bundledFrameworkIds, "bundledFrameworkIds");
function isBundledRef(ref) {
  return ID.test(ref) && !/\.ya?ml$/i.test(ref);
}
__name(isBundledRef, "isBundledRef");
var bundledTargets = /* @__PURE__ */ new Map();
function resolveFrameworkTarget(ref, fromFile) {
  if (isBundledRef(ref)) {
    let target = bundledTargets.get(ref);
    if (!target) {
      target = bundledFrameworkIds().includes(ref) ? { type: "bundled", id: ref, path: join(FRAMEWORKS_DIR, `${ref}.yaml`) } : { type: "unknown-id", id: ref };
      if (bundledTargets.size < 64)
        bundledTargets.set(ref, target);
    }
    return { ...target };
  }
  return { type: "path", path: resolve(dirname(fromFile), ref) };
}
__name(resolveFrameworkTarget, "resolveFrameworkTarget");
function isInside(child, parent) {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
__name(isInside, "isInside");
var RootFinder = class {
  static {
    __name(this, "RootFinder");
  }
  cwd;
  cache = /* @__PURE__ */ new Map();
  constructor(cwd) {
    this.cwd = cwd;
  }
  gitTop(dir) {
    const cached = this.cache.get(dir);
    if (cached !== void 0)
      return cached;
    const parent = dirname(dir);
    const found = existsSync(join(dir, ".git")) ? dir : parent === dir ? null : this.gitTop(parent);
    this.cache.set(dir, found);
    return found;
  }
  rootOf(file) {
    return this.gitTop(dirname(resolve(this.cwd, file))) ?? this.cwd;
  }
  /**
   * The folder a file's real path must stay in when it is read (links may
   * not lead out of it): its repository, found from where the file is named
   * (not where links lead); outside git, the working directory when the file
   * is named inside it, else the file's own folder.
   */
  boundOf(file) {
    const abs = resolve(this.cwd, file);
    const top = this.gitTop(dirname(abs));
    if (top !== null)
      return top;
    return isInside(abs, this.cwd) ? this.cwd : dirname(abs);
  }
};
function isAllowed(target, fromFile, roots) {
  const root = roots.rootOf(fromFile);
  const allowed = [root, realPath(root) ?? root, DATA_DIR, realPath(DATA_DIR) ?? DATA_DIR];
  const inside = /* @__PURE__ */ __name((p) => allowed.some((a) => isInside(p, a)), "inside");
  return { ok: inside(target) && inside(realPath(target) ?? target), root };
}
__name(isAllowed, "isAllowed");

export {
  ID,
  bundledFrameworkIds,
  isBundledRef,
  resolveFrameworkTarget,
  isInside,
  RootFinder,
  isAllowed
};
