#!/usr/bin/env bash
# Builds the Teams app package: fills the bot's app id into manifest.json, validates it against the official schema
# and writes build/alliancebot.zip holding exactly manifest.json, color.png and outline.png.
#
# Usage: infra/appPackage/build.sh [BOT_APP_ID]
#   BOT_APP_ID  the bot's Microsoft App ID (the managed identity's client id); default: $BOT_APP_ID, then
#               `azd env get-value BOT_APP_ID` after `azd up`.
# Optional environment: TEAMS_APP_ID (default: derived from the bot id, stable per bot), DEVELOPER_NAME,
# WEBSITE_URL, PRIVACY_URL, TERMS_URL (shown in the Teams app details: set your organisation's pages),
# OUT_DIR (default: infra/appPackage/build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

bot_id=${1:-${BOT_APP_ID:-}}
if [ -z "$bot_id" ] && command -v azd >/dev/null 2>&1; then
  bot_id=$(azd env get-value BOT_APP_ID 2>/dev/null || true)
fi
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
if ! [[ $bot_id =~ $guid ]]; then
  echo "error: need the bot's app id (a GUID) as the first argument, in BOT_APP_ID, or from 'azd env get-value BOT_APP_ID'; got '${bot_id}'" >&2
  exit 2
fi

out=${OUT_DIR:-$here/build}
mkdir -p "$out"
BOT_ID=$bot_id python3 - "$here" "$out" <<'PY'
import json, os, re, sys, uuid, zipfile
src, out = sys.argv[1], sys.argv[2]
bot_id = os.environ["BOT_ID"].lower()
values = {
    "BOT_ID": bot_id,
    "TEAMS_APP_ID": os.environ.get("TEAMS_APP_ID") or str(uuid.uuid5(uuid.NAMESPACE_URL, "alliancebot:teams-app:" + bot_id)),
    "DEVELOPER_NAME": os.environ.get("DEVELOPER_NAME") or "AllianceBot",
    "WEBSITE_URL": os.environ.get("WEBSITE_URL") or "https://example.com/alliancebot",
    "PRIVACY_URL": os.environ.get("PRIVACY_URL") or "https://example.com/alliancebot/privacy",
    "TERMS_URL": os.environ.get("TERMS_URL") or "https://example.com/alliancebot/terms",
}
text = open(os.path.join(src, "manifest.json"), encoding="utf-8").read()
text = re.sub(r"\$\{\{([A-Z0-9_]+)\}\}", lambda m: json.dumps(values[m.group(1)])[1:-1], text)
json.loads(text)  # still JSON after filling in
with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
    f.write(text)
with zipfile.ZipFile(os.path.join(out, "alliancebot.zip"), "w", zipfile.ZIP_DEFLATED) as package:
    for name in ("manifest.json", "color.png", "outline.png"):
        folder = out if name == "manifest.json" else src
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))  # same bytes for the same input
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with open(os.path.join(folder, name), "rb") as f:
            package.writestr(info, f.read())
print("Teams app id " + values["TEAMS_APP_ID"] + ", bot id " + bot_id)
PY

root=$(cd "$here/../.." && pwd)
if command -v node >/dev/null 2>&1 && [ -d "$root/node_modules/@microsoft/app-manifest" ]; then
  node "$here/validate-manifest.cjs" "$out/manifest.json"
else
  echo "warning: node or node_modules/@microsoft/app-manifest missing (run npm ci): manifest not validated" >&2
fi
echo "Teams app package: $out/alliancebot.zip (upload it in Teams: Apps > Manage your apps > Upload an app)"
