import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-WT7XNUGS.js";
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
} from "./chunk-J6ASF6TJ.js";
import {
  appendIn,
  deleteIn,
  setIn
} from "./chunk-ZHDPVIQA.js";
import {
  saveDocument,
  updateDocument
} from "./chunk-MN4DHFGD.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-VHFQKG57.js";
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
