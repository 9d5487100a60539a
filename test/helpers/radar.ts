// Shared bits of the score / radar / panel tests.
import { join } from 'node:path';
import { EXAMPLES, ROOT } from './cli.js';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'radar');
export const EX2024 = join(EXAMPLES, 'exampleville-2024.yaml');
export const EX2026 = join(EXAMPLES, 'exampleville-2026.yaml');
export const DEMO_ACTIONS = join(EXAMPLES, 'demo-actions-2025.yaml');

/** The text of every <text> element of an SVG, its <tspan> lines joined by a space, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<\/tspan><tspan[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** Minimal RFC 4180 reader: enough to check that our writer's quoting round-trips. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
