// Deterministic generator of realistic assessments for the benches: all nine
// commitments scored, 12 participants with votes, notes. Dates are quoted so
// that ajv-cli's YAML 1.1 parser reads them as strings, as c21lab does.
// Variants (issue 11), one finding per file, as in a repository mid-season:
//   clean    — nothing to report
//   warning  — commitment 9 not scored yet (a warning)
//   schema   — an unknown top-level key (a schema error, which ajv-cli sees too)
//   semantic — commitment 1 scored 10 on the 1–9 scale (an error only c21lab sees)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = ['local-government', 'civil-society', 'private', 'academia', 'other'];

export const VARIANTS = ['clean', 'warning', 'schema', 'semantic'];

export function assessmentYaml(i, variant = 'clean') {
  const r = rng(i + 1);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const lines = [
    '# yaml-language-server: $schema=../../../schemas/assessment.schema.json',
    '# Generated for the bench: fictional data.',
    'c21lab: assessment/1',
    'framework: culture21-actions',
    `city: Benchtown ${i}`,
    'country: ZZ',
    `date: "20${String(15 + (i % 11)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}"`,
    `language: ${['en', 'fr', 'es'][i % 3]}`,
    ...(variant === 'schema' ? [`contact: bench${i}@example.org`] : []),
    'facilitators: [Ada Example, Bo Example]',
    'settings:',
    '  votes: true',
    'participants:',
  ];
  for (let p = 1; p <= 12; p++) {
    lines.push(`  - id: p${p}`, `    name: Participant ${p}`, `    organisation: Organisation ${int(1, 40)}`, `    sector: ${SECTORS[p % 5]}`);
  }
  lines.push('commitments:');
  for (let c = 1; c <= (variant === 'warning' ? 8 : 9); c++) {
    const drawn = int(2, 8);
    const score = variant === 'semantic' && c === 1 ? 10 : drawn;
    const votes = Array.from({ length: 12 }, (_, p) => `p${p + 1}: ${Math.min(9, Math.max(1, score + int(-2, 2)))}`);
    lines.push(
      `  "${c}":`,
      `    score: ${score}`,
      `    votes: { ${votes.join(', ')} }`,
      `    notes: >-`,
      `      The group discussed commitment ${c} at length; examples from ${int(2, 9)} neighbourhoods`,
      `      were given, and the agreed score reflects a second round of votes.`,
      '    evidence:',
      `      - Municipal report ${2000 + int(10, 25)}, chapter ${int(1, 12)}`,
    );
  }
  return lines.join('\n') + '\n';
}

export async function generate(dir, count, variant = 'clean') {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    await writeFile(join(dir, `benchtown-${String(i).padStart(5, '0')}.yaml`), assessmentYaml(i, variant));
  }
  return dir;
}
