import {
  isWide
} from "./chunk-C7EUDN6E.js";
import {
  resultOf
} from "./chunk-OSN2ZHOE.js";
import {
  round,
  stats
} from "./chunk-BM3PK7SN.js";
import {
  localNumber
} from "./chunk-MAVHN6RG.js";
import "./chunk-33AJFZ56.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/mirror.js
function startMirror(room, lang, t, out, text) {
  let lastHead = "";
  let lastCount = "";
  let lastAgreed = "";
  let timer;
  const show = /* @__PURE__ */ __name(() => {
    timer = void 0;
    const item = room.current;
    const title = item.action ? `${item.action.id} ${text(item.action.title)}` : `${item.commitment.id} ${text(item.commitment.title)}`;
    const head = t("mirrorItem", { no: item.index + 1, total: room.items.length, title, state: t(room.state.open ? "mirrorOpen" : "mirrorClosed") });
    if (head !== lastHead) {
      out(head);
      lastHead = head;
      lastCount = "";
      lastAgreed = "";
    }
    const result = resultOf(room.assessment, item);
    const votes = Object.values(result.votes ?? {});
    const s = stats(votes.filter((v) => typeof v === "number"));
    const count = t("mirrorVotes", {
      voted: votes.length,
      abstained: (room.state.abstained[item.id] ?? []).length,
      joined: new Set(Object.values(room.state.tokens)).size,
      stats: s ? t("mirrorStats", { median: localNumber(round(s.median, 1), lang), min: s.min, max: s.max }) + (isWide(s.min, s.max, room.fw.scale) ? t("mirrorWide") : "") : ""
    });
    if (count !== lastCount)
      out(count);
    lastCount = count;
    const agreed = result.score === void 0 ? "" : t("mirrorAgreed", { score: result.score === "n/a" ? t("mirrorNa") : String(result.score) });
    if (agreed && agreed !== lastAgreed)
      out(agreed);
    lastAgreed = agreed;
  }, "show");
  const onChange = /* @__PURE__ */ __name(() => {
    timer ??= setTimeout(show, 1e3);
  }, "onChange");
  show();
  room.on("change", onChange);
  return () => {
    room.off("change", onChange);
    if (timer)
      clearTimeout(timer);
    show();
  };
}
__name(startMirror, "startMirror");
export {
  startMirror
};
