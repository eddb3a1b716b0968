"""Arkiv → Anslut till team…: server address and one-time code, who you are, then the first sync.

The first sync runs in the background with progress and can be stopped; what arrived stays and
the next sync goes on from there. A database that already holds records says first what will be
sent, and asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asfdesk.sync.client import ServerCertificate, pin_certificate, server_certificate
from asfdesk.sync.team import JoinPreview, SyncResult
from asfdesk.ui.team.sync_worker import UNTRUSTED
from asfdesk.ui.team.team_sync import identity

if TYPE_CHECKING:
    from asfdesk.ui.team.team_sync import TeamSync


class JoinTeamDialog(QDialog):
    def __init__(self, team_sync: TeamSync, parent: Any = None) -> None:
        super().__init__(parent)
        self.team_sync = team_sync
        self.setWindowTitle(self.tr("Anslut till team"))
        self.setObjectName("joinTeamDialog")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://team.exempel.se")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("koden du fått av samordnaren"))
        self.ca = QLineEdit()
        self.ca.setPlaceholderText(self.tr("behövs bara om samordnaren gett dig en"))
        self.browse = browse = QPushButton(self.tr("Välj…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca, 1)
        ca_layout.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Serveradress:"), self.url)
        form.addRow(self.tr("&Engångskod:"), self.code)
        form.addRow(self.tr("&CA-certifikat:"), ca_row)
        self.message = QLabel()
        self.message.setObjectName("joinMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # room for messages: nothing jumps
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(self.tr("&Anslut"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop_button = self.buttons.addButton(self.tr("A&vbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self._connect)
        self.stop_button.clicked.connect(self._stop)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.joined = False
        self._sending_confirmed = False
        self.result_line = ""
        self.confirm_sending = self._confirm_sending  # replaceable in tests
        self.trust_certificate = self._trust_certificate
        team_sync.state_changed.connect(self._follow)
        team_sync.synced.connect(self._first_sync_done)

    # -- steps -----------------------------------------------------------------------------
    def _choose_ca(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CA-certifikat"), "", self.tr("Certifikat (*.pem *.crt *.cer);;Alla filer (*)")
        )
        if name:
            self.ca.setText(name)

    def _connect(self) -> None:
        if self.joined:
            self.accept()
            return
        url, code, ca = self.url.text().strip(), self.code.text().strip(), self.ca.text().strip()
        if not url or not code:
            self._say(self.tr("Fyll i serveradressen och engångskoden."))
            (self.url if not url else self.code).setFocus()
            return
        team = self.team_sync.window.context.team
        ca_file = Path(ca).expanduser() if ca else None
        if not self._sending_confirmed and any(team.holdings().values()):
            # what joining does with the records here: asked of the team first, with the code unused
            self._busy(self.tr("Frågar teamet vad det redan har…"))
            started = self.team_sync.run(
                lambda _progress, _cancelled: team.preview(url, code, ca_file), self._previewed, self._join_failed
            )
            if not started:
                self.team_sync.then(self._connect)
            return
        self._busy(self.tr("Ansluter…"))
        started = self.team_sync.run(
            lambda _progress, _cancelled: team.join(url, code, ca_file), self._joined, self._join_failed
        )
        if not started:  # team work still ending (or a sync under way): join right after it
            self.team_sync.then(self._connect)

    def _previewed(self, preview: JoinPreview) -> None:
        if self.confirm_sending(preview):
            self._sending_confirmed = True
            self.team_sync.then(self._connect)
        else:
            self._idle(self.tr("Inte ansluten. Inget har skickats, och koden går att använda senare."))

    def _confirm_sending(self, preview: JoinPreview) -> bool:
        me = preview.me
        who = self.tr("Du ansluter som %1.").replace("%1", identity(me["name"], me["role"], me["organisation"]))
        enterprises = self.tr(
            "Databasen har %1 företag: %2 finns redan i teamet med samma organisationsnummer och slås ihop med "
            "dem; %3 skickas som nya."
        )
        enterprises = enterprises.replace("%1", str(preview.enterprises)).replace("%2", str(preview.enterprises_known))
        enterprises = enterprises.replace("%3", str(preview.enterprises - preview.enterprises_known))
        participants = self.tr("%1 deltagare: %2 finns redan i teamet med samma kod och slås ihop; %3 skickas som nya.")
        participants = participants.replace("%1", str(preview.participants))
        participants = participants.replace("%2", str(preview.participants_known))
        participants = participants.replace("%3", str(preview.participants - preview.participants_known))
        fill = self.tr("Vid en sammanslagning fyller ett fält som bara finns här i det tomma i teamet.")
        text = f"{who}\n\n{enterprises} {participants} {fill}\n\n" + self.tr("Fortsätta?")
        answer = QMessageBox.question(self, self.tr("Anslut till team"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _joined(self, team: dict[str, Any]) -> None:
        me = team["me"]
        self.joined = True
        for field in (self.url, self.code, self.ca, self.browse):
            field.setEnabled(False)
        who = identity(me["name"], me["role"], me["organisation"])
        self._say(self.tr("Ansluten som %1. Hämtar teamets uppgifter…").replace("%1", who))
        self.team_sync.start()
        self.team_sync.sync_now()  # right after this job has ended (it is remembered)

    def _join_failed(self, message: str, status: int) -> None:
        url = self.url.text().strip()
        if status != UNTRUSTED or self.ca.text().strip():
            self._idle(message)
            return
        self._busy(self.tr("Servern har ett certifikat som datorn inte känner igen. Läser det…"))

        def read_certificate() -> None:
            started = self.team_sync.run(
                lambda _progress, _cancelled: server_certificate(url),
                lambda found: self._confirm_certificate(url, found),
                lambda problem, _status: self._idle(problem),
            )
            if not started:
                self._idle(message)

        self.team_sync.then(read_certificate)  # once the failed join has ended

    def _confirm_certificate(self, url: str, found: ServerCertificate) -> None:
        if not self.trust_certificate(found.fingerprint):
            self._idle(self.tr("Inte ansluten: certifikatet godtogs inte."))
            return
        try:
            pinned = pin_certificate(url, found, self.team_sync.window.context.paths.data_dir / "team-certifikat")
        except OSError as exc:
            self._idle(self.tr("Certifikatet kunde inte sparas: %1").replace("%1", str(exc)))
            return
        self.ca.setText(str(pinned))
        self.connect_button.setEnabled(True)
        self.team_sync.then(self._connect)  # once this job has ended

    def _trust_certificate(self, fingerprint: str) -> bool:
        text = self.tr(
            "Servern visar ett certifikat som den här datorn inte känner igen. Jämför fingeravtrycket med det "
            "samordnaren gett dig. Stämmer det exakt kan du lita på servern; annars, avbryt."
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Okänt certifikat"), text, parent=self)
        box.setInformativeText(self.tr("Fingeravtryck (SHA-256):") + "\n" + fingerprint)
        trust = box.addButton(self.tr("&Lita på servern"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("A&vbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is trust

    def _follow(self) -> None:
        """The first sync's progress, shown in the dialog."""
        if not self.joined:
            return
        running = self.team_sync.line.running
        if running is not None and running.total:
            self.progress.setRange(0, running.total)
            self.progress.setValue(min(running.done, running.total))
        elif running is None and not self.result_line:
            line = self.team_sync.line
            if line.offline or line.problem or line.revoked:
                self._done(self.team_sync.label.text())

    def _first_sync_done(self, result: SyncResult) -> None:
        if self.joined and not self.result_line:
            text = self.tr("Klart: skickade %1, tog emot %2.")
            text = text.replace("%1", str(result.sent)).replace("%2", str(result.received))
            if result.merged:
                merged = self.tr("%1 fanns redan i teamet och slogs ihop med dem.").replace("%1", result.merged_text())
                text = f"{text} {merged}"
            self._done(text)

    def _done(self, line: str) -> None:
        self.result_line = line
        self.progress.setVisible(False)
        self._say(self.message.text().split("\n")[0] + "\n" + line)
        self.connect_button.setText(self.tr("&Stäng"))
        self.connect_button.setEnabled(True)
        self.stop_button.setVisible(False)

    def _stop(self) -> None:
        if self.team_sync.running and self.joined:
            self.team_sync.cancel()
            self._done(self.tr("Avbrutet. Det som hunnit hämtas finns kvar; resten kommer vid nästa synkronisering."))
            return
        if not self.team_sync.running:
            self.reject() if not self.joined else self.accept()

    # -- look ------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _busy(self, text: str) -> None:
        self._say(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.connect_button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self._say(text)
        self.progress.setVisible(False)
        self.connect_button.setEnabled(True)

    def reject(self) -> None:
        if self.team_sync.running and not self.joined:
            return  # enrolment is one short request: wait for its answer
        super().reject()
