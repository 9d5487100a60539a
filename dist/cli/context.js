// The one command context, built once per run at the boundary (main.ts):
// the interface language and the rule for a file's language, how paths are
// shown, the working directory, the output writer, and the loaders for
// assessments, frameworks and benchmarks over one validation context. Every
// command asks it instead of deciding these again, so they cannot disagree.
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { resolveBenchmark } from '../core/benchmark.js';
import { atomicWrite } from '../core/fs/atomic-write.js';
import { seedBundledFrameworks } from '../core/frameworks/precompiled.js';
import { resolveLang } from '../core/lang.js';
import { loadAssessment } from '../core/load.js';
import { shownPath } from '../core/paths.js';
import { createContext } from '../core/validate/index.js';
import { writeLine } from './io.js';
/** A file given on the command line, named as typed while that still reads from the working directory. */
function typedShown(cwd, file) {
    const abs = resolve(cwd, file);
    const rel = isAbsolute(file) ? abs : relative(cwd, abs);
    return resolve(rel) === abs ? rel : abs;
}
export function createRunContext(io, global, style) {
    const cwd = io.cwd;
    const lang = resolveLang(global.lang, undefined, io.env);
    let vctx;
    const validation = () => {
        if (!vctx) {
            vctx = createContext(cwd, { ...(global.lang ? { lang: global.lang } : {}), env: io.env });
            seedBundledFrameworks(vctx);
        }
        return vctx;
    };
    return {
        io,
        global,
        style,
        cwd,
        lang,
        langFor: (fileLang) => resolveLang(global.lang, fileLang, io.env),
        shown: (path) => shownPath(resolve(cwd, path), cwd),
        path: (typed) => resolve(cwd, typed),
        validation,
        loadAssessment: (typed) => loadAssessment(typedShown(cwd, typed), validation()),
        loadBenchmark: (ref, l) => resolveBenchmark(ref, cwd, l, validation()),
        async writeOutput(path, data, said) {
            await mkdir(dirname(path), { recursive: true });
            await atomicWrite(path, data);
            if (said)
                writeLine(io.stderr, said(shownPath(path, cwd)));
        },
    };
}
