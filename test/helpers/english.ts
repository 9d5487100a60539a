// How the tests tell English left in French or Spanish text: whole words that
// are English and neither French nor Spanish, looked for in what a reader
// sees once placeholders, options, commands, file names and code are removed.

/** Words that are English and neither French nor Spanish, matched whole. */
export const ENGLISH = /(?<!\p{L})(the|and|with|without|is|are|was|were|not|found|expected|must|should|which|this|that|from|when|only|file|files|written|write|missing|errors|warning|warnings|none|each|every|one|two|used|given|here|there|than|then|into|your|you|has|have|been|will|cannot|can|could|would|please|unknown|invalid|value|values|name|command|commands|help|display|output|default|choices|workflow|workflows)(?!\p{L})/iu;

/** What a reader sees as words: without placeholders, options, commands, paths, code and quoted values. */
export function prose(text: string): string {
  return text
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/--?[\w-]+/g, ' ')
    .replace(/\bc21lab(\s+[a-z-]+)?/g, ' ')
    .replace(/\b[\w./-]+\.(ya?ml|json|csv|svg|png|html|md|txt|xml)\b/g, ' ')
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, ' ') // rule ids and kebab-case keys such as score-out-of-scale
    .replace(/"[^"]*"/g, ' ')
    .replace(/\b(n\/a|JSON|CSV|YAML|SVG|PNG|HTML|PDF|Markdown|git|GitHub|LANG|NO_COLOR|FORCE_COLOR|UTF-8|ISO|URL|ID|id|ids|SD|sd)\b/g, ' ');
}

/** The English words left in `text`, in order. */
export function englishWords(text: string): string[] {
  return [...prose(text).matchAll(new RegExp(ENGLISH.source, 'giu'))].map((m) => m[0]);
}
