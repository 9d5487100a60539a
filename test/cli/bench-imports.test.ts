// The benches are plain .mjs run by `npm run bench`, not by CI, and import
// built modules by name: check those names exist, so a rename cannot break
// the bench unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

it('every built export the benches import exists', async () => {
  const wanted: Array<[string, string, string]> = [];
  for (const file of readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.mjs'))) {
    const text = readFileSync(join(ROOT, 'bench', file), 'utf8');
    for (const m of text.matchAll(/const \{ ([^}]+) \} = await import\(join\(ROOT, '(dist\/[^']+)'\)\)/g)) {
      for (const name of (m[1] as string).split(',').map((n) => n.trim()).filter(Boolean)) wanted.push([file, m[2] as string, name]);
    }
  }
  expect(wanted.length).toBeGreaterThan(5);
  const missing: string[] = [];
  for (const [file, module, name] of wanted) {
    const mod = (await import(pathToFileURL(join(ROOT, module)).href)) as Record<string, unknown>;
    if (typeof mod[name] !== 'function') missing.push(`${file}: ${module} ${name}`);
  }
  expect(missing).toEqual([]);
});
