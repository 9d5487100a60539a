// Build step (the second half of `npm run compile`): renders the help screens
// into dist/generated/help-LANG.json from the command declarations tsc just
// compiled. Not committed: the texts are always as fresh as the build.
import { writeHelpBooks } from '../cli/help/render.js';
await writeHelpBooks();
