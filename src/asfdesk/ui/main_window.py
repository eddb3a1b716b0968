"""The main window: enterprise list above, the selected enterprise's tabs below."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget

from asfdesk import __version__
from asfdesk.context import AppContext
from asfdesk.services.enterprise_queries import EnterpriseNotFoundError
from asfdesk.storage.errors import DatabaseOpenError
from asfdesk.ui.views.enterprise_detail import EnterpriseDetailView
from asfdesk.ui.views.enterprise_list import EnterpriseListView
from asfdesk.ui.views.welcome_page import WelcomePage

ContextOpener = Callable[[Path | None], AppContext]  # None opens the demo database


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, opener: ContextOpener, settings: QSettings, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._opener = opener
        self._settings = settings
        self.setObjectName("mainWindow")
        self.setMinimumSize(900, 600)

        self.list_view = EnterpriseListView()
        self.detail_view = EnterpriseDetailView()
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.detail_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.db_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menus()
        self.list_view.selected.connect(self._show_enterprise)
        self.list_view.count_changed.connect(self._show_count)
        self.welcome.open_demo_requested.connect(self.open_demo)
        self.welcome.open_file_requested.connect(self.choose_database)

        self._restore_layout()
        self.reload()

    # -- setup -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self._action(file_menu, self.tr("&Öppna databas…"), self.choose_database, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("Öppna &demodata"), self.open_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Avsluta"), self.close, QKeySequence.StandardKey.Quit)

        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        self._action(view_menu, self.tr("&Sök företag"), self.list_view.focus_search, QKeySequence.StandardKey.Find)
        self._action(view_menu, self.tr("&Uppdatera"), self.reload, QKeySequence.StandardKey.Refresh)
        view_menu.addSeparator()
        for number in range(self.detail_view.tabs.count()):
            name = self.detail_view.tabs.tabText(number)
            self._action(view_menu, name, partial(self.detail_view.tabs.setCurrentIndex, number), f"Ctrl+{number + 1}")

        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self._action(help_menu, self.tr("&Om asfdesk"), self._about)

    def _action(
        self, menu: Any, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again and keep (or restore) the selection."""
        rows = self.context.enterprises.list_enterprises()
        wanted = self.list_view.current_id() or str(self._settings.value(self._last_key(), "") or "")
        self.list_view.set_rows(rows)
        if not rows:
            self.welcome.show_empty_database()
            self.stack.setCurrentWidget(self.welcome)
        elif not (wanted and self.list_view.select(wanted)):
            self.list_view.select_first()
        self._update_title()

    def _show_enterprise(self, enterprise_id: str) -> None:
        if not enterprise_id:
            if self.list_view.model.rowCount():
                self.welcome.show_no_selection(self.list_view.proxy.rowCount())
            self.stack.setCurrentWidget(self.welcome)
            return
        try:
            detail = self.context.enterprises.get_detail(enterprise_id)
        except EnterpriseNotFoundError:
            self.reload()
            return
        self.detail_view.show_detail(detail)
        self.stack.setCurrentWidget(self.detail_view)
        self._settings.setValue(self._last_key(), enterprise_id)

    def _show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("Visar %1 av %2 företag").replace("%1", str(shown)).replace("%2", str(total)))

    def _last_key(self) -> str:
        return "selection/" + str(self.context.database.path).replace("/", "|")

    def _update_title(self) -> None:
        name = self.context.database.path.name
        demo = self.tr(" (demodata)") if self.context.is_demo else ""
        self.setWindowTitle(f"asfdesk – {name}{demo}")
        self.db_label.setText(str(self.context.database.path))

    # -- switching databases ---------------------------------------------------------------
    def choose_database(self) -> None:
        start = str(self.context.database.path.parent)
        filename, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Öppna databas"), start, self.tr("asfdesk-databaser (*.db *.sqlite);;Alla filer (*)")
        )
        if filename:
            self.switch_to(Path(filename))

    def open_demo(self) -> None:
        self.switch_to(None)

    def switch_to(self, path: Path | None) -> bool:
        try:
            context = self._opener(path)
        except DatabaseOpenError as exc:
            QMessageBox.warning(self, self.tr("Databasen kunde inte öppnas"), exc.message)
            return False
        self.context.close()
        self.context = context
        self.list_view.search.clear()
        self.reload()
        return True

    # -- window state ----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        splitter = self._settings.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([300, 500])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.sync()
        self.context.close()
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om asfdesk"),
            self.tr(
                "<h3>asfdesk %1</h3><p>Stöd till arbetsintegrerande sociala företag: handledarstöd, "
                "moduler, placeringar och uppföljningsmöten – offline.</p>"
            ).replace("%1", __version__),
        )
