import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-XZCKBJ4V.js";
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
} from "./chunk-277TUOSD.js";
import {
  saveDocument,
  updateDocument
} from "./chunk-XLWA5QNU.js";
import "./chunk-EXTTKGOV.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-DHPQI6R6.js";
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
