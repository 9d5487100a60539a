import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/series.js
import { basename } from "node:path";
function seriesLabels(items) {
  const base = items.map(({ assessment: a }) => `${a.city} ${a.date.slice(0, 4)}`);
  return items.map(({ file, assessment: a }, i) => {
    if (base.filter((b) => b === base[i]).length === 1)
      return base[i];
    const dated = `${a.city} ${a.date}`;
    const sameDate = items.filter((o) => `${o.assessment.city} ${o.assessment.date}` === dated).length;
    if (sameDate === 1)
      return dated;
    return a.title && items.filter((o) => o.assessment.title === a.title).length === 1 ? a.title : `${dated} (${basename(file)})`;
  });
}
__name(seriesLabels, "seriesLabels");
function scoreSeries(label, score) {
  return { label, values: score.commitments.map((c) => c.percent), na: score.commitments.map((c) => c.status === "na") };
}
__name(scoreSeries, "scoreSeries");
function roleByDate(dates) {
  const order = dates.map((d, i) => ({ d: d ?? "", i })).sort((a, b) => a.d < b.d ? -1 : a.d > b.d ? 1 : a.i - b.i);
  const roles = dates.map(() => void 0);
  const last = order[order.length - 1];
  const before = order[order.length - 2];
  if (last)
    roles[last.i] = "current";
  if (before)
    roles[before.i] = "earlier";
  return roles;
}
__name(roleByDate, "roleByDate");

export {
  seriesLabels,
  scoreSeries,
  roleByDate
};
