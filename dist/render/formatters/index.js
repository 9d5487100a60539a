// The findings formatters by name, for `validate --format`. Each lives in its
// own small module; this index only picks one. Every other command's formats
// are in ../formats/, behind the same interface (../formats/types.ts).
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { text } from './text.js';
import { VALIDATE_FORMATS } from '../formats/names.js';
export const FORMATS = VALIDATE_FORMATS;
export const validateFormatters = { text, json, github, junit };
export function formatterFor(name) {
    return validateFormatters[name];
}
