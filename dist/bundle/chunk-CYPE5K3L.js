import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-BPBGWAIJ.js";
import {
  addEvidence,
  addName,
  addParticipant,
  appendIn,
  clearNotes,
  clearScore,
  deleteIn,
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
  setVotes
} from "./chunk-FIZHRMPO.js";
import {
  saveDocument,
  updateDocument
} from "./chunk-RNX5DH4G.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-JKJYCBCI.js";
export {
  addEvidence,
  addName,
  addParticipant,
  appendIn,
  clearNotes,
  clearScore,
  deleteIn,
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
  updateDocument
};
