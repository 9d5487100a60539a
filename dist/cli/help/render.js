// Renders every help screen of the CLI, in every language, by running the
// real main() on `--lang L [CMD] --help` with its output captured: the texts
// bin/c21lab.js prints from dist/generated/ without loading commander
// (see ../fast.ts). Run at build time (`npm run compile`), so the texts always
// come from the command declarations just compiled. Each screen is rendered
// three ways: at commander's default width (80), unbounded (to learn whether
// a line was wrapped), and with colours forced (to learn whether colour
// changes it); fast.ts uses a text only where it is the same as commander's.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../../core/types.js';
import { HELP_DIR, helpFile } from '../fast.js';
import { main } from '../main.js';
import { loadSpecs } from '../registry.js';
/** Temporarily gives process.stdout the look commander reads its width from. */
function withStdout(screen, run) {
    const out = process.stdout;
    const saved = { isTTY: Object.getOwnPropertyDescriptor(out, 'isTTY'), columns: Object.getOwnPropertyDescriptor(out, 'columns') };
    const savedForce = process.env.FORCE_COLOR;
    Object.defineProperty(out, 'isTTY', { value: screen.columns !== undefined, configurable: true, writable: true });
    Object.defineProperty(out, 'columns', { value: screen.columns, configurable: true, writable: true });
    if (screen.colour)
        process.env.FORCE_COLOR = '1';
    else
        delete process.env.FORCE_COLOR;
    const restore = () => {
        for (const key of ['isTTY', 'columns']) {
            const d = saved[key];
            if (d)
                Object.defineProperty(out, key, d);
            else
                delete out[key];
        }
        if (savedForce === undefined)
            delete process.env.FORCE_COLOR;
        else
            process.env.FORCE_COLOR = savedForce;
    };
    return run().finally(restore);
}
/** What `c21lab --lang LANG [topic] --help` prints on stdout, or undefined when it does not exit 0 with stderr empty. */
async function capture(lang, topic, screen) {
    let stdout = '';
    let stderr = '';
    const sink = (add) => Object.assign(new Writable({ write: (chunk, _e, cb) => (add(chunk.toString()), cb()) }), {
        isTTY: screen.columns !== undefined,
        columns: screen.columns,
    });
    const env = { ...(screen.colour ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) };
    const io = { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), stdin: process.stdin, env, cwd: process.cwd() };
    const argv = ['--lang', lang, ...(topic ? [topic] : []), '--help'];
    const code = await withStdout(screen, () => main(argv, io));
    return code === 0 && stderr === '' ? stdout : undefined;
}
export async function renderHelpBook(lang) {
    const topics = ['', ...(await loadSpecs()).map((s) => s.name)];
    const book = {};
    for (const topic of topics) {
        const text = await capture(lang, topic, {});
        if (text === undefined)
            continue;
        const wide = await capture(lang, topic, { columns: 10_000 });
        const coloured = await capture(lang, topic, { colour: true });
        const longest = Math.max(...text.split('\n').map((l) => l.length));
        book[topic] = { text, longest, wraps: wide !== text, colourless: coloured === text };
    }
    return book;
}
/** Writes dist/generated/help-LANG.json for every language (atomically: a run never sees half a file). */
export async function writeHelpBooks() {
    mkdirSync(HELP_DIR, { recursive: true });
    const written = [];
    for (const lang of LANGS) {
        const file = fileURLToPath(helpFile(lang));
        writeFileSync(`${file}.tmp`, `${JSON.stringify(await renderHelpBook(lang), null, 1)}\n`);
        renameSync(`${file}.tmp`, file);
        written.push(file);
    }
    return written;
}
