import {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  YAML_OPTIONS,
  decodeUtf8,
  firstInvalidByte,
  lexedDepth,
  lineCol,
  locate,
  nodeAt,
  parseYaml,
  parseYamlBounded,
  stripBom
} from "./chunk-IUIC47US.js";
import "./chunk-JKJYCBCI.js";
export {
  MAX_ALIAS_COUNT,
  MAX_DEPTH,
  YAML_OPTIONS,
  decodeUtf8,
  firstInvalidByte,
  lexedDepth,
  lineCol,
  locate,
  nodeAt,
  parseYaml,
  parseYamlBounded,
  stripBom
};
