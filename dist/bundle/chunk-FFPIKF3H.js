import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-7JX4SVOE.js";
import {
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
  removeVote,
  setFramework,
  setIn,
  setNotes,
  setParticipants,
  setScore,
  setVote,
  setVoteSetting,
  setVotes,
  valuesOf
} from "./chunk-YRMQEHLJ.js";
import {
  saveDocument,
  updateDocument
} from "./chunk-QZ55SML2.js";
import "./chunk-7PQ6BQFL.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-6LKABYWT.js";
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
