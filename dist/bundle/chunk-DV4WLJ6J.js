import "./chunk-OLRMGEEG.js";
import {
  removeListItem,
  setListItemKey
} from "./chunk-UPWZIMUZ.js";
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
} from "./chunk-UTHTW2IQ.js";
import {
  saveDocument,
  updateDocument
} from "./chunk-VYVRM7XA.js";
import "./chunk-R3OE72S3.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-EV44LTU6.js";
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
