import {
  progress,
  resultOf
} from "./chunk-OSN2ZHOE.js";
import {
  bandOf,
  round,
  roundSpread,
  stats
} from "./chunk-BM3PK7SN.js";
import {
  localNumber
} from "./chunk-MAVHN6RG.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/room/views.js
function itemView(room, item, lang) {
  const c = item.commitment;
  return {
    index: item.index,
    total: room.items.length,
    id: item.id,
    commitmentId: c.id,
    commitmentNo: item.commitmentNo,
    commitments: room.fw.commitments.length,
    commitmentTitle: pick(c.title, lang),
    action: item.action ? { id: item.action.id, no: item.actionNo, of: c.actions?.length ?? 0, title: pick(item.action.title, lang) } : null,
    description: pick(item.action?.description ?? c.description, lang),
    prompts: item.action ? [] : (c.prompts ?? []).map((p) => pick(p, lang))
  };
}
__name(itemView, "itemView");
function scaleView(room, lang) {
  const { min, max, bands } = room.fw.scale;
  return { min, max, bands: bands.map((b) => ({ id: b.id, min: b.min, max: b.max, label: pick(b.label, lang) })) };
}
__name(scaleView, "scaleView");
function participantView(room, me, lang) {
  const item = room.current;
  return {
    kind: "participant",
    city: room.assessment.city,
    anonymous: room.state.anonymous,
    me: { id: me.id, name: room.state.anonymous ? null : me.name },
    item: itemView(room, item, lang),
    open: room.state.open,
    myVote: room.myVote(me),
    agreed: resultOf(room.assessment, item).score ?? null,
    scale: scaleView(room, lang)
  };
}
__name(participantView, "participantView");
function isWide(min, max, scale) {
  return max - min >= (scale.max - scale.min) / 2;
}
__name(isWide, "isWide");
function numberText(value, lang) {
  return value === null ? null : localNumber(value, lang);
}
__name(numberText, "numberText");
function projectorView(room, lang, joinUrl) {
  const item = room.current;
  const result = resultOf(room.assessment, item);
  const votes = result.votes ?? {};
  const people = new Map(room.participants.map((p) => [p.id, p]));
  const joined = new Set(Object.values(room.state.tokens));
  const abstained = room.state.abstained[item.id] ?? [];
  const { min, max } = room.fw.scale;
  const distribution = [];
  const numbers = Object.values(votes).filter((v) => typeof v === "number");
  for (let v = min; v <= max; v++) {
    const band = bandOf(v, room.fw);
    distribution.push({ value: v, count: numbers.filter((n) => n === v).length, ...band ? { band: band.id } : {} });
  }
  distribution.push({ value: "n/a", count: Object.values(votes).filter((v) => v === "n/a").length });
  distribution.push({ value: "abstain", count: abstained.length });
  const spread = stats(numbers);
  const sectors = /* @__PURE__ */ new Map();
  for (const [id, v] of Object.entries(votes)) {
    if (typeof v !== "number")
      continue;
    const sector = people.get(id)?.sector ?? "none";
    sectors.set(sector, [...sectors.get(sector) ?? [], v]);
  }
  const bySector = [...sectors.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([sector, values]) => {
    const s = stats(values);
    const mean = s ? round(s.mean, 1) : null;
    const median = s ? round(s.median, 1) : null;
    return { sector, n: values.length, mean, median, meanText: numberText(mean, lang), medianText: numberText(median, lang) };
  });
  const shown = spread ? roundSpread(spread, 1) : null;
  const revealed = room.state.revealed && !room.state.anonymous;
  return {
    kind: "projector",
    version: room.version,
    city: room.assessment.city,
    date: room.assessment.date,
    code: room.state.code,
    joinUrl,
    anonymous: room.state.anonymous,
    item: itemView(room, item, lang),
    open: room.state.open,
    revealed: room.state.revealed,
    participants: room.participants.length,
    joined: joined.size,
    /** Who has a phone in the room, for "free a name" (ids only in an anonymous room). */
    phones: [...joined].map((id) => ({ id, name: room.state.anonymous ? id : people.get(id)?.name ?? id })).sort((a, b) => a.name.localeCompare(b.name)),
    /** Every vote on the item, those in the file from people without a phone here included. */
    voted: Object.keys(votes).length,
    /** Of those who joined, how many have voted: "{votedJoined} of {joined} joined have voted". */
    votedJoined: [...joined].filter((id) => Object.hasOwn(votes, id)).length,
    abstained: abstained.length,
    distribution,
    stats: spread && shown ? { ...shown, wide: isWide(spread.min, spread.max, room.fw.scale) } : null,
    /** The same statistics written out for the page, with the screen language's decimal mark (5,8 in French). */
    statsText: shown ? { mean: localNumber(shown.mean, lang), median: localNumber(shown.median, lang), min: localNumber(shown.min, lang), max: localNumber(shown.max, lang), sd: localNumber(shown.sd, lang) } : null,
    proposed: spread ? Math.round(spread.median) : null,
    bySector,
    votes: revealed ? Object.entries(votes).map(([id, value]) => ({ id, name: people.get(id)?.name ?? id, value })).sort((a, b) => a.name.localeCompare(b.name)) : null,
    agreed: result.score ?? null,
    notes: result.notes ?? "",
    scale: scaleView(room, lang),
    progress: progress(room.assessment, room.fw, room.items).map((r) => ({
      id: r.commitment.id,
      title: pick(r.commitment.title, lang),
      answered: r.answered,
      total: r.total
    })),
    items: room.items.map((i) => ({ index: i.index, id: i.id, commitmentNo: i.commitmentNo, scored: resultOf(room.assessment, i).score !== void 0 }))
  };
}
__name(projectorView, "projectorView");

export {
  participantView,
  isWide,
  projectorView
};
