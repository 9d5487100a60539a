// The review's part of the report's view model: each text chosen for the
// report's language (or kept in its original one, with its `lang`), parsed
// into the safe Markdown tree of core/markdown.ts; templates render it with
// the `rich` filters (rich.ts), which escape every string.
import { pick } from '../../core/lang.js';
import { plainText } from '../../core/markdown.js';
import { chooseText } from '../../core/review.js';
import { longDate } from './dates.js';
function inline(text, lang, original) {
    const chosen = chooseText(text, lang, original);
    if (!chosen)
        return null;
    const words = chosen.blocks.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.items.map(plainText).join('; '))).join(' ');
    // A text without a letter (a timeframe "2026–2027") is in no language: not marked as a foreign passage.
    return { text: words, lang: chosen.lang, foreign: chosen.foreign && /\p{L}/u.test(words) };
}
export function reviewView(review, fw, lang, t) {
    const original = review.language;
    const rich = (text) => chooseText(text, lang, original);
    const synthesis = {};
    for (const c of fw.commitments)
        synthesis[c.id] = rich(review.commitments?.[c.id]);
    const titleOf = (id) => {
        const c = fw.commitments.find((x) => x.id === id);
        return c ? `${c.id}. ${pick(c.short ?? c.title, lang)}` : id;
    };
    const recommendations = (review.recommendations ?? []).map((r) => ({
        title: inline(r.title, lang, original),
        commitments: (r.commitments ?? []).map((id) => titleOf(String(id))),
        owner: inline(r.owner, lang, original),
        timeframe: inline(r.timeframe, lang, original),
        description: rich(r.description),
    }));
    const authors = (review.authors ?? []).map((a) => ({ name: a.name, role: inline(a.role, lang, original) }));
    return {
        lang: original,
        date: review.date ?? '',
        dateText: review.date ? longDate(review.date, lang) : '',
        authors,
        // "Name, role; Name, role": a role often holds parentheses of its own ("Appointed expert (fictional)").
        authorsText: authors.map((a) => (a.role ? `${a.name}, ${a.role.text}` : a.name)).join('; '),
        introduction: rich(review.introduction),
        context: rich(review.context),
        summary: rich(review.summary),
        synthesis,
        whatChanged: rich(review.whatChanged),
        recommendationsHeading: review.kind === 'pilot-measures' ? t('pilotMeasures') : t('recommendations'),
        recommendations,
        nextSteps: rich(review.nextSteps),
        acknowledgements: rich(review.acknowledgements),
    };
}
