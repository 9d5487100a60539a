// Preloaded (`node --require bench/peak.cjs script …`) into every process a
// bench runs, subject and baseline alike, so its small cost is the same on
// both sides. When the process exits it reports, on file descriptor 3 (a pipe
// bench/lib.mjs opens), its own resource usage: CPU time of every thread
// (user + system, microseconds) and peak resident memory, worker threads
// included. Node offers no resource usage of a child to its parent, so the
// child says it. Run by hand without fd 3, it stays silent.
'use strict';
// process.getBuiltinModule (Node 20.16+) rather than require, so the file
// needs no CommonJS globals.
const { writeSync } = process.getBuiltinModule('node:fs');
const { isMainThread } = process.getBuiltinModule('node:worker_threads');

if (isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    try {
      writeSync(3, `C21LAB_USAGE ${u.userCPUTime + u.systemCPUTime} ${u.maxRSS * 1024}\n`);
    } catch {
      // no fd 3: not run by the bench
    }
  });
}
