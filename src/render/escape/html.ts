// HTML output (the report, the printed sheet, the PDF's page) and the SVG
// inlined in it: the five metacharacters as entities, so text from a file is
// never markup, and the controls XML 1.0 forbids dropped (a PDF printer or
// Word would refuse the file). The JUnit XML keeps its own rule (./xml.ts:
// such characters become U+FFFD there, and the file must stay byte-stable).
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML or SVG element, or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
