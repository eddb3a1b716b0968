"""Read mutmut's results (mutants/**/*.meta): the share of mutants killed per module, and the survivors.

A mutant is killed when the tests fail with it in place; it survives when they pass. Mutants no
test reaches count as survivors too. Those not yet run (an interrupted run) are left out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NO_TESTS, SKIPPED = 33, 34


def main() -> int:
    metas = sorted((ROOT / "mutants").rglob("*.py.meta"))
    if not metas:
        print("No mutation results yet: run scripts/mutation.sh first.")
        return 1
    totals: Counter[str] = Counter()
    survivors: list[str] = []
    for meta in metas:
        module = str(meta.relative_to(ROOT / "mutants")).removesuffix(".meta")
        for name, code in json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].items():
            if code is None or code == SKIPPED:
                continue
            killed = code not in (0, NO_TESTS)
            totals[f"{module} killed"] += killed
            totals[f"{module} all"] += 1
            if not killed:
                survivors.append(f"{name}{' (no test reaches it)' if code == NO_TESTS else ''}")
    modules = sorted({key.rsplit(" ", 1)[0] for key in totals})
    killed_all = sum(totals[f"{m} killed"] for m in modules)
    run_all = sum(totals[f"{m} all"] for m in modules)
    for module in modules:
        k, n = totals[f"{module} killed"], totals[f"{module} all"]
        print(f"{100 * k / n:5.1f} %  {k:4d}/{n:<4d} {module}")
    print(f"{100 * killed_all / max(run_all, 1):5.1f} %  {killed_all:4d}/{run_all:<4d} all modules")
    print(f"\n{len(survivors)} surviving mutants (see one with: .venv/bin/mutmut show NAME):")
    for name in survivors:
        print(f"  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
