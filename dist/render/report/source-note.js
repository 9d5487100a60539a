const LANGS = ['en', 'fr', 'es'];
/** The note in the report's language (else English, marked), cut around the commitment titles it quotes in another language. */
export function sourceNoteParts(fw, lang, wrap) {
    const note = fw.source?.note;
    if (note === undefined || note === '')
        return [];
    const given = typeof note === 'string' ? undefined : note[lang] !== undefined ? lang : 'en';
    const text = typeof note === 'string' ? note : note[given] ?? '';
    if (text === '')
        return [];
    const whole = wrap(text);
    const at = whole.indexOf(text);
    // A note in another language than the report's (or in one we cannot tell) keeps the framing words ("About the framework:") unmarked.
    if (given !== undefined && given !== lang) {
        const parts = [{ text: whole.slice(0, at), lang: '' }, { text, lang: given }, { text: whole.slice(at + text.length), lang: '' }].filter((p) => p.text !== '');
        return parts.flatMap((p) => quotedWords(p, (p.lang || lang), fw));
    }
    // Titles in another language than the note's, longest first, each with its language; a title the same in both languages is not foreign.
    const quoted = [];
    for (const c of fw.commitments) {
        for (const other of LANGS) {
            const title = c.title[other];
            if (other === lang || !title || title === c.title[lang] || title.length < 4)
                continue;
            quoted.push({ title, lang: other });
        }
    }
    quoted.sort((a, b) => b.title.length - a.title.length);
    const parts = [];
    let rest = whole;
    while (rest !== '') {
        let first;
        for (const q of quoted) {
            const index = rest.indexOf(q.title);
            if (index !== -1 && (!first || index < first.index))
                first = { index, ...q };
        }
        if (!first)
            break;
        if (first.index > 0)
            parts.push({ text: rest.slice(0, first.index), lang: '' });
        parts.push({ text: first.title, lang: first.lang });
        rest = rest.slice(first.index + first.title.length);
    }
    if (rest !== '')
        parts.push({ text: rest, lang: '' });
    return parts.flatMap((p) => (p.lang ? [p] : quotedWords(p, lang, fw)));
}
/** The words of the framework's commitment titles and short titles in one language, lower case. */
function titleWords(fw, lang) {
    const words = new Set();
    for (const c of fw.commitments)
        for (const text of [c.title[lang], c.short?.[lang]])
            for (const w of wordsOf(text ?? ''))
                words.add(w);
    return words;
}
const wordsOf = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** A quotation: "…", “…”, « … » (the spaces inside French guillemets are not part of it). */
const QUOTED = /(["“«]\s*)([^"”«»\n]{1,80}?)(\s*["”»])/gu;
/**
 * A part cut around what it quotes from another language's titles: a quotation all of whose words are in the titles
 * of exactly one other language, and not all in those of the part's own (`own`), is in that language.
 */
function quotedWords(part, own, fw) {
    const ownWords = titleWords(fw, own);
    const others = LANGS.filter((l) => l !== own).map((l) => ({ lang: l, words: titleWords(fw, l) }));
    const out = [];
    let last = 0;
    for (const m of part.text.matchAll(QUOTED)) {
        const words = wordsOf(m[2]);
        if (!words.length || words.every((w) => ownWords.has(w)))
            continue;
        const from = others.filter((o) => words.every((w) => o.words.has(w)));
        if (from.length !== 1)
            continue;
        const start = (m.index ?? 0) + m[1].length;
        const end = start + m[2].length;
        if (start > last)
            out.push({ text: part.text.slice(last, start), lang: part.lang });
        out.push({ text: part.text.slice(start, end), lang: from[0].lang });
        last = end;
    }
    if (last === 0)
        return [part];
    if (last < part.text.length)
        out.push({ text: part.text.slice(last), lang: part.lang });
    return out;
}
/**
 * The language a framework text is shown in when the framework lacks the report's: English, which every
 * framework has (core/lang.ts pick); '' when the text is in the report's language, to be left unmarked.
 */
export function fallbackLang(text, lang) {
    return text !== undefined && lang !== 'en' && text[lang] === undefined && text.en !== undefined ? 'en' : '';
}
/** A sentence cut around the passage it quotes in another language (`innerLang`; '' leaves it one part). */
export function partsAround(sentence, inner, innerLang) {
    const at = inner === '' || innerLang === '' ? -1 : sentence.indexOf(inner);
    if (at === -1)
        return [{ text: sentence, lang: '' }];
    return [{ text: sentence.slice(0, at), lang: '' }, { text: inner, lang: innerLang }, { text: sentence.slice(at + inner.length), lang: '' }].filter((p) => p.text !== '');
}
