#!/usr/bin/env bash
# Install asfdesk into .venv (first time, or after an update) and start it.
# Arguments go to asfdesk: `scripts/run.sh --demo` opens the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh runtime
exec .venv/bin/asfdesk "$@"
