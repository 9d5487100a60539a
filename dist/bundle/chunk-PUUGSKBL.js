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
  participantKey,
  scoreSuggestion
} from "./chunk-WFSRVUYZ.js";
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
  participantKey,
  scoreSuggestion
};
