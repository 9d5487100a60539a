// The order in which vitest hands test files to its workers. Vitest's own
// order runs the files that took longest in the last run first, but a clean
// clone (CI) has no such record, and then it runs the largest files first,
// which put the short pre-commit file (about 100 s of npm installs, the
// longest file of the suite) near the end, where it alone made the wall time.
// The files that spend their time waiting on npm installs go first, always,
// so their installs overlap the rest of the suite; the file that waits for
// their shared install goes last, when it is ready; the others keep vitest's
// order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { CRITICAL_CHAIN, isSuiteFile } from './suite-files.js';

/** Longest first: each runs npm installs for most of its time (see test/packaging/). */
export const WAITS_ON_INSTALLS = [CRITICAL_CHAIN, 'test/packaging/install.test.ts'];

/** Waits for install.test.ts's shared install (shared-install.ts): started early, it would hold a worker doing nothing. */
export const NEEDS_SHARED_INSTALL = ['test/packaging/editor.test.ts'];

const rank = (names: string[], spec: TestSpecification) => names.findIndex((name) => isSuiteFile(name, spec.moduleId));

export class WaitsFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = sorted.filter((spec) => rank(WAITS_ON_INSTALLS, spec) >= 0).sort((a, b) => rank(WAITS_ON_INSTALLS, a) - rank(WAITS_ON_INSTALLS, b));
    const last = sorted.filter((spec) => rank(NEEDS_SHARED_INSTALL, spec) >= 0);
    const rest = sorted.filter((spec) => rank(WAITS_ON_INSTALLS, spec) < 0 && rank(NEEDS_SHARED_INSTALL, spec) < 0);
    return [...first, ...rest, ...last];
  }
}
