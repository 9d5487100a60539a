import {
  walkthroughMessages
} from "./chunk-2ZNUJIJK.js";
import {
  PromptExit
} from "./chunk-GSPLJVWG.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/inquirer-prompter.js
import { confirm, input, select } from "@inquirer/prompts";
function isExit(error) {
  const name = error?.name;
  return name === "ExitPromptError" || name === "AbortPromptError";
}
__name(isExit, "isExit");
async function guard(promise, typed = () => "") {
  try {
    return await promise;
  } catch (error) {
    if (isExit(error))
      throw new PromptExit(typed());
    throw error;
  }
}
__name(guard, "guard");
function inquirerPrompter(lang, streams) {
  const t = translator(walkthroughMessages, lang);
  const actions = { navigate: t("keyNavigate"), select: t("keySelect") };
  const selectTheme = {
    style: {
      keysHelpTip: /* @__PURE__ */ __name((keys) => keys.map(([key, action]) => `${key} ${actions[action] ?? action}`).join(" \u2022 "), "keysHelpTip")
    },
    i18n: { disabledError: t("disabledChoice") }
  };
  const confirmTheme = {
    keywords: { yes: t("yes"), no: t("no"), error: /* @__PURE__ */ __name(() => t("yesNoError"), "error") }
  };
  const context = { input: streams.input, output: streams.output };
  return {
    select(message, choices, defaultValue) {
      const config = { message, choices: choices.map((c) => ({ ...c })), theme: selectTheme, pageSize: 16, loop: false };
      return guard(select(defaultValue === void 0 ? config : { ...config, default: defaultValue }, context));
    },
    input(message, options = {}) {
      const validate = options.validate;
      let typed = "";
      const transformer = /* @__PURE__ */ __name((value) => (typed = value, value), "transformer");
      return guard(input({ message, default: options.default, transformer, validate: validate ? (v) => validate(v) ?? true : void 0 }, context), () => typed);
    },
    confirm(message, defaultValue) {
      return guard(confirm({ message, default: defaultValue, theme: confirmTheme }, context));
    }
  };
}
__name(inquirerPrompter, "inquirerPrompter");
export {
  inquirerPrompter
};
