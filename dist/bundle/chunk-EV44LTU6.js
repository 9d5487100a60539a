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
    super(reason === "missing" ? `${file}: no such file` : reason === "directory" ? `${file}: is a directory, expected a YAML file` : `${file}: cannot be read (${detail})`);
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
  constructor(file, kind, findings, hint) {
    super(`${file} is not a valid ${kind} file`, findings, hint);
    this.file = file;
    this.kind = kind;
  }
};
var WriteRefusedError = class extends UsageError {
  static {
    __name(this, "WriteRefusedError");
  }
  file;
  reason;
  detail;
  constructor(file, reason, detail = {}) {
    super(reason === "readOnly" ? `${file}: the file is read-only; nothing was written` : reason === "locked" ? `${file}: another c21lab is writing this file (lock ${detail.lock ?? ""}); nothing was written` : reason === "notRegular" ? `${file}: not a regular file; nothing was written` : `${file}: the file kept changing while c21lab was saving it; nothing was written`);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
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
  WriteRefusedError,
  InterruptedError,
  ProblemsError
};
