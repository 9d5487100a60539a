import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/errors.js
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_INTERRUPTED = 130;
var C21Error = class extends Error {
  static {
    __name(this, "C21Error");
  }
  exitCode;
  hint;
  constructor(message, exitCode, hint) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
    this.name = new.target.name;
  }
};
var UsageError = class extends C21Error {
  static {
    __name(this, "UsageError");
  }
  constructor(message, hint) {
    super(message, EXIT_USAGE, hint);
  }
};
var FindingsError = class extends C21Error {
  static {
    __name(this, "FindingsError");
  }
  findings;
  constructor(message, findings, hint) {
    super(message, EXIT_FINDINGS, hint);
    this.findings = findings;
  }
};
var FileAccessError = class extends UsageError {
  static {
    __name(this, "FileAccessError");
  }
  file;
  reason;
  detail;
  constructor(file, reason, detail = "") {
    super(detail ? `${file}: ${reason} (${detail})` : `${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
  }
};
var InvalidFileError = class extends FindingsError {
  static {
    __name(this, "InvalidFileError");
  }
  file;
  kind;
  /** The findings as codes, when the core found them; undefined when they came worded. */
  coded;
  /** The file's `language:` as written, for wording `coded`. */
  language;
  /** The language its findings were worded in (set by the CLI that words them), so its summary line says the same. */
  wordedIn;
  constructor(file, kind, findings, hint) {
    const coded = Array.isArray(findings) ? void 0 : findings;
    super(`${file}: invalid-${kind}`, coded ? coded.coded.map(ruleAsMessage) : findings, hint);
    this.file = file;
    this.kind = kind;
    if (coded) {
      this.coded = coded.coded;
      if (coded.language !== void 0)
        this.language = coded.language;
    }
  }
  /** The findings as given (codes, or words): to throw the same error again under another name or with a hint. */
  get given() {
    return this.coded ? { coded: this.coded, ...this.language !== void 0 ? { language: this.language } : {} } : this.findings;
  }
};
var InvalidEditError = class extends InvalidFileError {
  static {
    __name(this, "InvalidEditError");
  }
  constructor(file, findings) {
    super(file, "assessment", findings);
  }
};
function ruleAsMessage(f) {
  const out = {};
  for (const [k, v] of Object.entries(f))
    out[k === "phrase" ? "message" : k] = k === "phrase" ? f.rule : v;
  return out;
}
__name(ruleAsMessage, "ruleAsMessage");
var WriteRefusedError = class extends UsageError {
  static {
    __name(this, "WriteRefusedError");
  }
  file;
  reason;
  detail;
  constructor(file, reason, detail = {}) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
  }
};
var EditRefusedError = class _EditRefusedError extends UsageError {
  static {
    __name(this, "EditRefusedError");
  }
  reason;
  path;
  line;
  column;
  file;
  constructor(reason, path, line, column, file = "") {
    super(`${file || "<text>"}:${line}:${column}: ${reason} ${path}`);
    this.reason = reason;
    this.path = path;
    this.line = line;
    this.column = column;
    this.file = file;
  }
  /** The same refusal, naming the file it is about. */
  in(file) {
    return new _EditRefusedError(this.reason, this.path, this.line, this.column, file);
  }
};
var InterruptedError = class extends C21Error {
  static {
    __name(this, "InterruptedError");
  }
  constructor() {
    super("interrupted", EXIT_INTERRUPTED);
  }
};
var ProblemsError = class extends C21Error {
  static {
    __name(this, "ProblemsError");
  }
  problems;
  constructor(message, problems) {
    super(message, EXIT_FINDINGS);
    this.problems = problems;
  }
};

export {
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_USAGE,
  C21Error,
  UsageError,
  FindingsError,
  FileAccessError,
  InvalidFileError,
  InvalidEditError,
  WriteRefusedError,
  EditRefusedError,
  InterruptedError,
  ProblemsError
};
