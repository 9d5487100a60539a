import {
  SCHEMAS_DIR
} from "./chunk-24SS6AOI.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/schemas.js
import { join } from "node:path";
var SCHEMA_FILES = {
  assessment: "assessment.schema.json",
  framework: "framework.schema.json",
  benchmark: "benchmark.schema.json",
  practice: "practice.schema.json",
  review: "review.schema.json"
};
function schemaPath(kind) {
  return join(SCHEMAS_DIR, SCHEMA_FILES[kind]);
}
__name(schemaPath, "schemaPath");

export {
  SCHEMA_FILES,
  schemaPath
};
