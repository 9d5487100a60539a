import {
  addEvidence,
  setNotes,
  setScore,
  setVote
} from "./chunk-J6ASF6TJ.js";
import "./chunk-ZHDPVIQA.js";
import {
  writeMessages
} from "./chunk-KJ75UATF.js";
import {
  itemIdMessage,
  participantIdMessage,
  scoreMessage
} from "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  isBlankText
} from "./chunk-AWAFN55Q.js";
import "./chunk-VHFQKG57.js";
import {
  parseItemId,
  parseParticipantId,
  parseTypedScore
} from "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/assignments.js
function split(arg, t, form) {
  const at = arg.indexOf("=");
  if (at <= 0)
    throw new SyntaxError(t("setBadSyntax", { arg, form }));
  return [arg.slice(0, at).trim(), arg.slice(at + 1)];
}
__name(split, "split");
function parseAssignments(input, t, problems) {
  const out = [];
  const each = /* @__PURE__ */ __name((list, form, make, option = "") => {
    for (const arg of list) {
      try {
        const [key, value] = split(arg, t, form);
        out.push({ ...make(key, value), origin: option ? `${option} ${arg}` : arg });
      } catch (error) {
        problems.push(error.message);
      }
    }
  }, "each");
  each(input.scores, t("setFormScore"), (item, value) => ({ kind: "score", item, value }));
  each(input.notes, t("setFormText"), (item, value) => ({ kind: "note", item, value }), "--note");
  each(input.evidence, t("setFormText"), (item, value) => ({ kind: "evidence", item, value }), "--evidence");
  each(input.votes, t("setFormVote"), (key, value) => {
    const colon = key.lastIndexOf(":");
    if (colon <= 0 || colon === key.length - 1)
      throw new SyntaxError(t("setBadSyntax", { arg: `${key}=${value}`, form: t("setFormVote") }));
    return { kind: "vote", item: key.slice(0, colon), participant: key.slice(colon + 1), value };
  }, "--vote");
  return out;
}
__name(parseAssignments, "parseAssignments");
function targets(fw) {
  const map = /* @__PURE__ */ new Map();
  for (const c of fw.commitments) {
    const hasActions = (c.actions ?? []).length > 0;
    map.set(c.id, { commitment: c.id, hasActions });
    for (const a of c.actions ?? [])
      map.set(a.id, { commitment: c.id, action: a.id, hasActions: false });
  }
  return map;
}
__name(targets, "targets");
function parseScoreValue(raw, fw) {
  const parsed = parseTypedScore(raw, fw.scale);
  return parsed.ok ? parsed.value : void 0;
}
__name(parseScoreValue, "parseScoreValue");
function duplicateProblems(assignments, tw) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  for (const a of assignments) {
    if (a.kind === "evidence")
      continue;
    const what = a.kind === "vote" ? `${a.item}:${a.participant}` : a.kind === "note" ? `--note ${a.item}` : a.item;
    const key = `${a.kind}\0${what}`;
    const first = seen.get(key);
    if (first)
      problems.push(tw("duplicateAssignment", { what, first: first.origin ?? "?", second: a.origin ?? "?" }));
    else
      seen.set(key, a);
  }
  return problems;
}
__name(duplicateProblems, "duplicateProblems");
function planEdits(assignments, assessment, fw, t, problems, _tw = translator(writeMessages, "en"), lang = "en", places) {
  const known = targets(fw);
  const people = (assessment.participants ?? []).map((p) => p.id);
  const edits = [];
  for (const a of assignments) {
    const problem = /* @__PURE__ */ __name((message, where = a.where) => {
      problems.push(message);
      places?.push(where);
    }, "problem");
    const item = parseItemId(a.item, fw, "item");
    const target = item.ok ? known.get(item.id) : void 0;
    if (!item.ok || !target) {
      if (!item.ok)
        problem(itemIdMessage(item, lang), a.itemWhere ?? a.where);
      continue;
    }
    const { commitment, action } = target;
    if ((a.kind === "score" || a.kind === "vote") && target.hasActions) {
      const actions = fw.commitments.find((c) => c.id === commitment)?.actions?.map((x) => x.id) ?? [];
      problem(t("setScoredByActions", { id: a.item, actions: actions.join(", ") }), a.itemWhere ?? a.where);
      continue;
    }
    if (a.kind === "score" || a.kind === "vote") {
      const parsed = parseTypedScore(a.value, fw.scale);
      if (!parsed.ok) {
        problem(`${a.item}: ${scoreMessage(parsed, a.value, fw.scale, lang)}`);
        continue;
      }
      const value = parsed.value;
      const who = a.kind === "vote" ? parseParticipantId(a.participant, people) : void 0;
      if (a.kind === "score") {
        edits.push((text) => setScore(text, commitment, action, value));
      } else if (who && !who.ok) {
        problem(`${a.item}: ${participantIdMessage(who, lang)}`, a.participantWhere ?? a.where);
      } else if (who?.ok) {
        const id = who.id;
        edits.push((text) => setVote(text, commitment, action, id, value));
      }
    } else if (isBlankText(a.value)) {
      problem(t(a.kind === "note" ? "setEmptyNote" : "setEmptyEvidence", { item: a.item }));
    } else if (a.kind === "note") {
      edits.push((text) => setNotes(text, commitment, action, a.value));
    } else {
      edits.push((text) => addEvidence(text, commitment, action, a.value.trim()));
    }
  }
  return edits;
}
__name(planEdits, "planEdits");
export {
  duplicateProblems,
  parseAssignments,
  parseScoreValue,
  planEdits,
  targets
};
