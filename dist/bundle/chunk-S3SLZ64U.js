import "./chunk-OLRMGEEG.js";
import "./chunk-WT7XNUGS.js";
import {
  addEvidence,
  addName,
  addParticipant,
  itemPath,
  setNotes,
  setParticipants,
  setScore,
  setVote,
  setVoteSetting
} from "./chunk-J6ASF6TJ.js";
import "./chunk-ZHDPVIQA.js";
import "./chunk-MN4DHFGD.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import {
  locate
} from "./chunk-VHFQKG57.js";
import "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/merge.js
function mergeMismatches(inputs) {
  const first = inputs[0];
  if (!first)
    return [];
  const out = [];
  inputs.forEach((input, index) => {
    if (index === 0)
      return;
    const check = /* @__PURE__ */ __name((field, expected, found) => {
      if (expected !== found)
        out.push({ field, index, expected, found, ...locate(input.source, [field]) });
    }, "check");
    check("city", first.assessment.city, input.assessment.city);
    check("date", String(first.assessment.date), String(input.assessment.date));
    check("framework", first.framework.id, input.framework.id);
  });
  return out;
}
__name(mergeMismatches, "mergeMismatches");
function itemsOf(fw) {
  return fw.commitments.flatMap((c) => c.actions && c.actions.length > 0 ? c.actions.map((a) => ({ id: a.id, commitment: c.id, action: a.id })) : [{ id: c.id, commitment: c.id }]);
}
__name(itemsOf, "itemsOf");
function resultAt(a, item) {
  const c = a.commitments?.[item.commitment];
  return item.action ? c?.actions?.[item.action] : c;
}
__name(resultAt, "resultAt");
var same = /* @__PURE__ */ __name((a, b) => JSON.stringify(a) === JSON.stringify(b), "same");
function precedence(count, prefer) {
  const order = Array.from({ length: count }, (_, i) => i);
  return prefer === void 0 ? order : [prefer, ...order.filter((i) => i !== prefer)];
}
__name(precedence, "precedence");
function mergeAssessments(inputs, prefer) {
  const first = inputs[0];
  if (!first)
    throw new Error("merge needs at least one file");
  const order = precedence(inputs.length, prefer);
  const conflicts = [];
  let text = first.text;
  const decide = /* @__PURE__ */ __name((found, conflict) => {
    if (found.length === 0)
      return void 0;
    const winner = order.map((i) => found.find((f) => f.index === i)).find((f) => f !== void 0);
    if (found.some((f) => !same(f.value, found[0]?.value)))
      conflicts.push({ ...conflict, values: found, winner: winner.index });
    return winner;
  }, "decide");
  const people = /* @__PURE__ */ new Map();
  for (const p of first.assessment.participants ?? [])
    people.set(p.id, { p, index: 0 });
  let replaceList = false;
  const merged = [...first.assessment.participants ?? []];
  const seen = /* @__PURE__ */ new Map();
  inputs.forEach((input, index) => (input.assessment.participants ?? []).forEach((p, at) => {
    const list = seen.get(p.id) ?? [];
    list.push({ index, value: p, ...locate(input.source, ["participants", at]) });
    seen.set(p.id, list);
  }));
  for (const [id, found] of seen) {
    const winner = decide(found, { kind: "participant", participant: id });
    if (!winner)
      continue;
    const chosen = winner.value;
    const at = merged.findIndex((p) => p.id === id);
    if (at === -1) {
      merged.push(chosen);
      text = addParticipant(text, chosen);
    } else if (!same(merged[at], chosen)) {
      merged[at] = chosen;
      replaceList = true;
    }
  }
  if (replaceList)
    text = setParticipants(text, merged);
  for (const key of ["facilitators", "experts"]) {
    const have = new Set(first.assessment[key] ?? []);
    for (const input of inputs.slice(1)) {
      for (const name of input.assessment[key] ?? []) {
        if (have.has(name))
          continue;
        have.add(name);
        text = addName(text, key, name);
      }
    }
  }
  if (first.assessment.settings?.votes !== true && inputs.some((i) => i.assessment.settings?.votes === true)) {
    text = setVoteSetting(text, true);
  }
  for (const item of itemsOf(first.framework)) {
    const path = itemPath(item.commitment, item.action);
    const results = inputs.map((input) => resultAt(input.assessment, item));
    const at = /* @__PURE__ */ __name((index, tail) => locate(inputs[index].source, [...path, ...tail]), "at");
    const mine = results[0];
    const voters = new Set(results.flatMap((r) => Object.keys(r?.votes ?? {})));
    for (const id of voters) {
      const found = [];
      results.forEach((r, index) => {
        const v = r?.votes?.[id];
        if (v !== void 0)
          found.push({ index, value: v, ...at(index, ["votes", id]) });
      });
      const winner = decide(found, { kind: "vote", item: item.id, participant: id });
      if (winner && !same(mine?.votes?.[id], winner.value))
        text = setVote(text, item.commitment, item.action, id, winner.value);
    }
    const scores = [];
    results.forEach((r, index) => {
      if (r?.score !== void 0)
        scores.push({ index, value: r.score, ...at(index, ["score"]) });
    });
    const score = decide(scores, { kind: "score", item: item.id });
    if (score && !same(mine?.score, score.value))
      text = setScore(text, item.commitment, item.action, score.value);
    const notes = [...new Set(results.map((r) => r?.notes?.trim()).filter((n) => !!n))];
    const joined = notes.join("\n\n");
    if (joined && joined !== mine?.notes?.trim())
      text = setNotes(text, item.commitment, item.action, joined);
    const have = [...mine?.evidence ?? []];
    for (const r of results.slice(1)) {
      for (const e of r?.evidence ?? []) {
        if (have.some((h) => same(h, e)))
          continue;
        have.push(e);
        text = addEvidence(text, item.commitment, item.action, e);
      }
    }
  }
  return { text, conflicts };
}
__name(mergeAssessments, "mergeAssessments");
export {
  mergeAssessments,
  mergeMismatches
};
