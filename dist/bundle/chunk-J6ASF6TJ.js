import {
  appendIn,
  deleteIn,
  setIn
} from "./chunk-ZHDPVIQA.js";
import {
  MAX_ALIAS_COUNT,
  YAML_OPTIONS,
  stripBom
} from "./chunk-VHFQKG57.js";
import {
  participantKey
} from "./chunk-32634MZU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/assessment.js
import { parseDocument } from "yaml";
function itemPath(commitment, action) {
  return action ? ["commitments", commitment, "actions", action] : ["commitments", commitment];
}
__name(itemPath, "itemPath");
var valuesOf = /* @__PURE__ */ __name((text) => {
  const doc = parseDocument(stripBom(text), YAML_OPTIONS);
  return doc.errors.length ? void 0 : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}, "valuesOf");
function expectedData(before, path, value, change) {
  const root = JSON.parse(JSON.stringify(before ?? {}));
  let at = root;
  for (const key of path.slice(0, -1)) {
    if (!at[key] || typeof at[key] !== "object") {
      if (change === "delete")
        return root;
      at[key] = {};
    }
    at = at[key];
  }
  const last = path[path.length - 1];
  if (change === "delete")
    delete at[last];
  else if (change === "append")
    at[last] = [...Array.isArray(at[last]) ? at[last] : [], value];
  else
    at[last] = value;
  return root;
}
__name(expectedData, "expectedData");
function checked(before, text, path, expected, change = "set") {
  const after = valuesOf(text);
  if (after === void 0 || JSON.stringify(after) !== JSON.stringify(expectedData(valuesOf(before), path, expected, change))) {
    throw new Error(`editing ${path.join(".")} did not give the expected YAML; the file was not written`);
  }
  return text;
}
__name(checked, "checked");
function set(text, path, value) {
  return checked(text, setIn(text, path, value), path, value);
}
__name(set, "set");
function removeKey(text, path) {
  return checked(text, deleteIn(text, path), path, void 0, "delete");
}
__name(removeKey, "removeKey");
function setScore(text, commitment, action, score) {
  return set(text, [...itemPath(commitment, action), "score"], score);
}
__name(setScore, "setScore");
function clearScore(text, commitment, action) {
  return removeKey(text, [...itemPath(commitment, action), "score"]);
}
__name(clearScore, "clearScore");
function clearNotes(text, commitment, action) {
  return removeKey(text, [...itemPath(commitment, action), "notes"]);
}
__name(clearNotes, "clearNotes");
function removeVote(text, commitment, action, participant) {
  return removeKey(text, [...itemPath(commitment, action), "votes", participant]);
}
__name(removeVote, "removeVote");
function setVote(text, commitment, action, participant, vote) {
  return set(text, [...itemPath(commitment, action), "votes", participant], vote);
}
__name(setVote, "setVote");
function setVotes(text, commitment, action, votes) {
  return set(text, [...itemPath(commitment, action), "votes"], votes);
}
__name(setVotes, "setVotes");
function setNotes(text, commitment, action, notes) {
  return set(text, [...itemPath(commitment, action), "notes"], notes);
}
__name(setNotes, "setNotes");
function addEvidence(text, commitment, action, evidence) {
  const path = [...itemPath(commitment, action), "evidence"];
  return checked(text, appendIn(text, path, evidence), path, evidence, "append");
}
__name(addEvidence, "addEvidence");
function addParticipant(text, participant) {
  const clean = Object.fromEntries(Object.entries(participant).filter(([, v]) => v !== void 0 && v !== ""));
  return checked(text, appendIn(text, ["participants"], clean), ["participants"], clean, "append");
}
__name(addParticipant, "addParticipant");
function setParticipants(text, participants) {
  return set(text, ["participants"], participants);
}
__name(setParticipants, "setParticipants");
function addName(text, list, name) {
  return checked(text, appendIn(text, [list], name), [list], name, "append");
}
__name(addName, "addName");
function setVoteSetting(text, votes) {
  return set(text, ["settings", "votes"], votes);
}
__name(setVoteSetting, "setVoteSetting");
function setFramework(text, framework) {
  return set(text, ["framework"], framework);
}
__name(setFramework, "setFramework");
function nextParticipantId(existing) {
  const taken = new Set(existing.map((p) => participantKey(p.id)));
  let n = existing.length + 1;
  while (taken.has(`p${n}`))
    n++;
  return `p${n}`;
}
__name(nextParticipantId, "nextParticipantId");

export {
  itemPath,
  valuesOf,
  expectedData,
  removeKey,
  setScore,
  clearScore,
  clearNotes,
  removeVote,
  setVote,
  setVotes,
  setNotes,
  addEvidence,
  addParticipant,
  setParticipants,
  addName,
  setVoteSetting,
  setFramework,
  nextParticipantId
};
