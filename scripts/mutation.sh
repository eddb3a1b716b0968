#!/usr/bin/env bash
# Mutation testing of the business rules (domain/ and the report, consent, retention, trash and
# Att göra services, listed under [tool.mutmut] in pyproject.toml): each plausible one-line bug is
# tried against the unit tests. Slow (an hour or more on two cores), so not part of the test
# command. Resumes where it left off; prints the score per module and every surviving mutant.
#
# mutmut keeps a mutant's verdict until its function changes, and maps each function to the tests
# that reached it when it last collected its statistics: tests written since are not tried against
# old survivors. --again collects the statistics anew and tries every mutant not yet killed again.
# Usage: scripts/mutation.sh [--again] [--max-children N]
set -euo pipefail
cd "$(dirname "$0")/.."
again=false
if [ "${1:-}" = "--again" ]; then
  again=true
  shift
fi
bash scripts/bootstrap.sh dev
.venv/bin/python -m pip install --quiet --disable-pip-version-check "mutmut>=3.8,<4" 2>&1 | grep -v "^WARNING: Location" || true
export QT_QPA_PLATFORM=offscreen
if $again && [ -d mutants ]; then
  rm -f mutants/mutmut-stats.json
  mapfile -t names < <(.venv/bin/mutmut results --all true 2>/dev/null | grep -v ": killed$" | sed 's/^ *//; s/:.*//')
  if [ "${#names[@]}" -gt 0 ]; then
    .venv/bin/mutmut run "$@" "${names[@]}" > mutants-again.log 2>&1 || echo "mutmut stopped early; see mutants-again.log"
  fi
fi
.venv/bin/mutmut run "$@" > mutants-run.log 2>&1 || echo "mutmut stopped early; see mutants-run.log (run again to resume)"
.venv/bin/python scripts/mutation_score.py
