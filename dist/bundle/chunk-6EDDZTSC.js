import {
  FindingsError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/refused-read.js
var READ_RULES = {
  "not-regular": "not-a-file",
  outside: "link-outside",
  "too-large": "file-too-large"
};
var RefusedRead = class extends FindingsError {
  static {
    __name(this, "RefusedRead");
  }
  file;
  refusal;
  cwd;
  kind;
  finding;
  constructor(file, refusal, cwd, kind) {
    const finding = { file, line: 1, column: 1, severity: "error", rule: READ_RULES[refusal.problem], message: refusal.problem };
    super(`${file}: ${refusal.problem}`, [finding]);
    this.file = file;
    this.refusal = refusal;
    this.cwd = cwd;
    this.kind = kind;
    this.finding = finding;
  }
};

export {
  READ_RULES,
  RefusedRead
};
