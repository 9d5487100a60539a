// The data model every command reads. Mirrors schemas/*.schema.json; the
// schemas are the contract for files, these types the contract for code.

export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Text keyed by language code; `en` is always present. */
export type LocalText = { en: string } & Partial<Record<string, string>>;

export const SECTORS = ['local-government', 'civil-society', 'private', 'academia', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export interface Band {
  id: string;
  min: number;
  max: number;
  label: LocalText;
  description?: LocalText;
}

export interface Scale {
  min: number;
  max: number;
  bands: Band[];
}

export interface FrameworkAction {
  id: string;
  title: LocalText;
  description?: LocalText;
}

export interface FrameworkCommitment {
  id: string;
  title: LocalText;
  short?: LocalText;
  description?: LocalText;
  prompts?: LocalText[];
  actions?: FrameworkAction[];
}

export interface Framework {
  c21lab: 'framework/1';
  id: string;
  version?: string;
  title: LocalText;
  description?: LocalText;
  /** publisher and note: one text, or per language (en required). */
  source?: { title?: string; publisher?: string | LocalText; year?: number; url?: string; note?: string | LocalText };
  scale: Scale;
  percent: { formula: 'linear'; decimals?: number };
  commitments: FrameworkCommitment[];
}

/** An agreed score or vote: a number on the scale, or not applicable. */
export type ScoreValue = number | 'n/a';

export type Evidence = string | { title: string; url?: string };

export interface ActionResult {
  score?: ScoreValue;
  votes?: Record<string, ScoreValue>;
  notes?: string;
  evidence?: Evidence[];
}

export interface CommitmentResult extends ActionResult {
  actions?: Record<string, ActionResult>;
}

export interface Participant {
  id: string;
  name: string;
  organisation?: string;
  sector?: Sector;
  role?: string;
}

export interface Assessment {
  c21lab: 'assessment/1';
  framework: string;
  city: string;
  country?: string;
  date: string;
  language: Lang;
  title?: string;
  facilitators?: string[];
  experts?: string[];
  settings?: { votes?: boolean };
  participants?: Participant[];
  commitments?: Record<string, CommitmentResult>;
}

export interface Benchmark {
  c21lab: 'benchmark/1';
  id?: string;
  name: string;
  framework: string;
  unit: 'percent' | 'mean-score';
  source: string;
  year?: number;
  respondents?: number;
  method?: string;
  notes?: string;
  /** name, source, method and notes in other languages; the plain fields stay the original. */
  translations?: Partial<Record<Lang, { name?: string; source?: string; method?: string; notes?: string }>>;
  values: Record<string, number | null>;
}

export type FileKind = 'assessment' | 'framework' | 'benchmark' | 'practice' | 'review';

export type Severity = 'error' | 'warning';

/** One located problem in one file: what `validate` and every loader report. */
export interface Finding {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string; // stable kebab-case id, documented in the README
  message: string; // says what was expected and what was found
  path?: string; // JSON pointer-ish path into the data, e.g. /commitments/3/score
  /** On an "and N more" line: how many findings of this rule in this file are not shown. */
  omitted?: number;
}

/**
 * One line of figures per commitment, in framework order (null where there is none): an
 * assessment's percentages or a benchmark's. The radar draws it (render/radar's RadarSeries is this type).
 */
export interface Series {
  label: string;
  values: (number | null)[];
  dashed?: boolean;
  /** `current`: this LAB (blue, drawn on top); `earlier`: the LAB it is compared with (vermillion). */
  role?: 'current' | 'earlier';
  /** Per commitment: true where every item is marked n/a (shown on the axis label, not as a score). */
  na?: boolean[];
}
