// The modules a source file loads statically, transitively, read from its
// import statements (type-only imports are erased by tsc and do not count),
// so a rule about what loads at start-up holds before any build.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './cli.js';

export const SRC = join(ROOT, 'src');
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/**
 * Every module the entries (paths relative to src/) load statically: src files (relative to src/) and packages
 * ("pkg:name"), each mapped to the file that first imported it (so a failure can say by which way it came in).
 */
export function staticClosure(...entries: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (file: string, from: string) => {
    const key = relative(SRC, file);
    if (seen.has(key)) return;
    seen.set(key, from);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) walk(resolve(dirname(file), spec.replace(/\.js$/, '.ts')), key);
      else if (!spec.startsWith('node:') && !seen.has(`pkg:${spec}`)) seen.set(`pkg:${spec}`, key);
    }
  };
  for (const e of entries) walk(join(SRC, e), '(entry)');
  return seen;
}
