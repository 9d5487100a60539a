// JSON Schema validation with ajv, compiled once per process, and the
// translation of ajv's errors into findings people can act on: no ajv
// jargon, one finding per problem (ajv reports every failed branch of a
// oneOf; we keep the branch that was meant, or one summary).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { schemaPath } from '../schemas.js';
import { nodeAt } from '../yaml/source.js';
import { AJV_OPTIONS, schemaHash } from './compiled/options.js';
import * as precompiled from '../../generated/validators.js';
import { isRecord, list, pointer, shown } from './report.js';
import { joined, scorePhrase, seq } from './phrase.js';
import { suggest } from '../suggest.js';
const require = createRequire(import.meta.url);
let ajv;
const compiled = new Map();
/**
 * The validator of a kind, or null when its schema is not shipped (yet).
 * The precompiled function when the schema file is the one it was made
 * from; otherwise compiled now (ajv itself is then loaded, only then).
 */
export function validatorFor(kind) {
    let fn = compiled.get(kind);
    if (fn !== undefined)
        return fn;
    let text;
    try {
        text = readFileSync(schemaPath(kind), 'utf8');
    }
    catch {
        compiled.set(kind, null);
        return null;
    }
    const ready = precompiled[kind];
    if (typeof ready === 'function' && precompiled.hashes[kind] === schemaHash(text)) {
        fn = ready;
    }
    else {
        if (!ajv) {
            const { Ajv2020 } = require('ajv/dist/2020.js');
            ajv = new Ajv2020({ ...AJV_OPTIONS });
        }
        fn = ajv.compile(JSON.parse(text));
    }
    compiled.set(kind, fn);
    return fn;
}
/** Raw ajv errors for data of a kind; empty when valid. */
export function schemaErrors(kind, data) {
    const validate = validatorFor(kind);
    if (!validate || validate(data))
        return [];
    return [...(validate.errors ?? [])];
}
function splitPath(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}
const TYPE_WORDS = {
    number: 'tNumber',
    integer: 'tInteger',
    string: 'tString',
    array: 'tArray',
    object: 'tObject',
    boolean: 'tBoolean',
    null: 'tNull',
};
const PATTERN_WORDS = {
    '^[A-Z]{2}$': 'patCountry',
    '^[A-Za-z0-9][A-Za-z0-9_-]*$': 'patId',
    '^[a-z0-9][a-z0-9._-]*$': 'patLowerId',
    '^[a-z0-9][a-z0-9_-]*$': 'patLowerId',
    '^[a-z]{2}$': 'patLang',
};
function typeWords(types, r) {
    const all = Array.isArray(types) ? types : [types];
    return joined(all.map((t) => (TYPE_WORDS[String(t)] ? r.t(TYPE_WORDS[String(t)]) : String(t))), ' / ');
}
/** What a value is, for "found …": the value itself when short, else its kind. */
function found(value, r) {
    if (typeof value === 'string' && value.length > 60)
        return JSON.stringify(value.slice(0, 57) + '...');
    return shown(value, r.t);
}
/** Turns ajv errors into findings on the reporter. */
export function reportSchemaErrors(errors, r, ctx) {
    const consumed = new Set();
    // Outer oneOf first, so a branch's own oneOf is judged with its branch.
    const oneOfs = errors.filter((e) => e.keyword === 'oneOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length);
    const position = new Map(errors.map((e, i) => [e, i]));
    for (const o of oneOfs) {
        if (consumed.has(o))
            continue;
        consumed.add(o);
        const prefix = `${o.schemaPath}/`;
        const subs = branchErrors(errors, position.get(o), prefix);
        subs.forEach((e) => consumed.add(e));
        const path = splitPath(o.instancePath);
        if (/\/\$defs\/score\/oneOf$/.test(o.schemaPath) || o.schemaPath.endsWith('#/oneOf') && isScoreSchema(o.parentSchema)) {
            scoreFinding(path, o.data, r, ctx.scale, typeof o.data === 'number' ? ctx.sourceOf(path) : undefined);
            continue;
        }
        // The branch that was meant: one whose errors do not say "wrong type here".
        const byBranch = new Map();
        for (const e of subs) {
            const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
            byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
        }
        const meant = [...byBranch.values()].filter((errs) => !errs.some((e) => e.instancePath === o.instancePath && (e.keyword === 'type' || e.keyword === 'const')));
        if (meant.length === 1) {
            reportSchemaErrors(meant[0], r, ctx);
            continue;
        }
        const options = (Array.isArray(o.schema) ? o.schema : []).map((s) => describeBranch(s, r));
        r.at(path, 'wrong-type', r.msg('wrongType', { expected: joined(options, ' / '), found: found(o.data, r) }));
    }
    for (const e of errors) {
        if (consumed.has(e))
            continue;
        oneError(e, r, ctx);
    }
}
/**
 * The errors of a oneOf's branches. ajv writes them just before the oneOf's
 * own error, so they are found by looking back from it: linear in the
 * errors, where searching the whole list for each oneOf took quadratic time
 * (80,000 bad votes).
 */
function branchErrors(errors, at, prefix) {
    const o = errors[at];
    const subs = [];
    for (let i = at - 1; i >= 0; i--) {
        const e = errors[i];
        if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(o.instancePath))
            break;
        subs.push(e);
    }
    return subs.reverse();
}
function isScoreSchema(schema) {
    return isRecord(schema) && typeof schema.title === 'string' && schema.title === 'Score';
}
function describeBranch(schema, r) {
    if (!isRecord(schema))
        return '?';
    if ('const' in schema)
        return JSON.stringify(schema.const);
    const type = typeWords(schema.type, r);
    if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number')
        return seq(type, ` (${schema.minimum}–${schema.maximum})`);
    return type;
}
export function scoreFinding(path, value, r, scale, source) {
    // A number or text the one parser refuses is worded as set refuses it (core/values.ts, i18n/values.ts).
    const typed = scale && (typeof value === 'number' || typeof value === 'string') ? scorePhrase(source ?? String(value), scale) : undefined;
    const text = typed ?? (scale
        ? r.msg('scoreExpected', { min: scale.min, max: scale.max, found: found(value, r) })
        : r.msg('scoreExpectedNoScale', { found: found(value, r) }));
    const rule = typeof value === 'number' && Number.isInteger(value) ? 'score-out-of-scale' : 'invalid-score';
    r.at(path, rule, text);
}
/**
 * A key written `~` or `null` reads as "" in yaml's data and as "null" in js-yaml's (the fast pass): both passes
 * name it "null", the word that locates it, so they give one verdict.
 */
function nullKeyName(r, path, key) {
    if (key !== '' || !r.src)
        return key;
    const { key: node } = nodeAt(r.src.doc, [...path, 'null']);
    return node && 'value' in node && node.value === null ? 'null' : key;
}
function oneError(e, r, ctx) {
    const path = splitPath(e.instancePath);
    const params = e.params;
    const parent = isRecord(e.parentSchema) ? e.parentSchema : {};
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = nullKeyName(r, path, String(params.additionalProperty));
            const allowed = isRecord(parent.properties) ? Object.keys(parent.properties) : [];
            const hint = isRecord(parent.patternProperties) && '^x-' in parent.patternProperties ? [...allowed, 'x-…'] : allowed;
            r.at([...path, key], 'unknown-key', () => r.msg('unknownKey', { key, allowed: list(hint, r.t('none'), 20) }, suggest(key, allowed)), { onKey: true });
            return;
        }
        case 'required': {
            const key = String(params.missingProperty);
            const where = path.length === 0 ? r.t('atTop') : r.t('inPart', { part: human(path) });
            r.at(path, 'missing-key', r.msg('missingKey', { key, where }));
            return;
        }
        case 'type': {
            // A value an explicit tag made (`!!binary …`, `!!timestamp …`): the yaml-tag finding at the same place says it.
            if ((e.data instanceof Date || e.data instanceof Uint8Array) && r.src && nodeAt(r.src.doc, path).node?.tag !== undefined)
                return;
            let text = r.msg('wrongType', { expected: typeWords(params.type, r), found: found(e.data, r) });
            const source = typeof e.data === 'number' ? ctx.sourceOf(path) : undefined;
            if (params.type === 'string' && source !== undefined)
                text = seq(text, r.t('hintSep'), r.t('quoteHint', { source }));
            r.at(path, 'wrong-type', text);
            return;
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            r.at(path, 'invalid-value', r.msg('notOneOf', { allowed: allowed.join(', '), found: found(e.data, r) }, typeof e.data === 'string' ? suggest(e.data, allowed) : undefined));
            return;
        }
        case 'const':
            r.at(path, 'invalid-value', r.msg('notOneOf', { allowed: JSON.stringify(params.allowedValue), found: found(e.data, r) }));
            return;
        case 'pattern': {
            const pattern = String(params.pattern);
            const words = PATTERN_WORDS[pattern];
            const expected = words ? r.t(words) : r.t('patOther', { pattern });
            if (e.propertyName !== undefined) {
                r.at([...path, e.propertyName], 'invalid-value', r.msg('badPattern', { expected, found: JSON.stringify(e.propertyName) }), { onKey: true });
            }
            else {
                r.at(path, 'invalid-value', r.msg('badPattern', { expected, found: found(e.data, r) }));
            }
            return;
        }
        case 'propertyNames':
            return; // reported by the pattern error on the key itself
        case 'maxLength':
            // A declared participant id's limit is worded as set and the room word it
            // (core/values.ts, i18n/values.ts); a vote's key is the rules' to report (unknown participant, too long).
            if (e.propertyName !== undefined)
                return;
            r.at(path, 'invalid-value', typeof e.data === 'string' && path[0] === 'participants' && path[path.length - 1] === 'id'
                ? { values: 'participantTooLong', params: { id: e.data, max: Number(params.limit) } }
                : r.msg('invalidValue', { found: found(e.data, r) }));
            return;
        case 'minLength':
            r.at(path, 'invalid-value', r.msg('emptyText'));
            return;
        case 'uniqueItems': {
            // Two equal entries of a list (`keywords: [a, a]`): said at the second, naming the first.
            const a = Number(params.i);
            const b = Number(params.j);
            const [first, second] = a < b ? [a, b] : [b, a];
            if (Array.isArray(e.data) && Number.isInteger(first) && Number.isInteger(second) && second < e.data.length) {
                r.at([...path, second], 'invalid-value', r.msg('duplicateItem', { item: found(e.data[second], r), first: first + 1, line: r.lineOf([...path, first]) }));
            }
            else {
                r.at(path, 'invalid-value', r.msg('invalidValue', { found: found(e.data, r) }));
            }
            return;
        }
        case 'minItems':
        case 'minProperties':
            r.at(path, 'invalid-value', r.msg('tooFew', { min: Number(params.limit), found: Array.isArray(e.data) ? e.data.length : isRecord(e.data) ? Object.keys(e.data).length : 0 }));
            return;
        case 'minimum':
        case 'maximum': {
            const min = parent.minimum;
            const max = parent.maximum;
            const text = typeof min === 'number' && typeof max === 'number'
                ? r.msg('numberRange', { min, max, found: found(e.data, r) })
                : e.keyword === 'minimum' ? r.msg('numberMin', { min: Number(params.limit), found: found(e.data, r) })
                    : r.msg('numberMax', { max: Number(params.limit), found: found(e.data, r) });
            r.at(path, 'out-of-range', text);
            return;
        }
        default:
            r.at(path, 'invalid-value', r.msg('invalidValue', { found: found(e.data, r) }));
    }
}
/** `/participants/1`: where in the data, for messages about something missing. */
export function human(path) {
    return pointer(path);
}
