import { sharedLang } from '../shared-lang.js';
import { translator } from '../../i18n/define.js';
import { phraseWords, wordFinding } from '../../i18n/validate-words.js';
import { validateMessages } from '../../i18n/validate.js';
/** The language a file's findings are worded in. */
export function fileLang(f, langFor) {
    return langFor(f.language);
}
/** A file's findings in words, in its language. */
export function wordFile(f, langFor) {
    if (f.findings.length === 0)
        return [];
    const words = phraseWords(fileLang(f, langFor));
    return f.findings.map((x) => wordFinding(x, words));
}
/** The summary line, in the language every file's findings were worded in when they share one, else the run's. */
export function summaryLine(files, counts, langFor) {
    return translator(validateMessages, sharedLang(files.map((f) => f.language), langFor))('result', counts);
}
