#!/usr/bin/env bash
# Install the asfdesk team server on this machine and prepare its database.
# Usage: scripts/install-server.sh DIR            a PostgreSQL cluster of its own in DIR (a pilot, one machine)
#        scripts/install-server.sh --pg URL       an existing PostgreSQL (URL of the database's owner)
# Then start it: .venv/bin/asfdesk-server run --local DIR   (or --pg URL)
set -euo pipefail
if [ $# -ne 1 ] && { [ $# -ne 2 ] || [ "$1" != "--pg" ]; }; then
    echo "Användning: scripts/install-server.sh MAPP | --pg URL" >&2
    exit 2
fi
if [ "$1" != "--pg" ]; then
    folder="$(realpath -m -- "$1")"  # as the caller meant it, before the change of directory below
fi
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh runtime
if ! .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[server]' 2>&1 | awk -f scripts/pip-output.awk
then
    echo "Teamserverns paket kunde inte installeras (se ovan; ingen nätverksanslutning?)." >&2
    exit 1
fi
if [ "$1" = "--pg" ]; then
    .venv/bin/asfdesk-server init --pg "$2"
else
    bash scripts/postgresql.sh
    if [ -f "$folder/server.json" ]; then
        echo "Teamservern i $folder är redan installerad. Starta den med: $PWD/.venv/bin/asfdesk-server run --local $folder"
    else
        .venv/bin/asfdesk-server init --local "$folder"
    fi
fi
