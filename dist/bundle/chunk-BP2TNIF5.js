import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-SXQLVRA3.js";
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
} from "./chunk-BPYDE5KZ.js";
import {
  saveDocument,
  updateDocument
} from "./chunk-XLWA5QNU.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-IYREIXTK.js";
import "./chunk-MXD6Q3WX.js";
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
