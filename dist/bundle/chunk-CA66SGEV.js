import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-U3JMUKWC.js";
import {
  addEvidence,
  addName,
  addParticipant,
  clearNotes,
  clearScore,
  expectedData,
  itemPath,
  nextParticipantId,
  removeKey,
  removeVote,
  setFramework,
  setNotes,
  setParticipants,
  setScore,
  setVote,
  setVoteSetting,
  setVotes,
  valuesOf
} from "./chunk-HKL7RLMA.js";
import {
  appendIn,
  deleteIn,
  setIn
} from "./chunk-W7HZS6IC.js";
import {
  saveDocument,
  updateDocument
} from "./chunk-MN4DHFGD.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  addEvidence,
  addName,
  addParticipant,
  appendIn,
  clearNotes,
  clearScore,
  deleteIn,
  expectedData,
  itemPath,
  nextParticipantId,
  removeKey,
  removeListItem,
  removeVote,
  saveDocument,
  setFramework,
  setIn,
  setListItemKey,
  setNotes,
  setParticipants,
  setScore,
  setVote,
  setVoteSetting,
  setVotes,
  updateDocument,
  valuesOf
};
