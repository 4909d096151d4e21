// Validates a filled-in Teams app manifest against the official JSON schema of its manifestVersion, as shipped in
// the npm package @microsoft/app-manifest (no network), using that package's own validator (ajv, draft-04).
// Usage: node infra/appPackage/validate-manifest.cjs path/to/manifest.json   → exit 0 valid, 1 invalid, 2 usage.
"use strict";
const fs = require("fs");
const path = require("path");
const { ManifestUtil } = require("@microsoft/app-manifest");

async function main(file) {
  const text = fs.readFileSync(file, "utf8");
  const errors = [];
  const placeholder = text.match(/\$\{\{[A-Z0-9_]+\}\}/);
  if (placeholder) {
    errors.push(`placeholder ${placeholder[0]} was not filled in`);
  }
  const manifest = JSON.parse(text);
  const schemaFile = path.join(
    path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
    "build", "json-schemas", "teams", `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
  if (!fs.existsSync(schemaFile)) {
    errors.push(`no schema for manifestVersion ${manifest.manifestVersion} at ${schemaFile}`);
  } else {
    const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
    errors.push(...await ManifestUtil.validateManifestAgainstSchema(manifest, schema));
  }
  for (const error of errors) {
    console.error(`${file}: ${error}`);
  }
  if (errors.length === 0) {
    console.log(`${file}: valid against the Teams manifest schema v${manifest.manifestVersion}`);
  }
  return errors.length === 0 ? 0 : 1;
}

if (process.argv.length !== 3) {
  console.error("usage: node validate-manifest.cjs <manifest.json>");
  process.exit(2);
}
main(process.argv[2]).then((code) => process.exit(code), (error) => {
  console.error(`${process.argv[2]}: ${error.message}`);
  process.exit(1);
});
