// Good practices: the third product of a LAB. Writing a new file (with the
// schema modeline and comments that explain each section), and the checks a
// schema cannot make (commitment ids against the framework).
import { renderInline } from './edit/splice.js';
import { schemaModeline } from './yaml/modeline.js';
import { finding, loadFrameworkRef } from './validate/index.js';
import { slugify } from './slug.js';
export const DEFAULT_FRAMEWORK = 'culture21-actions';
/** The sections a reader expects, in order; empty ones are "not written yet". */
export const SECTIONS = ['summary', 'context', 'goals', 'actions', 'impact', 'evaluation', 'contacts', 'links'];
export function isEmpty(value) {
    if (value === null || value === undefined)
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    if (Array.isArray(value))
        return value.length === 0;
    return false;
}
export function emptySections(practice) {
    return SECTIONS.filter((s) => isEmpty(practice[s]));
}
export function defaultPracticePath(title, city, year) {
    return `practices/${slugify(city, 'practice', 24)}-${year}-${slugify(title, 'practice', 40)}.yaml`;
}
/** A scalar as YAML writes it after `key: ` (quoted only when it must be), on that one line whatever it holds. */
function scalar(value) {
    return renderInline(value, '1.2');
}
function comment(text, indent = '') {
    return text.split('\n').map((line) => `${indent}# ${line}`.trimEnd()).join('\n');
}
/**
 * The text of a new practice file. Written as text rather than through the
 * Document API so the comments sit exactly where a person needs them; every
 * value a user gave goes through the YAML serializer, so it is quoted when it must be.
 */
export function newPracticeText(input, filePath, shownPath, c) {
    const html = shownPath.replace(/\.ya?ml$/i, '') + '.html';
    const lines = [
        schemaModeline('practice', filePath),
        comment(c('fileHead')),
        comment(c('fileHowTo')),
        comment(c('fileCheck', { file: shownPath, html })),
        '',
        'c21lab: practice/1',
        `title: ${scalar(input.title)}`,
        `city: ${scalar(input.city)}`,
        `country: ${input.country ? scalar(input.country) : ''}`.trimEnd() + `      ${comment(c('cCountry'))}`,
        `year: ${input.year}      ${comment(c('cYear'))}`,
        `language: ${input.language}      ${comment(c('cLanguage'))}`,
        `framework: ${scalar(input.framework ?? DEFAULT_FRAMEWORK)}      ${comment(c('cFramework'))}`,
        '',
        comment(c('cSummary')),
        'summary:',
        '',
        comment(c('cContext')),
        'context:',
        '',
        comment(c('cGoals')),
        comment(c('cGoalsExample')),
        'goals:',
        '',
        comment(c('cActions')),
        'actions:',
        '',
        comment(c('cImpact')),
        'impact:',
        '',
        comment(c('cEvaluation')),
        'evaluation:',
        '',
        comment(c('cContacts')),
        comment('- name: …\n  role: …\n  organisation: …\n  email: name@example.org'),
        'contacts:',
        '',
        comment(c('cLinks')),
        'links:',
        '',
        comment(c('cTags')),
        'tags:',
        `  commitments: []      ${comment(c('cCommitments'))}`,
        `  sdgs: []      ${comment(c('cSdgs'))}`,
        `  keywords: []      ${comment(c('cKeywords'))}`,
        '',
    ];
    return lines.join('\n');
}
/** Checks beyond the schema: the framework exists, and every tagged commitment is one of its ids. */
export function practiceFindings(src, practice, fromFile, ctx, unknownMessage = (id, framework, expected) => `unknown commitment id "${id}" for framework "${framework}"; expected one of ${expected}`) {
    const ref = practice.framework ?? DEFAULT_FRAMEWORK;
    const result = loadFrameworkRef(ref, fromFile, ctx);
    if (!result.framework) {
        const reason = result.findings[0]?.message ?? 'could not be loaded';
        return { findings: [finding(src, ['framework'], 'error', 'framework-invalid', `framework "${ref}" could not be used: ${reason}`)] };
    }
    const fw = result.framework;
    const ids = fw.commitments.map((c) => c.id);
    const findings = [];
    (practice.tags?.commitments ?? []).forEach((id, i) => {
        if (!ids.includes(String(id))) {
            findings.push(finding(src, ['tags', 'commitments', i], 'error', 'unknown-commitment', unknownMessage(String(id), fw.id, ids.join(', '))));
        }
    });
    return { findings, framework: fw };
}
