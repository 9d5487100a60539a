export { setIn, appendIn, deleteIn, type EditPath } from './splice.js';
export * from './assessment.js';
export { saveDocument, updateDocument, type SaveOptions, type SaveDocumentOptions } from './save.js';
export { removeListItem, setListItemKey } from './sequence.js';
