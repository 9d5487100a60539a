// dist/render/formats/names.js
var SCORE_FORMATS = ["table", "json", "csv"];
var COMPARE_FORMATS = ["table", "json", "csv"];
var HISTORY_FORMATS = ["table", "json"];
var VALIDATE_FORMATS = ["text", "json", "github", "junit"];
var REPORT_FORMATS = ["html", "md", "pdf", "docx"];
var PAGE_FORMATS = ["html", "md"];

export {
  SCORE_FORMATS,
  COMPARE_FORMATS,
  HISTORY_FORMATS,
  VALIDATE_FORMATS,
  REPORT_FORMATS,
  PAGE_FORMATS
};
