import {
  ANSWER_TIMEOUT_MS,
  COMMAND_TIMEOUT_MS,
  GitError,
  GitTimeoutError,
  fileCommits,
  git,
  gitEnv,
  hasLocalChanges,
  parseFollowLog,
  trackedFile
} from "./chunk-F6LHH5MG.js";
import "./chunk-6LKABYWT.js";
import "./chunk-JKJYCBCI.js";
export {
  ANSWER_TIMEOUT_MS,
  COMMAND_TIMEOUT_MS,
  GitError,
  GitTimeoutError,
  fileCommits,
  git,
  gitEnv,
  hasLocalChanges,
  parseFollowLog,
  trackedFile
};
