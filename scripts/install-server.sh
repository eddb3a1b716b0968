#!/usr/bin/env bash
# Install the asfdesk team server on this machine and prepare its database.
# Usage: scripts/install-server.sh DIR            a PostgreSQL cluster of its own in DIR (a pilot, one machine)
#        scripts/install-server.sh --pg URL       an existing PostgreSQL (URL of the database's owner)
# Then start it: .venv/bin/asfdesk-server run --local DIR   (or --pg URL)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 1 ] && { [ $# -ne 2 ] || [ "$1" != "--pg" ]; }; then
    echo "Usage: scripts/install-server.sh DIR | --pg URL" >&2
    exit 2
fi
bash scripts/bootstrap.sh runtime
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[server]' 2>&1 | grep -v "^WARNING: Location" || true
if [ "$1" = "--pg" ]; then
    .venv/bin/asfdesk-server init --pg "$2"
else
    bash scripts/postgresql.sh
    if [ -f "$1/server.json" ]; then
        echo "The team server in $1 is already set up."
    else
        .venv/bin/asfdesk-server init --local "$1"
    fi
fi
