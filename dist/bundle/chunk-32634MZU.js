import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/suggest.js
function editDistance(a, b) {
  if (a === b)
    return 0;
  const cols = b.length + 1;
  let before = new Array(cols).fill(0);
  let prev = new Array(cols);
  let row = new Array(cols);
  for (let j = 0; j < cols; j++)
    prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2] + 1);
      row[j] = best;
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length];
}
__name(editDistance, "editDistance");
function suggest(input, candidates) {
  const folded = input.normalize("NFKC").trim();
  const lower = input.toLowerCase();
  const pool = [...candidates];
  if (folded !== input) {
    const same = pool.find((c) => c === folded) ?? pool.find((c) => c.toLowerCase() === folded.toLowerCase());
    if (same !== void 0)
      return same;
  }
  const allowed = Math.max(1, Math.floor(input.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of pool) {
    if (candidate === input)
      continue;
    const lowered = candidate.toLowerCase();
    const bound = Math.abs(lowered.length - lower.length);
    if (bound >= bestDistance || bound > allowed)
      continue;
    const distance = lowered === lower ? 0.5 : editDistance(lower, lowered);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : void 0;
}
__name(suggest, "suggest");

// dist/core/values.js
var NA_WORDS = [
  "n/a",
  "na",
  "n.a.",
  "n.a",
  "not applicable",
  "s.o.",
  "s.o",
  "s/o",
  "sans objet",
  "non applicable",
  "no aplica",
  "no procede",
  "no corresponde",
  "no aplicable"
];
var NA = new Set(NA_WORDS);
function parseTypedScore(raw, scale) {
  const text = raw.trim().replace(/\s+/g, " ").toLowerCase();
  if (text === "")
    return { ok: false, reason: "empty" };
  if (NA.has(text))
    return { ok: true, value: "n/a" };
  const read = plainInteger(text, scale);
  if (read === "notNumeral") {
    const suggestion = scoreSuggestion(raw, scale);
    return { ok: false, reason: "notNumeral", ...suggestion !== void 0 ? { suggestion } : {} };
  }
  return read === "outOfRange" ? { ok: false, reason: "outOfScale" } : { ok: true, value: read };
}
__name(parseTypedScore, "parseTypedScore");
function plainInteger(text, range) {
  const numeral = range.min < 0 ? /^-?[0-9]+$/ : /^[0-9]+$/;
  if (!numeral.test(text))
    return "notNumeral";
  const n = Number(text);
  if (!Number.isSafeInteger(n))
    return "outOfRange";
  const value = Object.is(n, -0) ? 0 : n;
  return value >= range.min && value <= range.max ? value : "outOfRange";
}
__name(plainInteger, "plainInteger");
function parseTypedInteger(raw, range) {
  const text = raw.trim();
  if (text === "")
    return { ok: false, reason: "empty" };
  const read = plainInteger(text, range);
  if (typeof read === "number")
    return { ok: true, value: read };
  const folded = raw.normalize("NFKC").trim();
  const near = folded !== text ? plainInteger(folded, range) : void 0;
  return { ok: false, reason: read, ...typeof near === "number" ? { suggestion: String(near) } : {} };
}
__name(parseTypedInteger, "parseTypedInteger");
function isNaWord(raw) {
  return NA.has(raw.trim().replace(/\s+/g, " ").toLowerCase());
}
__name(isNaWord, "isNaWord");
function daysInMonth(year, month) {
  if (month === 2)
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
__name(daysInMonth, "daysInMonth");
function parseTypedDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m)
    return { ok: false, reason: "format" };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year === 0)
    return { ok: false, reason: "yearZero" };
  if (month < 1 || month > 12)
    return { ok: false, reason: "badMonth", month: m[2] };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days)
    return { ok: false, reason: "notReal", month: m[2], year, days };
  return { ok: true, value: text, year, month, day };
}
__name(parseTypedDate, "parseTypedDate");
function parseItemId(raw, fw, scope = "item", o = {}) {
  const text = o.verbatim ? raw : raw.trim();
  const entries = [];
  let shape = "commitment";
  let owner;
  if (typeof scope === "object") {
    shape = "action";
    owner = scope.actionsOf;
    for (const a of fw.commitments.find((c) => c.id === owner)?.actions ?? [])
      entries.push({ id: a.id, commitment: owner, action: a.id });
  } else {
    for (const c of fw.commitments) {
      entries.push({ id: c.id, commitment: c.id });
      if (scope === "item")
        for (const a of c.actions ?? [])
          entries.push({ id: a.id, commitment: c.id, action: a.id });
    }
    if (scope === "item" && entries.length > fw.commitments.length)
      shape = "item";
  }
  const hit = text === "" ? void 0 : entries.find((e) => e.id === text);
  if (hit)
    return { ok: true, ...hit };
  const ids = entries.map((e) => e.id);
  const suggestion = text === "" ? void 0 : suggest(text, ids);
  return {
    ok: false,
    reason: text === "" ? "empty" : "unknown",
    scope: shape,
    text,
    framework: fw.id,
    ...owner !== void 0 ? { commitment: owner } : {},
    ids,
    ...suggestion !== void 0 ? { suggestion } : {}
  };
}
__name(parseItemId, "parseItemId");
var PARTICIPANT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
var PARTICIPANT_ID_MAX = 64;
function participantKey(id) {
  return id.toLowerCase();
}
__name(participantKey, "participantKey");
function parseParticipantId(raw, declared, o = {}) {
  const text = o.verbatim ? raw : raw.trim();
  const ids = [...declared ?? []];
  const fail = /* @__PURE__ */ __name((reason) => {
    const suggestion = text === "" || ids.length > 1e3 ? void 0 : suggest(text, ids);
    return { ok: false, reason, text, max: PARTICIPANT_ID_MAX, ids, ...suggestion !== void 0 ? { suggestion } : {} };
  }, "fail");
  if (text === "")
    return fail("empty");
  if (declared && ids.includes(text))
    return { ok: true, id: text };
  if ([...text].length > PARTICIPANT_ID_MAX)
    return fail("tooLong");
  if (!PARTICIPANT_ID.test(text))
    return fail("badChars");
  if (!declared)
    return { ok: true, id: text };
  return fail(ids.length === 0 ? "noParticipants" : "unknown");
}
__name(parseParticipantId, "parseParticipantId");
function parseScoreInput(value, scale) {
  if (typeof value === "string")
    return parseTypedScore(value, scale);
  if (typeof value === "number" && Number.isSafeInteger(value))
    return parseTypedScore(String(value), scale);
  return { ok: false, reason: typeof value === "number" ? "notNumeral" : "empty" };
}
__name(parseScoreInput, "parseScoreInput");
function scoreSuggestion(raw, scale) {
  const folded = raw.normalize("NFKC").trim();
  if (folded === raw.trim())
    return void 0;
  const parsed = parseTypedScore(folded, scale);
  return parsed.ok ? String(parsed.value) : void 0;
}
__name(scoreSuggestion, "scoreSuggestion");

export {
  suggest,
  NA_WORDS,
  parseTypedScore,
  parseTypedInteger,
  isNaWord,
  daysInMonth,
  parseTypedDate,
  parseItemId,
  PARTICIPANT_ID,
  PARTICIPANT_ID_MAX,
  participantKey,
  parseParticipantId,
  parseScoreInput,
  scoreSuggestion
};
