// File names for non-Latin and emoji names, and what happens when two names
// meet on one slug: through the real CLI on real files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedName, slugify } from '../../src/core/slug.js';
import { runCli, tempDir } from '../helpers/cli.js';

describe('slugify', () => {
  it.each([
    ['Київ', 'kiiv'], ['東京', 'dongjing'], ['Αθήνα', 'athina'], ['الرباط', 'lrbt'], ['São Paulo', 'sao-paulo'],
    ['Zürich', 'zurich'], ['Łódź', 'lodz'], ['Straße', 'strasse'], ['🎭', 'performing-arts'], ['Ålborg ', 'alborg'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name, 'city')).toBe(slug);
  });
  it('gives every one of those cities a different name, and the fallback only when nothing is left', () => {
    const names = ['Київ', '東京', 'Αθήνα', 'الرباط', '🎭', '🎨'].map((c) => slugify(c, 'city'));
    expect(new Set(names).size).toBe(names.length);
    expect(slugify('   ', 'city')).toBe('city');
    expect(slugify('Bilbao-Bizkaia-and-more', 'x', 12)).toBe('bilbao-bizka');
  });
  it('numbers a name before its extension', () => {
    expect(numberedName('assessments/kiiv-2026-05-14.yaml', 2)).toBe('assessments/kiiv-2026-05-14-2.yaml');
  });
});

describe('names c21lab chooses never collide silently', () => {
  it('init: another city on the same slug gets a numbered name; the same LAB again is an error', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const init = (city: string) => runCli(['init', '--city', city, '--date', '2026-05-14', '-y'], { cwd: dir });
      for (const city of ['Київ', '東京', 'Αθήνα', 'الرباط', '🎭']) expect((await init(city)).code).toBe(0);
      expect((await init('Saint-Denis')).code).toBe(0);
      const other = await init('Saint Denis');
      expect(other.code).toBe(0);
      expect(other.stderr).toContain('assessments/saint-denis-2026-05-14.yaml holds another assessment');
      expect(other.stdout).toContain('written: assessments/saint-denis-2026-05-14-2.yaml');
      const again = await init('Saint Denis');
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('assessments/saint-denis-2026-05-14-2.yaml already exists');
      expect(readdirSync(join(dir, 'assessments')).sort()).toEqual([
        'athina-2026-05-14.yaml', 'dongjing-2026-05-14.yaml', 'kiiv-2026-05-14.yaml', 'lrbt-2026-05-14.yaml',
        'performing-arts-2026-05-14.yaml', 'saint-denis-2026-05-14-2.yaml', 'saint-denis-2026-05-14.yaml',
      ]);
      const v = await runCli(['validate', 'assessments'], { cwd: dir });
      expect(v.code, v.stdout).toBe(0);
    } finally {
      await cleanup();
    }
  });
  it('practice new: the same rule', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const make = (title: string) => runCli(['practice', 'new', '--title', title, '--city', 'Київ', '--year', '2026'], { cwd: dir });
      expect((await make('Open libraries')).code).toBe(0);
      const other = await make('Open  libraries!');
      expect(other.code, other.stderr).toBe(0);
      expect(other.stderr).toContain('holds another practice');
      expect((await make('Open libraries')).code).toBe(2);
      expect(readdirSync(join(dir, 'practices')).sort()).toEqual(['kiiv-2026-open-libraries-2.yaml', 'kiiv-2026-open-libraries.yaml']);
    } finally {
      await cleanup();
    }
  });
});
