import {
  GitError,
  GitTimeoutError,
  git
} from "./chunk-PNYD6L2Z.js";
import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/changed.js
import { resolve } from "node:path";
async function changedSince(ref, cwd, env, t) {
  const run = /* @__PURE__ */ __name((args, dir, onFailure) => git(args, dir, { env }).catch((error) => {
    if (!(error instanceof GitError))
      throw error;
    if (error.problem === "git-missing")
      throw new UsageError(t("noGit"));
    if (error instanceof GitTimeoutError)
      throw new UsageError(t("gitTimeout", { seconds: error.seconds }));
    throw onFailure(error);
  }), "run");
  const root = (await run(["rev-parse", "--show-toplevel"], cwd, () => new UsageError(t("notGit", { dir: cwd })))).trim();
  if (ref.startsWith("-"))
    throw new UsageError(t("badRef", { ref }));
  await run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], root, () => new UsageError(t("badRef", { ref })));
  const failed = /* @__PURE__ */ __name((e) => new UsageError(t("gitFailed", { reason: e.detail.split("\n")[0] || e.message })), "failed");
  const lists = await Promise.all([
    run(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", `${ref}...HEAD`, "--"], root, failed),
    run(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", "HEAD", "--"], root, failed),
    run(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], root, failed)
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
export {
  changedSince
};
