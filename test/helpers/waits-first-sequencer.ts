// The order in which vitest hands test files to its workers. Vitest's own
// order runs the files that took longest in the last run first, but a clean
// clone (CI) has no such record, and then it runs the largest files first,
// which put the short pre-commit file (about 100 s of npm installs, the
// longest file of the suite) near the end, where it alone made the wall time.
// The files that spend their time waiting on npm installs go first, always,
// so their installs overlap the rest of the suite; the others keep vitest's
// order.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Longest first: each runs npm installs for most of its time (see test/packaging/).
 * Not editor.test.ts: it waits for install.test.ts's shared install, so it
 * would hold a worker doing nothing if it started with them.
 */
export const WAITS_ON_INSTALLS = ['test/packaging/pre-commit.test.ts', 'test/packaging/install.test.ts'];

export class WaitsFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => WAITS_ON_INSTALLS.findIndex((name) => spec.moduleId.replaceAll('\\', '/').endsWith(`/${name}`));
    const first = sorted.filter((spec) => rank(spec) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...first, ...sorted.filter((spec) => rank(spec) < 0)];
  }
}
