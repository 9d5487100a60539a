import {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  YAML_OPTIONS,
  decodeText,
  decodeUtf8,
  firstInvalidByte,
  lineCol,
  locate,
  nodeAt,
  parseYaml,
  parseYamlBounded,
  stripBom
} from "./chunk-VHFQKG57.js";
import "./chunk-JKJYCBCI.js";
export {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  YAML_OPTIONS,
  decodeText,
  decodeUtf8,
  firstInvalidByte,
  lineCol,
  locate,
  nodeAt,
  parseYaml,
  parseYamlBounded,
  stripBom
};
