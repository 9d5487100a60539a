// "No notes were recorded" is said only when it is true: a commitment without
// notes of its own whose actions carry notes says that they are in its table.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

describe('a commitment without notes of its own', () => {
  it('points to its actions\' notes instead of saying none were taken (HTML and Markdown)', async () => {
    const html = (await runCli(['report', join(EXAMPLES, 'demo-actions-2025.yaml'), '--lang', 'en'])).stdout;
    const two = html.slice(html.indexOf('id="commitment-2"'), html.indexOf('id="commitment-3"'));
    expect(two).toContain('<p class="muted">No notes on the commitment as a whole; the notes on its actions are in the table below.</p>');
    expect(two).toContain('No se necesita permiso'); // the action's note, in the table
    expect(html).not.toContain('No notes were recorded.');
    const tmp = await tempDir('c21lab-no-notes-');
    try {
      const out = join(tmp.dir, 'demo.md');
      expect((await runCli(['report', join(EXAMPLES, 'demo-actions-2025.yaml'), '--lang', 'fr', '-o', out])).code).toBe(0);
      const md = await readFile(out, 'utf8');
      expect(md).toContain('*Aucune note sur l’engagement dans son ensemble ; les notes sur ses actions figurent dans le tableau ci-dessous.*');
      expect(md).not.toContain("Aucune note n'a été prise.");
    } finally {
      await tmp.cleanup();
    }
  });
});
