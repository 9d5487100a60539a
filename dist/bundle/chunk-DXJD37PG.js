import {
  mergeMessages
} from "./chunk-ZUJPIL33.js";
import "./chunk-QB3L5QAV.js";
import "./chunk-6WC2P2DX.js";
import {
  addEvidence,
  addParticipant,
  appendIn,
  itemPath,
  openAssessment,
  setIn,
  setNotes,
  setScore,
  setVote
} from "./chunk-OZVBKZ4R.js";
import "./chunk-7OUNB2G2.js";
import {
  formatFindings
} from "./chunk-ZPAPUITT.js";
import "./chunk-4QM3XXAH.js";
import "./chunk-SBVRGC7F.js";
import {
  atomicWrite
} from "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  locate,
  validateText
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/merge.js
import { dirname, isAbsolute, relative, resolve } from "node:path";

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
    text = setIn(text, ["participants"], merged);
  for (const key of ["facilitators", "experts"]) {
    const have = new Set(first.assessment[key] ?? []);
    for (const input of inputs.slice(1)) {
      for (const name of input.assessment[key] ?? []) {
        if (have.has(name))
          continue;
        have.add(name);
        text = appendIn(text, [key], name);
      }
    }
  }
  if (first.assessment.settings?.votes !== true && inputs.some((i) => i.assessment.settings?.votes === true)) {
    text = setIn(text, ["settings", "votes"], true);
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

// dist/cli/commands/merge.js
function show(value) {
  if (value !== null && typeof value === "object") {
    const p = value;
    return `"${[p.name, p.organisation, p.sector].filter(Boolean).join(", ")}"`;
  }
  return String(value);
}
__name(show, "show");
function conflictFinding(c, inputs, t, severity) {
  const [here, ...rest] = c.values;
  const others = rest.map((o) => t("elsewhere", { value: show(o.value), file: inputs[o.index]?.file ?? "", line: o.line, column: o.column })).join(", ");
  const params = { item: c.item ?? "", who: c.participant ?? "", value: show(here.value), others };
  return {
    file: inputs[here.index]?.file ?? "",
    line: here.line,
    column: here.column,
    severity,
    rule: `merge-conflict-${c.kind}`,
    message: t(`conflict_${c.kind}`, params)
  };
}
__name(conflictFinding, "conflictFinding");
async function run(ctx, args, options) {
  let t = translator(mergeMessages, ctx.lang);
  if (args.length < 2)
    throw new UsageError(t("needTwo", { count: args.length }));
  const output = options.output;
  if (!output)
    throw new UsageError(t("needOut"));
  const abs = args.map((a) => resolve(ctx.io.cwd, a));
  const twice = abs.find((a, i) => abs.indexOf(a) !== i);
  if (twice)
    throw new UsageError(t("sameFile", { file: ctx.shown(twice) }));
  let prefer;
  if (options.prefer !== void 0) {
    prefer = abs.indexOf(resolve(ctx.io.cwd, options.prefer));
    if (prefer === -1)
      throw new UsageError(t("preferNotInput", { file: options.prefer }), t("preferHint", { files: args.join(", ") }));
  }
  const opened = [];
  for (const arg of args)
    opened.push(await openAssessment(arg, ctx.io.cwd, { lang: ctx.global.lang, env: ctx.io.env }));
  const inputs = opened.map((o) => ({ file: o.shown, text: o.text, assessment: o.assessment, framework: o.framework, source: o.source }));
  t = translator(mergeMessages, ctx.langFor(opened[0]?.assessment.language));
  const mismatches = mergeMismatches(inputs);
  if (mismatches.length) {
    const first2 = inputs[0]?.file ?? "";
    throw new FindingsError(t("mismatchSummary"), mismatches.map((m) => ({
      file: inputs[m.index]?.file ?? "",
      line: m.line,
      column: m.column,
      severity: "error",
      rule: "merge-other-lab",
      message: t(`mismatch_${m.field}`, { found: m.found, expected: m.expected, first: first2 })
    })));
  }
  const result = mergeAssessments(inputs, prefer);
  if (result.conflicts.length && prefer === void 0) {
    const findings = result.conflicts.map((c) => conflictFinding(c, inputs, t, "error"));
    const error = new FindingsError(t("conflictsSummary", { count: result.conflicts.length }), findings);
    throw Object.assign(error, { hint: t("conflictsHint") });
  }
  const out = resolve(ctx.io.cwd, output);
  let text = result.text;
  const first = opened[0];
  const ref = first.assessment.framework;
  if (/[\\/]|\.ya?ml$/i.test(ref) && !isAbsolute(ref) && dirname(out) !== dirname(first.path)) {
    const target = resolve(dirname(first.path), ref);
    text = setIn(text, ["framework"], relative(dirname(out), target).split("\\").join("/"));
  }
  const check = validateText(out, text, ctx.validation());
  const errors = check.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new FindingsError(t("notValid"), errors);
  await atomicWrite(out, text);
  if (result.conflicts.length) {
    writeLine(ctx.io.stdout, t("resolved", { count: result.conflicts.length, file: inputs[prefer]?.file ?? "" }));
    writeLine(ctx.io.stdout, formatFindings(result.conflicts.map((c) => conflictFinding(c, inputs, t, "warning")), ctx.style));
  }
  const data = check.data ?? {};
  const fw = first.framework;
  const items = fw.commitments.flatMap((c) => c.actions?.length ? c.actions.map((a) => [c.id, a.id]) : [[c.id, void 0]]);
  const merged = data;
  const scored = items.filter(([c, a]) => (a ? merged.commitments?.[c]?.actions?.[a]?.score : merged.commitments?.[c]?.score) !== void 0).length;
  writeLine(ctx.io.stdout, ctx.style.green(t("wrote", { count: inputs.length, out: ctx.shown(out), participants: data.participants?.length ?? 0, scored, total: items.length })));
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
