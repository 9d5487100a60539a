import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/io.js
function processIO() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE")
        process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
__name(processIO, "processIO");
function wantColor(io, flag) {
  if (flag === false)
    return false;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0)
    return ["", "1", "2", "3", "true"].includes(force);
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "")
    return false;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== "dumb";
}
__name(wantColor, "wantColor");
var Chalk;
async function loadChalk() {
  Chalk ??= (await import("chalk")).Chalk;
}
__name(loadChalk, "loadChalk");
var BUILDERS = /* @__PURE__ */ new Set(["rgb", "hex", "ansi256", "bgRgb", "bgHex", "bgAnsi256"]);
var PLAIN = new Proxy(/* @__PURE__ */ __name(function plain() {
}, "plain"), {
  apply: /* @__PURE__ */ __name((_target, _this, args) => args.length === 1 ? `${String(args[0])}` : args.join(" "), "apply"),
  get: /* @__PURE__ */ __name((_target, key) => key === "level" ? 0 : typeof key === "string" && BUILDERS.has(key) ? () => PLAIN : typeof key === "symbol" ? void 0 : PLAIN, "get"),
  set: /* @__PURE__ */ __name(() => true, "set")
});
function makeStyle(color) {
  return color && Chalk ? new Chalk({ level: 1 }) : PLAIN;
}
__name(makeStyle, "makeStyle");
function writeLine(stream, text = "") {
  stream.write(text + "\n");
}
__name(writeLine, "writeLine");

export {
  processIO,
  wantColor,
  loadChalk,
  makeStyle,
  writeLine
};
