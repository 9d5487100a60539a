import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/unreadable.js
var UnreadableTarget = class extends UsageError {
  static {
    __name(this, "UnreadableTarget");
  }
  path;
  reason;
  constructor(path, reason) {
    super(`${path}: cannot be read (${reason})`);
    this.path = path;
    this.reason = reason;
  }
};
function wordUnreadable(error, t) {
  return error instanceof UnreadableTarget ? new UsageError(t("unreadable", { path: error.path, reason: error.reason })) : error;
}
__name(wordUnreadable, "wordUnreadable");

export {
  UnreadableTarget,
  wordUnreadable
};
