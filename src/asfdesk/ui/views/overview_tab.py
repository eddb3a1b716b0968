"""Översikt: the enterprise's facts, who supports it, contact persons and agreements."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.formatting import Unit, format_kr, quantity
from asfdesk.rows import AgreementRow, ContactPersonRow, EnterpriseDetail, SupportRelationshipRow
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.views.warnings_panel import WarningsPanel
from asfdesk.ui.widgets.record_section import RecordSection
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class OverviewTab(QWidget):
    occupancy_requested = Signal(str)  # agreement id
    action_plan_requested = Signal(str)  # municipality

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.warnings = WarningsPanel()
        self.warnings.hide()
        self._facts: dict[str, QLabel] = {}
        facts_box = QGroupBox(self.tr("Fakta"))
        form = QFormLayout(facts_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (
            ("orgnr", self.tr("Organisationsnummer")),
            ("legal_form", self.tr("Juridisk form")),
            ("status", self.tr("Status")),
            ("municipality", self.tr("Kommun")),
            ("address", self.tr("Adress")),
            ("business_lines", self.tr("Bransch")),
            ("staff", self.tr("Anställda / platser")),
            ("memberships", self.tr("Medlemskap")),
            ("start_grant", self.tr("Startbidrag")),
            ("contact", self.tr("Kontakt")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setObjectName(f"fact_{key}")
            self._facts[key] = value
            form.addRow(label + ":", value)

        support_box = QGroupBox(self.tr("Stöd"))
        self.support_model: RowTableModel[SupportRelationshipRow] = RowTableModel(
            [
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Rådgivare"), lambda r: r.advisor),
                Column(self.tr("Från"), lambda r: r.start_date),
                Column(self.tr("Till"), lambda r: r.end_date),
            ],
            self,
        )
        self.support_table = ReadOnlyTable(self)
        self.support_table.setModel(self.support_model)
        support_layout = QVBoxLayout(support_box)
        support_layout.addWidget(self.support_table)
        # The municipality's ASF action plan, one click from each of its enterprises.
        self._municipality = ""
        self.action_plan_link = QLabel()
        self.action_plan_link.setObjectName("actionPlanLink")
        self.action_plan_link.linkActivated.connect(lambda _link: self.action_plan_requested.emit(self._municipality))
        self.action_plan_link.hide()
        support_layout.addWidget(self.action_plan_link)

        self.contacts_section = RecordSection(self.tr("Kontaktpersoner"), self.tr("Ny kontaktperson…"))
        self.contacts_model: RowTableModel[ContactPersonRow] = RowTableModel(
            [
                Column(self.tr("Namn"), lambda r: r.name),
                Column(self.tr("Roll"), lambda r: r.role_label),
                Column(self.tr("E-post"), lambda r: r.email),
                Column(self.tr("Telefon"), lambda r: r.phone),
                Column(self.tr("Handledarutbildning"), lambda r: r.training_date),
            ],
            self,
        )
        self.contacts_section.set_model(self.contacts_model)
        self.contacts_table = self.contacts_section.table
        self.contacts_table.setObjectName("contactsTable")

        self.agreements_section = RecordSection(self.tr("Avtal och köp"), self.tr("Nytt avtal…"))
        self.agreements_model: RowTableModel[AgreementRow] = RowTableModel(
            [
                Column(self.tr("Typ"), lambda r: r.type_label),
                Column(self.tr("Benämning"), lambda r: r.title),
                Column(self.tr("Köpare"), lambda r: r.buyer),
                Column(self.tr("Från"), lambda r: r.start_date),
                Column(self.tr("Till"), lambda r: r.end_date),
                Column(self.tr("Platser"), lambda r: r.contracted_places, align_right=True),
                Column(
                    self.tr("Pris/plats/mån"), lambda r: quantity(r.price_per_place_month_kr, Unit.KR), align_right=True
                ),
                Column(self.tr("Värde"), lambda r: quantity(r.value_kr, Unit.KR), align_right=True),
            ],
            self,
        )
        self.agreements_section.set_model(self.agreements_model)
        self.agreements_table = self.agreements_section.table
        self.agreements_table.setObjectName("agreementsTable")
        self.occupancy_button = self.agreements_section.add_button(
            self.tr("Beläggning…"), self.occupancy_requested.emit
        )
        self.occupancy_button.setObjectName("occupancyButton")

        self.print_button = QPushButton(self.tr("Skriv ut sammanfattning… (Ctrl+P)"))
        self.print_button.setObjectName("printSummaryButton")
        form.addRow("", self.print_button)
        # Facts on the left; who supports the enterprise and its people on the right; agreements below.
        self.support_table.setMaximumHeight(self.support_table.verticalHeader().defaultSectionSize() * 4)
        right = QVBoxLayout()
        right.addWidget(support_box, 0)
        right.addWidget(self.contacts_section, 1)
        top = QHBoxLayout()
        top.addWidget(facts_box, 1)
        top.addLayout(right, 1)
        for section in (self.contacts_section, self.agreements_section):
            table = section.table  # room for a header and three rows however small the window
            table.setMinimumHeight(
                table.horizontalHeader().sizeHint().height() + 3 * table.verticalHeader().defaultSectionSize() + 4
            )
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.warnings)
        layout.addLayout(top, 5)
        layout.addWidget(self.agreements_section, 2)
        # On a small screen the page scrolls instead of squeezing its rows into each other.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("overviewScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)

    def set_action_plan(self, municipality: str, activities: int, open_activities: int) -> None:
        """Say how far the municipality's action plan has come (nothing when it has none)."""
        self._municipality = municipality
        self.action_plan_link.setVisible(activities > 0)
        one = self.tr("<a href='plan'>Handlingsplanen i %1</a>: 1 aktivitet kvar av %3.")
        many = self.tr("<a href='plan'>Handlingsplanen i %1</a>: %2 aktiviteter kvar av %3.")
        text = one if open_activities == 1 else many
        self.action_plan_link.setText(
            text.replace("%1", municipality).replace("%2", str(open_activities)).replace("%3", str(activities))
        )

    def show_detail(self, detail: EnterpriseDetail) -> None:
        f = detail.facts
        address = ", ".join(part for part in (f.address, f"{f.postal_code} {f.city}".strip()) if part)
        grant = ""
        if f.start_grant_kr:
            grant = format_kr(f.start_grant_kr) + (f" ({f.start_grant_date.isoformat()})" if f.start_grant_date else "")
        values = {
            "orgnr": f.orgnr or self.tr("(saknas)"),
            "legal_form": f.legal_form_label,
            "status": f.status_label,
            "municipality": f"{f.municipality}, {f.region}" if f.region else f.municipality,
            "address": address,
            "business_lines": ", ".join(f.business_lines),
            "staff": self.tr("%1 anställda, %2 arbetsträningsplatser")
            .replace("%1", str(f.employees))
            .replace("%2", str(f.training_places)),
            "memberships": ", ".join(f.memberships) or self.tr("inga"),
            "start_grant": grant or self.tr("inget"),
            "contact": " · ".join(part for part in (f.phone, f.email) if part),
        }
        for key, text in values.items():
            self._facts[key].setText(text)
        self.support_model.set_rows(detail.support)
        self.contacts_model.set_rows(detail.contacts)
        self.agreements_model.set_rows(detail.agreements)
        for table in (self.support_table, self.contacts_table, self.agreements_table):
            table.fit_columns()

    def fact_text(self, key: str) -> str:
        return self._facts[key].text()
