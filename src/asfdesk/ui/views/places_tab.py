"""Platser och ekonomi: the enterprise's places (filled and vacant) and its revenue mix per year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asfdesk.domain.formatting import Quantity, Unit, counted, quantity
from asfdesk.services.place_service import PlaceRow
from asfdesk.services.revenue_service import RevenueRow
from asfdesk.ui.models.highlight_model import HighlightModel
from asfdesk.ui.models.row_table_model import Column
from asfdesk.ui.widgets.record_section import RecordSection


def _share(row: RevenueRow) -> Quantity | None:
    return quantity(row.public_share_percent, Unit.PERCENT)


class PlacesTab(QWidget):
    start_placement_requested = Signal(str)  # place id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("placesSummary")
        self.places_model: HighlightModel[PlaceRow] = HighlightModel(
            [
                Column(self.tr("Plats"), lambda r: r.title),
                Column(self.tr("Bransch"), lambda r: r.business_line),
                Column(self.tr("Platser"), lambda r: r.capacity, align_right=True),
                Column(self.tr("Fyllda"), lambda r: r.filled, align_right=True),
                Column(self.tr("Lediga"), lambda r: r.vacant, align_right=True),
                Column(self.tr("Vem (pseudonym)"), lambda r: ", ".join(r.occupants)),
                Column(self.tr("Insatser"), lambda r: r.measures_label, tooltip=lambda r: r.measures_label),
                Column(self.tr("Arbetsuppgifter"), lambda r: r.tasks, tooltip=lambda r: r.tasks),
                Column(self.tr("Anpassningar"), lambda r: r.adaptations, tooltip=lambda r: r.adaptations),
                Column(self.tr("Erbjuds"), lambda r: r.active),
            ],
            lambda r: r.filled > r.capacity,  # more people than places
            self,
        )
        self.places = RecordSection(self.tr("Platskatalog"), self.tr("Ny plats…"), stretch_column=7)
        self.places.set_model(self.places_model)
        self.places.table.setObjectName("placesTable")
        self.start_button = self.places.add_button(self.tr("Starta placering…"), self.start_placement_requested.emit)
        self.start_button.setObjectName("startFromPlaceButton")

        self.revenue_model: HighlightModel[RevenueRow] = HighlightModel(
            [
                Column(self.tr("År"), lambda r: r.year),
                Column(self.tr("Samhällsnyttiga intäkter"), lambda r: quantity(r.public_kr, Unit.KR), align_right=True),
                Column(self.tr("Allmännyttiga intäkter"), lambda r: quantity(r.market_kr, Unit.KR), align_right=True),
                Column(self.tr("Summa"), lambda r: quantity(r.total_kr, Unit.KR), align_right=True),
                Column(self.tr("Andel från myndigheter"), _share, align_right=True),
                Column(self.tr("Anteckningar"), lambda r: r.notes),
            ],
            lambda _r: False,
            self,
        )
        self.revenue = RecordSection(self.tr("Intäktsmix per år"), self.tr("Nytt år…"), stretch_column=5)
        self.revenue.set_model(self.revenue_model)
        self.revenue.table.setObjectName("revenueTable")
        self.revenue.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.revenue_hint = QLabel()
        self.revenue_hint.setObjectName("revenueHint")
        self.revenue_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.places, 3)
        layout.addWidget(self.revenue, 2)
        layout.addWidget(self.revenue_hint)

    def show_planning(self, places: list[PlaceRow], revenue: list[RevenueRow], share_limit: int) -> None:
        self.places_model.set_rows(places)
        self.places.table.fit_columns()
        offered = [p for p in places if p.active]
        self.summary.setText(
            self.tr("%1 i katalogen: %2 fyllda, %3 lediga.")
            .replace("%1", counted(sum(p.capacity for p in offered), self.tr("plats"), self.tr("platser")))
            .replace("%2", str(sum(min(p.filled, p.capacity) for p in offered)))
            .replace("%3", str(sum(p.vacant for p in offered)))
        )
        self.revenue_model.set_alert(lambda r: (r.public_share_percent or 0) > share_limit)
        self.revenue_model.set_rows(revenue)
        self.revenue.table.fit_columns()
        latest = revenue[0] if revenue else None
        if latest is None or latest.public_share_percent is None:
            self.revenue_hint.setText(self.tr("Inga intäkter registrerade. Intäktsmixen är en riskindikator."))
            self.revenue_hint.setStyleSheet("color: #555;")
        elif latest.public_share_percent > share_limit:
            self.revenue_hint.setText(
                self.tr(
                    "%1: %2 % av intäkterna kom från platser och tjänster sålda till myndigheter (gränsen är %3 %). "
                    "Företaget riskerar att bli beroende av platsförsäljning."
                )
                .replace("%1", str(latest.year))
                .replace("%2", str(latest.public_share_percent))
                .replace("%3", str(share_limit))
            )
            self.revenue_hint.setStyleSheet("color: #b00020;")
        else:
            self.revenue_hint.setText(
                self.tr("%1: %2 % av intäkterna kom från myndigheter (gränsen är %3 %).")
                .replace("%1", str(latest.year))
                .replace("%2", str(latest.public_share_percent))
                .replace("%3", str(share_limit))
            )
            self.revenue_hint.setStyleSheet("color: #555;")

    def place(self, place_id: str) -> PlaceRow | None:
        return next((p for p in self.places_model.rows() if p.id == place_id), None)
