import {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
} from "./chunk-FG2SS7KY.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-24SS6AOI.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-JKJYCBCI.js";
export {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
};
