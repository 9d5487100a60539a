// Large runs use every core: the files are handed out in batches to worker
// threads and to the main thread itself, whichever is free, so a slow worker
// start costs nothing. Small runs (the common case: a pull request touches a
// few files) stay on the main thread, where starting a worker would cost more
// than it saves. Which is which is told by the work itself, not the number of
// files: the main thread checks the first files, times them (CPU), and starts
// workers only when the rest would take it longer than WORKERS_PAY_MS.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../../core/errors.js';
import { checkOne, makeContext } from './check.js';
import { UnreadableTarget } from './unreadable.js';
/**
 * Below this many files, one thread is faster than starting workers. Measured
 * on 2 cores (issue 11): a worker pays only above about 2,000 clean files, and
 * costs 13–22 % at 100–1,000. Kept for callers that count files only; checkAll
 * decides by measured work (WORKERS_PAY_MS).
 */
export const POOL_THRESHOLD = 2000;
/**
 * Work left, in milliseconds of the main thread, above which starting workers
 * pays. Issue 11's crossovers on 2 cores, about 2,000 clean files or 500 with
 * findings (as they cost then), are both about this much work of one thread.
 */
export const WORKERS_PAY_MS = 750;
/** Files checked untimed first (module loading, the first compilations), then timed, before the rest is judged. */
const WARM = 32;
const TIMED = 64;
const BATCH = 32;
/**
 * Worker threads to start beside the main thread: one per idle core (a core
 * busy with other work would only be shared), at most 3, none for small
 * runs. C21LAB_WORKERS=n sets the number, for tests and benchmarks.
 */
export function workerCount(files, env) {
    const forced = forcedWorkers(env);
    if (forced !== undefined)
        return forced;
    return files <= POOL_THRESHOLD ? 0 : idleWorkers();
}
function forcedWorkers(env) {
    const forced = env.C21LAB_WORKERS;
    return forced !== undefined && /^\d+$/.test(forced) ? Math.min(Number(forced), 8) : undefined;
}
/** One worker per idle core beside the main thread, at most 3. */
function idleWorkers() {
    const cores = availableParallelism();
    const idle = Math.round(cores - (loadavg()[0] ?? 0));
    return Math.max(0, Math.min(cores - 1, idle, 3));
}
export async function checkAll(targets, settings) {
    const results = new Array(targets.length);
    const vctx = makeContext(settings);
    let next = 0;
    let workers = forcedWorkers(settings.env);
    if (workers === undefined) {
        // The first files on this thread, the later ones timed: is the rest worth starting workers for?
        workers = 0;
        if (targets.length > WARM + TIMED) {
            for (; next < WARM; next++)
                results[next] = checkOne(targets[next], vctx);
            // CPU time, not wall time: a busy neighbour makes the wall clock slow, not the work larger.
            const start = process.cpuUsage();
            for (; next < WARM + TIMED; next++)
                results[next] = checkOne(targets[next], vctx);
            const used = process.cpuUsage(start);
            const perFile = (used.user + used.system) / 1000 / TIMED;
            if ((targets.length - next) * perFile > WORKERS_PAY_MS)
                workers = idleWorkers();
        }
    }
    if (workers <= 0) {
        for (; next < targets.length; next++)
            results[next] = checkOne(targets[next], vctx);
        return results;
    }
    const take = () => {
        if (next >= targets.length)
            return undefined;
        const start = next;
        next = Math.min(targets.length, next + BATCH);
        return [start, next];
    };
    const inWorker = () => new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings });
        let finished = false; // set before terminate(), whose 'exit' event comes before its promise settles
        const feed = () => {
            const range = take();
            if (range)
                worker.postMessage({ start: range[0], targets: targets.slice(range[0], range[1]) });
            else {
                finished = true;
                void worker.terminate().then(() => resolve());
            }
        };
        worker.on('message', (m) => {
            if (m.error) {
                finished = true;
                void worker.terminate();
                const { unreadable } = m.error;
                reject(unreadable ? new UnreadableTarget(unreadable.path, unreadable.reason) : m.error.usage ? new UsageError(m.error.message) : new Error(m.error.message));
                return;
            }
            m.results.forEach((r, k) => (results[m.start + k] = r));
            feed();
        });
        worker.on('error', reject);
        // A worker that stops without an 'error' (killed, out of memory) must not leave the run waiting forever.
        worker.on('exit', (code) => {
            if (!finished)
                reject(new Error(`a validation worker stopped unexpectedly (exit code ${code})`));
        });
        worker.on('online', feed);
    });
    const inMain = async () => {
        for (let range = take(); range; range = take()) {
            for (let i = range[0]; i < range[1]; i++)
                results[i] = checkOne(targets[i], vctx);
            await new Promise((r) => setImmediate(r)); // let the workers' answers in
        }
    };
    await Promise.all([inMain(), ...Array.from({ length: workers }, inWorker)]);
    return results;
}
