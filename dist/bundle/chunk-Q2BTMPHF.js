import {
  NA_WORDS,
  PARTICIPANT_ID,
  PARTICIPANT_ID_MAX,
  daysInMonth,
  isNaWord,
  parseItemId,
  parseParticipantId,
  parseScoreInput,
  parseTypedDate,
  parseTypedScore,
  scoreSuggestion
} from "./chunk-XC4MIJGV.js";
import "./chunk-JKJYCBCI.js";
export {
  NA_WORDS,
  PARTICIPANT_ID,
  PARTICIPANT_ID_MAX,
  daysInMonth,
  isNaWord,
  parseItemId,
  parseParticipantId,
  parseScoreInput,
  parseTypedDate,
  parseTypedScore,
  scoreSuggestion
};
