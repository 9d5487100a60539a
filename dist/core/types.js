// The data model every command reads. Mirrors schemas/*.schema.json; the
// schemas are the contract for files, these types the contract for code.
export const LANGS = ['en', 'fr', 'es'];
export const SECTORS = ['local-government', 'civil-society', 'private', 'academia', 'other'];
