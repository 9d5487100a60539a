// A worker thread of the validate pool: receives batches of files, checks
// them with its own context (and its own framework cache), answers with the
// findings. Started only for large runs (see pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { C21Error } from '../../core/errors.js';
import { checkOne, makeContext, type CheckSettings, type Target } from './check.js';
import { UnreadableTarget } from './unreadable.js';

const vctx = makeContext(workerData as CheckSettings);

parentPort?.on('message', (batch: { start: number; targets: Target[] }) => {
  try {
    parentPort?.postMessage({ start: batch.start, results: batch.targets.map((t) => checkOne(t, vctx)) });
  } catch (error) {
    const usage = error instanceof C21Error;
    // An unreadable file crosses as its code, to be worded on the main thread.
    const unreadable = error instanceof UnreadableTarget ? { path: error.path, reason: error.reason } : undefined;
    parentPort?.postMessage({ start: batch.start, error: { message: (error as Error).message, usage, ...(unreadable ? { unreadable } : {}) } });
  }
});
