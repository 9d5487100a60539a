// The context every walkthrough step works on: the file's text (the truth on
// disk), the data read from it, the framework, the language, the prompter and
// a place to print. `commit` applies one edit and writes it at once.
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { saveDocument } from '../core/edit/save.js';
import { YAML_OPTIONS, stripBom } from '../core/yaml/source.js';
import { translator } from '../i18n/define.js';
import { walkthroughMessages } from '../i18n/walkthrough.js';
import { buildItems } from './items.js';
export function createSession(o) {
    const save = o.save ?? saveDocument;
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
        print: (line = '') => o.print(line),
        async commit(edit) {
            // Someone may have edited the file by hand meanwhile: when it changed on
            // disk and still parses, the edit applies to their version, not over it.
            const disk = await readFile(s.file, 'utf8').catch(() => s.text);
            if (disk !== s.text && parseDocument(stripBom(disk), YAML_OPTIONS).errors.length === 0)
                s.text = disk;
            const next = edit(s.text);
            if (next === s.text)
                return;
            await save(s.file, next);
            s.text = next;
            s.assessment = parseDocument(stripBom(next), YAML_OPTIONS).toJS();
        },
    };
    return s;
}
