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
  parseTypedInteger,
  parseTypedScore,
  participantKey,
  scoreSuggestion
} from "./chunk-32634MZU.js";
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
  parseTypedInteger,
  parseTypedScore,
  participantKey,
  scoreSuggestion
};
