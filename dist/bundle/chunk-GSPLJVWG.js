import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/prompter.js
var PromptExit = class extends Error {
  static {
    __name(this, "PromptExit");
  }
  typed;
  constructor(typed = "") {
    super("prompt closed");
    this.typed = typed;
    this.name = "PromptExit";
  }
};

export {
  PromptExit
};
