import {
  refusalReason
} from "./chunk-OWY6T33T.js";
import "./chunk-V7TOTA77.js";
import "./chunk-OGQQ4P3X.js";
import "./chunk-JVVFF545.js";
import "./chunk-DDMMEGKX.js";
import "./chunk-7BUI3BKP.js";
import "./chunk-LZ5AH6GU.js";
import {
  visible
} from "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/room-refusals.js
var BURST_MS = 1e4;
function wordWho(who, t) {
  const named = /* @__PURE__ */ __name((id, name) => name !== void 0 && name !== id ? `${visible(name)}${id !== void 0 ? ` (${visible(id)})` : ""}` : visible(id ?? ""), "named");
  if (who.kind === "participant")
    return named(who.id, who.name);
  if (who.kind === "facilitator")
    return t("whoFacilitator");
  if (who.kind === "unknown")
    return t("whoUnknown");
  if (who.id !== void 0)
    return t("whoPicking", { name: named(who.id, who.name) });
  if (who.name !== void 0)
    return t("whoRegistering", { name: visible(who.name) });
  return t("whoJoining");
}
__name(wordWho, "wordWho");
var CONTROLS = { open: "whatOpen", close: "whatClose", reveal: "whatReveal", hide: "whatHide", next: "whatNext", prev: "whatPrev" };
function wordWhat(what, t) {
  const v = /* @__PURE__ */ __name((s) => visible(s), "v");
  switch (what.kind) {
    case "vote":
      return what.item !== void 0 && what.value !== void 0 ? t("whatVote", { value: v(what.value), item: v(what.item) }) : t("whatVoteBare");
    case "abstain":
      return what.item !== void 0 ? t("whatAbstain", { item: v(what.item) }) : t("whatVoteBare");
    case "agree":
      return what.item !== void 0 && what.value !== void 0 ? t("whatAgree", { value: v(what.value), item: v(what.item) }) : t("whatAgreeBare");
    case "clearAgree":
      return what.item !== void 0 ? t("whatClearAgree", { item: v(what.item) }) : t("whatAgreeBare");
    case "note":
      return what.item !== void 0 ? t("whatNote", { item: v(what.item) }) : t("whatNoteBare");
    case "control":
      if (what.action === "jump" && what.index !== void 0)
        return t("whatJump", { no: what.index + 1 });
      return what.action !== void 0 && Object.hasOwn(CONTROLS, what.action) ? t(CONTROLS[what.action]) : t("whatControl");
    case "release":
      return what.id !== void 0 ? t("whatRelease", { id: v(what.id) }) : t("whatReleaseBare");
    case "join":
      return t("whatJoin");
    case "claim":
      return t("whatClaim");
    case "register":
      return t("whatRegister");
    case "view":
      return t("whatView");
    case "request":
      return t("whatRequest", { method: v(what.method), path: v(what.path) });
  }
}
__name(wordWhat, "wordWhat");
function refusalLine(r, t, lang) {
  return t("refused", { who: wordWho(r.who, t), what: wordWhat(r.what, t), reason: visible(refusalReason(r.key, r.detail, lang, true)) });
}
__name(refusalLine, "refusalLine");
var LINES_PER_BURST = 8;
function startRefusalLog(t, lang, out, burstMs = BURST_MS) {
  let burst;
  let stopped = false;
  const flush = /* @__PURE__ */ __name(() => {
    if (!burst)
      return;
    clearTimeout(burst.timer);
    const { count, who, since } = burst;
    burst = void 0;
    if (count === 0)
      return;
    const list = [...who].map(([name, n]) => n > 1 ? `${name} \xD7${n}` : name).join(", ");
    out(t("refusedMore", { count, seconds: Math.max(1, Math.round((Date.now() - since) / 1e3)), who: list }));
  }, "flush");
  return {
    onRefused(r) {
      if (stopped)
        return out(refusalLine(r, t, lang));
      if (!burst) {
        const timer = setTimeout(flush, burstMs);
        timer.unref();
        burst = { timer, since: Date.now(), count: 0, lines: 0, limited: false, who: /* @__PURE__ */ new Map() };
      }
      const own = r.status === 429 ? !burst.limited : burst.lines < LINES_PER_BURST;
      if (own) {
        out(refusalLine(r, t, lang));
        if (r.status === 429)
          burst.limited = true;
        else
          burst.lines++;
        return;
      }
      burst.count++;
      const name = wordWho(r.who, t);
      burst.who.set(name, (burst.who.get(name) ?? 0) + 1);
    },
    stop() {
      stopped = true;
      flush();
    }
  };
}
__name(startRefusalLog, "startRefusalLog");
export {
  BURST_MS,
  LINES_PER_BURST,
  refusalLine,
  startRefusalLog,
  wordWhat,
  wordWho
};
