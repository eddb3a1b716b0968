"""Printing from the window: an enterprise's summary, a meeting, the period report, many at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from asfdesk.domain.reporting import Audience, ReportRequest, document_name, validate_report_request
from asfdesk.domain.vocab import MeetingKind

# The report builders, ReportLab and the forms are imported when a report is first asked for,
# not when the window starts.
if TYPE_CHECKING:
    from asfdesk.services import report_service as reports
    from asfdesk.ui.forms.form_dialog import FormDialog
    from asfdesk.ui.main_window import MainWindow


REPORT_FOLDER_KEY = "reports/folder"  # the folder the last document was saved in


def _open_file(path: Path) -> object:
    from asfdesk.ui.pdf_output import open_pdf

    return open_pdf(path)


class BatchWorker(QThread):
    """Runs a batch of summaries off the UI thread; the window stays responsive and can cancel."""

    progressed = Signal(int, int, str)
    completed = Signal(object)  # BatchResult
    failed = Signal(str)

    def __init__(self, job: Callable[[reports.Progress, Event], reports.BatchResult], parent: Any = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_event = Event()

    def run(self) -> None:
        try:
            result = self._job(lambda done, total, name: self.progressed.emit(done, total, name), self.cancel_event)
        except Exception as exc:  # reported to the user, not lost in the thread
            self.failed.emit(str(exc))
        else:
            self.completed.emit(result)


class ReportActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Replaceable in tests: what happens with a finished PDF (open it, print it, ask).
        self.after_pdf: Callable[[Path], None] = self._offer_pdf
        self.after_file: Callable[[Path], object] = _open_file  # opens any file with its program (Excel for .xlsx)
        self.exec_dialog: Callable[[FormDialog[Any]], int] = lambda dialog: dialog.exec()
        # Replaceable in tests: asks where to save, starting from a suggested path (None: cancelled).
        self.ask_path: Callable[[Path], Path | None] = self._ask_path

    def _ask_path(self, suggested: Path) -> Path | None:
        from asfdesk.ui.save_dialog import ask_save_path

        excel = suggested.suffix == ".xlsx"
        return ask_save_path(
            self.window,
            QCoreApplication.translate("ReportActions", "Spara som"),
            suggested,
            "Excel (*.xlsx)" if excel else "PDF (*.pdf)",
            (".xlsx",) if excel else (".pdf",),
        )

    def folder(self) -> Path:
        """Where the save dialog starts: the folder used last, else rapporter/ in the data folder."""
        remembered = str(self.window.settings_store.value(REPORT_FOLDER_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        folder = self.window.context.paths.reports_dir
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def target(self, name: str, suffix: str = ".pdf") -> Path | None:
        """Asks where to save a document named `name` (see domain.reporting.document_name); the
        folder chosen is where the next one starts. None when the user cancels."""
        chosen = self.ask_path(self.folder() / f"{name}{suffix}")
        if chosen is not None:
            self.window.settings_store.setValue(REPORT_FOLDER_KEY, str(chosen.parent))
        return chosen

    def write(self, make: Callable[[], Path]) -> Path | None:
        """Runs a document's writer; a file that could not be written (a folder gone, a full disk, no
        permission, a refused name) is told in one line and gives None; nothing half-written is left."""
        from asfdesk.storage.output_files import OutputFailedError, OutputRefusedError

        try:
            return make()
        except (OutputFailedError, OutputRefusedError) as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("ReportActions", "Kunde inte spara"), str(exc))
            return None

    def _ask_request(self, title: str, initial: ReportRequest, make: Callable[[ReportRequest], Path]) -> Path | None:
        from asfdesk.services.report_queries import ReportQueries
        from asfdesk.ui.forms.form_dialog import FormDialog
        from asfdesk.ui.forms.specs import report_request_specs

        referrers = ReportQueries(self.window.context.database.session_factory).referrers()
        projects = self.window.context.projects.choices()
        dialog: FormDialog[Any] = FormDialog(
            title,
            report_request_specs(referrers, projects),
            initial,
            validate_report_request,
            make,
            self.window,
            size_key="report_request",
        )
        dialog.buttons.button(dialog.buttons.StandardButton.Save).setText(
            QCoreApplication.translate("ReportActions", "Skapa PDF")
        )
        accepted = self.exec_dialog(dialog)
        dialog.deleteLater()
        return Path(str(dialog.result_value)) if accepted else None

    def _reader(self, request: ReportRequest) -> str:
        """Who the document is for, as its file name says: the audience, and a handläggare's organisation."""
        from asfdesk.services.report_queries import ReportQueries

        queries = ReportQueries(self.window.context.database.session_factory)
        return queries.reader(Audience.from_code(request.audience), request.referrer_id)

    def _year(self) -> ReportRequest:
        from asfdesk.services.settings import default_period

        period = default_period(self.window.context.settings)
        return ReportRequest(start=period.start, end=period.end)

    def enterprise_summary(self, enterprise_id: str, name: str) -> Path | None:
        factory = self.window.context.database.session_factory

        from asfdesk.ui.forms.form_dialog import KeepOpen

        def make(request: ReportRequest) -> Path:
            period = request.period()
            target = self.target(
                document_name(
                    QCoreApplication.translate("ReportActions", "Stödsammanfattning"),
                    name,
                    period,
                    self._reader(request),
                )
            )
            if target is None:
                raise KeepOpen  # back to the choices, as they were
            from asfdesk.services import report_service as reports

            made = self.write(
                lambda: reports.support_summary_pdf(
                    factory,
                    enterprise_id,
                    period,
                    target,
                    Audience.from_code(request.audience),
                    request.referrer_id,
                    request.project_id,
                )
            )
            if made is None:
                raise KeepOpen  # the choices stay; the user can pick another place
            return made

        made = self._ask_request(
            QCoreApplication.translate("ReportActions", "Skriv ut sammanfattning – %1").replace("%1", name),
            self._year(),
            make,
        )
        if made:
            self.window.context.audit.record("print", "enterprise", enterprise_id)
            self.after_pdf(made)
        return made

    def meeting_summary(self, meeting_id: str) -> Path | None:
        ctx = self.window.context
        data = ctx.meetings.get_input(meeting_id)
        when = data.starts_at.strftime("%Y-%m-%d %H.%M") if data.starts_at else ""
        kind = MeetingKind.label_of(data.kind) if data.kind else ""
        rows = ctx.enterprises.list_enterprises(only=data.enterprise_id) if data.enterprise_id else []
        enterprise = rows[0].name if rows else ""
        target = self.target(
            document_name(
                QCoreApplication.translate("ReportActions", "Mötesanteckningar"), f"{kind} {enterprise} {when}"
            )
        )
        if target is None:
            return None
        from asfdesk.services import report_service as reports

        made = self.write(lambda: reports.meeting_summary_pdf(ctx.database.session_factory, meeting_id, target))
        if made is None:
            return None
        ctx.audit.record("print", "meeting", meeting_id)
        self.after_pdf(made)
        return made

    def period_report(
        self, request: ReportRequest, municipality: str | None = None, as_excel: bool = False
    ) -> Path | None:
        period = request.period()
        name = document_name(
            QCoreApplication.translate("ReportActions", "Periodrapport"),
            municipality or "",
            period,
            self._reader(request),
        )
        target = self.target(name, ".xlsx" if as_excel else ".pdf")
        if target is None:
            return None
        from asfdesk.services import report_service as reports

        made = self.write(
            lambda: reports.period_report_pdf(
                self.window.context.database.session_factory,
                period,
                target,
                Audience.from_code(request.audience),
                municipality=municipality,
                referrer_id=request.referrer_id,
                project_id=request.project_id,
            )
        )
        if made is None:
            return None
        self.window.context.audit.record("export" if as_excel else "print", "period_report")
        if as_excel:
            self.after_file(made)
        else:
            self.after_pdf(made)
        return made

    def start_batch(
        self, request: ReportRequest, enterprise_ids: list[str], out_dir: Path, combine: bool
    ) -> tuple[BatchWorker, QProgressDialog]:
        """Summaries for the chosen enterprises in the background, with progress and Avbryt."""
        ctx = self.window.context
        period = request.period()
        audience = Audience.from_code(request.audience)

        def job(progress: reports.Progress, cancel: Event) -> reports.BatchResult:
            from asfdesk.services import report_service as reports

            return reports.summaries_for_all(
                ctx.database.path,
                ctx.database.session_factory,
                period,
                out_dir,
                audience,
                enterprise_ids=enterprise_ids,
                progress=progress,
                cancel=cancel,
                combine=combine,
                key=ctx.keys.key_for(ctx.database.path),
                project_id=request.project_id,
                referrer_id=request.referrer_id,
            )

        dialog = QProgressDialog(
            QCoreApplication.translate("ReportActions", "Skapar stödsammanfattningar…"),
            QCoreApplication.translate("ReportActions", "Avbryt"),
            0,
            len(enterprise_ids),
            self.window,
        )
        dialog.setWindowTitle(QCoreApplication.translate("ReportActions", "Rapporter"))
        dialog.setMinimumDuration(0)
        worker = BatchWorker(job, self.window)

        def progressed(done: int, _total: int, name: str) -> None:
            dialog.setValue(done)
            dialog.setLabelText(name)

        def failed(message: str) -> None:
            dialog.close()
            QMessageBox.warning(self.window, QCoreApplication.translate("ReportActions", "Rapporter"), message)

        worker.progressed.connect(progressed)
        dialog.canceled.connect(worker.cancel_event.set)
        worker.completed.connect(lambda result: self._batch_done(result, out_dir, dialog))
        worker.failed.connect(failed)
        worker.start()
        dialog.show()
        return worker, dialog

    def _batch_done(self, result: reports.BatchResult, out_dir: Path, dialog: QProgressDialog) -> None:
        dialog.close()
        self.window.context.audit.record("print", "support_summaries")
        text = (
            QCoreApplication.translate("ReportActions", "Avbrutet: %1 sammanfattningar hann skapas i %2.")
            if result.cancelled
            else QCoreApplication.translate("ReportActions", "%1 sammanfattningar skapade i %2.")
        )
        self.window.statusBar().showMessage(
            text.replace("%1", str(len(result.written))).replace("%2", str(out_dir)), 15000
        )
        self.window.reports_view.show_batch_result(result, out_dir)

    def _offer_pdf(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ReportActions", "PDF klar"),
            QCoreApplication.translate("ReportActions", "Sparad som %1").replace("%1", str(path)),
            parent=self.window,
        )
        show = box.addButton(QCoreApplication.translate("ReportActions", "Öppna"), QMessageBox.ButtonRole.AcceptRole)
        preview = box.addButton(
            QCoreApplication.translate("ReportActions", "Förhandsgranska…"), QMessageBox.ButtonRole.ActionRole
        )
        printing = box.addButton(
            QCoreApplication.translate("ReportActions", "Skriv ut…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QCoreApplication.translate("ReportActions", "Stäng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        from asfdesk.ui.pdf_output import open_pdf, preview_pdf, print_pdf

        if box.clickedButton() is show:
            open_pdf(path)
        elif box.clickedButton() is preview:
            preview_pdf(path, self.window).exec()
        elif box.clickedButton() is printing:
            print_pdf(path, self.window)
