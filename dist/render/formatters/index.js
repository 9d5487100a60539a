// The findings formatters by name, for `validate --format`. Each lives in its
// own small module; this index only picks one.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { text } from './text.js';
export const FORMATS = ['text', 'json', 'github', 'junit'];
const formatters = { text, json, github, junit };
export function formatterFor(name) {
    return formatters[name];
}
