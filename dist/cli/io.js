// What a command gets from the outside world. Tests pass their own streams
// and environment; nothing in a command reaches for process.* directly.
import { Chalk } from 'chalk';
export function processIO() {
    // `c21lab … | head` closes the pipe early: that is the reader's choice, not a crash.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code === 'EPIPE')
                process.exit(process.exitCode ?? 0);
            throw error;
        });
    }
    return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
/** Colour only on a terminal, never with NO_COLOR (any value) or --no-color; FORCE_COLOR wins for tests. */
export function wantColor(io, flag) {
    if (flag === false)
        return false;
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}
export function makeStyle(color) {
    return new Chalk({ level: color ? 1 : 0 });
}
export function writeLine(stream, text = '') {
    stream.write(text + '\n');
}
