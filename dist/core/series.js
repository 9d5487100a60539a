// From scored assessments to what the radar and the tables label them with.
import { basename } from 'node:path';
/** "City year" for each file; where two files would share it, the full date, then the title or file name. */
export function seriesLabels(items) {
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
/** The radar series of one scored assessment: the commitment percents in framework order. */
export function scoreSeries(label, score) {
    return { label, values: score.commitments.map((c) => c.percent) };
}
