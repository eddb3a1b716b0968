#!/usr/bin/env bash
# Make sure PostgreSQL's server programs (initdb, pg_ctl) are on this machine: the team server's
# pilot mode (`asfdesk-server init --local`) and the team-mode tests start clusters of their own.
# Installs Debian's postgresql package when they are missing and we may (root, or sudo at a terminal).
set -euo pipefail
if command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL (Debian package postgresql)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
else
    echo "PostgreSQL is needed (initdb not found): install the postgresql package." >&2
    exit 1
fi
