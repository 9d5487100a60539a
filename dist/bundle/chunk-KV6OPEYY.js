import {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  YAML_OPTIONS,
  decodeUtf8,
  firstInvalidByte,
  lineCol,
  locate,
  nodeAt,
  parseYaml,
  parseYamlBounded,
  stripBom
} from "./chunk-T4ETVVUY.js";
import "./chunk-JKJYCBCI.js";
export {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  YAML_OPTIONS,
  decodeUtf8,
  firstInvalidByte,
  lineCol,
  locate,
  nodeAt,
  parseYaml,
  parseYamlBounded,
  stripBom
};
