"""Run every benchmark on the dataset and print figure, baseline, ratio, target, pass/fail.

bench/run            # the full dataset (generated once, cached in bench/.cache)
bench/run --smoke    # a tiny dataset: checks the benchmark code works, no timing verdicts
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import measures
from bench.dataset import FULL, SMOKE, TEAM, Dataset, dataset
from bench.import_measure import import_list
from bench.team_measure import first_join_and_sync, many_laptops

ROOT = Path(__file__).resolve().parents[1]


def _format(figure: measures.Figure, value: float | None) -> str:
    if value is None:
        return "—"
    if figure.unit == "ms":
        return f"{value * 1000:.1f} ms"
    if figure.unit == "s":
        return f"{value:.1f} s"
    return f"{value:.0f} {figure.unit}"


def table(figures: list[measures.Figure], smoke: bool) -> list[str]:
    lines = [
        "| figure | asfdesk | baseline | ratio | target | result |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        verdict = "(smoke)" if smoke else ("pass" if f.passed else "FAIL")
        lines.append(
            f"| {f.name} | {_format(f, f.ours)} | {_format(f, f.baseline)} | {ratio} | {f.target} | {verdict} |"
        )
    return lines


def machine() -> list[str]:
    import PySide6

    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        )
    memory = ""
    try:
        kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in line))
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    return [
        f"- machine: {cpu}, {os.cpu_count()} cores{memory}",
        f"- system: {platform.platform()}",
        f"- Python {platform.python_version()}, PySide6 {PySide6.__version__}, SQLite {sqlite3.sqlite_version}",
    ]


def run(
    ds: Dataset, smoke: bool, out: Path, progress: bool = True, team: Dataset | None = None, with_team: bool = True
) -> list[measures.Figure]:
    from PySide6.QtWidgets import QApplication

    from asfdesk.storage.engine import Database

    team = team or ds
    app = QApplication.instance() or QApplication(sys.argv[:1])
    database = Database.on_file(ds.path, read_only=False)
    factory = database.session_factory
    figures: list[measures.Figure] = []

    def step(name: str) -> None:
        if progress:
            print(f"… {name}", flush=True)

    try:
        step("start-up")
        figures.append(measures.startup(ds, runs=2 if smoke else 5))
        step("search")
        figures += measures.search(ds, factory)
        step("open an enterprise")
        figures.append(measures.open_enterprise(ds, factory, runs=2 if smoke else 7))
        step("list of all contacts")
        figures.append(measures.all_contacts_list(ds, factory))
        step("save in the window")
        figures.append(measures.save_in_window(ds, out, runs=2 if smoke else 7))
        step("one summary")
        single_figure, single = measures.one_summary(ds, factory, out, runs=2 if smoke else 5)
        figures.append(single_figure)
        step("all summaries")
        figures.append(measures.all_summaries(ds, factory, out, single))
        step("import a list")
        figures.append(import_list(ds.scale.import_rows, out))
    finally:
        database.close()
        del app
    if with_team:
        step(f"team: first join and first sync ({team.scale.name})")
        figures += first_join_and_sync(team.path)
        step("team: many laptops at once")
        figures.append(many_laptops(*((4, 2, 5) if smoke else ())))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny dataset, no verdicts (for the tests)")
    parser.add_argument(
        "--team-full", action="store_true", help="the team figures on the full dataset (the default; kept for scripts)"
    )
    parser.add_argument(
        "--team-tenth", action="store_true", help="the team figures on a tenth of the dataset (quicker, for a look)"
    )
    parser.add_argument("--no-team", action="store_true", help="leave out the team figures (no PostgreSQL needed)")
    parser.add_argument("--cache", type=Path, default=ROOT / "bench" / ".cache")
    parser.add_argument(
        "--results", type=Path, default=None, help="default bench/results.md, or bench/results-smoke.md with --smoke"
    )
    args = parser.parse_args(argv)
    if args.results is None:  # a smoke run never replaces the full run's results
        args.results = ROOT / "bench" / ("results-smoke.md" if args.smoke else "results.md")
    started = time.perf_counter()
    scale = SMOKE if args.smoke else FULL
    print(f"dataset {scale.name} …", flush=True)
    ds = dataset(args.cache, scale)
    generated = f"generated in {ds.seconds_to_generate:.0f} s" if ds.seconds_to_generate else "cached"
    print(f"dataset ready ({generated})", flush=True)
    team = dataset(args.cache, TEAM) if args.team_tenth and not args.smoke else ds
    with tempfile.TemporaryDirectory(prefix="asfdesk-bench-out-") as out:
        figures = run(ds, args.smoke, Path(out), team=team, with_team=not args.no_team)
    lines = table(figures, args.smoke)
    notes = [f"- {f.name}: {f.detail}" for f in figures if f.detail]
    total = time.perf_counter() - started
    report = [
        f"# Benchmark results ({'smoke' if args.smoke else 'full'} run, {time.strftime('%Y-%m-%d %H:%M')})",
        "",
        f"Dataset: {scale.enterprises} enterprises, {scale.participants} participants, {scale.placements} "
        f"placements, {scale.contacts} handledarstöd contacts, {scale.meetings} meetings ({generated}).",
        "Every ratio is against a baseline measured in the same run.",
        "",
        *lines,
        "",
        *notes,
        "",
        *machine(),
        f"- whole run: {total / 60:.1f} min",
        "",
    ]
    print("\n".join([*lines, "", *notes]))
    args.results.write_text("\n".join(report), encoding="utf-8")
    print(f"\nwritten to {args.results}")
    return 0 if args.smoke or all(f.passed for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
