#!/usr/bin/env bash
# Install what the checks need, then lint, type-check and run the whole test suite (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev
bash scripts/postgresql.sh  # team-mode tests run against a real PostgreSQL (a throwaway cluster per run)
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests bench scripts installer
.venv/bin/ruff format --check src tests bench scripts installer
.venv/bin/mypy
bash scripts/bundle-smoke.sh  # before pytest, so the test summary is the run's closing line
bash scripts/wheel-smoke.sh   # a non-editable install (the wheel alone, in a fresh venv) makes every PDF
.venv/bin/pytest
