import {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
} from "./chunk-OOPBGTIV.js";
import "./chunk-IYJ6WZ5M.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-STYSJCYH.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-662D3GRZ.js";
import "./chunk-JKJYCBCI.js";
export {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
};
