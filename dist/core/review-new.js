// Writing a new, empty review file (`c21lab review new`): every part present
// and empty, each with a comment in the file's language saying what goes
// there. Apart from core/review.ts so that a report, which only reads
// reviews, never loads the YAML writer.
import { renderInline } from './edit/splice.js';
import { schemaModeline } from './yaml/modeline.js';
function comment(text, indent = '') {
    return text.split('\n').map((line) => `${indent}# ${line}`.trimEnd()).join('\n');
}
// One line after `key: ` whatever the text holds (a line break is written `\n` in double quotes), so no value, an
// expert's name or a path from the assessment, can end its line and add keys of its own to the review.
const scalar = (v) => renderInline(v, '1.2');
/** The text of a new review: every part present and empty (null), with a comment saying what goes there. */
export function newReviewText(input, filePath, c) {
    const lines = [
        schemaModeline('review', filePath),
        comment(c('fileHead')),
        comment(c('fileMarkdown')),
        '',
        'c21lab: review/1',
        `assessment: ${scalar(input.assessmentPath)}`,
        ...(input.framework ? [`framework: ${scalar(input.framework)}`] : []),
        `language: ${input.language}      ${comment(c('cLanguage'))}`,
        ...(input.date ? [`date: ${input.date}`] : []),
        `kind: recommendations      ${comment(c('cKind'))}`,
        '',
        comment(c('cAuthors')),
        'authors:',
        ...(input.experts?.length ? input.experts.map((n) => `  - name: ${scalar(n)}\n    role:`) : ['  - name: ' + scalar(c('authorPlaceholder')) + '\n    role:']),
        '',
        comment(c('cIntroduction')),
        'introduction:',
        '',
        comment(c('cContext')),
        'context:',
        '',
        comment(c('cSummary')),
        'summary:',
        '',
        comment(c('cCommitments')),
        'commitments:',
        ...input.commitmentIds.map((id) => `  ${scalar(id) === id && /^\d+$/.test(id) ? `"${id}"` : scalar(id)}:`),
        '',
        comment(c('cWhatChanged')),
        'whatChanged:',
        '',
        comment(c('cRecommendations')),
        comment('- title: …\n  commitments: ["4", "7"]\n  owner: …\n  timeframe: 2026–2027\n  description: |\n    …'),
        'recommendations: []',
        '',
        comment(c('cNextSteps')),
        'nextSteps:',
        '',
        comment(c('cAcknowledgements')),
        'acknowledgements:',
        '',
    ];
    return lines.join('\n');
}
