"""A dialog built from field specs around an input dataclass, validated as the user types.

It opens wide enough for its fields and labels (never a cut label or combo arrow), with a line
reserved under each field for its message so that nothing moves when one appears, and at the
size the user last gave this form.

Messages appear under the field once it has been touched; Spara is enabled only when the
whole input is valid, and a line at the bottom says what is still missing. Ctrl+Enter saves,
Esc asks before throwing away changes. If the service still refuses (e.g. a duplicate
organisationsnummer), its messages are shown on the fields and the dialog stays open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asfdesk.services.errors import ValidationFailedError
from asfdesk.ui.forms.drafts import DraftStore
from asfdesk.ui.forms.fields import FieldEditor, FieldSpec, Kind

InputT = TypeVar("InputT")
ERROR_STYLE = "color: #b00020;"
DRAFT_DELAY_MS = 1000


class KeepOpen(Exception):  # not an error: the user stepped back
    """Raised by a dialog's save function when the user stepped back (e.g. cancelled the file
    dialog it opened): the dialog stays open with everything as it was."""


class FormDialog(QDialog, Generic[InputT]):
    def __init__(
        self,
        title: str,
        specs: Sequence[FieldSpec],
        initial: InputT,
        validate: Callable[[InputT], dict[str, str]],
        save: Callable[[InputT], object],
        parent: QWidget | None = None,
        intro: str = "",
        drafts: DraftStore | None = None,
        draft_key: str = "",
        size_key: str = "",
    ) -> None:
        super().__init__(parent)
        self._size_key = size_key
        self._drafts = drafts if draft_key else None
        self._draft_key = draft_key
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self._initial = initial
        self._validate = validate
        self._save = save
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self.result_value: object = None
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}

        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = FieldEditor(spec, self)
            editor.set(getattr(initial, spec.name))
            error = QLabel()
            error.setObjectName(f"error_{spec.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            # Always in the layout, empty when there is nothing to say: a message appearing never
            # pushes the fields below it down.
            error.setMinimumHeight(error.fontMetrics().lineSpacing())
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor.widget)
            cell_layout.addWidget(error)
            label = spec.label + (" *" if spec.required else "")
            form.addRow(label + ":", cell)
            editor.changed.connect(lambda name=spec.name: self._on_changed(name))
            self.editors[spec.name] = editor
            self.error_labels[spec.name] = error

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_host)
        self.missing = QLabel()
        self.missing.setObjectName("formMissing")
        self.missing.setStyleSheet("color: #555;")
        self.missing.setWordWrap(True)
        # Advice that does not stop saving ("the placement runs past its agreement"): shown only in
        # forms that give some, with room for two lines from the start so that nothing moves.
        self.advice = QLabel()
        self.advice.setObjectName("formAdvice")
        self.advice.setStyleSheet("color: #92400e;")
        self.advice.setWordWrap(True)
        self.advice.hide()
        self._advisors: list[Callable[[InputT], str]] = []
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Spara (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        layout.addWidget(scroll)
        layout.addWidget(self.advice)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            # Application-wide while the dialog is shown: whichever field has the cursor (a combo
            # box swallows Enter), Ctrl+Enter saves; the modal dialog blocks the windows behind it.
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(self.accept)
        self._form_host, self._scroll = form_host, scroll
        # Taller than the screen allows: the form scrolls rather than squeezing its text fields, so
        # a message appearing cannot make the layout give them back their room and move the fields.
        form_host.setMinimumHeight(form_host.sizeHint().height())
        self.resize(self.fitting_size(any(spec.kind is Kind.TABLE for spec in specs)))
        self._restore_size()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._refresh()

    # -- size ------------------------------------------------------------------------------
    def fitting_size(self, wide: bool = False) -> QSize:
        """Wide enough for every label and field, tall enough for all of them where the screen allows."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        content = self._form_host.sizeHint()
        width = max(760 if wide else 560, content.width() + bar + margins.left() + margins.right() + 4)
        shown: list[QWidget] = [w for w in (self.advice, self.missing, self.buttons) if not w.isHidden()]
        others = sum(w.sizeHint().height() + layout.spacing() for w in shown)
        height = content.height() + others + margins.top() + margins.bottom() + 8
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        return QSize(min(width, screen.width() - 40), min(height, int(screen.height() * 0.9)))

    def _restore_size(self) -> None:
        if not self._size_key:
            return
        saved = QSettings().value(f"forms/{self._size_key}/size")
        if isinstance(saved, QSize) and saved.isValid():
            screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            fit = self.fitting_size()
            # never narrower than the fields need: a size from before a field was added would cut it
            self.resize(min(max(saved.width(), fit.width()), screen.width()), min(saved.height(), screen.height()))

    def done(self, result: int) -> None:
        if self._size_key:
            QSettings().setValue(f"forms/{self._size_key}/size", self.size())
        super().done(result)

    # -- drafts ----------------------------------------------------------------------------
    def offer_draft(self, ask: Callable[[datetime], bool] | None = None) -> bool:
        """If an earlier session left a draft of this form, offer it back; True when taken."""
        if self._drafts is None:
            return False
        found = self._drafts.load(self._draft_key, type(self._initial))
        if found is None:
            return False
        saved_at, data = found
        if data == self._initial:
            self._drafts.discard(self._draft_key)
            return False
        if not (ask or self._ask_about_draft)(saved_at):
            self._drafts.discard(self._draft_key)
            return False
        for name, editor in self.editors.items():
            editor.set(getattr(data, name))
            self._touched.add(name)
        self._refresh()
        return True

    def _ask_about_draft(self, saved_at: datetime) -> bool:
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Osparat utkast"),
            self.tr(
                "Det finns ett osparat utkast av detta formulär från %1, från när programmet avslutades "
                "innan det sparades. Vill du fortsätta på det?"
            ).replace("%1", saved_at.strftime("%Y-%m-%d %H:%M")),
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_draft(self) -> None:
        if self._drafts is None:
            return
        data, _errors = self.current()
        if data != self._initial:
            self._drafts.save(self._draft_key, data)
        else:
            self._drafts.discard(self._draft_key)

    def _forget_draft(self) -> None:
        self._draft_timer.stop()
        if self._drafts is not None:
            self._drafts.discard(self._draft_key)

    # -- state -----------------------------------------------------------------------------
    def current(self) -> tuple[InputT, dict[str, str]]:
        """The input as the fields now describe it, and every message that applies to it."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, editor in self.editors.items():
            value, error = editor.get()
            if error:
                errors[name] = error
            else:
                values[name] = value
            if editor.spec.required and editor.is_empty() and not error:
                errors[name] = self.tr("Obligatoriskt.")
        data = dataclasses.replace(self._initial, **values)  # type: ignore[type-var]
        for name, message in self._validate(data).items():
            errors.setdefault(name, message)
        for name, message in self._server_errors.items():
            errors.setdefault(name, message)
        return data, errors

    def is_dirty(self) -> bool:
        data, _errors = self.current()
        return data != self._initial

    def _on_changed(self, name: str) -> None:
        self._touched.add(name)
        self._server_errors.pop(name, None)
        self._refresh()
        if self._drafts is not None and not self._draft_timer.isActive():
            # Not restarted on every key: while the user types on, the draft is written every
            # DRAFT_DELAY_MS, so a crash costs at most that much of what was typed.
            self._draft_timer.start()

    def add_advice(self, advise: Callable[[InputT], str]) -> None:
        """Show what `advise` says about the input as it is typed (a warning; saving stays possible)."""
        self._advisors.append(advise)
        self.advice.setMinimumHeight(self.advice.fontMetrics().lineSpacing() * 2)
        self.advice.show()
        self._refresh()

    def _refresh(self) -> None:
        data, errors = self.current()
        if self._advisors:
            self.advice.setText(" ".join(text for advise in self._advisors if (text := advise(data))))
        for name, label in self.error_labels.items():
            message = errors.get(name, "") if name in self._touched or name in self._server_errors else ""
            label.setText(message)
        # Errors on inputs that have no field of their own are shown in the bottom line.
        loose = [message for name, message in errors.items() if name not in self.editors]
        pending = [self.editors[n].spec.label for n in errors if n in self.editors and n not in self._touched]
        hint = ""
        if pending:
            hint = self.tr("Att fylla i eller rätta: ") + ", ".join(pending)
        self.missing.setText(" ".join([hint, *loose]).strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not errors)

    # -- closing ---------------------------------------------------------------------------
    def accept(self) -> None:
        data, errors = self.current()
        if errors:
            self._touched.update(errors)
            self._refresh()
            first = next((n for n in self.editors if n in errors), None)
            if first:
                self.editors[first].focus()
            return
        try:
            self.result_value = self._save(data)
        except ValidationFailedError as exc:
            self._server_errors = dict(exc.errors)
            self._touched.update(exc.errors)
            self._refresh()
            return
        except KeepOpen:
            return
        self.value = data
        self._forget_draft()
        super().accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Kasta ändringar?"),
                self.tr("Du har ändringar som inte är sparade. Vill du stänga utan att spara?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._forget_draft()
        super().reject()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.focusWidget() is None and self.editors:
            next(iter(self.editors.values())).focus()  # the cursor starts in the first field

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a single-line field moves on instead of closing the dialog half-filled.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
