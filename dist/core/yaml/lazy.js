// The `yaml` package, loaded on first use. Clean files are judged by the
// js-yaml fast pass alone (src/core/validate/fast.ts), and importing `yaml`
// costs about 20 ms, a large share of a short command such as `radar`.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let loaded;
export function yaml() {
    return (loaded ??= require('yaml'));
}
