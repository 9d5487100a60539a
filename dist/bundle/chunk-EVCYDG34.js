import {
  assertStillValid,
  guardedEdit
} from "./chunk-VX6KJUWD.js";
import {
  addEvidence,
  openAssessment,
  setNotes,
  setScore,
  setVote
} from "./chunk-OZVBKZ4R.js";
import {
  writeMessages
} from "./chunk-YTC3P3UF.js";
import {
  readText
} from "./chunk-7OUNB2G2.js";
import {
  walkthroughMessages
} from "./chunk-L4E6GUPF.js";
import {
  updateDocument
} from "./chunk-SBVRGC7F.js";
import "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  parseItemId,
  parseParticipantId,
  parseTypedScore
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  FindingsError,
  ProblemsError,
  UsageError
} from "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import {
  itemIdMessage,
  participantIdMessage,
  scoreMessage
} from "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/set.js
import { resolve } from "node:path";

// dist/walkthrough/answers-csv.js
function parseCsvCells(text) {
  const rows = [];
  let row = [];
  const src = text.replace(/^\ufeff/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  let line = 1;
  let lineStart = 0;
  let cell = { text: "", line: 1, column: 1 };
  let quoted = false;
  const startCell = /* @__PURE__ */ __name((at) => cell = { text: "", line, column: at - lineStart + 1 }, "startCell");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell.text += '"';
        i++;
      } else if (ch === '"')
        quoted = false;
      else {
        cell.text += ch;
        if (ch === "\n" || ch === "\r" && src[i + 1] !== "\n") {
          line++;
          lineStart = i + 1;
        }
      }
    } else if (ch === '"' && cell.text === "")
      quoted = true;
    else if (ch === sep) {
      row.push(cell);
      startCell(i + 1);
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n")
        i++;
      row.push(cell);
      rows.push(row);
      row = [];
      line++;
      lineStart = i + 1;
      startCell(i + 1);
    } else
      cell.text += ch;
  }
  if (cell.text !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
__name(parseCsvCells, "parseCsvCells");
function csvAssignments(text, problems, file) {
  const rows = parseCsvCells(text);
  const header = (rows[0] ?? []).map((h) => h.text.trim().toLowerCase());
  const itemCol = header.indexOf("item");
  if (itemCol === -1) {
    problems.push({ line: 1, message: "csvNoItem" });
    return [];
  }
  const out = [];
  for (const cells of rows.slice(1)) {
    if (cells.every((c) => c.text.trim() === ""))
      continue;
    const first = cells[0];
    if (cells.length !== header.length) {
      problems.push({ line: first.line, message: "csvColumns", expected: header.length, found: cells.length });
      continue;
    }
    const item = cells[itemCol].text.trim();
    header.forEach((name, col) => {
      const c = cells[col];
      const value = c.text;
      if (col === itemCol || value.trim() === "")
        return;
      const at = `${file}:${c.line}:${c.column}`;
      const origin = file === void 0 ? {} : { origin: at, where: at };
      if (name === "score")
        out.push({ kind: "score", item, value: value.trim(), ...origin });
      else if (name === "notes")
        out.push({ kind: "note", item, value, ...origin });
      else if (name === "evidence")
        out.push({ kind: "evidence", item, value, ...origin });
      else
        out.push({ kind: "vote", item, participant: (rows[0]?.[col]?.text ?? name).trim(), value: value.trim(), ...origin });
    });
  }
  return out;
}
__name(csvAssignments, "csvAssignments");

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
  each(input.scores, "ITEM=SCORE", (item, value) => ({ kind: "score", item, value }));
  each(input.notes, "ITEM=TEXT", (item, value) => ({ kind: "note", item, value }), "--note");
  each(input.evidence, "ITEM=TEXT", (item, value) => ({ kind: "evidence", item, value }), "--evidence");
  each(input.votes, "ITEM:PARTICIPANT=SCORE", (key, value) => {
    const colon = key.lastIndexOf(":");
    if (colon <= 0 || colon === key.length - 1)
      throw new SyntaxError(t("setBadSyntax", { arg: `${key}=${value}`, form: "ITEM:PARTICIPANT=SCORE" }));
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
function planEdits(assignments, assessment, fw, t, problems, _tw = translator(writeMessages, "en"), lang = "en") {
  const known = targets(fw);
  const people = (assessment.participants ?? []).map((p) => p.id);
  const edits = [];
  for (const a of assignments) {
    const item = parseItemId(a.item, fw, "item");
    const target = item.ok ? known.get(item.id) : void 0;
    if (!item.ok || !target) {
      if (!item.ok)
        problems.push(itemIdMessage(item, lang));
      continue;
    }
    const { commitment, action } = target;
    if ((a.kind === "score" || a.kind === "vote") && target.hasActions) {
      const actions = fw.commitments.find((c) => c.id === commitment)?.actions?.map((x) => x.id) ?? [];
      problems.push(t("setScoredByActions", { id: a.item, actions: actions.join(", ") }));
      continue;
    }
    if (a.kind === "score" || a.kind === "vote") {
      const parsed = parseTypedScore(a.value, fw.scale);
      if (!parsed.ok) {
        problems.push(`${a.item}: ${scoreMessage(parsed, a.value, fw.scale, lang)}`);
        continue;
      }
      const value = parsed.value;
      const who = a.kind === "vote" ? parseParticipantId(a.participant, people) : void 0;
      if (a.kind === "score") {
        edits.push((text) => setScore(text, commitment, action, value));
      } else if (who && !who.ok) {
        problems.push(`${a.item}: ${participantIdMessage(who, lang)}`);
      } else if (who?.ok) {
        const id = who.id;
        edits.push((text) => setVote(text, commitment, action, id, value));
      }
    } else if (a.kind === "note") {
      edits.push((text) => setNotes(text, commitment, action, a.value));
    } else {
      edits.push((text) => addEvidence(text, commitment, action, a.value.trim()));
    }
  }
  return edits;
}
__name(planEdits, "planEdits");

// dist/cli/commands/set.js
async function run(ctx, args, options) {
  const [fileArg, ...scores] = args;
  const opened = await openAssessment(fileArg, ctx.io.cwd, { lang: ctx.global.lang, env: ctx.io.env });
  const lang = ctx.langFor(opened.assessment.language);
  const t = translator(walkthroughMessages, lang);
  const tw = translator(writeMessages, lang);
  const list = /* @__PURE__ */ __name((name) => options[name] ?? [], "list");
  const problems = [];
  const lineProblems = [];
  const assignments = parseAssignments({ scores, notes: list("note"), votes: list("vote"), evidence: list("evidence") }, t, lineProblems);
  const answers = options.answers;
  if (answers) {
    const path = resolve(ctx.io.cwd, answers);
    const text = await readText(path, { lang: ctx.global.lang, env: ctx.io.env, cwd: ctx.io.cwd }).catch((error) => {
      if (error instanceof FindingsError)
        throw error;
      throw new UsageError(t("noSuchFile", { file: answers }));
    });
    const csvProblems = [];
    assignments.push(...csvAssignments(text, csvProblems, answers));
    for (const p of csvProblems) {
      const message = t(p.message, { expected: p.expected ?? 0, found: p.found ?? 0 });
      problems.push({ where: p.column ? `${answers}:${p.line}:${p.column}` : `${answers}:${p.line}`, message });
    }
  }
  problems.push(...lineProblems.map((message) => ({ where: opened.shown, message })));
  if (assignments.length === 0 && problems.length === 0)
    throw new UsageError(t("setNothing"));
  problems.push(...duplicateProblems(assignments, tw).map((message) => ({ where: opened.shown, message })));
  const edits = [];
  for (const a of assignments) {
    const found = [];
    edits.push(...planEdits([a], opened.assessment, opened.framework, t, found, tw, lang));
    problems.push(...found.map((message) => ({ where: a.where ?? opened.shown, message })));
  }
  if (problems.length)
    throw new ProblemsError(t("setRefused", { count: problems.length }), problems);
  const vctx = ctx.validation();
  const apply = guardedEdit((text) => edits.reduce((acc, edit) => edit(acc), text), () => opened.text, (text) => assertStillValid(opened.path, opened.shown, text, vctx));
  await updateDocument(opened.path, apply, { shown: opened.shown });
  writeLine(ctx.io.stderr, t("setDone", { file: opened.shown, count: edits.length }));
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
