#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and run it headless, so a data file missing from
# the spec (migrations, fonts, a hidden import) fails here and not on a user's machine.
# Usage: scripts/bundle-smoke.sh [OUTPUT_DIR]   (default: a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d)}"
.venv/bin/pyinstaller --noconfirm --log-level ERROR --distpath "$out/dist" --workpath "$out/build" installer/asfdesk.spec
app="$out/dist/asfdesk/asfdesk"
data="$out/data"
mkdir -p "$data"
export ASFDESK_DATA_DIR="$data" QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" demo --db "$data/demo.db" > /dev/null
"$app" --db "$data/demo.db" check | grep -q "databasen är frisk"
"$app" --db "$data/demo.db" report period -o "$data/period.pdf" > /dev/null
head -c 4 "$data/period.pdf" | grep -q "%PDF"
for resource in translations/asfdesk_en.qm icons/asfdesk-256.png LICENSES.txt; do  # loaded by path at run time
  find "$out/dist/asfdesk" -path "*/resources/$resource" -size +0 | grep -q . || { echo "bundle lacks $resource"; exit 1; }
done
echo "bundle smoke test: ok ($app)"
