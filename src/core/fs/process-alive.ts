// Whether a writer that left a file (a temp file, a lock, a cache entry's temp) still runs.
// Its own module: the V8 code cache, on every start's path, needs it without the rest of temp-files.ts.

/** Whether a process runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
