import {
  scoreMessages
} from "./chunk-BJPECSQD.js";
import {
  roomMessages
} from "./chunk-V7TOTA77.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  userMessage
} from "./chunk-7CBKRIMN.js";
import "./chunk-KJ75UATF.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import "./chunk-45ZBJLQG.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  itemIdMessage
} from "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-32634MZU.js";
import {
  C21Error,
  EXIT_OK,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/room.js
var options = [
  { flags: "--host <address>", help: "optHost" },
  { flags: "--port <n>", help: "optPort", default: 8021, integer: { min: 0, max: 65535 } },
  { flags: "--anonymous", help: "optAnonymous" },
  { flags: "--commitment <id>", help: "optCommitment" }
];
var spec = defineCommand({
  name: "room",
  messages: roomMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("roomSummary")).description(t("roomSummary")).argument("<file>", t("argFile")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const [{ lanAddresses, urlHost }, { Room }, { buildServer }, { freshState, readState, sidecarPath, writeState }, { firstItemOf }, { openAssessment }, { startMirror }, { scoreFile }, { seriesLabels }, { scoreTable }] = await Promise.all([
    import("./chunk-X5MGFA5W.js"),
    import("./chunk-LOU3V37C.js"),
    import("./chunk-LPMY32GF.js"),
    import("./chunk-BNHESQ5G.js"),
    import("./chunk-SP7K7ZCO.js"),
    import("./chunk-2GCIJEFA.js"),
    import("./chunk-LL5QVSVO.js"),
    import("./chunk-5DNZ2B6I.js"),
    import("./chunk-FGYDTR2S.js"),
    import("./chunk-I446XFDL.js")
  ]);
  const opened = await openAssessment(args[0], ctx.io.cwd, { validation: await ctx.validation() });
  const lang = ctx.langFor(opened.assessment.language);
  const t = translator(roomMessages, lang);
  const out = /* @__PURE__ */ __name((line = "") => writeLine(ctx.io.stdout, line), "out");
  const port = options2.port;
  const commitment = options2.commitment;
  const { parseItemId } = await import("./chunk-6264S22B.js");
  const start = commitment === void 0 ? void 0 : parseItemId(commitment, opened.framework, "commitment");
  if (start && !start.ok)
    throw new UsageError(itemIdMessage(start, lang));
  const statePath = sidecarPath(opened.path);
  const shownState = ctx.shown(statePath);
  const saved = await readState(statePath);
  if (saved === "corrupt")
    throw new UsageError(t("corruptSidecar", { file: shownState }), t("corruptSidecarHint"));
  if (saved && !saved.anonymous && options2.anonymous && Object.keys(saved.tokens).length > 0) {
    throw new UsageError(t("anonymousLate"), t("anonymousLateHint"));
  }
  const state = saved ?? freshState(Boolean(options2.anonymous));
  if (options2.anonymous)
    state.anonymous = true;
  const room = new Room({ file: opened.path, shown: opened.shown, statePath, text: opened.text, fw: opened.framework, state, validation: await ctx.validation() });
  if (start?.ok) {
    const at = firstItemOf(room.items, start.id) ?? 0;
    if (at !== state.current)
      Object.assign(state, { current: at, open: true, revealed: false });
  }
  const lan = options2.host === void 0 ? lanAddresses()[0] : void 0;
  const host = options2.host ?? lan?.address ?? "127.0.0.1";
  let joinUrl = "";
  const { startRefusalLog } = await import("./chunk-PRMSK56A.js");
  const refusals = startRefusalLog(t, lang, (line) => out(ctx.style.yellow(line)));
  const { app, hub } = await buildServer({
    room,
    lang,
    joinUrl: /* @__PURE__ */ __name(() => joinUrl, "joinUrl"),
    onRefused: refusals.onRefused,
    // A refused save (a read-only file, another writer's lock) is said as the boundary says it; anything else is ours.
    onInternalError: /* @__PURE__ */ __name((error) => writeLine(ctx.io.stderr, ctx.style.red(error instanceof C21Error ? userMessage(error, lang) : t("internalError", { message: error instanceof Error ? error.message : String(error) }))), "onInternalError")
  });
  try {
    await app.listen({ host, port });
  } catch (error) {
    const e = error;
    await app.close().catch(() => void 0);
    hub.close();
    if (e.code === "EADDRINUSE")
      throw new UsageError(t("portInUse", { port, host }), t("portInUseHint"));
    if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND" || e.code === "EINVAL" || e.code === "EACCES" || e.code === "EAI_AGAIN") {
      throw new UsageError(t("badHost", { host, reason: e.code }), t("badHostHint", { suggest: lanAddresses()[0]?.address ?? "127.0.0.1" }));
    }
    throw error;
  }
  await writeState(statePath, state);
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  joinUrl = `http://${urlHost(host)}:${actualPort}/`;
  out(ctx.style.bold(t("opened", { city: opened.assessment.city, file: opened.shown })));
  out();
  out(ctx.style.bold(t("joinAddress", { url: joinUrl })));
  out(ctx.style.bold(t("roomCode", { code: state.code })));
  const QRCode = (await import("qrcode")).default;
  if (ctx.io.stdout.isTTY)
    out(await QRCode.toString(`${joinUrl}#code=${state.code}`, { type: "terminal", small: true, errorCorrectionLevel: "M" }));
  out(t("projectorLink", { url: `${joinUrl}projector#key=${state.facilitatorKey}` }));
  out();
  if (options2.host !== void 0)
    out(t("boundChosen", { address: host }));
  else if (lan)
    out(t("boundLan", { address: host, iface: lan.iface }));
  else
    out(ctx.style.yellow(t("boundLoopback", { address: host })));
  if (state.anonymous)
    out(t("anonymousOn"));
  if (saved)
    out(t("resumed", { item: room.current.id, joined: new Set(Object.values(state.tokens)).size }));
  out(ctx.style.dim(t("sidecarNote", { file: shownState })));
  out(ctx.style.dim(t("stopHint")));
  out();
  const stopMirror = startMirror(room, lang, t, out, (c) => pick(c, lang));
  await new Promise((resolve) => {
    const stop = /* @__PURE__ */ __name(() => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    }, "stop");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  out();
  out(t("closing"));
  stopMirror();
  refusals.stop();
  hub.close();
  await app.close();
  await room.drain();
  await writeState(statePath, state);
  out();
  out(ctx.style.bold(t("finalTable")));
  const [label] = seriesLabels([{ file: opened.shown, assessment: room.assessment }]);
  const result = scoreFile(opened.shown, label ?? opened.shown, room.assessment, room.fw, lang);
  ctx.io.stdout.write(scoreTable([result], translator(scoreMessages, lang), ctx.style, lang));
  out();
  out(ctx.style.green(t("closed", { file: ctx.shown(opened.path) })));
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
