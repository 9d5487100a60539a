// Checks on a good-practice file beyond its schema: the commitments it is
// tagged with are ids of its framework (culture21-actions unless it names
// another). Kept here rather than imported from src/core/practice.ts, whose
// writer code would load the whole schema compiler into every `validate`.
import type { Framework } from '../../types.js';
import { isRecord, list, type Reporter } from '../report.js';
import { suggest } from '../../suggest.js';

export const DEFAULT_PRACTICE_FRAMEWORK = 'culture21-actions';

export function checkPractice(data: Record<string, unknown>, framework: Framework | undefined, r: Reporter): void {
  if (!framework || !isRecord(data.tags) || !Array.isArray(data.tags.commitments)) return;
  const ids = framework.commitments.map((c) => c.id);
  data.tags.commitments.forEach((id: unknown, i) => {
    if (typeof id !== 'string' && typeof id !== 'number') return;
    if (!ids.includes(String(id))) {
      r.at(['tags', 'commitments', i], 'unknown-commitment', r.msg('unknownCommitment', { id: String(id), framework: framework.id, ids: list(ids, r.t('none')) }, suggest(String(id), ids)));
    }
  });
}
