"""The benchmark code runs end to end on a tiny dataset (no timing verdicts: that is bench/run's job)."""

from __future__ import annotations

from pathlib import Path

from bench import main as bench_main


def test_bench_smoke_run_reports_every_figure(tmp_path: Path) -> None:
    results = tmp_path / "results.md"
    assert bench_main.main(["--smoke", "--no-team", "--cache", str(tmp_path / "cache"), "--results", str(results)]) == 0
    text = results.read_text(encoding="utf-8")
    for figure in (
        "start to usable main window",
        "global search p50",
        "global search p95",
        "open an enterprise",
        "all contacts: open, scroll to end, sort by date",
        "save a contact, window ready for the next key",
        "one support summary PDF",
        "summaries (2 workers)",
        "import 300 enterprises from XLSX",
    ):
        assert figure in text
    assert text.count("(smoke)") == 9 and "machine:" in text
