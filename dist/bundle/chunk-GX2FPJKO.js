import {
  cliMessages
} from "./chunk-45ZBJLQG.js";
import {
  integerMessage
} from "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  parseTypedInteger
} from "./chunk-32634MZU.js";
import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/options.js
import { Option } from "commander";
var PLACEHOLDER_KINDS = {
  file: "file",
  "out.svg": "file",
  "file.csv": "file",
  dir: "folder",
  path: "path",
  id: "id",
  ref: "ref",
  "id|path": "idOrFile",
  "id-or-path": "idOrFile",
  "id|file": "idOrFile",
  "id-or-file": "idOrFile"
};
var ARGUMENT_KINDS = {
  file: "file",
  files: "file",
  assessment: "file",
  dir: "folder",
  paths: "fileOrFolder"
};
function placeholder(flags) {
  return /<([^>]+)>/.exec(flags)?.[1];
}
__name(placeholder, "placeholder");
function longName(flags) {
  return /--[A-Za-z0-9-]+/.exec(flags)?.[0] ?? flags;
}
__name(longName, "longName");
function valueKind(d) {
  if (d.value === "text")
    return void 0;
  const ph = placeholder(d.flags);
  return ph === void 0 ? void 0 : d.value ?? PLACEHOLDER_KINDS[ph];
}
__name(valueKind, "valueKind");
function emptyRefusal(kind, said, lang) {
  const t = translator(cliMessages, lang);
  const hint = kind === "folder" || kind === "fileOrFolder" ? t("emptyFolderHint") : void 0;
  return new UsageError(said, hint);
}
__name(emptyRefusal, "emptyRefusal");
function parserOf(d, lang) {
  const name = longName(d.flags);
  const t = translator(cliMessages, lang);
  const kind = valueKind(d);
  const range = d.integer;
  if (!kind && !range && !d.repeat)
    return void 0;
  return (value, previous) => {
    let read = value;
    if (range) {
      const parsed = parseTypedInteger(value, range);
      if (!parsed.ok)
        throw new UsageError(integerMessage(parsed, name, value, range, lang));
      read = parsed.value;
    } else if (kind && value === "") {
      throw emptyRefusal(kind, t("emptyOption", { option: name, what: t(`what_${kind}`) }), lang);
    }
    return d.repeat ? [...previous ?? [], read] : read;
  };
}
__name(parserOf, "parserOf");
function addOptions(cmd, options, t, lang = "en") {
  for (const d of options) {
    const option = new Option(d.flags, d.help ? t(d.help) : void 0);
    if (!d.help)
      option.hideHelp();
    if (d.default !== void 0)
      option.default(d.default);
    if (d.choices)
      option.choices(d.choices);
    const parse = parserOf(d, lang);
    if (parse)
      option.argParser(parse);
    cmd.addOption(option);
  }
}
__name(addOptions, "addOptions");
function refuseEmptyArguments(cmd, lang) {
  const t = translator(cliMessages, lang);
  for (const arg of cmd.registeredArguments) {
    const kind = ARGUMENT_KINDS[arg.name()];
    if (!kind || arg.parseArg)
      continue;
    arg.argParser((value, previous) => {
      if (value === "")
        throw emptyRefusal(kind, t("emptyArgument", { what: t(`what_${kind}`) }), lang);
      return arg.variadic ? [...previous ?? [], value] : value;
    });
  }
}
__name(refuseEmptyArguments, "refuseEmptyArguments");

// dist/cli/command.js
function defineCommand(decl) {
  return {
    name: decl.name,
    options: decl.options,
    configure(cmd, lang) {
      const t = translator(decl.messages, lang);
      decl.describe(cmd, t, lang);
      refuseEmptyArguments(cmd, lang);
      addOptions(cmd, decl.options, t, lang);
    },
    load: /* @__PURE__ */ __name(async () => ({ run: decl.run }), "load")
  };
}
__name(defineCommand, "defineCommand");

export {
  defineCommand
};
