export { setIn, appendIn, deleteIn } from './splice.js';
export * from './assessment.js';
export { saveDocument, updateDocument } from './save.js';
export { removeListItem, setListItemKey } from './sequence.js';
