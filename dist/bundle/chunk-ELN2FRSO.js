import {
  numberedName
} from "./chunk-H7INGYXH.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/free-name.js
import { lstat, readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";
var exists = /* @__PURE__ */ __name((path) => stat(path).then(() => true, () => false), "exists");
async function fields(path) {
  try {
    const info = await lstat(path);
    if (!info.isFile() || info.size > 1024 * 1024)
      return void 0;
    const doc = parse(await readFile(path, "utf8"), { maxAliasCount: 0 });
    return doc && typeof doc === "object" ? doc : void 0;
  } catch {
    return void 0;
  }
}
__name(fields, "fields");
async function freeName(cwd, name, isSame) {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : numberedName(name, n);
    const path = resolve(cwd, candidate);
    if (!await exists(path))
      return n === 1 ? { kind: "free", name } : { kind: "free", name: candidate, taken: name };
    const existing = await fields(path);
    if (existing && isSame(existing))
      return { kind: "same", name: candidate };
  }
}
__name(freeName, "freeName");
export {
  freeName
};
