"""Participants and placements: register, place, end with an outcome, reveal a personnummer on request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QMessageBox, QPushButton

from asfdesk.context import AppContext
from asfdesk.domain.inputs import (
    PlacementInput,
    outside_agreement,
    validate_participant,
    validate_placement,
    validate_placement_end,
)
from asfdesk.domain.validation import check_personnummer, gender_from_personnummer
from asfdesk.domain.vocab import Gender, MeasureType
from asfdesk.services.errors import ValidationFailedError
from asfdesk.services.place_service import PlaceRow
from asfdesk.services.settings import FOLLOW_UP_DAYS
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.forms.specs import participant_specs, placement_end_specs, placement_specs
from asfdesk.ui.record_editor import RecordEditor


class PlacementActions:
    def __init__(self, context: Callable[[], AppContext], editor: RecordEditor) -> None:
        self._context = context
        self._editor = editor

    # -- participants ----------------------------------------------------------------------
    def _participant_specs(self, participant_id: str | None = None) -> list:  # type: ignore[type-arg]
        ctx = self._context()
        return participant_specs(
            ctx.lookups.organisations("ame", "af", "fk", "ifo", "kommun"),
            ctx.lookups.staff("handlaggare"),
            ctx.participants.placement_choices(participant_id),
        )

    def new_participant(self) -> str | None:
        ctx = self._context()
        return self._editor.create(
            ctx.participants,
            QCoreApplication.translate("PlacementActions", "Ny deltagare"),
            self._participant_specs(),
            ctx.participants.new_input(),
            validate_participant,
            hook=self._participant_form,
        )

    def edit_participant(self, participant_id: str) -> bool:
        ctx = self._context()
        return self._editor.edit(
            ctx.participants,
            participant_id,
            QCoreApplication.translate("PlacementActions", "Redigera deltagare"),
            self._participant_specs(participant_id),
            validate_participant,
            hook=lambda dialog: self._existing_participant_form(dialog, participant_id),
        )

    def _existing_participant_form(self, dialog: FormDialog[Any], participant_id: str) -> None:
        self._participant_form(dialog)
        self._add_reveal_button(dialog, participant_id)

    def _participant_form(self, dialog: FormDialog[Any]) -> None:
        """A valid personnummer fills in birth year and gender (where still empty or unset); the
        handläggare offered are those of the referring organisation."""
        personnummer = dialog.editors["personnummer"].widget
        gender = dialog.editors["gender"].widget
        birth_year = dialog.editors["birth_year"].widget
        assert isinstance(personnummer, QLineEdit) and isinstance(gender, QComboBox)
        assert isinstance(birth_year, QLineEdit)

        def fill(text: str) -> None:
            value, error = check_personnummer(text)
            if value is None or error:
                return
            if not birth_year.text().strip():
                birth_year.setText(value[:4])
            if gender.currentData() == Gender.OTHER.value:
                gender.setCurrentIndex(gender.findData(gender_from_personnummer(value)))

        personnummer.textChanged.connect(fill)
        referrer = dialog.editors["referring_organisation_id"].widget
        officer = dialog.editors["case_officer_id"].widget
        assert isinstance(referrer, QComboBox) and isinstance(officer, QComboBox)
        staff_of = self._context().lookups.staff_by_organisation("handlaggare")

        def narrow() -> None:
            organisation = referrer.currentData() or ""
            mine = set(staff_of.get(organisation, ())) if organisation else None
            for row in range(officer.count()):
                code = officer.itemData(row)
                hidden = bool(code) and mine is not None and code not in mine and row != officer.currentIndex()
                _set_row_hidden(officer, row, hidden)

        referrer.currentIndexChanged.connect(lambda _i: narrow())
        narrow()

    def _add_reveal_button(self, dialog: FormDialog[Any], participant_id: str) -> None:
        """Personnummer stay masked until the user asks to see them (an explicit, separate action)."""
        line = dialog.editors["personnummer"].widget
        assert isinstance(line, QLineEdit)
        if not line.text():
            return
        line.setReadOnly(True)
        button = QPushButton(QCoreApplication.translate("PlacementActions", "Visa"))
        button.setObjectName("revealPersonnummer")
        button.setToolTip(
            QCoreApplication.translate("PlacementActions", "Visa hela personnumret för att kunna ändra det.")
        )
        cell = line.parentWidget()
        assert cell is not None and cell.layout() is not None
        cell.layout().addWidget(button)  # type: ignore[union-attr]

        def reveal() -> None:
            line.setText(self._context().participants.reveal_personnummer(participant_id))
            line.setReadOnly(False)
            button.setEnabled(False)

        button.clicked.connect(reveal)

    # -- placements ------------------------------------------------------------------------
    def _placement_specs(self, enterprise_id: str) -> list:  # type: ignore[type-arg]
        ctx = self._context()
        return placement_specs(
            ctx.participants.choices(),
            ctx.lookups.organisations(),
            ctx.lookups.supervisors(enterprise_id),
            ctx.place_catalogue.choices(enterprise_id),
            ctx.lookups.agreements(enterprise_id),
            ctx.projects.choices(),
        )

    def _placement_form(self, dialog: FormDialog[Any], enterprise_id: str) -> None:
        """Say, while the dates are typed, when the placement runs outside its agreement's period."""
        periods = self._context().lookups.agreement_periods(enterprise_id)

        def advise(data: PlacementInput) -> str:
            start, end = periods.get(data.agreement_id or "", (None, None))
            return outside_agreement(data, start, end)

        dialog.add_advice(advise)

    def _confirm_overlap(self, data: PlacementInput, record_id: str | None) -> None:
        overlaps = self._context().placements.overlaps(data, record_id)
        if not overlaps:
            return
        answer = QMessageBox.question(
            self._editor.parent_widget,
            QCoreApplication.translate("PlacementActions", "Överlappande heltidsplacering"),
            QCoreApplication.translate("PlacementActions", "Deltagaren har redan %1.\n\nSpara ändå?").replace(
                "%1", "; ".join(o.message() for o in overlaps)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            raise ValidationFailedError(
                {"start_date": QCoreApplication.translate("PlacementActions", "Överlappar en annan heltidsplacering.")}
            )

    def new_placement(
        self, enterprise_id: str, participant_id: str | None = None, place: PlaceRow | None = None
    ) -> str | None:
        """A new placement; from a place in the catalogue, the place (and a measure it takes) come filled in."""
        ctx = self._context()
        return self._editor.create(
            ctx.placements,
            QCoreApplication.translate("PlacementActions", "Ny placering"),
            self._placement_specs(enterprise_id),
            PlacementInput(
                participant_id=participant_id,
                follow_up_interval_days=ctx.settings.get(FOLLOW_UP_DAYS),
                place_id=place.id if place else None,
                measure_type=place.measure_types[0] if place and place.measure_types else MeasureType.WORK_TRAINING,
                start_date=date.today() if place else None,
            ),
            validate_placement,
            parent_id=enterprise_id,
            hook=lambda dialog: self._placement_form(dialog, enterprise_id),
            before_save=self._confirm_overlap,
        )

    def new_participant_and_placement(self, enterprise_id: str) -> str | None:
        participant_id = self.new_participant()
        return self.new_placement(enterprise_id, participant_id) if participant_id else None

    def edit_placement(self, placement_id: str) -> bool:
        ctx = self._context()
        enterprise_id = ctx.placements.parent_of(placement_id) or ""
        return self._editor.edit(
            ctx.placements,
            placement_id,
            QCoreApplication.translate("PlacementActions", "Redigera placering"),
            self._placement_specs(enterprise_id),
            validate_placement,
            hook=lambda dialog: self._placement_form(dialog, enterprise_id),
            before_save=self._confirm_overlap,
        )

    def end_placement(self, placement_id: str) -> bool:
        """Ending needs an end date and an outcome; nothing else is asked."""
        ctx = self._context()
        return self._editor.edit(
            ctx.placements,
            placement_id,
            QCoreApplication.translate("PlacementActions", "Avsluta placering"),
            placement_end_specs(),
            validate_placement_end,
            hook=_default_end_today,
        )

    def delete_placement(self, placement_id: str) -> bool:
        ctx = self._context()
        return self._editor.delete(
            ctx.placements, placement_id, QCoreApplication.translate("PlacementActions", "placeringen")
        )


def _default_end_today(dialog: FormDialog[Any]) -> None:
    end = dialog.editors["end_date"]
    if end.is_empty():
        end.set(date.today())


def _set_row_hidden(combo: QComboBox, row: int, hidden: bool) -> None:
    """Hide one entry of a combo's list (it stays in the model, so a chosen value is never lost)."""
    view = combo.view()
    if isinstance(view, QListView):
        view.setRowHidden(row, hidden)
