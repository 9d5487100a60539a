// The one Markdown escaping module: each function keeps what a file writes
// from becoming syntax in the place it fills.
import { describe, expect, it } from 'vitest';
import { markdownAutolink, markdownCell, markdownLine, markdownLinkTarget, markdownParagraph } from '../../../src/render/escape/markdown.js';
import * as practice from '../../../src/render/practice.js';
import * as report from '../../../src/render/report/index.js';

describe('Markdown escaping', () => {
  it('a cell is one line, with no column break, list, heading, image or HTML', () => {
    expect(markdownCell('a | b\n- c')).toBe('a \\| b - c');
    expect(markdownCell('# h ![x](y) <img> {a}')).toBe('\\# h \\!\\[x\\](y) &lt;img&gt; \\{a\\}');
    expect(markdownCell('2026. A year')).toBe('2026\\. A year');
    expect(markdownCell(null)).toBe('');
  });

  it('a paragraph keeps its lines, and no line can start a block or a code block', () => {
    expect(markdownParagraph('one *two*\n    # three\n- four\n1) five')).toBe('one \\*two\\*\n\\# three\n\\- four\n1\\) five');
    expect(markdownParagraph('a & <b>')).toBe('a &amp; &lt;b&gt;');
  });

  it('a line is a paragraph joined on one line', () => {
    expect(markdownLine('Title\n  - not a list')).toBe('Title - not a list');
  });

  it('URLs cannot end their link early', () => {
    expect(markdownLinkTarget('https://example.org/a (b)')).toBe('https://example.org/a%20%28b%29');
    expect(markdownAutolink('https://example.org/a b>c')).toBe('https://example.org/a%20b%3Ec');
  });

  it('is the only one: the report and practice modules export no escaper of their own under another rule', () => {
    for (const mod of [report, practice]) expect(Object.keys(mod).filter((k) => /escape|markdown/i.test(k))).toEqual([]);
  });
});
