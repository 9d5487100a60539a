// Ids written as bare YAML numbers. `3:` reads back as "3" and is fine;
// `1.10:` reads as the number 1.1 and would silently become action "1.1",
// so it is refused with the fix (quote it). Checked on the source text of
// every map key, because after parsing the difference is gone.
import { yaml } from '../../yaml/lazy.js';
import { rewrittenNumber } from '../parse.js';
export function checkNumericKeys(src, r) {
    yaml().visit(src.doc, {
        Pair(_, pair) {
            const key = pair.key;
            if (!yaml().isScalar(key))
                return;
            const source = rewrittenNumber(src.text, key);
            if (source === undefined)
                return;
            r.atOffset(key.range[0], 'numeric-id', r.msg('numericId', { source, value: String(key.value) }));
        },
    });
}
/** The source text of the value at a path when YAML read it as a number, for "did you mean" hints. */
export function numberSource(src, path) {
    let node = src.doc.contents;
    for (const step of path) {
        if (yaml().isMap(node)) {
            node = node.items.find((p) => yaml().isScalar(p.key) && String(p.key.value) === String(step))?.value;
        }
        else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
            node = node.items[Number(step)];
        }
        else
            return undefined;
    }
    return yaml().isScalar(node) && typeof node.value === 'number' && node.range ? src.text.slice(node.range[0], node.range[1]) : undefined;
}
