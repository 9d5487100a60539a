// Scores as they are written, not only as they read: YAML reads `0o10`, `0x5`,
// `+5`, `5.`, `5.0`, `1e0` and `!!int "5"` as whole numbers, but a person who
// wrote them did not write a score on the scale, and another tool would read
// them otherwise. Only a plain decimal numeral is a score (or n/a). Runs on
// the exact pass, which has the source text; the fast pass (fast.ts) hands
// any file with such a numeral to it.
import { yaml } from '../../yaml/lazy.js';
import { nodeAt } from '../../yaml/source.js';
import { isRecord } from '../report.js';
import { scorePhrase } from '../phrase.js';
const PLAIN = /^-?(?:0|[1-9][0-9]*)$/;
/** The exact pass's answer, from the YAML document. */
export function documentSources(src) {
    return (path) => {
        const { node } = nodeAt(src.doc, path);
        if (!yaml().isScalar(node) || typeof node.value !== 'number' || !node.range)
            return null;
        return { source: src.text.slice(node.range[0], node.range[1]), tag: node.tag };
    };
}
/** `fractionsOnly`: whole numbers are known to be written plainly (the fast pass), so only fractions are looked up. */
export function checkScoreSources(data, r, sourceAt, fractionsOnly = false, scale) {
    if (data.c21lab !== 'assessment/1' || !isRecord(data.commitments))
        return;
    const wanted = (v) => typeof v === 'number' && !(fractionsOnly && Number.isInteger(v));
    const scored = (item, base) => {
        if (wanted(item.score))
            one([...base, 'score'], item.score, r, sourceAt, scale);
        if (!isRecord(item.votes))
            return;
        for (const id in item.votes) {
            const v = item.votes[id];
            if (Object.hasOwn(item.votes, id) && wanted(v))
                one([...base, 'votes', id], v, r, sourceAt, scale);
        }
    };
    for (const [cid, c] of Object.entries(data.commitments)) {
        if (!isRecord(c))
            continue;
        scored(c, ['commitments', cid]);
        if (!isRecord(c.actions))
            continue;
        for (const [aid, a] of Object.entries(c.actions))
            if (isRecord(a))
                scored(a, ['commitments', cid, 'actions', aid]);
    }
}
function one(path, value, r, sourceAt, scale) {
    const written = sourceAt(path, value);
    if (!written || (PLAIN.test(written.source) && written.tag === undefined))
        return;
    const shown = String(Number.isInteger(value) ? value : Math.round(value));
    const source = written.tag ? `${tagged(written.tag)} ${written.source}` : written.source;
    // One mistake, one finding: `1e1` or `0x0A` reads as 10, but what the person wrote is the problem (as set
    // says of the same typed text), so the "10 is out of scale" a value check made of it is taken back.
    // Only where that check made one (assessment.ts: a whole number outside the scale), so that "and N more"
    // never loses another score's finding.
    if (scale && Number.isInteger(value) && (value < scale.min || value > scale.max))
        r.drop(path, 'score-out-of-scale');
    // With the framework's scale, worded as set refuses the same typed text (core/values.ts, i18n/values.ts).
    r.at(path, 'invalid-score', () => (scale && scorePhrase(source, scale)) || r.msg('scoreNumeral', { value: shown, source }));
}
function tagged(tag) {
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
