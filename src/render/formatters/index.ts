// The findings formatters by name, for `validate --format`. Each lives in its
// own small module; this index only picks one.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { text } from './text.js';
import type { Formatter } from './types.js';

export const FORMATS = ['text', 'json', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

const formatters: Record<FormatName, Formatter> = { text, json, github, junit };

export function formatterFor(name: FormatName): Formatter {
  return formatters[name];
}

export type { FileResult, Formatter, RunSummary, ValidationRun } from './types.js';
