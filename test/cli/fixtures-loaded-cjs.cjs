// Preloaded by test/cli/fast-help.test.ts: says on stderr, at exit, which
// CommonJS files from node_modules the process loaded.
/* global require -- a CommonJS preload */
'use strict';
process.on('exit', () => {
  const loaded = Object.keys(require.cache).filter((f) => f.includes('node_modules'));
  process.stderr.write(`LOADED_CJS ${JSON.stringify(loaded)}\n`);
});
