export function defineMessages(catalogs) {
    return catalogs;
}
/** `t('saved', { file })` with `{file}` placeholders. */
export function translator(catalogs, lang) {
    const table = catalogs[lang];
    return (key, params) => {
        const text = table[key] ?? catalogs.en[key] ?? key;
        return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
    };
}
