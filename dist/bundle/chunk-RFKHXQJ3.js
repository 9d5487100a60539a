import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/completion/words.js
function isPathLike(name) {
  return name !== void 0 && /file|dir|path|folder|\.(csv|svg|png|ya?ml|html|md)/i.test(name);
}
__name(isPathLike, "isPathLike");
function flags(o) {
  return [o.short, o.long].filter((f) => f !== void 0);
}
__name(flags, "flags");
function commandPaths(root) {
  const out = [];
  const walk = /* @__PURE__ */ __name((cmd, prefix) => {
    for (const sub of cmd.commands) {
      out.push([[...prefix, sub.name], sub]);
      walk(sub, [...prefix, sub.name]);
    }
  }, "walk");
  walk(root, []);
  return out;
}
__name(commandPaths, "commandPaths");
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
__name(oneLine, "oneLine");

export {
  isPathLike,
  flags,
  commandPaths,
  oneLine
};
