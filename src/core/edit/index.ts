export { setIn, appendIn, deleteIn, type EditPath } from './splice.js';
export * from './assessment.js';
export { saveDocument } from './save.js';
export { removeListItem, setListItemKey } from './sequence.js';
