import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/formats/types.js
function isFormatName(names, value) {
  return names.includes(value);
}
__name(isFormatName, "isFormatName");
export {
  isFormatName
};
