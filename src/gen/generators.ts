// Every generated file of the project, in one list: the files under
// src/generated/, committed, each marked GENERATED in its first lines and
// carrying the content hash (core/hash.ts) of what it was made from, so the
// code that uses it falls back to the slow path when it is stale.
// `npm run gen` (./index.ts) writes them; test/gen/generated.test.ts fails when
// any of them is not what its generator makes now.
// (The help screens are generated too, but at every build, into
// dist/generated/: see ./help.ts.)
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../core/paths.js';
import { generate as frameworks, OUTPUT as FRAMEWORKS } from '../core/frameworks/generate.js';
import { generate as validators, OUTPUT as VALIDATORS } from '../core/validate/compiled/generate.js';
import { generate as templates, OUTPUT as TEMPLATES } from '../render/report/precompile.js';
import { generate as votesChart, OUTPUT as VOTES_CHART } from '../render/votes-chart/generate.js';

export const GENERATED_DIR = join(PACKAGE_ROOT, 'src', 'generated');

export interface Generator {
  /** What it makes, from what. */
  what: string;
  output: string;
  generate(): string;
}

export const GENERATORS: Generator[] = [
  { what: 'precompiled validators, from schemas/*.schema.json', output: VALIDATORS, generate: validators },
  { what: 'the votes chart compiled to Vega, from src/render/votes-chart/spec.ts', output: VOTES_CHART, generate: votesChart },
  { what: 'the report templates precompiled, from templates/report/**', output: TEMPLATES, generate: templates },
  { what: 'the bundled frameworks, validated, from data/frameworks/*.yaml', output: FRAMEWORKS, generate: frameworks },
];
