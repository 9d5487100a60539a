export function buildItems(fw) {
    const items = [];
    fw.commitments.forEach((commitment, ci) => {
        const actions = commitment.actions ?? [];
        if (actions.length === 0) {
            items.push({ index: items.length, commitment, commitmentNo: ci + 1, id: commitment.id });
        }
        else {
            actions.forEach((action, ai) => items.push({ index: items.length, commitment, commitmentNo: ci + 1, action, actionNo: ai + 1, id: action.id }));
        }
    });
    return items;
}
export function resultOf(assessment, item) {
    const c = assessment.commitments?.[item.commitment.id];
    return (item.action ? c?.actions?.[item.action.id] : c) ?? {};
}
export function scoreOf(assessment, item) {
    return resultOf(assessment, item).score;
}
/** Where a resumed session starts: the first item not yet scored (n/a counts as answered). */
export function firstUnscored(assessment, items) {
    return items.find((item) => scoreOf(assessment, item) === undefined)?.index;
}
export function firstItemOf(items, commitmentId) {
    return items.find((item) => item.commitment.id === commitmentId)?.index;
}
export function progress(assessment, fw, items) {
    return fw.commitments.map((commitment) => {
        const own = items.filter((i) => i.commitment.id === commitment.id);
        const scores = own.map((i) => scoreOf(assessment, i));
        return {
            commitment,
            answered: scores.filter((s) => s !== undefined).length,
            na: scores.filter((s) => s === 'n/a').length,
            total: own.length,
        };
    });
}
/** Every item with something missing: no agreed score, or (with votes) a present participant who has not voted. */
export function stillToDo(assessment, items, voters) {
    const out = [];
    for (const item of items) {
        const result = resultOf(assessment, item);
        const scored = result.score !== undefined;
        const missingVotes = voters ? voters.filter((id) => result.votes?.[id] === undefined) : [];
        if (!scored || missingVotes.length)
            out.push({ item, scored, missingVotes });
    }
    return out;
}
