import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/items.js
function buildItems(fw) {
  const items = [];
  fw.commitments.forEach((commitment, ci) => {
    const actions = commitment.actions ?? [];
    if (actions.length === 0) {
      items.push({ index: items.length, commitment, commitmentNo: ci + 1, id: commitment.id });
    } else {
      actions.forEach((action, ai) => items.push({ index: items.length, commitment, commitmentNo: ci + 1, action, actionNo: ai + 1, id: action.id }));
    }
  });
  return items;
}
__name(buildItems, "buildItems");
function resultOf(assessment, item) {
  const c = assessment.commitments?.[item.commitment.id];
  return (item.action ? c?.actions?.[item.action.id] : c) ?? {};
}
__name(resultOf, "resultOf");
function scoreOf(assessment, item) {
  return resultOf(assessment, item).score;
}
__name(scoreOf, "scoreOf");
function firstUnscored(assessment, items) {
  return items.find((item) => scoreOf(assessment, item) === void 0)?.index;
}
__name(firstUnscored, "firstUnscored");
function firstItemOf(items, commitmentId) {
  return items.find((item) => item.commitment.id === commitmentId)?.index;
}
__name(firstItemOf, "firstItemOf");
function progress(assessment, fw, items) {
  return fw.commitments.map((commitment) => {
    const own = items.filter((i) => i.commitment.id === commitment.id);
    const scores = own.map((i) => scoreOf(assessment, i));
    return {
      commitment,
      answered: scores.filter((s) => s !== void 0).length,
      na: scores.filter((s) => s === "n/a").length,
      total: own.length
    };
  });
}
__name(progress, "progress");
function stillToDo(assessment, items, voters) {
  const out = [];
  for (const item of items) {
    const result = resultOf(assessment, item);
    const scored = result.score !== void 0;
    const missingVotes = voters ? voters.filter((id) => result.votes?.[id] === void 0) : [];
    if (!scored || missingVotes.length)
      out.push({ item, scored, missingVotes });
  }
  return out;
}
__name(stillToDo, "stillToDo");

export {
  buildItems,
  resultOf,
  scoreOf,
  firstUnscored,
  firstItemOf,
  progress,
  stillToDo
};
