import {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
} from "./chunk-M4JWDLN2.js";
import "./chunk-R3OE72S3.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-JKJYCBCI.js";
export {
  SCHEMA_FOLDER,
  findSchemaRoot,
  folderSchemaPath,
  gitRoot,
  schemaRootFor,
  writeSchemaFolder
};
