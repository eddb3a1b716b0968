"""Granskningslogg: who did what and when, for a coordinator to read and export."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from asfdesk.services.audit import AuditRow, AuditTrail
from asfdesk.ui.models.row_table_model import Column, RowTableModel
from asfdesk.ui.models.sort_proxy import SortKeyProxy
from asfdesk.ui.save_dialog import ask_save_path
from asfdesk.ui.widgets.table_view import ReadOnlyTable


class AuditDialog(QDialog):
    def __init__(self, audit: AuditTrail, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Granskningslogg"))
        self._audit = audit
        self.model: RowTableModel[AuditRow] = RowTableModel(
            [
                Column(self.tr("Tid"), lambda r: r.at.astimezone().replace(tzinfo=None)),
                Column(self.tr("Vem"), lambda r: r.actor),
                Column(self.tr("Handling"), lambda r: r.action_label),
                Column(self.tr("Typ"), lambda r: r.kind),
                Column(self.tr("Post"), lambda r: r.record_id[:8]),
                Column(self.tr("Fält"), lambda r: r.fields),
            ],
            self,
        )
        proxy = SortKeyProxy(self)
        proxy.setSourceModel(self.model)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = ReadOnlyTable(self, stretch_column=5)
        self.table.setObjectName("auditTable")
        self.table.setModel(proxy)
        self.model.set_rows(audit.entries())
        self.table.fit_columns()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Filtrera…"))
        search.textChanged.connect(proxy.setFilterFixedString)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = buttons.addButton(self.tr("Exportera CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Loggen kan inte ändras. Den innehåller vilka fält som ändrades, aldrig värdena."))
        )
        layout.addWidget(search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 500)

    def _export(self) -> None:
        target = ask_save_path(
            self,
            self.tr("Exportera granskningslogg"),
            f"granskningslogg-{date.today().isoformat()}.csv",
            "CSV (*.csv)",
            (".csv",),
        )
        if target is not None:
            self._audit.export_csv(target)
