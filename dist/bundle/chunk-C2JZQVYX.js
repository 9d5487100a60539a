import {
  wordsOf,
  wrapWords
} from "./chunk-7L52Y7XC.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-WT7XNUGS.js";
import {
  addEvidence,
  addParticipant,
  clearScore,
  itemPath,
  nextParticipantId,
  removeKey,
  removeVote,
  setNotes,
  setScore,
  setVote
} from "./chunk-J6ASF6TJ.js";
import "./chunk-ZHDPVIQA.js";
import {
  firstItemOf,
  firstUnscored,
  progress,
  resultOf,
  stillToDo
} from "./chunk-OSN2ZHOE.js";
import {
  bandOf,
  roundSpread,
  stats
} from "./chunk-BM3PK7SN.js";
import {
  displayWidth,
  padCell
} from "./chunk-5MK465LM.js";
import {
  PromptExit
} from "./chunk-GSPLJVWG.js";
import {
  writeMessages
} from "./chunk-KJ75UATF.js";
import {
  SECTORS,
  pick
} from "./chunk-33AJFZ56.js";
import {
  scoreMessage
} from "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-VHFQKG57.js";
import {
  isNaWord,
  parseTypedScore
} from "./chunk-32634MZU.js";
import {
  visible,
  visibleLines
} from "./chunk-YSZEVEG4.js";
import {
  InvalidFileError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/steps/labels.js
function scoreLabel(s, value) {
  if (value === void 0)
    return s.t("notScored");
  if (value === "n/a")
    return s.t("na");
  const band = bandOf(value, s.fw);
  return band ? `${value} \u2014 ${visible(pick(band.label, s.lang))}` : String(value);
}
__name(scoreLabel, "scoreLabel");
function participantLabel(p) {
  return visible(p.organisation ? `${p.name} (${p.id}, ${p.organisation})` : `${p.name} (${p.id})`);
}
__name(participantLabel, "participantLabel");
function commitmentTitle(s, item) {
  return visible(pick(item.commitment.title, s.lang));
}
__name(commitmentTitle, "commitmentTitle");
function itemName(s, item) {
  return item.action ? s.t("actionName", { id: visible(item.action.id), title: visible(pick(item.action.title, s.lang)) }) : s.t("commitmentName", { id: visible(item.commitment.id), title: commitmentTitle(s, item) });
}
__name(itemName, "itemName");
function parseScore(s, raw, tail = "enterLeavesEmpty") {
  if (raw.trim() === "")
    return void 0;
  if (raw.trim().toLowerCase() === s.t("na").toLowerCase())
    return "n/a";
  const parsed = parseTypedScore(raw, s.fw.scale);
  if (parsed.ok)
    return parsed.value;
  return new Error(`${scoreMessage(parsed, raw.trim(), s.fw.scale, s.lang)}${s.t(tail)}`);
}
__name(parseScore, "parseScore");

// dist/walkthrough/steps/item.js
function scoreWhere(s, item) {
  const commitment = `${item.commitmentNo}/${s.fw.commitments.length} \xB7 ${commitmentTitle(s, item)}`;
  return item.action ? `${item.action.id} \xB7 ${pick(item.action.title, s.lang)} \u2014 ${commitment}` : commitment;
}
__name(scoreWhere, "scoreWhere");
function parseVoteLine(s, line, count) {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  if (tokens.length !== count)
    return new Error(s.t("voteLineCount", { count, found: tokens.length }));
  const votes = [];
  for (const token of tokens) {
    if (token === "-") {
      votes.push(null);
      continue;
    }
    const vote = parseScore(s, token, "voteLineAbstain");
    if (vote instanceof Error)
      return vote;
    votes.push(vote);
  }
  return votes;
}
__name(parseVoteLine, "parseVoteLine");
function isLine(text) {
  return text.trim().split(/\s+/).length > 1 && !isNaWord(text);
}
__name(isLine, "isLine");
function voteEdit(item, id, vote) {
  return (text) => vote === null ? removeVote(text, item.commitment.id, item.action?.id, id) : setVote(text, item.commitment.id, item.action?.id, id, vote);
}
__name(voteEdit, "voteEdit");
async function askVotes(s, item) {
  const participants = (s.assessment.participants ?? []).filter((p) => !s.absent.has(p.id));
  if (participants.length === 0) {
    s.print(s.style.dim(s.t((s.assessment.participants ?? []).length ? "allAbsent" : "noParticipantsForVotes")));
    return void 0;
  }
  s.print(s.style.dim(s.t("votesIntro", { min: s.fw.scale.min, max: s.fw.scale.max })));
  if (participants.length > 1)
    s.print(s.style.dim(s.t("votesLineHint", { count: participants.length, ids: participants.map((p) => p.id).join(" ") })));
  let i = 0;
  while (i < participants.length) {
    const p = participants[i];
    const current = resultOf(s.assessment, item).votes?.[p.id];
    const first = i === 0 && participants.length > 1;
    const raw = await s.prompter.input(s.t("voteOf", { who: participantLabel(p) }), {
      default: current === void 0 ? void 0 : String(current),
      validate: /* @__PURE__ */ __name((v) => {
        const text2 = v.trim();
        if (text2 === "<" || text2 === "-")
          return void 0;
        const parsed = first && isLine(text2) ? parseVoteLine(s, text2, participants.length) : parseScore(s, v);
        return parsed instanceof Error ? parsed.message : void 0;
      }, "validate")
    });
    const text = raw.trim();
    if (text === "<") {
      i = Math.max(0, i - 1);
      continue;
    }
    if (first && isLine(text)) {
      const votes2 = parseVoteLine(s, text, participants.length);
      if (await s.commit((t) => participants.reduce((acc, person, j) => voteEdit(item, person.id, votes2[j] ?? null)(acc), t)))
        break;
      continue;
    }
    const vote = text === "-" ? null : parseScore(s, raw);
    if (vote instanceof Error)
      continue;
    const changed = vote === null ? current !== void 0 : vote !== void 0 && vote !== current;
    if (changed && !await s.commit(voteEdit(item, p.id, vote ?? null)))
      continue;
    i++;
  }
  const votes = Object.values(resultOf(s.assessment, item).votes ?? {}).filter((v) => typeof v === "number");
  const spread = stats(votes);
  if (!spread)
    return void 0;
  const proposed = Math.round(spread.median);
  s.print(s.t("voteStats", { ...roundSpread(spread, 1) }));
  s.print(s.style.cyan(s.t("proposal", { score: proposed })));
  return proposed;
}
__name(askVotes, "askVotes");
function scoreChoices(s, index, scored) {
  const { min, max } = s.fw.scale;
  const choices = [];
  for (let v = min; v <= max; v++) {
    const band = bandOf(v, s.fw);
    choices.push({ value: v, name: band ? `${v} \u2014 ${visible(pick(band.label, s.lang))}` : String(v) });
  }
  choices.push({ value: "n/a", name: s.t("choiceNa") });
  choices.push({ value: "skip", name: s.t("choiceSkip") });
  if (scored)
    choices.push({ value: "clear", name: s.t("choiceClear") });
  if (s.history.length > 0)
    choices.push({ value: "undo", name: s.t("choiceUndo") });
  if (index > 0)
    choices.push({ value: "back", name: s.t("choiceBack") });
  choices.push({ value: "menu", name: s.t("choiceMenu") });
  return choices;
}
__name(scoreChoices, "scoreChoices");
async function askNotes(s, item) {
  const current = resultOf(s.assessment, item).notes;
  const shown = current === void 0 ? void 0 : visible(current);
  for (; ; ) {
    let notes;
    try {
      const typed = (await s.prompter.input(s.t(current ? "notesKeep" : "notesAsk"), { default: shown })).trim();
      notes = typed === shown?.trim() ? current?.trim() ?? "" : typed;
    } catch (error) {
      const typed = error instanceof PromptExit ? error.typed.trim() : "";
      if (typed && typed !== shown?.trim() && typed !== current) {
        if (await s.commit((text) => setNotes(text, item.commitment.id, item.action?.id, typed), { last: true }))
          s.print(s.style.green(s.t("draftKept")));
      }
      throw error;
    }
    if (!notes || notes === current)
      return;
    if (await s.commit((text) => setNotes(text, item.commitment.id, item.action?.id, notes)))
      return;
  }
}
__name(askNotes, "askNotes");
async function askNotesAndEvidence(s, item) {
  await askNotes(s, item);
  for (; ; ) {
    const evidence = (await s.prompter.input(s.t("evidenceAsk"))).trim();
    if (!evidence)
      break;
    await s.commit((text) => addEvidence(text, item.commitment.id, item.action?.id, evidence));
  }
}
__name(askNotesAndEvidence, "askNotesAndEvidence");
async function scoreItem(s, item) {
  const proposed = s.votes ? await askVotes(s, item) : void 0;
  const current = resultOf(s.assessment, item).score;
  const where = scoreWhere(s, item);
  const message = proposed !== void 0 ? s.t("scoreAskProposed", { where }) : s.t("scoreAsk", { where });
  const answer = await s.prompter.select(message, scoreChoices(s, item.index, current !== void 0), current ?? proposed);
  if (answer === "back" || answer === "menu")
    return answer;
  if (answer === "skip")
    return "next";
  if (answer === "undo") {
    if (await s.undo())
      s.print(s.style.yellow(s.t("undone")));
    return "again";
  }
  if (answer === "clear") {
    if (!await s.prompter.confirm(s.t("clearConfirm", { item: itemName(s, item), score: scoreLabel(s, current) }), false))
      return "again";
    return await s.commit((text) => clearScore(text, item.commitment.id, item.action?.id)) ? "next" : "again";
  }
  if (answer !== current && !await s.commit((text) => setScore(text, item.commitment.id, item.action?.id, answer)))
    return "again";
  await askNotesAndEvidence(s, item);
  return "next";
}
__name(scoreItem, "scoreItem");

// dist/walkthrough/steps/participants.js
var SECTOR_KEYS = {
  "local-government": "sectorLocalGovernment",
  "civil-society": "sectorCivilSociety",
  private: "sectorPrivate",
  academia: "sectorAcademia",
  other: "sectorOther"
};
async function addOneParticipant(s) {
  const { t, prompter } = s;
  const name = (await prompter.input(t("participantName"), { validate: /* @__PURE__ */ __name((v) => v.trim() ? void 0 : t("required"), "validate") })).trim();
  const organisation = (await prompter.input(t("participantOrganisation"))).trim();
  const sector = await prompter.select(t("participantSector"), [
    ...SECTORS.map((value) => ({ value, name: t(SECTOR_KEYS[value]) })),
    { value: "none", name: t("sectorNone") }
  ]);
  const id = nextParticipantId(s.assessment.participants ?? []);
  const participant = { id, name, ...organisation ? { organisation } : {}, ...sector !== "none" ? { sector } : {} };
  if (await s.commit((text) => addParticipant(text, participant)))
    s.print(s.style.green(t("participantAdded", { who: participantLabel(participant) })));
}
__name(addOneParticipant, "addOneParticipant");
async function registerParticipants(s) {
  do {
    await addOneParticipant(s);
  } while (await s.prompter.confirm(s.t("addAnother"), true));
}
__name(registerParticipants, "registerParticipants");
function listParticipants(s) {
  const list = s.assessment.participants ?? [];
  s.print();
  s.print(s.style.bold(s.t("participantsHeader", { count: list.length })));
  for (const p of list) {
    const absent = s.absent.has(p.id) ? ` ${s.t("absentMark")}` : "";
    s.print(`  ${participantLabel(p)}${p.sector ? ` \xB7 ${s.t(SECTOR_KEYS[p.sector])}` : ""}${absent}`);
  }
}
__name(listParticipants, "listParticipants");
async function pickParticipant(s, only) {
  const list = s.assessment.participants ?? [];
  const choices = list.map((p, index2) => ({ value: index2, name: participantLabel(p), id: p.id })).filter((c) => only ? only(c.id) : true).map(({ value, name }) => ({ value, name }));
  const index = await s.prompter.select(s.t("pickWho"), [...choices, { value: -1, name: s.t("cancel") }]);
  return index === -1 ? void 0 : index;
}
__name(pickParticipant, "pickParticipant");
function votesOf(s, id) {
  const paths = [];
  for (const [cid, c] of Object.entries(s.assessment.commitments ?? {})) {
    if (c?.votes && id in c.votes)
      paths.push(itemPath(cid));
    for (const [aid, a] of Object.entries(c?.actions ?? {}))
      if (a?.votes && id in a.votes)
        paths.push(itemPath(cid, aid));
  }
  return paths;
}
__name(votesOf, "votesOf");
async function participantsMenu(s) {
  for (; ; ) {
    listParticipants(s);
    const list = s.assessment.participants ?? [];
    const anyAbsent = list.some((p2) => s.absent.has(p2.id));
    const anyPresent = list.some((p2) => !s.absent.has(p2.id));
    const choice = await s.prompter.select(s.t("participantsAsk"), [
      { value: "add", name: s.t("partAdd") },
      ...list.length ? [{ value: "rename", name: s.t("partRename") }, { value: "remove", name: s.t("partRemove") }] : [],
      ...anyPresent ? [{ value: "absent", name: s.t("partAbsent") }] : [],
      ...anyAbsent ? [{ value: "present", name: s.t("partPresent") }] : [],
      { value: "back", name: s.t("partBack") }
    ]);
    if (choice === "back")
      return;
    if (choice === "add") {
      await addOneParticipant(s);
      continue;
    }
    const index = await pickParticipant(s, choice === "absent" ? (id) => !s.absent.has(id) : choice === "present" ? (id) => s.absent.has(id) : void 0);
    if (index === void 0)
      continue;
    const p = list[index];
    if (choice === "rename") {
      const name = (await s.prompter.input(s.t("renameAsk", { who: participantLabel(p) }), { default: p.name, validate: /* @__PURE__ */ __name((v) => v.trim() ? void 0 : s.t("required"), "validate") })).trim();
      if (name === p.name || await s.commit((text) => setListItemKey(text, ["participants"], index, "name", name))) {
        s.print(s.style.green(s.t("renamed", { who: participantLabel({ ...p, name }) })));
      }
    } else if (choice === "remove") {
      const paths = votesOf(s, p.id);
      if (!await s.prompter.confirm(s.t("removeConfirm", { who: participantLabel(p), count: paths.length }), false))
        continue;
      if (!await s.commit((text) => removeListItem(paths.reduce((acc, path) => removeKey(acc, [...path, "votes", p.id]), text), ["participants"], index)))
        continue;
      s.absent.delete(p.id);
      s.print(s.style.green(s.t("removed", { who: participantLabel(p) })));
    } else if (choice === "absent") {
      s.absent.add(p.id);
      s.print(s.t("markedAbsent", { who: participantLabel(p) }));
    } else if (choice === "present") {
      s.absent.delete(p.id);
      s.print(s.t("markedPresent", { who: participantLabel(p) }));
    }
  }
}
__name(participantsMenu, "participantsMenu");
async function startParticipants(s) {
  if ((s.assessment.participants ?? []).length > 0)
    return;
  if (s.votes)
    s.print(s.t("votesNeedParticipants"));
  if (await s.prompter.confirm(s.t("registerNow"), s.votes))
    await registerParticipants(s);
}
__name(startParticipants, "startParticipants");

// dist/walkthrough/steps/show.js
function wrap(text, width, indent = "", first = indent) {
  text = visibleLines(text);
  const lines = wrapWords(wordsOf(text.replace(/ ([?:;!»])/g, "\xA0$1")), width, first, indent);
  return (lines.length || !first.trim() ? lines : [first]).join("\n");
}
__name(wrap, "wrap");
function showCommitment(s, item) {
  const { style, t } = s;
  s.print();
  s.print(style.bold(t("commitmentHeader", { no: item.commitmentNo, total: s.fw.commitments.length, title: commitmentTitle(s, item) })));
  const description = pick(item.commitment.description, s.lang);
  if (description)
    s.print(wrap(description, s.width));
  const prompts = item.commitment.prompts ?? [];
  if (prompts.length) {
    s.print(style.dim(t("promptsHeader")));
    for (const prompt of prompts)
      s.print(wrap(pick(prompt, s.lang), s.width, "    ", "  \u2022 "));
  }
  const actions = item.commitment.actions ?? [];
  if (actions.length)
    s.print(style.dim(t("actionsCount", { count: actions.length })));
}
__name(showCommitment, "showCommitment");
function showItem(s, item) {
  if (item.action) {
    s.print();
    s.print(s.style.bold(s.t("actionHeader", { no: item.actionNo ?? 1, total: item.commitment.actions?.length ?? 1 }) + " " + itemName(s, item)));
    const description = pick(item.action.description, s.lang);
    if (description)
      s.print(wrap(description, s.width));
  }
  const result = resultOf(s.assessment, item);
  if (result.score !== void 0 || result.notes || result.evidence?.length) {
    s.print(s.style.dim(s.t("currentAnswer", { score: scoreLabel(s, result.score) })));
    if (result.notes)
      s.print(s.style.dim(`  ${s.t("notesLabel")}: ${visible(result.notes)}`));
    if (result.evidence?.length)
      s.print(s.style.dim(`  ${s.t("evidenceLabel")}: ${result.evidence.length}`));
  }
}
__name(showItem, "showItem");
function showProgress(s) {
  s.print();
  s.print(s.style.bold(s.t("progressHeader")));
  const rows = progress(s.assessment, s.fw, s.items);
  const title = /* @__PURE__ */ __name((r) => visible(pick(r.commitment.title, s.lang)), "title");
  const width = Math.max(...rows.map((r) => displayWidth(title(r))));
  let answered = 0;
  for (const row of rows) {
    answered += row.answered;
    const mark = row.answered === row.total ? "\u2714" : row.answered ? "\u2026" : " ";
    const na = row.na ? " " + s.t("naCount", { count: row.na }) : "";
    s.print(`  ${mark} ${padCell(visible(row.commitment.id), 2, "right")}  ${padCell(title(row), width, "left")}  ${row.answered}/${row.total}${na}`);
  }
  s.print(s.t("progressTotal", { answered, total: s.items.length }));
}
__name(showProgress, "showProgress");
function showReview(s) {
  s.print();
  s.print(s.style.bold(s.t("reviewHeader")));
  for (const commitment of s.fw.commitments) {
    const first = firstItemOf(s.items, commitment.id);
    const own = s.items.filter((i) => i.commitment.id === commitment.id);
    if (first === void 0)
      continue;
    s.print(`  ${visible(commitment.id).padStart(2)}  ${visible(pick(commitment.title, s.lang))}`);
    for (const item of own) {
      const result = resultOf(s.assessment, item);
      const label = item.action ? `      ${item.action.id.padEnd(6)}` : "      ";
      const extra = [result.notes ? s.t("hasNotes") : "", result.evidence?.length ? s.t("hasEvidence", { count: result.evidence.length }) : ""].filter(Boolean).join(", ");
      s.print(`${label}${scoreLabel(s, result.score)}${extra ? s.style.dim(`  (${extra})`) : ""}`);
    }
  }
}
__name(showReview, "showReview");
function showToDo(s, todo) {
  if (!todo.length)
    return;
  s.print(s.style.bold(s.t("stillToDo")));
  for (const entry of todo.slice(0, 10)) {
    const name = itemName(s, entry.item);
    if (!entry.scored)
      s.print(`  ${s.t("todoScore", { item: name })}`);
    else
      s.print(`  ${s.t("todoVotes", { item: name, ids: entry.missingVotes.join(", ") })}`);
  }
  if (todo.length > 10)
    s.print(s.style.dim(`  ${s.t("todoMore", { count: todo.length - 10 })}`));
}
__name(showToDo, "showToDo");

// dist/walkthrough/steps/menu.js
async function jumpMenu(s) {
  const rows = progress(s.assessment, s.fw, s.items);
  const choice = await s.prompter.select(s.t("jumpAsk"), [
    ...rows.map((r) => ({
      value: r.commitment.id,
      name: `${r.commitment.id.padStart(2)} \xB7 ${pick(r.commitment.title, s.lang)}  (${r.answered}/${r.total})`
    })),
    { value: "", name: s.t("cancel") }
  ]);
  return choice ? firstItemOf(s.items, choice) : void 0;
}
__name(jumpMenu, "jumpMenu");
async function sessionMenu(s, current) {
  for (; ; ) {
    const choice = await s.prompter.select(s.t("menuAsk"), [
      { value: "continue", name: s.t("menuContinue") },
      { value: "jump", name: s.t("menuJump") },
      { value: "progress", name: s.t("menuProgress") },
      { value: "participants", name: s.t("menuParticipants") },
      ...s.history.length ? [{ value: "undo", name: s.t("menuUndo") }] : [],
      { value: "review", name: s.t("menuReview") },
      { value: "quit", name: s.t("menuQuit") }
    ]);
    if (choice === "continue")
      return { goto: current };
    if (choice === "review" || choice === "quit")
      return choice;
    if (choice === "progress")
      showProgress(s);
    if (choice === "participants")
      await participantsMenu(s);
    if (choice === "undo") {
      s.print(s.style.yellow(s.t(await s.undo() ? "undone" : "nothingToUndo")));
      return { goto: current };
    }
    if (choice === "jump") {
      const target = await jumpMenu(s);
      if (target !== void 0)
        return { goto: target };
    }
  }
}
__name(sessionMenu, "sessionMenu");
async function review(s) {
  for (; ; ) {
    showReview(s);
    const missing = firstUnscored(s.assessment, s.items);
    const choice = await s.prompter.select(s.t("reviewAsk"), [
      { value: "finish", name: s.t("reviewFinish") },
      ...missing !== void 0 ? [{ value: "unscored", name: s.t("reviewUnscored") }] : [],
      { value: "jump", name: s.t("menuJump") },
      { value: "quit", name: s.t("menuQuit") }
    ]);
    if (choice === "finish" || choice === "quit")
      return choice;
    if (choice === "unscored" && missing !== void 0)
      return { goto: missing };
    if (choice === "jump") {
      const target = await jumpMenu(s);
      if (target !== void 0)
        return { goto: target };
    }
  }
}
__name(review, "review");

// dist/walkthrough/run.js
async function runWalkthrough(s, options = {}) {
  try {
    return await walk(s, options);
  } catch (error) {
    if (error instanceof PromptExit)
      return "interrupted";
    if (error instanceof InvalidFileError) {
      const hint = translator(writeMessages, s.lang)("handEditStopped", { file: s.shown });
      throw new InvalidFileError(error.file, error.kind, error.given, hint);
    }
    throw error;
  }
}
__name(runWalkthrough, "runWalkthrough");
async function walk(s, options) {
  s.print(s.style.bold(s.t("sessionHeader", { city: visible(s.assessment.city), date: visible(s.assessment.date), file: visible(s.shown) })));
  let index;
  if (options.commitment !== void 0) {
    index = firstItemOf(s.items, options.commitment) ?? 0;
  } else {
    const voters = s.votes ? (s.assessment.participants ?? []).map((p) => p.id) : void 0;
    const todo = stillToDo(s.assessment, s.items, voters);
    const resume = todo[0]?.item.index;
    index = resume ?? "review";
    const started = s.items.some((i) => !todo.some((t) => t.item === i)) || todo.some((t) => t.scored || t.missingVotes.length < (voters?.length ?? 0));
    if (resume !== void 0 && started) {
      s.print(s.t("resuming", { item: s.items[resume]?.id ?? "" }));
      showProgress(s);
      showToDo(s, todo);
    }
  }
  await startParticipants(s);
  let shownCommitment;
  for (; ; ) {
    let next;
    if (index === "review") {
      next = await review(s);
      shownCommitment = void 0;
    } else {
      const item = s.items[index];
      if (!item) {
        index = "review";
        continue;
      }
      if (shownCommitment !== item.commitment.id)
        showCommitment(s, item);
      shownCommitment = item.commitment.id;
      showItem(s, item);
      const outcome = await scoreItem(s, item);
      if (outcome === "next")
        next = { goto: index + 1 };
      else if (outcome === "again")
        next = { goto: index };
      else if (outcome === "back")
        next = { goto: Math.max(0, index - 1) };
      else
        next = await sessionMenu(s, index);
      if (typeof next === "object" && next.goto >= s.items.length)
        next = "review";
      if (typeof next === "object" && next.goto !== index && outcome !== "next")
        shownCommitment = void 0;
    }
    if (next === "finish")
      return "finished";
    if (next === "quit")
      return "quit";
    index = next === "review" ? "review" : next.goto;
  }
}
__name(walk, "walk");
export {
  runWalkthrough
};
