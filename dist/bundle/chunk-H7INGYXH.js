import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/slug.js
import anyAscii from "any-ascii";
function slugify(text, fallback, max = Infinity) {
  const slug = anyAscii(text.normalize("NFC")).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "") || fallback;
}
__name(slugify, "slugify");
function numberedName(path, n) {
  const m = /^(.*?)(\.[^./\\]+)?$/.exec(path);
  return `${m[1]}-${n}${m[2] ?? ""}`;
}
__name(numberedName, "numberedName");

export {
  slugify,
  numberedName
};
