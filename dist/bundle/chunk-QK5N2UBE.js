import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-QQK6M3U3.js";
import {
  addEvidence,
  addParticipant,
  appendIn,
  clearNotes,
  clearScore,
  deleteIn,
  itemPath,
  nextParticipantId,
  removeKey,
  removeVote,
  setIn,
  setNotes,
  setScore,
  setVote,
  setVotes
} from "./chunk-5DK6P557.js";
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
  setIn,
  setListItemKey,
  setNotes,
  setScore,
  setVote,
  setVotes,
  updateDocument
};
