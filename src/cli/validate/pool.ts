// Large runs use every idle core: the files are handed out in batches to
// worker threads and to the main thread itself, whichever is free, so a slow
// worker start costs nothing. Small runs (the common case: a pull request
// touches a few files) stay on the main thread, where starting a worker would
// cost more than it saves. A worker is started only when both the files and
// the work say so: more than POOL_THRESHOLD files (each worker loads and warms
// up the checks again, which 1,000 files do not repay on 2 cores), and the
// first files, timed (CPU), saying the rest would keep this thread busy longer
// than WORKERS_PAY_MS (a large repository of tiny files is not worth it). Only
// cores found idle while those first files were checked get one.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../../core/errors.js';
import { checkOne, makeContext, type Checked, type CheckSettings, type Target } from './check.js';
import { UnreadableTarget } from './unreadable.js';

/**
 * At most this many files, one thread is faster than starting workers: on 2
 * cores a worker costs its start and a second warm-up of every check, which
 * pays only above about 2,000 files (issue 11: 13–22 % lost at 100–1,000).
 * Findings no longer cost several times a clean file (they are placed on the
 * fast pass), so the same count holds with findings.
 */
export const POOL_THRESHOLD = 2000;
/**
 * Work left, in milliseconds of the main thread, above which starting workers
 * pays (checked as well as POOL_THRESHOLD): about 15,000–20,000 ordinary files since
 * the fast pass reads them itself (fast-yaml.ts, ~0.2 ms a file). A worker's
 * start and second warm-up cost 0.4–0.9 s of CPU on 2 cores (measured at
 * 10,000 files: 1.11x ajv-cli's CPU against 0.8x on one thread), which only
 * a long run earns back; below this one thread is within ajv-cli's time in
 * both wall and CPU (issue 11), and wall gains of a few hundred ms are not
 * worth a second core's worth of CPU.
 */
export const WORKERS_PAY_MS = 6000;
/**
 * Files checked untimed first (module loading, the first compilations), then timed, before the rest is
 * judged. Measured on the bench's 10,000-file corpus: files 32–96 cost 1.1–1.5 ms each, five times the
 * run's mean (~0.3 ms), while files 384–512 cost 0.29–0.47 ms: the later window tells the work left.
 */
const WARM = 384;
const TIMED = 128;
const BATCH = 32;

/**
 * Worker threads to start beside the main thread: one per idle core (a core
 * busy with other work would only be shared), at most 3, none for small
 * runs. C21LAB_WORKERS=n sets the number, for tests and benchmarks.
 */
export function workerCount(files: number, env: Record<string, string | undefined>): number {
  const forced = forcedWorkers(env);
  if (forced !== undefined) return forced;
  return files <= POOL_THRESHOLD ? 0 : idleWorkers();
}

function forcedWorkers(env: Record<string, string | undefined>): number | undefined {
  const forced = env.C21LAB_WORKERS;
  return forced !== undefined && /^\d+$/.test(forced) ? Math.min(Number(forced), 8) : undefined;
}

/** Idle and total CPU time of every core of the host so far (os.cpus(): all of them, in a container too), and this process's own CPU time (ms). */
export interface CoreTimes {
  idle: number;
  total: number;
  own: number;
  /** How many cores idle and total are summed over; default: the cores this process may use. */
  cpus?: number;
}

export function coreTimes(): CoreTimes {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times } of all) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  const { user, system } = process.cpuUsage();
  return { idle, total, own: (user + system) / 1000, cpus: all.length };
}

/**
 * One worker per idle core beside the main thread, at most 3. The cores are
 * those node says this process may use (os.availableParallelism(): a
 * container or `taskset` may pin it to fewer than the host's os.cpus()),
 * and other processes' load, measured over the whole host, is counted on
 * them pro rata. With `since` (core times taken before the first files), the
 * cores that other processes left free while those files were checked: the
 * load average, a mean over the last minute, still counts a neighbour that
 * has just finished (or a benchmark's previous run) and misses one that has
 * just started. This process counts as the one core its main thread keeps
 * busy (its compiler and collector threads are busy while it warms up, not
 * after). Without `since`, or over too short a time for the kernel's 10 ms
 * ticks to tell, the load average.
 */
export function idleWorkers(since?: CoreTimes, now: CoreTimes = coreTimes(), cores = availableParallelism()): number {
  const host = Math.max(cores, now.cpus ?? cores);
  let free: number;
  const total = since ? now.total - since.total : 0;
  if (since && total >= 20 * host) {
    const others = Math.max(0, total - (now.idle - since.idle) - (now.own - since.own));
    // Other processes' share of the host's time, on this process's cores.
    free = Math.floor(cores - 1 - (others / total) * cores + 0.25); // a core three quarters free counts
  } else {
    free = loadFree(loadavg()[0] ?? 0, cores, host);
  }
  return Math.max(0, Math.min(cores - 1, free, 3));
}

/** Cores of `cores` left free by a host-wide load average over `host` cores (this process's own main thread counts 1). */
export function loadFree(load: number, cores: number, host = cores): number {
  return Math.round(cores - 1 - (Math.max(0, load - 1) * cores) / host);
}

export async function checkAll(targets: Target[], settings: CheckSettings): Promise<Checked[]> {
  const results = new Array<Checked>(targets.length);
  const vctx = makeContext(settings);
  let next = 0;
  let workers = forcedWorkers(settings.env);
  if (workers === undefined) {
    // The first files on this thread, the later ones timed: is the rest worth starting workers for?
    workers = 0;
    if (targets.length > POOL_THRESHOLD) {
      const since = coreTimes();
      for (; next < WARM; next++) results[next] = checkOne(targets[next]!, vctx);
      // CPU time, not wall time: a busy neighbour makes the wall clock slow, not the work larger.
      const start = process.cpuUsage();
      for (; next < WARM + TIMED; next++) results[next] = checkOne(targets[next]!, vctx);
      const used = process.cpuUsage(start);
      const perFile = (used.user + used.system) / 1000 / TIMED;
      if ((targets.length - next) * perFile > WORKERS_PAY_MS) workers = idleWorkers(since);
    }
  }
  if (workers <= 0) {
    for (; next < targets.length; next++) results[next] = checkOne(targets[next]!, vctx);
    return results;
  }

  const take = (): [number, number] | undefined => {
    if (next >= targets.length) return undefined;
    const start = next;
    next = Math.min(targets.length, next + BATCH);
    return [start, next];
  };

  const inWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings });
      let finished = false; // set before terminate(), whose 'exit' event comes before its promise settles
      const feed = () => {
        const range = take();
        if (range) worker.postMessage({ start: range[0], targets: targets.slice(range[0], range[1]) });
        else {
          finished = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (m: { start: number; results?: Checked[]; error?: { message: string; usage: boolean; unreadable?: { path: string; reason: string } } }) => {
        if (m.error) {
          finished = true;
          void worker.terminate();
          const { unreadable } = m.error;
          reject(unreadable ? new UnreadableTarget(unreadable.path, unreadable.reason) : m.error.usage ? new UsageError(m.error.message) : new Error(m.error.message));
          return;
        }
        m.results!.forEach((r, k) => (results[m.start + k] = r));
        feed();
      });
      worker.on('error', reject);
      // A worker that stops without an 'error' (killed, out of memory) must not leave the run waiting forever.
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a validation worker stopped unexpectedly (exit code ${code})`));
      });
      worker.on('online', feed);
    });

  const inMain = async (): Promise<void> => {
    for (let range = take(); range; range = take()) {
      for (let i = range[0]; i < range[1]; i++) results[i] = checkOne(targets[i]!, vctx);
      await new Promise((r) => setImmediate(r)); // let the workers' answers in
    }
  };

  await Promise.all([inMain(), ...Array.from({ length: workers }, inWorker)]);
  return results;
}
