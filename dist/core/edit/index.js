export { setIn, appendIn, deleteIn } from './splice.js';
export * from './assessment.js';
export { saveDocument } from './save.js';
