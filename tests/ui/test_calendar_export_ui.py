"""Arkiv → Exportera kalender asks whether follow-ups may name their participant; No is the default."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from asfdesk.storage.models import Participant
from asfdesk.ui.main_window import MainWindow


def _summaries(path: Path) -> list[str]:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return [e.summary.value for e in getattr(calendar, "vevent_list", []) if e.uid.value.startswith("followup-")]


@pytest.mark.parametrize(
    ("answer", "named"), [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)]
)
def test_the_calendar_names_participants_only_when_the_user_says_yes(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton, named: bool
) -> None:
    asked: list[QMessageBox] = []

    def exec_box(box: QMessageBox) -> int:
        asked.append(box)
        return int(answer.value)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kalender"), ""))
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    window.todo_view.staff.setCurrentIndex(0)  # everyone's follow-ups
    written = window.admin_actions.export_calendar()
    assert written == tmp_path / "kalender.ics"
    assert len(asked) == 1 and asked[0].defaultButton() is asked[0].button(QMessageBox.StandardButton.No)
    with window.context.database.session_factory() as session:
        codes = set(session.scalars(select(Participant.code)))
    summaries = _summaries(written)
    assert summaries, "the demo has follow-ups due"
    assert all(any(code in s for code in codes) == named for s in summaries)


def test_cancelling_the_question_writes_nothing(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "k.ics"), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(QMessageBox.StandardButton.Cancel.value))
    assert window.admin_actions.export_calendar() is None
    assert list(tmp_path.glob("*.ics")) == []
