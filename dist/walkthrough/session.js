// The context every walkthrough step works on: the file's text (the truth on
// disk), the data read from it, the framework, the language, the prompter and
// a place to print. `commit` applies one edit and writes it at once, once the
// edited file is known to validate.
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { updateDocument } from '../core/edit/save.js';
import { assertStillValid, guardedEdit } from '../core/edit/recheck.js';
import { validatedEdit } from '../core/edit/validated.js';
import { EditRefusedError, InvalidEditError } from '../core/errors.js';
import { editRefusedMessage } from '../i18n/write.js';
import { YAML_OPTIONS, stripBom } from '../core/yaml/source.js';
import { translator } from '../i18n/define.js';
import { wordFindings } from '../i18n/validate-words.js';
import { formatFindings } from '../render/formatters/text.js';
import { walkthroughMessages } from '../i18n/walkthrough.js';
import { buildItems } from './items.js';
export function createSession(o) {
    const check = o.check ?? ((text) => assertStillValid(o.file, o.shown, text, o.validation));
    const s = {
        file: o.file,
        shown: o.shown,
        fw: o.fw,
        lang: o.lang,
        t: translator(walkthroughMessages, o.lang),
        prompter: o.prompter,
        style: o.style,
        items: buildItems(o.fw),
        votes: o.votes,
        width: Math.max(40, Math.min(o.width ?? 80, 120)),
        text: o.text,
        assessment: o.assessment,
        absent: new Set(),
        history: [],
        print: (line = '') => o.print(line),
        async commit(edit, options = {}) {
            // Someone may have edited the file meanwhile (by hand, or another writer):
            // under the file's lock, the edit applies to the latest text on disk. A
            // version that no longer parses or validates stops the session with its
            // located findings, and the file is left exactly as it was saved.
            // The edited text is validated before it is written, as `set` and the room validate theirs: an answer
            // that would make the file one `validate` refuses (a note over the size limit) is not written, and
            // the person is asked again; earlier answers stay on disk.
            const guarded = guardedEdit(validatedEdit(edit, s.file, s.shown, o.validation), () => s.text, check);
            const before = s.text;
            let next;
            try {
                if (o.save) {
                    // A spy in tests: the same re-read and checks, without the lock.
                    const disk = await readFile(s.file, 'utf8').catch(() => s.text);
                    next = guarded(disk);
                    if (next !== disk)
                        await o.save(s.file, next);
                }
                else {
                    next = await updateDocument(s.file, guarded, { shown: s.shown });
                }
            }
            catch (error) {
                if (error instanceof EditRefusedError) {
                    // A value that comes through a `<<` the edit path will not write out: said where it is, and asked again
                    // (another answer, or Enter to keep it), as an answer the file would not validate with.
                    s.print(o.style.yellow(editRefusedMessage(error, o.lang, s.shown)));
                    return false;
                }
                if (!(error instanceof InvalidEditError) || !error.coded)
                    throw error;
                s.print(formatFindings(wordFindings(error.coded, o.lang), o.style));
                s.print(o.style.yellow(s.t(options.last ? 'draftInvalid' : 'answerInvalid', { file: s.shown })));
                return false;
            }
            if (next === before)
                return true;
            s.history.push(before);
            s.text = next;
            s.assessment = parseDocument(stripBom(next), YAML_OPTIONS).toJS();
            return true;
        },
        async undo() {
            const previous = s.history.pop();
            if (previous === undefined)
                return false;
            // Under the lock like any answer; if the file changed on disk since our
            // last save (a hand edit, another writer), undoing would overwrite it
            // blindly, so the undo is refused instead.
            const latest = s.text;
            let refused = false;
            const restore = (disk) => {
                if (disk !== latest)
                    refused = true;
                return refused ? disk : previous;
            };
            if (o.save) {
                const disk = await readFile(s.file, 'utf8').catch(() => s.text);
                const next = restore(disk);
                if (next !== disk)
                    await o.save(s.file, next);
            }
            else {
                await updateDocument(s.file, restore, { shown: s.shown });
            }
            if (refused) {
                s.history.push(previous);
                return false;
            }
            s.text = previous;
            s.assessment = parseDocument(stripBom(previous), YAML_OPTIONS).toJS();
            return true;
        },
    };
    return s;
}
