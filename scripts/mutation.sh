#!/usr/bin/env bash
# Mutation testing of the business rules (domain/ and the report, consent, retention, trash and
# Att göra services, listed under [tool.mutmut] in pyproject.toml): each plausible one-line bug is
# tried against the unit tests. Slow (an hour or more on two cores), so not part of the test
# command. Resumes where it left off; prints the score per module and every surviving mutant.
# Usage: scripts/mutation.sh [--max-children N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh dev
.venv/bin/python -m pip install --quiet --disable-pip-version-check "mutmut>=3.8,<4" 2>&1 | grep -v "^WARNING: Location" || true
export QT_QPA_PLATFORM=offscreen
.venv/bin/mutmut run "$@" > mutants-run.log 2>&1 || echo "mutmut stopped early; see mutants-run.log (run again to resume)"
.venv/bin/python scripts/mutation_score.py
