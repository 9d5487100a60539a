// The text a chart's SVG gives screen readers (its <desc>, which states every
// value), as plain text: the alternative text of the same chart where it is an
// image (the Markdown report's `![…](radar.svg)`, the Word document's PNG).
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&amp;': '&' };

/** The SVG's first <desc>, unescaped; '' when it has none. */
export function svgDescription(svg: string): string {
  const desc = /<desc\b[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
  return desc.replace(/&(?:lt|gt|quot|#39|apos|amp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, ' ').trim();
}
