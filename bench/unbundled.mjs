// `node bench/unbundled.mjs ARGS…` runs the CLI as bin/c21lab.js did before
// dist/bundle/ (src/gen/bundle.ts): main() from the ~100 modules tsc wrote in
// dist/cli/ and beside it. For the benches' "bundle against modules" lines.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
