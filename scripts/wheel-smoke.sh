#!/usr/bin/env bash
# Build the wheel, install it alone into a fresh virtual environment and use it from there, far
# from the source tree: every kind of PDF, the English catalogue and the window (offscreen). A
# font, icon, translation or migration left out of the package fails here, not at a user's.
# Usage: scripts/wheel-smoke.sh [WORK_DIR]   (default: a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
.venv/bin/python -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$work/wheel" . > "$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
"${PYTHON:-python3}" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$work"/wheel/asfdesk-*.whl 2>&1 \
  | grep -v "^WARNING: Location" || true
app="$work/venv/bin/asfdesk"
data="$work/data"
mkdir -p "$data/out"
cd "$data"  # nothing of the source tree on the path
export ASFDESK_DATA_DIR="$data" QT_QPA_PLATFORM=offscreen
db="$data/demo.db"
"$app" demo --db "$db" > /dev/null
orgnr=$("$work/venv/bin/python" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT orgnr FROM enterprise ORDER BY name').fetchone()[0])" "$db")
meeting=$("$work/venv/bin/python" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT id FROM meeting ORDER BY id').fetchone()[0])" "$db")
code=$("$work/venv/bin/python" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT code FROM participant ORDER BY code').fetchone()[0])" "$db")
"$app" --db "$db" report enterprise "$orgnr" -o out/stod.pdf > /dev/null
"$app" --db "$db" report meeting "$meeting" -o out/mote.pdf > /dev/null
"$app" --db "$db" report period -o out/period.pdf > /dev/null
"$app" --db "$db" registerutdrag "$code" -o out/utdrag.pdf > /dev/null
"$work/venv/bin/python" - "$db" out/mal.pdf <<'PY'
import sys
from pathlib import Path
from asfdesk.services.report_service import goal_report_pdf
from asfdesk.storage.engine import Database
database = Database.on_file(Path(sys.argv[1]), read_only=True)
goal_report_pdf(database.session_factory, Path(sys.argv[2]))
database.close()
PY
for pdf in stod mote period utdrag mal; do
  head -c 4 "out/$pdf.pdf" | grep -q "%PDF" || { echo "wheel smoke: $pdf.pdf is not a PDF"; exit 1; }
done
"$work/venv/bin/python" "$root/scripts/wheel_smoke_window.py" "$data/window"

# The team server from the same wheel (its extra): init --local, an account, run, a laptop joins and syncs.
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$(ls "$work"/wheel/asfdesk-*.whl)[server]" \
  2>&1 | awk -f "$root/scripts/pip-output.awk"
server="$work/venv/bin/asfdesk-server"
team="$work/team"
chmod 711 "$work"  # as root, the cluster runs as `postgres`, which must pass through
"$server" init --local "$team" > /dev/null
"$server" org add "Coompanion Gävleborg" --kind coompanion --local "$team" > /dev/null
enrol=$("$server" user add "Anna Andersson" --role radgivare --org "Coompanion Gävleborg" --local "$team" | tail -1)
port=$("$work/venv/bin/python" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
"$server" run --local "$team" --port "$port" > "$work/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2> /dev/null || true' EXIT
for _ in $(seq 100); do grep -q "lyssnar på" "$work/server.log" && break; sleep 0.2; done
"$app" --db "$db" team join "http://127.0.0.1:$port" "$enrol" | tail -1 | grep -q "^skickade " \
  || { echo "wheel smoke: team join failed"; cat "$work/server.log"; exit 1; }
"$app" --db "$db" sync | tail -1 | grep -q "^skickade 0, tog emot 0, konflikter" \
  || { echo "wheel smoke: sync failed"; exit 1; }
kill -TERM "$server_pid"
wait "$server_pid" || true
grep -q "har stoppats (och dess PostgreSQL)" "$work/server.log" || { echo "wheel smoke: server did not stop"; exit 1; }
trap - EXIT
echo "wheel smoke test: ok ($app, $server)"
