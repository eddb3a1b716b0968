"""The translation catalogues cover the code, and printed documents stay Swedish."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from asfdesk import i18n
from asfdesk.domain.vocab import EnterpriseStatus, MeasureType

ROOT = Path(__file__).resolve().parents[2]


def test_every_marked_string_has_an_english_translation_and_the_qm_is_compiled() -> None:
    scripts = Path(sys.executable).parent
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        env={"PATH": f"{scripts}:/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_labels_follow_the_display_language_but_documents_stay_swedish() -> None:
    english = {"Arbetsträning": "Work training"}
    i18n.install(lambda context, text: english.get(text, text), i18n.ENGLISH)
    try:
        assert MeasureType.WORK_TRAINING.label == "Work training"
        with i18n.source_language():
            assert MeasureType.WORK_TRAINING.label == "Arbetsträning"
            assert i18n.current_language() == i18n.SWEDISH
        assert MeasureType.label_of("arbetstraning") == "Work training"
        assert MeasureType.WORK_TRAINING.sv_label == "Arbetsträning"
    finally:
        i18n.install(None, i18n.SWEDISH)
    assert MeasureType.WORK_TRAINING.label == "Arbetsträning"


def test_a_rendered_report_is_swedish_while_the_ui_speaks_english(ctx, tmp_path: Path) -> None:
    from datetime import date

    from pypdfium2 import PdfDocument

    from asfdesk.domain.reporting import Audience, Period
    from asfdesk.services.report_service import support_summary_pdf

    i18n.install(lambda context, text: {"Arbetsträning": "Work training"}.get(text, text.upper()), i18n.ENGLISH)
    try:
        enterprise = max(ctx.enterprises.list_enterprises(), key=lambda row: row.active_placements)
        made = support_summary_pdf(
            ctx.database.session_factory,
            enterprise.id,
            Period.year_of(date(2026, 6, 1)),
            tmp_path / "s.pdf",
            Audience.BOARD,
        )
    finally:
        i18n.install(None, i18n.SWEDISH)
    text = "".join(page.get_textpage().get_text_range() for page in PdfDocument(made))
    assert "Stödsammanfattning" in text or "Handledarstöd" in text
    assert "Work training" not in text
    assert any(s.sv_label in text for s in EnterpriseStatus), "the summary gives the status in Swedish"
