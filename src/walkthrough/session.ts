// The context every walkthrough step works on: the file's text (the truth on
// disk), the data read from it, the framework, the language, the prompter and
// a place to print. `commit` applies one edit and writes it at once, once the
// edited file is known to validate.
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { ChalkInstance } from 'chalk';
import { updateDocument } from '../core/edit/save.js';
import { assertStillValid, guardedEdit } from '../core/edit/recheck.js';
import { validatedEdit } from '../core/edit/validated.js';
import { EditRefusedError, InvalidEditError } from '../core/errors.js';
import { editRefusedMessage } from '../i18n/write.js';
import type { ValidateContext } from '../core/validate/index.js';
import { YAML_OPTIONS, stripBom } from '../core/yaml/source.js';
import type { Assessment, Framework, Lang } from '../core/types.js';
import { translator, type Translate } from '../i18n/define.js';
import { wordFindings } from '../i18n/validate-words.js';
import { formatFindings } from '../render/formatters/text.js';
import { walkthroughMessages } from '../i18n/walkthrough.js';
import { buildItems, type Item } from './items.js';
import type { Prompter } from './prompter.js';

export type WalkKey = keyof typeof walkthroughMessages.en;

export interface Session {
  readonly file: string;
  /** The path as the person typed it, for messages. */
  readonly shown: string;
  readonly fw: Framework;
  readonly lang: Lang;
  readonly t: Translate<WalkKey>;
  readonly prompter: Prompter;
  readonly style: ChalkInstance;
  readonly items: Item[];
  readonly votes: boolean;
  /** Terminal width for wrapping long texts (80 when unknown). */
  readonly width: number;
  text: string;
  assessment: Assessment;
  /** Participants marked absent for this session: their votes are not asked. */
  readonly absent: Set<string>;
  /** The file's text before each answer of this session, newest last, for undo. */
  readonly history: string[];
  print(line?: string): void;
  /**
   * Applies `edit` and writes the result; false when the result would not validate: then the findings
   * and what to do were printed, nothing was written, and the step asks again. `last`: the session ends
   * after it (Ctrl+C in a note), so nothing is asked again and the message says only that it was not written.
   */
  commit(edit: (text: string) => string, options?: { last?: boolean }): Promise<boolean>;
  /** Puts the file back as it was before the last answer; false when there is nothing to undo. */
  undo(): Promise<boolean>;
}

export interface SessionOptions {
  file: string;
  shown: string;
  text: string;
  assessment: Assessment;
  fw: Framework;
  lang: Lang;
  prompter: Prompter;
  style: ChalkInstance;
  votes: boolean;
  width?: number;
  print(line: string): void;
  /** Where edits go; the default is the atomic write to `file`. Tests may spy on it. */
  save?(file: string, text: string): Promise<void>;
  /**
   * Checks a text someone else saved meanwhile before an edit applies to it;
   * throws to stop (the default: the validator's errors, located).
   */
  check?(text: string): void;
  /** The validation context that default check runs in: the one the file was opened in (the CLI's ctx.validation(), whose words follow the run's language rule). */
  validation: ValidateContext;
}

export function createSession(o: SessionOptions): Session {
  const check =
    o.check ?? ((text: string) => assertStillValid(o.file, o.shown, text, o.validation));
  const s: Session = {
    file: o.file,
    shown: o.shown,
    fw: o.fw,
    lang: o.lang,
    t: translator(walkthroughMessages, o.lang),
    prompter: o.prompter,
    style: o.style,
    items: buildItems(o.fw),
    votes: o.votes,
    width: Math.max(40, Math.min(o.width ?? 80, 120)),
    text: o.text,
    assessment: o.assessment,
    absent: new Set(),
    history: [],
    print: (line = '') => o.print(line),
    async commit(edit, options = {}) {
      // Someone may have edited the file meanwhile (by hand, or another writer):
      // under the file's lock, the edit applies to the latest text on disk. A
      // version that no longer parses or validates stops the session with its
      // located findings, and the file is left exactly as it was saved.
      // The edited text is validated before it is written, as `set` and the room validate theirs: an answer
      // that would make the file one `validate` refuses (a note over the size limit) is not written, and
      // the person is asked again; earlier answers stay on disk.
      const guarded = guardedEdit(validatedEdit(edit, s.file, s.shown, o.validation), () => s.text, check);
      const before = s.text;
      let next: string;
      try {
        if (o.save) {
          // A spy in tests: the same re-read and checks, without the lock.
          const disk = await readFile(s.file, 'utf8').catch(() => s.text);
          next = guarded(disk);
          if (next !== disk) await o.save(s.file, next);
        } else {
          next = await updateDocument(s.file, guarded, { shown: s.shown });
        }
      } catch (error) {
        if (error instanceof EditRefusedError) {
          // A value that comes through a `<<` the edit path will not write out: said where it is, and asked again
          // (another answer, or Enter to keep it), as an answer the file would not validate with.
          s.print(o.style.yellow(editRefusedMessage(error, o.lang, s.shown)));
          return false;
        }
        if (!(error instanceof InvalidEditError) || !error.coded) throw error;
        s.print(formatFindings(wordFindings(error.coded, o.lang), o.style));
        s.print(o.style.yellow(s.t(options.last ? 'draftInvalid' : 'answerInvalid', { file: s.shown })));
        return false;
      }
      if (next === before) return true;
      s.history.push(before);
      s.text = next;
      s.assessment = parseDocument(stripBom(next), YAML_OPTIONS).toJS() as Assessment;
      return true;
    },
    async undo() {
      const previous = s.history.pop();
      if (previous === undefined) return false;
      // Under the lock like any answer; if the file changed on disk since our
      // last save (a hand edit, another writer), undoing would overwrite it
      // blindly, so the undo is refused instead.
      const latest = s.text;
      let refused = false;
      const restore = (disk: string) => {
        if (disk !== latest) refused = true;
        return refused ? disk : previous;
      };
      if (o.save) {
        const disk = await readFile(s.file, 'utf8').catch(() => s.text);
        const next = restore(disk);
        if (next !== disk) await o.save(s.file, next);
      } else {
        await updateDocument(s.file, restore, { shown: s.shown });
      }
      if (refused) {
        s.history.push(previous);
        return false;
      }
      s.text = previous;
      s.assessment = parseDocument(stripBom(previous), YAML_OPTIONS).toJS() as Assessment;
      return true;
    },
  };
  return s;
}
