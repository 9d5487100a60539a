// The bundled frameworks validated by `npm run gen` (src/generated/frameworks.ts)
// stand in for validating them at run time: they must be exactly what the
// validator makes of the files now, and seeding must never hide a finding.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedBundledFrameworks } from '../../../src/core/frameworks/precompiled.js';
import { FRAMEWORKS_DIR } from '../../../src/core/paths.js';
import { createContext, frameworkAt } from '../../../src/core/validate/index.js';

describe('seedBundledFrameworks', () => {
  it('seeds every bundled framework with what the validator reads from it now', () => {
    const seeded = createContext(FRAMEWORKS_DIR);
    seedBundledFrameworks(seeded);
    const ids = readdirSync(FRAMEWORKS_DIR).filter((f) => f.endsWith('.yaml'));
    expect(ids.length).toBeGreaterThan(0);
    expect(seeded.frameworks.size).toBe(ids.length);
    for (const file of ids) {
      const path = join(FRAMEWORKS_DIR, file);
      const fresh = frameworkAt(path, createContext(FRAMEWORKS_DIR));
      expect(fresh.framework, `${file} is valid`).toBeDefined();
      expect(seeded.frameworks.get(path)).toEqual(fresh);
    }
  });

  it('leaves a framework the context already holds as it is', () => {
    const ctx = createContext(FRAMEWORKS_DIR);
    const path = join(FRAMEWORKS_DIR, 'culture21-actions.yaml');
    const own = { findings: [], unreadable: 'EACCES' };
    ctx.frameworks.set(path, own);
    seedBundledFrameworks(ctx);
    expect(ctx.frameworks.get(path)).toBe(own);
  });
});
