// Every command's Options type by name, for test/cli/options.test.ts.
export type All = {
  validate: import('../../src/cli/specs/validate.js').Options;
  init: import('../../src/cli/specs/init.js').Options;
  assess: import('../../src/cli/specs/assess.js').Options;
  room: import('../../src/cli/specs/room.js').Options;
  set: import('../../src/cli/specs/set.js').Options;
  framework: import('../../src/cli/specs/framework.js').Options;
  score: import('../../src/cli/specs/score.js').Options;
  radar: import('../../src/cli/specs/radar.js').Options;
  panel: import('../../src/cli/specs/panel.js').Options;
  report: import('../../src/cli/specs/report.js').Options;
  demo: import('../../src/cli/specs/demo.js').Options;
  history: import('../../src/cli/specs/history.js').Options;
  compare: import('../../src/cli/specs/compare.js').Options;
  merge: import('../../src/cli/specs/merge.js').Options;
  practice: import('../../src/cli/specs/practice.js').Options;
  review: import('../../src/cli/specs/review.js').Options;
  schemas: import('../../src/cli/specs/schemas.js').Options;
  completion: import('../../src/cli/specs/completion.js').Options;
  man: import('../../src/cli/specs/man.js').Options;
};
