import {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
} from "./chunk-TMQHZMD7.js";
import "./chunk-7PQ6BQFL.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6LKABYWT.js";
import "./chunk-24SS6AOI.js";
import "./chunk-JKJYCBCI.js";
export {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
};
