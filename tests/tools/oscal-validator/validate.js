// Validates JSON documents against a JSON schema (draft-07, the NIST OSCAL complete schema) with ajv.
// Usage: node validate.js SCHEMA.json DOCUMENT.json...
// Prints "valid: DOC" or "invalid: DOC: <path> <message>" per document; exits 0 if all are valid, 1 if any is not,
// 2 if the schema or the tools cannot be loaded.
"use strict";
const fs = require("fs");
let Ajv, addFormats;
try {
  Ajv = require("ajv");
  addFormats = require("ajv-formats");
} catch (e) {
  console.error("validate.js: ajv is not installed (npm ci in " + __dirname + "): " + e.message);
  process.exit(2);
}
const [schemaPath, ...documents] = process.argv.slice(2);
if (!schemaPath || documents.length === 0) {
  console.error("usage: node validate.js SCHEMA.json DOCUMENT.json...");
  process.exit(2);
}
// unicodeRegExp: the OSCAL patterns use \p{L} classes.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
} catch (e) {
  console.error("validate.js: schema " + schemaPath + ": " + e.message);
  process.exit(2);
}
let failures = 0;
for (const path of documents) {
  let document;
  try {
    document = JSON.parse(fs.readFileSync(path, "utf8"));
  } catch (e) {
    console.log("invalid: " + path + ": not JSON: " + e.message);
    ++failures;
    continue;
  }
  if (validate(document)) {
    console.log("valid: " + path);
    continue;
  }
  ++failures;
  for (const error of validate.errors.slice(0, 20)) {
    console.log("invalid: " + path + ": " + (error.instancePath || "/") + " " + error.message);
  }
}
process.exit(failures === 0 ? 0 : 1);
