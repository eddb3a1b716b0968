"""Participants and placements through the Placeringar tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from stdnum import luhn

from asfdesk.domain.inputs import ParticipantInput, PlacementInput
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow

from .typing_helpers import type_text


def _save(dialog: FormDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _choose(dialog: FormDialog, field: str, code: str | None) -> None:
    combo = dialog.editors[field].widget
    combo.setCurrentIndex(combo.findData(code))


def test_new_participant_and_placement_in_one_go(qtbot, window: MainWindow, dialogs) -> None:
    """'Ny deltagare och placering…' registers a pseudonymised participant, then places them here."""
    tab = window.detail_view.placements
    before = tab.model.rowCount()
    expected_code = window.context.participants.next_code()
    scripts = dialogs

    def participant(dialog: FormDialog) -> None:
        assert dialog.editors["code"].widget.text() == expected_code  # a pseudonym is proposed
        _choose(dialog, "gender", "kvinna")
        type_text(qtbot, dialog.editors["birth_year"].widget, "1990")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    def placement(dialog: FormDialog) -> None:
        assert dialog.editors["participant_id"].widget.currentText().startswith(expected_code)
        type_text(qtbot, dialog.editors["start_date"].widget, "2026-11-02")
        type_text(qtbot, dialog.editors["hours_per_week"].widget, "20")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    scripts.extend([participant, placement])
    qtbot.mouseClick(tab.new_with_participant_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == before + 1
    row = next(r for r in tab.model.rows() if r.participant_code == expected_code)
    assert (row.gender_label, row.status_label, str(row.extent)) == ("Kvinna", "Pågående", "20\u00a0tim/v")


def test_ending_a_placement_requires_an_outcome(qtbot, window: MainWindow, dialogs) -> None:
    """'Avsluta…' proposes today's date and will not save until an outcome is chosen."""
    tab = window.detail_view.placements
    rows = [r.id for r in tab.model.rows() if r.status == "pagaende"]
    target = rows[0]
    proxy_row = next(
        i for i in range(tab.proxy.rowCount()) if tab.proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 2).id == target
    )
    tab.table.selectRow(proxy_row)
    state: dict[str, object] = {}

    def end(dialog: FormDialog) -> None:
        state["date"] = dialog.editors["end_date"].widget.text()
        state["blocked"] = not _save(dialog).isEnabled()
        _choose(dialog, "outcome", "arbete")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(end)
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    assert state == {"date": date.today().isoformat(), "blocked": True}
    ended = next(r for r in tab.model.rows() if r.id == target)
    assert (ended.status_label, ended.outcome_label, ended.end_date) == ("Avslutad", "Arbete", date.today())


def test_overlapping_full_time_placement_asks_first(
    qtbot, window: MainWindow, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second full-time placement over the same days is questioned; 'No' keeps the dialog open and saves nothing."""
    ctx = window.context
    person = ctx.participants.create(ParticipantInput(code="OVL-1", gender="man"))
    other = window.list_view.visible_rows()[1].id
    ctx.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 1, 1), hours_per_week=40), other)
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: questions.append(text) or QMessageBox.StandardButton.No
    )
    before = window.detail_view.placements.model.rowCount()
    state: dict[str, object] = {}

    def place(dialog: FormDialog) -> None:
        _choose(dialog, "participant_id", person)
        type_text(qtbot, dialog.editors["start_date"].widget, "2026-06-01")
        type_text(qtbot, dialog.editors["extent_percent"].widget, "100")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
        state["open"] = dialog.isVisible()
        state["error"] = dialog.error_labels["start_date"].text()
        dialog.done(0)

    dialogs.append(place)
    qtbot.mouseClick(window.detail_view.placements.section.new_button, Qt.MouseButton.LeftButton)
    assert questions and "heltid" in questions[0]
    assert state["open"] is True and "Överlappar" in str(state["error"])
    assert window.detail_view.placements.model.rowCount() == before


def test_personnummer_is_masked_until_revealed(qtbot, window: MainWindow, dialogs) -> None:
    """The participant dialog shows ÅÅMMDD-**** read-only; 'Visa' shows the whole number for editing."""
    ctx = window.context
    body = "811218987"
    pnr = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    person = ctx.participants.create(ParticipantInput(code="MASK-1", personnummer=pnr))
    state: dict[str, object] = {}

    def look(dialog: FormDialog) -> None:
        line = dialog.editors["personnummer"].widget
        state["masked"], state["read_only"] = line.text(), line.isReadOnly()
        button = dialog.findChild(
            type(dialog.buttons.button(QDialogButtonBox.StandardButton.Save)), "revealPersonnummer"
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        state["revealed"], state["editable"] = line.text(), not line.isReadOnly()
        dialog.done(0)

    dialogs.append(look)
    window.placement_actions.edit_participant(person)
    assert state["masked"] == "811218-****" and state["read_only"] is True
    assert state["revealed"] == "19" + pnr and state["editable"] is True


def test_a_new_participants_form_fills_from_the_personnummer_and_narrows_handlaggare(
    qtbot, window: MainWindow, dialogs, monkeypatch
) -> None:
    from PySide6.QtWidgets import QListView, QMessageBox
    from sqlalchemy import select

    from asfdesk.storage.models import Staff

    seen: dict[str, object] = {}

    def fill(dialog: FormDialog) -> None:
        personnummer = dialog.editors["personnummer"].widget
        personnummer.setFocus()
        type_text(qtbot, personnummer, "811218-9876")
        seen["year"] = dialog.editors["birth_year"].widget.text()
        seen["gender"] = dialog.editors["gender"].widget.currentData()
        referrer = dialog.editors["referring_organisation_id"].widget
        officer = dialog.editors["case_officer_id"].widget
        referrer.setCurrentIndex(1)
        organisation = referrer.currentData()
        view = officer.view()
        assert isinstance(view, QListView)
        seen["offered"] = {officer.itemData(r) for r in range(officer.count()) if not view.isRowHidden(r)} - {None, ""}
        seen["organisation"] = organisation
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
        dialog.reject()

    dialogs.append(fill)
    window.placement_actions.new_participant()
    assert (seen["year"], seen["gender"]) == ("1981", "man")
    with window.context.database.session_factory() as session:
        theirs = set(
            session.scalars(
                select(Staff.id).where(Staff.organisation_id == seen["organisation"], Staff.role == "handlaggare")
            )
        )
    assert seen["offered"] == theirs


def test_a_placement_dialog_names_its_enterprise_and_warns_past_its_agreements_end(
    qtbot, window: MainWindow, dialogs
) -> None:
    from asfdesk.domain.inputs import AgreementInput

    enterprise_id = window.current_enterprise_id()
    assert enterprise_id
    name = window.context.enterprise_records.get_input(enterprise_id).name
    agreement_id = window.context.agreements.create(
        AgreementInput(title="Ramavtal 2026", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31)), enterprise_id
    )
    seen: dict[str, object] = {}

    def fill(dialog: FormDialog) -> None:
        seen["title"] = dialog.windowTitle()
        dialog.resize(700, 700)
        qtbot.waitUntil(lambda: dialog.width() == 700)
        save_at = _save(dialog).mapTo(dialog, _save(dialog).rect().topLeft())
        _choose(dialog, "agreement_id", agreement_id)
        type_text(qtbot, dialog.editors["start_date"].widget, "2026-11-02")
        seen["open"] = dialog.advice.text()
        type_text(qtbot, dialog.editors["planned_end_date"].widget, "2027-02-01")
        seen["late"] = dialog.advice.text()
        seen["moved"] = _save(dialog).mapTo(dialog, _save(dialog).rect().topLeft()) != save_at
        seen["can_save"] = _save(dialog).isEnabled()  # advice, not a rule
        dialog.editors["planned_end_date"].widget.clear()
        type_text(qtbot, dialog.editors["planned_end_date"].widget, "2026-12-31")
        seen["inside"] = dialog.advice.text()
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(fill)
    placement_id = window.placement_actions.new_placement(enterprise_id, window.context.participants.choices()[0][0])
    assert seen["title"] == f"Ny placering – {name}"
    assert seen["open"] == "Avtalet slutar 2026-12-31 men placeringen har inget slutdatum."
    assert seen["late"] == "Placeringen pågår till 2027-02-01, efter avtalets slut 2026-12-31."
    assert seen["moved"] is False and seen["can_save"] is True and seen["inside"] == ""
    placement = next(r for r in window.detail_view.placements.model.rows() if r.id == placement_id)

    def edit(dialog: FormDialog) -> None:
        seen["edit_title"] = dialog.windowTitle()
        dialog.reject()

    dialogs.append(edit)
    window.placement_actions.edit_placement(placement.id)
    assert seen["edit_title"] == f"Redigera placering – {placement.participant_code} – Arbetsträning · {name}"


def test_a_consent_can_be_given_for_one_placement_in_the_participants_form(
    qtbot, window: MainWindow, dialogs, monkeypatch
) -> None:
    from PySide6.QtWidgets import QComboBox, QTableWidget

    placement = window.detail_view.placements.model.rows()[0]
    person = placement.participant_id
    choices = dict(window.context.participants.placement_choices(person))
    before = len(window.context.participants.get_input(person).consents)
    seen: dict[str, object] = {}

    def fill(dialog: FormDialog) -> None:
        field = dialog.editors["consents"].widget
        qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
        table = field.findChild(QTableWidget)
        row = table.rowCount() - 1
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        applies = table.cellWidget(row, headers.index("Gäller"))
        assert isinstance(applies, QComboBox)
        seen["offered"] = [applies.itemText(i) for i in range(applies.count())]
        applies.setCurrentIndex(applies.findData(placement.id))
        table.setItem(row, headers.index("Lämnat"), type(table.item(row, 0))("2026-11-01"))
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    dialogs.append(fill)
    assert window.placement_actions.edit_participant(person)
    assert seen["offered"] == ["Alla placeringar", *choices.values()]
    consents = window.context.participants.get_input(person).consents
    assert len(consents) == before + 1 and consents[-1].placement_id == placement.id
