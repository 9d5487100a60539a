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
import { atomicWrite } from '../core/fs/atomic-write.js';
import { resolveLang } from '../core/lang.js';
import { sharedLang } from './shared-lang.js';
import { shownPath } from '../core/paths.js';
import { writeLine } from './io.js';
export function createRunContext(io, global, style) {
    const cwd = io.cwd;
    // The one language rule of the run; the interface language is that rule before any file is read.
    const langFor = (fileLang) => resolveLang(global.lang, fileLang, io.env);
    const lang = langFor(undefined);
    let vctx;
    const validation = () => (vctx ??= (async () => {
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
    const context = {
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
            return resolveBenchmark(ref, cwd, await validation()).catch((error) => {
                throw wordBenchmarkError(error, l);
            });
        },
        async writeOutput(path, given, said, to) {
            const o = typeof said === 'function' ? { said, ...(to ? { to } : {}) } : { ...said, ...(to ? { to } : {}) };
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
            }
            else {
                await atomicWrite(abs, data, { shown, ...(o.mode !== undefined ? { mode: o.mode } : {}), ...(o.deferFolderSync ? { deferFolderSync: o.deferFolderSync } : {}) });
            }
            if (o.said)
                writeLine(o.to === 'stdout' ? io.stdout : io.stderr, o.said(shown));
        },
    };
    return context;
}
