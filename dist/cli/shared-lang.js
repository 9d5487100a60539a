export function sharedLang(fileLangs, langFor) {
    const langs = new Set();
    for (const fileLang of fileLangs)
        langs.add(langFor(fileLang));
    return langs.size === 1 ? [...langs][0] : langFor(undefined);
}
