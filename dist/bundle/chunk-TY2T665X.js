import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-LPLS4NDK.js";
import {
  addEvidence,
  addParticipant,
  appendIn,
  clearScore,
  deleteIn,
  itemPath,
  nextParticipantId,
  setIn,
  setNotes,
  setScore,
  setVote,
  setVotes
} from "./chunk-6WT7KA2N.js";
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
  clearScore,
  deleteIn,
  itemPath,
  nextParticipantId,
  removeListItem,
  saveDocument,
  setIn,
  setListItemKey,
  setNotes,
  setScore,
  setVote,
  setVotes,
  updateDocument
};
