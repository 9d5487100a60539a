// Checks on a good-practice file beyond its schema: the commitments it is
// tagged with are ids of its framework (culture21-actions unless it names
// another). Kept here rather than imported from src/core/practice.ts, whose
// writer code would load the whole schema compiler into every `validate`.
import type { Framework } from '../../types.js';
import { isRecord, type Reporter } from '../report.js';
import { parseItemId } from '../../values.js';
import { itemIdPhrase } from '../phrase.js';

export const DEFAULT_PRACTICE_FRAMEWORK = 'culture21-actions';

export function checkPractice(data: Record<string, unknown>, framework: Framework | undefined, r: Reporter): void {
  if (!framework || !isRecord(data.tags) || !Array.isArray(data.tags.commitments)) return;
  data.tags.commitments.forEach((id: unknown, i) => {
    if (typeof id !== 'string' && typeof id !== 'number') return;
    // The one reading of an item id and its one wording (core/values.ts, i18n/values.ts).
    const parsed = parseItemId(String(id), framework, 'commitment', { verbatim: true });
    if (!parsed.ok) r.at(['tags', 'commitments', i], 'unknown-commitment', itemIdPhrase(parsed));
  });
}
