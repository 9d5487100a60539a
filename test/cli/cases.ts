// One table of CLI cases. Every case runs in-process through main() (fast);
// the ones marked `binary` run through bin/c21lab.js as well, and both must
// give the same code and output — so the shim, the process environment and
// the in-process runner cannot drift apart.
import { join } from 'node:path';
import { EXAMPLES } from '../helpers/cli.js';

export interface CliCase {
  name: string;
  args: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
  /** Output that must never appear (stack traces, English in a translated run…). */
  never?: RegExp[];
  binary?: boolean;
}

const ex = (name: string) => join(EXAMPLES, name);
const STACK = /\n\s+at /;

export const CASES: CliCase[] = [
  { name: 'help', args: ['--help'], code: 0, stdout: [/Usage: c21lab/, /validate/], binary: true },
  { name: 'version', args: ['--version'], code: 0, stdout: [/^\d+\.\d+\.\d+\s*$/], binary: true },
  { name: 'help in French', args: ['--lang', 'fr', '--help'], code: 0, stdout: [/Utilisation : c21lab/] },
  { name: 'unknown option', args: ['--bogus'], code: 2, stderr: [/unknown option '--bogus'/], binary: true },
  { name: 'misspelt command', args: ['validat'], code: 2, stderr: [/; did you mean "validate"\?/] },
  { name: 'missing file', args: ['validate', 'no/such/file.yaml'], code: 2, stderr: [/no\/such\/file\.yaml/], never: [STACK], binary: true },
  { name: 'valid example', args: ['validate', ex('exampleville-2026.yaml')], code: 0, binary: true },
  { name: 'examples folder', args: ['validate', EXAMPLES], code: 0 },
  { name: 'score table, in the file language', args: ['score', ex('exampleville-2026.yaml')], code: 0, stdout: [/Droits culturels/] },
  { name: 'score json', args: ['score', '--format', 'json', ex('exampleville-2026.yaml')], code: 0, stdout: [/"commitments"/], binary: true },
  { name: 'score csv', args: ['score', '--format', 'csv', ex('exampleville-2024.yaml')], code: 0, stdout: [/^[^\n]*,/] },
  { name: 'score in Spanish', args: ['--lang', 'es', 'score', ex('exampleville-2026.yaml')], code: 0, stdout: [/Derechos culturales/] },
  { name: 'compare', args: ['compare', ex('exampleville-2024.yaml'), ex('exampleville-2026.yaml')], code: 0 },
  { name: 'bad format', args: ['score', '--format', 'xml', ex('exampleville-2026.yaml')], code: 2, never: [STACK] },
  // Every format of every command comes from one registry (render/formats/): each name works, an unknown one lists them.
  { name: 'compare json', args: ['compare', '--format', 'json', ex('exampleville-2024.yaml'), ex('exampleville-2026.yaml')], code: 0, stdout: [/^\{\n/, /\}\n$/] },
  { name: 'compare csv', args: ['compare', '--format', 'csv', ex('exampleville-2024.yaml'), ex('exampleville-2026.yaml')], code: 0, stdout: [/^commitment_id,/, /\r\n$/] },
  { name: 'compare bad format lists the formats', args: ['compare', '--format', 'xml', ex('exampleville-2024.yaml'), ex('exampleville-2026.yaml')], code: 2, stderr: [/'xml' is invalid\. Allowed choices are table, json, csv\./], never: [STACK] },
  { name: 'history bad format lists the formats', args: ['history', '--format', 'csv', ex('exampleville-2026.yaml')], code: 2, stderr: [/'csv' is invalid\. Allowed choices are table, json\./], never: [STACK] },
  { name: 'validate bad format lists the formats', args: ['validate', '--format', 'table', ex('exampleville-2026.yaml')], code: 2, stderr: [/'table' is invalid\. Allowed choices are text, json, github, junit\./], never: [STACK] },
  { name: 'validate junit', args: ['validate', '--format', 'junit', ex('exampleville-2026.yaml')], code: 0, stdout: [/^<\?xml /, /<\/testsuites>\n$/] },
  { name: 'framework listing', args: ['framework'], code: 0, stdout: [/Governance of culture/] },
  { name: 'FORCE_COLOR=0 turns colour off', args: ['validate', 'no/such/file.yaml'], env: { FORCE_COLOR: '0', NO_COLOR: '' }, code: 2, never: [new RegExp(String.fromCharCode(27))] },
  { name: 'NO_COLOR turns colour off', args: ['validate', 'no/such/file.yaml'], env: { NO_COLOR: '1' }, code: 2, never: [new RegExp(String.fromCharCode(27))] },
];
