import { defineConfig } from 'vitest/config';
import { WaitsFirstSequencer } from './test/helpers/waits-first-sequencer.js';

// CLI tests call the built main() in-process (test/helpers/cli.ts), and the
// rest run real processes, terminals and browsers on a two-core machine, so
// timeouts are generous. Four workers for two cores: for most of a run two
// of them hold the packaging files, which wait on npm installs (their own
// processes: pre-commit's chain at normal priority, the rest lower), so the
// other two keep both cores on the other tests meanwhile; after them, four
// share the two cores, whose waits on browsers and terminals they fill.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One scratch folder per run for the packaging tests' shared snapshot and install.
    globalSetup: ['test/packaging/global-setup.ts'],
    // Every file but pre-commit's install chain runs at a lower CPU priority (see the file).
    setupFiles: ['test/helpers/worker-priority.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 4,
    // The npm installs of test/packaging/ first, so they overlap the rest.
    sequence: { sequencer: WaitsFirstSequencer },
    // A worker runs file after file in one process: the built CLI, vega and
    // the other dependencies are loaded once per worker, not once per file.
    // No test changes process-wide state (environment, working directory,
    // mocks): each CLI run gets its own env, cwd and streams.
    isolate: false,
    server: {
      deps: {
        // dist/ is plain built JavaScript: Node loads it natively, as the
        // binary does, instead of vitest transforming ~200 modules per file.
        external: [/\/dist\//],
      },
    },
  },
});
