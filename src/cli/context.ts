// The one command context, built once per run at the boundary (main.ts):
// the interface language and the rule for a file's language, how paths are
// shown, the working directory, the output writer, and the loaders for
// assessments, frameworks and benchmarks over one validation context. Every
// command asks it instead of deciding these again, so they cannot disagree.
// The validators (core/validate/, ~400 KB of generated code) and the bundled
// frameworks load on first use only, so the commands that never validate
// (completion, man, schemas, help) do not pay for them at start-up:
// test/cli/context-imports.test.ts holds this file to it.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { atomicWrite } from '../core/fs/atomic-write.js';
import { resolveLang } from '../core/lang.js';
import { sharedLang } from './shared-lang.js';
import type { LoadedAssessment } from '../core/load.js';
import { shownPath } from '../core/paths.js';
import type { Benchmark, Lang } from '../core/types.js';
import type { FileReport, ValidateContext } from '../core/validate/index.js';
import { writeLine, type CliIO, type GlobalOptions } from './io.js';

export interface RunContext {
  io: CliIO;
  global: GlobalOptions;
  /** chalk bound to the colour decision for stdout. */
  style: ChalkInstance;
  /** The working directory every relative path of the run is read against. */
  cwd: string;
  /** The interface language: --lang, else the environment (LC_ALL, LC_MESSAGES, LANG), else English. */
  lang: Lang;
  /** The language of a command about a file: --lang, else the file's language, else as `lang`. */
  langFor(fileLang: string | undefined): Lang;
  /** The language of a line about several files (a batch's count): the one `langFor` gives them all when they agree, else `lang` (./shared-lang.ts). */
  langForAll(fileLangs: Iterable<string | undefined>): Lang;
  /** How a path is named to the user (core/paths.ts shownPath, the one rule): as typed when relative; an absolute one relative when inside the working directory. */
  shown(path: string): string;
  /** A path the user typed, made absolute against the working directory. */
  path(typed: string): string;
  /** The run's one validation context (bundled frameworks seeded), shared by every loader; the validators load on the first call. */
  validation(): Promise<ValidateContext>;
  /** An assessment, fully validated; findings name it as the user typed it. */
  loadAssessment(typed: string): Promise<LoadedAssessment>;
  /**
   * A framework file the user named (not a bundled id), validated on its own and from its own folder, so its
   * problems are located in it; findings worded as for any file. Its `report` has `kind` to check.
   */
  loadFramework(typed: string): Promise<LoadedFramework>;
  /** A benchmark by bundled id or path; its findings are worded in `lang`. */
  loadBenchmark(ref: string, lang: Lang): Promise<Benchmark>;
  /**
   * The one way a command writes an output file: the path (typed or absolute) read against the working directory,
   * its folder made, the data written atomically (under the file's lock when `locked`), and the "written" line printed
   * when `said` is given (stderr unless told). With `dash`, the path `-` means stdout. The old positional form
   * (`said`, `to`) still works. `data` may be a function giving the text, called once the folders are made
   * (with `schemas`, the schema folder too), so a `$schema` line built in it points into that folder.
   */
  writeOutput(path: string, data: string | Uint8Array | (() => string), said?: ((shown: string) => string) | OutputOptions, to?: 'stdout' | 'stderr'): Promise<void>;
}

/** A framework file as read by loadFramework: shown as typed, with its worded report. */
export interface LoadedFramework {
  shown: string;
  report: FileReport;
}

export interface OutputOptions {
  /** The "written" line, in the user's language, given the path as shown. */
  said?: (shown: string) => string;
  /** Where the "written" line goes: stderr by default, as stdout may carry data. */
  to?: 'stdout' | 'stderr';
  /** The mode of a new file, before the umask (an existing file keeps its own). */
  mode?: number;
  /** Under the file's advisory lock (core/edit/save.ts), for a text file people edit by hand (YAML, a sheet). */
  locked?: boolean;
  /** The path `-` is stdout: the data is printed there, and no "written" line. */
  dash?: boolean;
  /**
   * A new c21lab YAML file: the repository's schema folder is brought up to date (./schema-folder.ts) once the file's
   * folder exists, before the text is built; pass the text as a function so its `$schema` line can point there.
   */
  schemas?: boolean;
  /** The language of what is said about the file besides `said` (the schema folder's line): the file's, when the command words by it; the interface's by default. */
  lang?: Lang;
  /** One of a batch of files: its folder's fsync is left to the caller (core/fs/atomic-write.ts, deferFolderSync), who says the batch is written only after it; so never with `said`. */
  deferFolderSync?: Set<string>;
}

export function createRunContext(io: CliIO, global: GlobalOptions, style: ChalkInstance): RunContext {
  const cwd = io.cwd;
  // The one language rule of the run; the interface language is that rule before any file is read.
  const langFor = (fileLang: string | undefined): Lang => resolveLang(global.lang, fileLang, io.env);
  const lang = langFor(undefined);
  let vctx: Promise<ValidateContext> | undefined;
  const validation = (): Promise<ValidateContext> =>
    (vctx ??= (async () => {
      const [{ createContext }, { seedBundledFrameworks }, { findingWords }] = await Promise.all([
        import('../core/validate/index.js'),
        import('../core/frameworks/precompiled.js'),
        import('../i18n/validate-words.js'),
      ]);
      // Findings are worded here, above the core, by the run's one language rule.
      const made = createContext(cwd, { ...(global.lang ? { lang: global.lang } : {}), env: io.env, word: findingWords(langFor) });
      seedBundledFrameworks(made);
      return made;
    })());
  const context: RunContext = {
    io,
    global,
    style,
    cwd,
    lang,
    langFor,
    langForAll: (fileLangs) => sharedLang(fileLangs, langFor),
    shown: (path) => shownPath(path, cwd),
    path: (typed) => resolve(cwd, typed),
    validation,
    async loadAssessment(typed) {
      const { loadAssessment } = await import('../core/load.js');
      return loadAssessment(shownPath(typed, cwd), await validation());
    },
    async loadFramework(typed) {
      const [{ readBytes }, { createContext, validateBytes }, { findingWords }] = await Promise.all([
        import('../core/load.js'),
        import('../core/validate/index.js'),
        import('../i18n/validate-words.js'),
      ]);
      const path = resolve(cwd, typed);
      const shown = shownPath(path, cwd);
      // Its bytes, checked as `validate` checks a file (a byte that is not UTF-8 is a located finding).
      const bytes = await readBytes(path, { cwd });
      // Its own folder is where it is read from. A framework has no `language:` (a stray one is a finding, not
      // a choice), so its findings are in the interface language.
      const own = createContext(dirname(path), { env: io.env, word: findingWords(() => lang) });
      return { shown, report: validateBytes(shown, bytes, own) };
    },
    async loadBenchmark(ref, l) {
      const [{ resolveBenchmark }, { wordBenchmarkError }] = await Promise.all([import('../core/benchmark.js'), import('./benchmark-words.js')]);
      return resolveBenchmark(ref, cwd, await validation()).catch((error: unknown) => {
        throw wordBenchmarkError(error, l);
      });
    },
    async writeOutput(path, given, said, to) {
      const o: OutputOptions = typeof said === 'function' ? { said, ...(to ? { to } : {}) } : { ...said, ...(to ? { to } : {}) };
      if (o.dash && path === '-') {
        io.stdout.write(typeof given === 'function' ? given() : given);
        return;
      }
      const abs = resolve(cwd, path);
      const shown = shownPath(path, cwd);
      await mkdir(dirname(abs), { recursive: true });
      if (o.schemas) {
        const { prepareSchemaFolder } = await import('./schema-folder.js');
        await prepareSchemaFolder(context, abs, o.lang);
      }
      const data = typeof given === 'function' ? given() : given;
      if (o.locked) {
        // saveDocument is loaded only by the commands that write such a file.
        const { saveDocument } = await import('../core/edit/save.js');
        await saveDocument(abs, typeof data === 'string' ? data : Buffer.from(data).toString('utf8'), { shown, ...(o.mode !== undefined ? { mode: o.mode } : {}) });
      } else {
        await atomicWrite(abs, data, { shown, ...(o.mode !== undefined ? { mode: o.mode } : {}), ...(o.deferFolderSync ? { deferFolderSync: o.deferFolderSync } : {}) });
      }
      if (o.said) writeLine(o.to === 'stdout' ? io.stdout : io.stderr, o.said(shown));
    },
  };
  return context;
}
