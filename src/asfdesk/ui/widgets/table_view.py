"""A read-only, sortable table view with the defaults every list in asfdesk shares.

Column widths and order the user sets are remembered per table (by object name) in the
user's QSettings; until the user changes them, columns are fitted to their contents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSettings, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QGroupBox, QHeaderView, QStyle, QTableView, QWidget

from asfdesk.ui.save_dialog import ask_save_path

FIT_ROWS = 200  # columns are fitted to the first rows, not to thousands
MAX_FIT = 320  # no column is fitted wider than this; the user may widen it
CELL_PADDING = 4


class _UserOnHeader(QObject):
    """Whether a mouse button is down on the header: a column dragged wider, moved or double-clicked."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.down = False
        header.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.down = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self.down = False
        return False


GIVE_WAY_FLOOR = 100  # px a long-text column keeps on a narrow screen; narrower ones keep theirs
STRETCH_FLOOR = 120  # px the stretching column (the activity, the note, the name) keeps at least


def widest_allowed(widths: list[int], room: int, floor: int) -> int:
    """The width to cap the columns at so that they fit `room`: the widest give way first, down to
    a common width, never below `floor`."""
    ordered = sorted(widths)
    used = 0
    for index, width in enumerate(ordered):
        rest = len(ordered) - index  # these are all at least `width` wide: capped together
        cap = (room - used) // rest
        if cap < width:
            return max(floor, cap)
        used += width
    return ordered[-1] if ordered else floor


class ReadOnlyTable(QTableView):
    def __init__(self, parent: Any = None, *, stretch_column: int | None = None) -> None:
        super().__init__(parent)
        self._fit_pending = False  # fitted when next shown (fit_columns while hidden)
        self._natural: dict[int, int] = {}  # fitted widths; the table gives way from them when narrow
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(stretch_column is None)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._stretch_column = stretch_column
        self.export_title = ""  # the list's name in an export; else the section's or dialog's title
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self._save_columns)
        self._hands = _UserOnHeader(header)
        header.sectionResized.connect(self._columns_changed)
        header.sectionMoved.connect(self._columns_changed)
        export = QAction(self.tr("Exportera listan till Excel…"), self)
        export.triggered.connect(self.export_dialog)
        self.addAction(export)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def list_title(self) -> str:
        """What the list is called: its own title, the section around it, or the dialog it is in."""
        if self.export_title:
            return self.export_title
        widget: QWidget | None = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QGroupBox) and widget.title():
                return widget.title()
            if isinstance(widget, QDialog) and widget.windowTitle():
                return widget.windowTitle()
            widget = widget.parentWidget()
        return self.tr("Lista")

    def export_dialog(self) -> Path | None:
        """Save what the list shows, as filtered and sorted, to XLSX or CSV, named after the list."""
        from asfdesk.services.report_service import safe_filename
        from asfdesk.ui.table_export import export_table

        title = self.list_title()
        target = ask_save_path(
            self,
            self.tr("Exportera lista"),
            f"{safe_filename(title)}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            (".xlsx", ".csv"),
        )
        if target is None or self.model() is None:
            return None
        return export_table(self.model(), target, title)

    def _settings_key(self) -> str:
        return f"columns/{self.objectName()}" if self.objectName() else ""

    def _columns_changed(self, *_args: object) -> None:
        # Only what the user does with the mouse on the header is their layout: widths that change
        # because the window is laid out, a column stretches or rows arrive are not remembered.
        if self._hands.down:
            self._natural = {}  # the user's widths from now on: never narrowed behind their back
            if self._settings_key():
                self._save_timer.start()

    def _save_columns(self) -> None:
        QSettings().setValue(self._settings_key(), self.horizontalHeader().saveState())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        # Only a proxy can sort; a header that shows an arrow but does nothing would mislead.
        super().setModel(model)
        self.setSortingEnabled(isinstance(model, QSortFilterProxyModel))

    def fit_columns(self) -> None:
        """The user's own column layout if there is one; else fit to contents, the designated column taking the rest.

        A table not on screen (another tab) is fitted when it is shown: a save that refills every
        tab of an enterprise measures only the one the user looks at."""
        header = self.horizontalHeader()
        saved = QSettings().value(self._settings_key()) if self._settings_key() else None
        if saved is not None and header.restoreState(saved):
            self._fit_pending = False
            self._natural = {}
            return
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        self._fit_to_contents()
        if self._stretch_column is not None and self._stretch_column < header.count():
            header.setSectionResizeMode(self._stretch_column, QHeaderView.ResizeMode.Stretch)
        self.remember_widths()

    def remember_widths(self) -> None:
        """The present widths are the table's own (after a view caps or hides columns): it gives
        way from them when narrower than they need, and takes them back when wide again."""
        header = self.horizontalHeader()
        self._natural = {
            column: header.sectionSize(column) for column in range(header.count()) if column != self._stretch_column
        }
        self._give_way()

    def _give_way(self) -> None:
        """On a narrow screen the long-text columns give way, the widest first, down to a common
        width (never below GIVE_WAY_FLOOR; their text elided, whole in the tooltip or the form).
        The first column (the name, the code), dates, numbers and other short values keep their
        width; the stretching column (the activity, the note) keeps a quarter of the width, or
        at least STRETCH_FLOOR when the others cannot give more."""
        if not self._natural:
            return
        header = self.horizontalHeader()
        for column, width in self._natural.items():
            if column < header.count():
                header.resizeSection(column, width)
        shown = sorted(
            (c for c in self._natural if c < header.count() and not header.isSectionHidden(c)), key=header.visualIndex
        )
        if not shown:
            return
        first = shown[0] if header.visualIndex(shown[0]) == 0 else None  # the row's name stays whole
        widths = {c: header.sectionSize(c) for c in shown}
        long = {c: w for c, w in widths.items() if w > GIVE_WAY_FLOOR and c != first}
        fixed = sum(w for c, w in widths.items() if c not in long)
        stretching = self._stretch_column is not None and self._stretch_column < header.count()
        viewport = self.viewport().width()
        room = viewport - fixed - (max(STRETCH_FLOOR, viewport // 4) if stretching else 0)
        if sum(long.values()) <= room:
            return
        if stretching and len(long) * GIVE_WAY_FLOOR > room:  # the stretching column gives some of its quarter
            room = min(len(long) * GIVE_WAY_FLOOR, viewport - fixed - STRETCH_FLOOR)
        cap = widest_allowed(list(long.values()), room, GIVE_WAY_FLOOR)
        for column, width in long.items():
            if width > cap:
                header.resizeSection(column, cap)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._give_way()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_columns()

    def _fit_to_contents(self) -> None:
        """Each column as wide as its header or its widest text among the first rows (at most MAX_FIT).

        Measured here from the display text alone: Qt's own fitting asks the delegate for a size
        hint, which reads every role of every cell, several times slower on a long list.
        """
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        padding = 2 * margin + 2 * CELL_PADDING
        rows = min(model.rowCount(), FIT_ROWS)
        for column in range(model.columnCount()):
            texts = {model.index(row, column).data() for row in range(rows)}
            widest = max((metrics.horizontalAdvance(str(text)) for text in texts if text), default=0)
            width = max(widest + padding, header.sectionSizeFromContents(column).width())
            header.resizeSection(column, min(width, MAX_FIT))


class EnterOpens(QObject):
    """Enter or Return on a table calls `action` (the keyboard's double-click)."""

    def __init__(self, table: QAbstractItemView, action: Callable[[], object]) -> None:
        super().__init__(table)
        self._action = action
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return False
