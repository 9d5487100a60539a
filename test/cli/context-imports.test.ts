// The validators (core/validate/ and the ~260 KB of generated/validators.ts)
// and the bundled frameworks load on a command's first validation, never at
// start-up: main.ts, the command context and what they import statically
// must not pull them in, or every run (completion, man, schemas…) pays for
// them. Checked on the sources and on the built bundle that bin/ runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { staticClosure } from '../helpers/static-imports.js';

const HEAVY = (m: string) => m.startsWith('core/validate/') || m.startsWith('generated/validators') || m.startsWith('generated/frameworks');

describe('start-up loads no validator', () => {
  it.each(['cli/main.ts', 'cli/context.ts'])('%s', (entry) => {
    const closure = staticClosure(entry);
    const heavy = [...closure].filter(([m]) => HEAVY(m)).map(([m, from]) => `${m} <- ${from}`);
    expect(heavy).toEqual([]);
  });

  it('can see one: the loaders and the validate command do pull them in', () => {
    expect([...staticClosure('core/load.ts').keys()]).toContain('generated/validators.ts');
    expect([...staticClosure('cli/refusal-words.ts').keys()].some(HEAVY)).toBe(true);
  });

  const bundle = join(ROOT, 'dist', 'bundle');
  it.skipIf(!existsSync(join(bundle, 'main.js')))('nor does the built bundle: no chunk main.js loads statically holds the validators', () => {
    const IMPORT = /^import\s+(?:[^'";]*?\sfrom\s+)?"(\.\/[^"]+)"/gm;
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(bundle, file), 'utf8').matchAll(IMPORT)) walk((m[1] as string).slice(2));
    };
    walk('main.js');
    expect(seen.size).toBeGreaterThan(1);
    const holders = [...seen].filter((f) => /urn:c21lab:schema:assessment|"FRAMEWORKS"|export const FRAMEWORKS|ajv\/dist\/runtime/.test(readFileSync(join(bundle, f), 'utf8')));
    expect(holders).toEqual([]);
    // …while some chunk does hold them (the marker is right).
    const chunks = readdirSync(bundle).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => readFileSync(join(bundle, f), 'utf8').includes('urn:c21lab:schema:assessment'))).toBe(true);
  });
});
