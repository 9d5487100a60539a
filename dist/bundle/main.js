import {
  COMMAND_NAMES,
  declareGlobalOptions,
  isCommandName,
  loadSpecs
} from "./chunk-XSUB5YSY.js";
import {
  applyCommanderLanguage,
  translateCommanderError
} from "./chunk-H37MMQTS.js";
import {
  IO_CODES,
  userMessage
} from "./chunk-7CBKRIMN.js";
import "./chunk-KJ75UATF.js";
import {
  isLang,
  langFromEnv,
  resolveLang
} from "./chunk-33AJFZ56.js";
import {
  sharedLang
} from "./chunk-MZOZJXKR.js";
import {
  cliMessages
} from "./chunk-45ZBJLQG.js";
import {
  loadChalk,
  makeStyle,
  processIO,
  wantColor,
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  atomicWrite
} from "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import {
  RefusedRead
} from "./chunk-6EDDZTSC.js";
import {
  shownPath
} from "./chunk-24SS6AOI.js";
import {
  formatFindings
} from "./chunk-PAYUHFNP.js";
import {
  visible,
  visibleLines
} from "./chunk-YSZEVEG4.js";
import {
  C21Error,
  EXIT_OK,
  EXIT_USAGE,
  FindingsError,
  InterruptedError,
  InvalidFileError,
  ProblemsError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/main.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";

// dist/cli/context.js
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
function createRunContext(io, global, style) {
  const cwd = io.cwd;
  const langFor = /* @__PURE__ */ __name((fileLang) => resolveLang(global.lang, fileLang, io.env), "langFor");
  const lang = langFor(void 0);
  let vctx;
  const validation = /* @__PURE__ */ __name(() => vctx ??= (async () => {
    const [{ createContext }, { seedBundledFrameworks }, { findingWords }] = await Promise.all([
      import("./chunk-B3FEPWK6.js"),
      import("./chunk-L4R6EUDZ.js"),
      import("./chunk-4SEANC7Z.js")
    ]);
    const made = createContext(cwd, { ...global.lang ? { lang: global.lang } : {}, env: io.env, word: findingWords(langFor) });
    seedBundledFrameworks(made);
    return made;
  })(), "validation");
  const context = {
    io,
    global,
    style,
    cwd,
    lang,
    langFor,
    langForAll: /* @__PURE__ */ __name((fileLangs) => sharedLang(fileLangs, langFor), "langForAll"),
    shown: /* @__PURE__ */ __name((path) => shownPath(path, cwd), "shown"),
    path: /* @__PURE__ */ __name((typed) => resolve(cwd, typed), "path"),
    validation,
    async loadAssessment(typed) {
      const { loadAssessment } = await import("./chunk-Z7AXFCZO.js");
      return loadAssessment(shownPath(typed, cwd), await validation());
    },
    async loadFramework(typed) {
      const [{ readBytes }, { createContext, validateBytes }, { findingWords }] = await Promise.all([
        import("./chunk-Z7AXFCZO.js"),
        import("./chunk-B3FEPWK6.js"),
        import("./chunk-4SEANC7Z.js")
      ]);
      const path = resolve(cwd, typed);
      const shown = shownPath(path, cwd);
      const bytes = await readBytes(path, { cwd });
      const own = createContext(dirname(path), { env: io.env, word: findingWords(() => lang) });
      return { shown, report: validateBytes(shown, bytes, own) };
    },
    async loadBenchmark(ref, l) {
      const [{ resolveBenchmark }, { wordBenchmarkError }] = await Promise.all([import("./chunk-ZBKIODIS.js"), import("./chunk-S3LRRT2X.js")]);
      return resolveBenchmark(ref, cwd, await validation()).catch((error) => {
        throw wordBenchmarkError(error, l);
      });
    },
    async writeOutput(path, given, said, to) {
      const o = typeof said === "function" ? { said, ...to ? { to } : {} } : { ...said, ...to ? { to } : {} };
      if (o.dash && path === "-") {
        io.stdout.write(typeof given === "function" ? given() : given);
        return;
      }
      const abs = resolve(cwd, path);
      const shown = shownPath(path, cwd);
      await mkdir(dirname(abs), { recursive: true });
      if (o.schemas) {
        const { prepareSchemaFolder } = await import("./chunk-MY7SMBXP.js");
        await prepareSchemaFolder(context, abs, o.lang);
      }
      const data = typeof given === "function" ? given() : given;
      if (o.locked) {
        const { saveDocument } = await import("./chunk-GI64EAQE.js");
        await saveDocument(abs, typeof data === "string" ? data : Buffer.from(data).toString("utf8"), { shown, ...o.mode !== void 0 ? { mode: o.mode } : {} });
      } else {
        await atomicWrite(abs, data, { shown, ...o.mode !== void 0 ? { mode: o.mode } : {}, ...o.deferFolderSync ? { deferFolderSync: o.deferFolderSync } : {} });
      }
      if (o.said)
        writeLine(o.to === "stdout" ? io.stdout : io.stderr, o.said(shown));
    }
  };
  return context;
}
__name(createRunContext, "createRunContext");

// dist/cli/main.js
function version() {
  const pkg = join(fileURLToPath(new URL("../../", import.meta.url)), "package.json");
  return JSON.parse(readFileSync(pkg, "utf8")).version;
}
__name(version, "version");
function commandName(argv) {
  return commandWords(argv)[0];
}
__name(commandName, "commandName");
function commandWords(argv) {
  const words = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang")
      i++;
    else if (!arg.startsWith("-"))
      words.push(arg);
  }
  return words;
}
__name(commandWords, "commandWords");
function preLang(argv, env) {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i === -1 ? void 0 : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return isLang(value) ? value : langFromEnv(env) ?? "en";
}
__name(preLang, "preLang");
async function main(argv, io = processIO()) {
  const [first, topic] = commandWords(argv);
  if (first === "help" && topic !== void 0 && topic !== "help" && !isCommandName(topic)) {
    const at = argv.indexOf("help");
    argv = [...argv.slice(0, at), ...argv.slice(at + 1)];
  } else if (first !== void 0 && first !== "help" && !isCommandName(first)) {
    argv = argv.filter((a) => a !== "--help" && a !== "-h");
  }
  const lang = preLang(argv, io.env);
  const t = translator(cliMessages, lang);
  const verbose = argv.includes("--verbose");
  if (wantColor(io, void 0) || wantColor({ ...io, stdout: io.stderr }, void 0))
    await loadChalk();
  const errStyle = makeStyle(wantColor({ ...io, stdout: io.stderr }, !argv.includes("--no-color")));
  let exitCode = EXIT_OK;
  let run;
  const program = new Command("c21lab").description(t("description")).version(version(), "-V, --version", t("optVersion")).helpOption("-h, --help", t("optHelp")).helpCommand("help [command]", t("helpCommand"));
  declareGlobalOptions(program, t).addHelpText("afterAll", `
${t("exitCodes")}
`).showSuggestionAfterError(true).exitOverride().configureOutput({
    writeOut: /* @__PURE__ */ __name((s) => io.stdout.write(s), "writeOut"),
    writeErr: /* @__PURE__ */ __name((s) => io.stderr.write(s), "writeErr"),
    outputError: /* @__PURE__ */ __name((s, write) => write(errStyle.red(translateCommanderError(s, lang))), "outputError")
  });
  applyCommanderLanguage(program, lang);
  const named = commandName(argv);
  const misspelt = named !== void 0 && named !== "help" && !isCommandName(named);
  if (misspelt)
    for (const name of COMMAND_NAMES)
      program.command(name);
  for (const spec of misspelt ? [] : await loadSpecs(named)) {
    const cmd = program.command(spec.name);
    spec.configure(cmd, lang);
    cmd.action(async (...received) => {
      const command = received[received.length - 1];
      const globals = program.opts();
      const color = wantColor(io, globals.color);
      const options = command.opts();
      const lang2 = isLang(options.lang) ? options.lang : globals.lang;
      const ctx = run = createRunContext(io, { lang: lang2, verbose: Boolean(globals.verbose), color }, makeStyle(color));
      const args = command.processedArgs.flat().filter((a) => typeof a === "string");
      const impl = await spec.load();
      exitCode = await impl.run(ctx, args, options);
    });
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    const coded = error instanceof RefusedRead || error instanceof InvalidFileError && error.coded !== void 0;
    const langFor = run?.langFor ?? (() => lang);
    const worded = coded ? (await import("./chunk-AXMMNOKG.js")).wordCoreError(error, lang, langFor) : error;
    return report(worded, io, errStyle, verbose, t, lang);
  }
}
__name(main, "main");
function report(error, io, style, verbose, t, lang) {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof InterruptedError)
    return error.exitCode;
  if (error instanceof C21Error) {
    if (error instanceof FindingsError && error.findings.length > 0) {
      writeLine(io.stderr, formatFindings(error.findings, style));
    }
    if (error instanceof ProblemsError)
      for (const p of error.problems)
        writeLine(io.stderr, visible(`${p.where}: ${p.message}`));
    const said = error instanceof InvalidFileError ? error.wordedIn ?? lang : lang;
    writeLine(io.stderr, `${style.red("c21lab:")} ${visible(userMessage(error, said))}`);
    if (error.hint)
      writeLine(io.stderr, style.dim(visibleLines(error.hint)));
    if (verbose && error.stack)
      writeLine(io.stderr, style.dim(error.stack));
    return error.exitCode;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  const sys = err;
  if (typeof sys.code === "string" && typeof sys.path === "string") {
    const known = IO_CODES;
    const reason = sys.code === "EEXIST" && sys.syscall === "mkdir" ? t("io_notFolder") : known.includes(sys.code) ? t(`io_${sys.code}`) : t("ioOther", { code: sys.code });
    writeLine(io.stderr, `${style.red("c21lab:")} ${visible(t("ioError", { path: sys.path, reason }))}`);
    if (verbose && err.stack)
      writeLine(io.stderr, style.dim(err.stack));
    return EXIT_USAGE;
  }
  writeLine(io.stderr, `${style.red("c21lab:")} ${visible(t("internalError", { message: err.message }))}`);
  writeLine(io.stderr, verbose && err.stack ? style.dim(err.stack) : style.dim(t("verboseHint")));
  return EXIT_USAGE;
}
__name(report, "report");
export {
  main
};
