// The findings formatters by name, for `validate --format`. Each lives in its
// own small module; this index only picks one. Every other command's formats
// are in ../formats/, behind the same interface (../formats/types.ts).
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { text } from './text.js';
import type { ChalkInstance } from 'chalk';
import type { Formatter, ValidationRun } from './types.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../formats/names.js';
import type { FormatRegistry } from '../formats/types.js';

export const FORMATS = VALIDATE_FORMATS;
export type FormatName = ValidateFormat;

export const validateFormatters: FormatRegistry<FormatName, ValidationRun, ChalkInstance> = { text, json, github, junit };

export function formatterFor(name: FormatName): Formatter {
  return validateFormatters[name];
}

export type { FileResult, Formatter, RunSummary, ValidationRun } from './types.js';
