import {
  buildItems
} from "./chunk-OSN2ZHOE.js";
import {
  updateDocument
} from "./chunk-MN4DHFGD.js";
import {
  assertStillValid,
  guardedEdit
} from "./chunk-CU5Z457J.js";
import {
  validatedEdit
} from "./chunk-CTN5NAJ7.js";
import {
  wordFindings
} from "./chunk-OGQQ4P3X.js";
import "./chunk-JVVFF545.js";
import "./chunk-DDMMEGKX.js";
import {
  walkthroughMessages
} from "./chunk-2ZNUJIJK.js";
import {
  editRefusedMessage
} from "./chunk-KJ75UATF.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import {
  YAML_OPTIONS,
  stripBom
} from "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  formatFindings
} from "./chunk-PAYUHFNP.js";
import "./chunk-YSZEVEG4.js";
import {
  EditRefusedError,
  InvalidEditError
} from "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/session.js
import { readFile } from "node:fs/promises";
import { parseDocument } from "yaml";
function createSession(o) {
  const check = o.check ?? ((text) => assertStillValid(o.file, o.shown, text, o.validation));
  const s = {
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
    absent: /* @__PURE__ */ new Set(),
    history: [],
    print: /* @__PURE__ */ __name((line = "") => o.print(line), "print"),
    async commit(edit, options = {}) {
      const guarded = guardedEdit(validatedEdit(edit, s.file, s.shown, o.validation), () => s.text, check);
      const before = s.text;
      let next;
      try {
        if (o.save) {
          const disk = await readFile(s.file, "utf8").catch(() => s.text);
          next = guarded(disk);
          if (next !== disk)
            await o.save(s.file, next);
        } else {
          next = await updateDocument(s.file, guarded, { shown: s.shown });
        }
      } catch (error) {
        if (error instanceof EditRefusedError) {
          s.print(o.style.yellow(editRefusedMessage(error, o.lang, s.shown)));
          return false;
        }
        if (!(error instanceof InvalidEditError) || !error.coded)
          throw error;
        s.print(formatFindings(wordFindings(error.coded, o.lang), o.style));
        s.print(o.style.yellow(s.t(options.last ? "draftInvalid" : "answerInvalid", { file: s.shown })));
        return false;
      }
      if (next === before)
        return true;
      s.history.push(before);
      s.text = next;
      s.assessment = parseDocument(stripBom(next), YAML_OPTIONS).toJS();
      return true;
    },
    async undo() {
      const previous = s.history.pop();
      if (previous === void 0)
        return false;
      const latest = s.text;
      let refused = false;
      const restore = /* @__PURE__ */ __name((disk) => {
        if (disk !== latest)
          refused = true;
        return refused ? disk : previous;
      }, "restore");
      if (o.save) {
        const disk = await readFile(s.file, "utf8").catch(() => s.text);
        const next = restore(disk);
        if (next !== disk)
          await o.save(s.file, next);
      } else {
        await updateDocument(s.file, restore, { shown: s.shown });
      }
      if (refused) {
        s.history.push(previous);
        return false;
      }
      s.text = previous;
      s.assessment = parseDocument(stripBom(previous), YAML_OPTIONS).toJS();
      return true;
    }
  };
  return s;
}
__name(createSession, "createSession");
export {
  createSession
};
