// Every command's Options type by name (each from its one file, src/cli/commands/NAME.ts), for test/cli/options.test.ts.
export type All = {
  validate: import('../../src/cli/commands/validate.js').Options;
  init: import('../../src/cli/commands/init.js').Options;
  assess: import('../../src/cli/commands/assess.js').Options;
  room: import('../../src/cli/commands/room.js').Options;
  set: import('../../src/cli/commands/set.js').Options;
  framework: import('../../src/cli/commands/framework.js').Options;
  score: import('../../src/cli/commands/score.js').Options;
  radar: import('../../src/cli/commands/radar.js').Options;
  panel: import('../../src/cli/commands/panel.js').Options;
  report: import('../../src/cli/commands/report.js').Options;
  demo: import('../../src/cli/commands/demo.js').Options;
  history: import('../../src/cli/commands/history.js').Options;
  compare: import('../../src/cli/commands/compare.js').Options;
  merge: import('../../src/cli/commands/merge.js').Options;
  practice: import('../../src/cli/commands/practice.js').Options;
  review: import('../../src/cli/commands/review.js').Options;
  schemas: import('../../src/cli/commands/schemas.js').Options;
  completion: import('../../src/cli/commands/completion.js').Options;
  man: import('../../src/cli/commands/man.js').Options;
};
