// Each command's --format names, in the order help and errors list them,
// default first. Each is its option's `choices`, so an unknown name gets the
// one wording of every refused value (commander's, in the user's language:
// "the value … of the option --format is not valid; choices: …"). Kept apart from the formatters (no imports) so a command's
// declaration and its error message can list them without loading a renderer;
// each registry is typed by its list, so a name without a formatter, or a
// formatter without a name, does not compile.

export const SCORE_FORMATS = ['table', 'json', 'csv'] as const;
export const COMPARE_FORMATS = ['table', 'json', 'csv'] as const;
export const HISTORY_FORMATS = ['table', 'json'] as const;
export const VALIDATE_FORMATS = ['text', 'json', 'github', 'junit'] as const;
export const REPORT_FORMATS = ['html', 'md', 'pdf', 'docx'] as const;
/** A good practice's page (practice render) and a framework's printable sheet (framework --sheet). */
export const PAGE_FORMATS = ['html', 'md'] as const;

export type ScoreFormat = (typeof SCORE_FORMATS)[number];
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
