"""Beläggning: an agreement's contracted against filled places month by month, what is payable, and XLSX."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from asfdesk.domain.formatting import Quantity, Unit, format_number, quantity
from asfdesk.domain.occupancy import MonthOccupancy, unfilled_month
from asfdesk.services.occupancy_queries import AgreementOccupancy, write_occupancy_xlsx
from asfdesk.ui.models.highlight_model import HighlightModel
from asfdesk.ui.models.row_table_model import Column
from asfdesk.ui.save_dialog import ask_save_path
from asfdesk.ui.widgets.table_view import ReadOnlyTable


def _hundredths(value: Decimal) -> str:
    """Place-months and kronor, both to two decimals (öre; hundredths of a place-month)."""
    return format_number(float(value), 2)


class OccupancyDialog(QDialog):
    def __init__(self, data: AgreementOccupancy, export_dir: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("occupancyDialog")
        self.data = data
        self._export_dir = export_dir
        self.setWindowTitle(self.tr("Beläggning – %1").replace("%1", data.title))
        self.resize(820, 560)
        heading = QLabel()
        heading.setWordWrap(True)
        terms = data.terms
        if terms is None:
            heading.setText(
                self.tr("Avtalet saknar startdatum eller avtalade platser, så beläggningen kan inte räknas ut.")
            )
        else:
            heading.setText(
                self.tr("%1 · köpare %2 · %3 platser à %4 kr/mån (%5 kr vid anställning) · från %6")
                .replace("%1", data.enterprise)
                .replace("%2", data.buyer or self.tr("(ingen)"))
                .replace("%3", str(terms.contracted_places))
                .replace("%4", format_number(terms.price_per_place_month_kr))
                .replace("%5", format_number(terms.price_employed_month_kr or terms.price_per_place_month_kr))
                .replace("%6", terms.start.isoformat())
            )
        paid_text = self.tr("%1: %2 d, %3 betalda, %4 kr")
        since_text = self.tr("%1 (från %2)")
        self.model: HighlightModel[MonthOccupancy] = HighlightModel(
            [
                Column(self.tr("Månad"), lambda m: f"{m.month:%Y-%m}"),
                Column(
                    self.tr("Avtalade platsmånader"),
                    lambda m: Quantity(m.contracted_place_months, Unit.HUNDREDTHS),
                    align_right=True,
                ),
                Column(
                    self.tr("Fyllda platsmånader"),
                    lambda m: Quantity(m.filled_place_months, Unit.HUNDREDTHS),
                    align_right=True,
                ),
                Column(
                    self.tr("Beläggning"),
                    lambda m: quantity(m.occupancy_percent, Unit.PERCENT),
                    align_right=True,
                ),
                Column(self.tr("Att betala (kr)"), lambda m: Quantity(m.payable_kr, Unit.HUNDREDTHS), align_right=True),
                Column(
                    self.tr("Placeringar"),
                    lambda m: "; ".join(f"{s.label} {s.paid_days}/{m.days_in_month} d" for s in m.stays),
                    tooltip=lambda m: "\n".join(
                        paid_text.replace("%1", s.label)
                        .replace("%2", str(s.days))
                        .replace("%3", str(s.paid_days))
                        .replace("%4", _hundredths(s.payable_kr))
                        for s in m.stays
                    ),
                ),
            ],
            unfilled_month,
            self,
        )
        self.model.set_rows(data.months)
        self.table = ReadOnlyTable(self, stretch_column=5)
        self.table.setObjectName("occupancyTable")
        self.table.setModel(self.model)
        self.table.fit_columns()
        self.table.scrollToBottom()
        self.total = QLabel(
            self.tr("Summa att betala: %1 kr. Rött = minst en avtalad plats stod tom hela månaden.").replace(
                "%1", _hundredths(data.payable_kr)
            )
        )
        self.total.setObjectName("occupancyTotal")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        if data.unpaid:
            unpaid = QLabel(
                self.tr("Utan ersättning: %1").replace(
                    "%1",
                    ", ".join(
                        since_text.replace("%1", u.label).replace("%2", u.start.isoformat()) for u in data.unpaid
                    ),
                )
            )
            unpaid.setObjectName("unpaidPlacements")
            unpaid.setWordWrap(True)
            unpaid.setStyleSheet("color: #b00020;")
            layout.addWidget(unpaid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Exportera till Excel…"))
        self.export_button.setObjectName("exportOccupancy")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._export)
        self.export_button.setEnabled(bool(data.months))
        layout.addWidget(buttons)

    def _export(self) -> None:
        self._export_dir.mkdir(parents=True, exist_ok=True)
        suggested = self._export_dir / f"belaggning-{self.data.title}.xlsx".replace("/", "-")
        target = ask_save_path(
            self, self.tr("Spara beläggning"), suggested, self.tr("Excel-arbetsbok (*.xlsx)"), (".xlsx",)
        )
        if target is not None:
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        try:
            write_occupancy_xlsx(self.data, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Kunde inte spara"), str(exc))
            return
        self.total.setText(self.total.text() + " " + self.tr("Sparad: %1").replace("%1", str(path)))
