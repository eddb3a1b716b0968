"""Team mode in the window, driven through its widgets against a real server and PostgreSQL:
joining, background sync after an edit, a conflict decided in the Konflikter view, a revoked
computer, and a record leaving the user's scope."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import func, select

from asfdesk.config import AppPaths
from asfdesk.domain.inputs import EnterpriseInput, ParticipantInput, PlacementInput
from asfdesk.services.todo_queries import TodoKind
from asfdesk.storage.models import Enterprise, Organisation
from asfdesk.sync import protocol
from asfdesk.ui.forms.form_dialog import FormDialog
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.team.conflicts_dialog import ConflictsDialog
from asfdesk.ui.team.join_dialog import JoinTeamDialog
from tests.helpers.windows import LOAD_TIMEOUT_MS, open_window, run_dialogs_in
from tests.ui.typing_helpers import type_text

from .conftest import Laptop, Server, new_database, start_server

NETWORK_MS = 60_000  # a real server on a busy machine: generous, since this measures nothing


@pytest.fixture
def team_window(qtbot, paths: AppPaths, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(name: str) -> MainWindow:
        window = open_window(qtbot, paths, tmp_path / f"{name}.db", tmp_path / f"{name}.ini")
        window.show_view("enterprises")
        return window

    return make


def _join(qtbot, window: MainWindow, server: Server, code: str) -> JoinTeamDialog:  # type: ignore[no-untyped-def]
    dialog = JoinTeamDialog(window.team_sync, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.url, server.url)
    type_text(qtbot, dialog.code, code)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.result_line), timeout=NETWORK_MS)
    return dialog


def _idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.team_sync.running and window.team_sync.line.running is None, timeout=NETWORK_MS)


def _sync_with_f9(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.team_sync.line.last_synced
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: (
            not window.team_sync.running
            and window.team_sync.line.running is None
            and (window.team_sync.line.last_synced != before or window.team_sync.line.revoked)
        ),
        timeout=NETWORK_MS,
    )


def _names(window: MainWindow) -> list[str]:
    return [r.name for r in window.list_view.model.rows()]


def _enterprise(laptop: Laptop, name: str) -> str:
    return str(laptop.context.enterprise_records.create(EnterpriseInput(name=name, municipality="Hudiksvall")))


def _notes(laptop_or_window: Any, enterprise_id: str) -> str | None:
    with laptop_or_window.context.database.session_factory() as session:
        return session.scalar(select(Enterprise.notes).where(Enterprise.id == enterprise_id))


def test_join_in_the_window_then_an_edit_reaches_the_team_by_itself(
    qtbot, team_window, team_server: Server, laptops
) -> None:
    team_server.org("Coompanion Gävleborg", "coompanion")
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    _enterprise(sara, "Kafé Stationen ek. för.")
    sara.team.sync()
    window = team_window("anna")
    assert not window.team_sync.label.isVisible()  # an island until it joins

    dialog = _join(qtbot, window, team_server, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
    assert "Anna Andersson (rådgivare, Coompanion Gävleborg)" in dialog.message.text()
    assert dialog.result_line.startswith("Klart: skickade ") and ", tog emot " in dialog.result_line
    assert "Kafé Stationen ek. för." in _names(window)  # what the team holds, shown at once
    qtbot.waitUntil(lambda: " · Synkad " in window.team_sync.label.text(), timeout=NETWORK_MS)  # the line follows
    status = window.team_sync.label.text()
    assert window.team_sync.label.isVisible() and status.startswith(
        "Anna Andersson (rådgivare, Coompanion Gävleborg) · "
    )
    assert " · Synkad " in status
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)  # now "Stäng"
    assert not dialog.isVisible()

    scripts = run_dialogs_in(window, qtbot)

    def fill(form: FormDialog) -> None:
        for field, text in (("name", "Tvätteriet i Forsa ek. för."), ("municipality", "Hudiksvall")):
            widget = form.editors[field].widget
            target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
            target.setFocus()
            type_text(qtbot, target, text)
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    scripts.append(fill)
    synced_before = window.team_sync.line.last_synced
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "1 ändring väntar" in window.team_sync.label.text()  # said at once, sent a moment later
    qtbot.waitUntil(
        lambda: window.team_sync.line.last_synced != synced_before and window.team_sync.line.waiting == 0,
        timeout=NETWORK_MS,
    )
    sara.team.sync()
    with sara.database.session_factory() as session:
        assert session.scalar(select(Enterprise.id).where(Enterprise.name == "Tvätteriet i Forsa ek. för."))
    # the audit log names the account, not the computer's user
    assert window.context.audit.actor == "Anna Andersson"

    def look(form: FormDialog) -> None:  # a rådgivare does not receive personnummer: the field says so
        personnummer = form.editors["personnummer"].widget
        assert not personnummer.isEnabled() and personnummer.toolTip() == "Delas inte med din roll i teamet."
        assert form.editors["code"].widget.isEnabled()
        form.reject()

    scripts.append(look)
    window.placement_actions.new_participant()
    assert not scripts


def test_a_conflict_between_two_databases_is_decided_in_the_view_and_reaches_the_other(
    qtbot, team_window, team_server: Server, laptops
) -> None:
    team_server.org("Coompanion Gävleborg", "coompanion")
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    enterprise = _enterprise(sara, "Second hand Ås ek. för.")
    sara.team.sync()
    window = team_window("anna")
    _join(qtbot, window, team_server, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg")).close()
    _idle(qtbot, window)

    records = sara.context.enterprise_records
    theirs = dataclasses.replace(records.get_input(enterprise), notes="Ny verksamhetsledare.", status="vilande")
    records.update(enterprise, theirs)
    sara.team.sync()
    mine = window.context.enterprise_records
    ours = dataclasses.replace(mine.get_input(enterprise), notes="Vill ha stöd i upphandling.", status="avvecklad")
    mine.update(enterprise, ours)
    _sync_with_f9(qtbot, window)
    assert "konflikter (2)" in window.team_sync.label.text()
    window.show_view("todo")
    items = [i for i in window.todo_view.visible_items() if i.kind == TodoKind.CONFLICT]  # Att göra counts them
    (item,) = [i for i in items if i.title.startswith("Anteckningar")]
    assert (item.title, item.enterprise) == ("Anteckningar: två värden att välja mellan", "Second hand Ås ek. för.")
    assert not item.overdue

    window.todo_view.open_requested.emit(item)  # opening the item opens the view on that conflict
    view = window.team_actions.conflicts_dialog
    assert isinstance(view, ConflictsDialog) and view.isVisible()
    view.close()
    window.team_sync.label.linkActivated.emit("conflicts")  # so does the status bar's link
    assert view.isVisible()
    view.select(item.record_id)
    row = view.current()
    assert row is not None
    assert (row.kind_label, row.record_label, row.field_label) == ("företag", "Second hand Ås ek. för.", "Anteckningar")
    assert (row.kept, row.kept_by) == ("Ny verksamhetsledare.", "Sara Svensson")
    assert (row.other, row.other_by) == ("Vill ha stöd i upphandling.", "Anna Andersson")

    view.ask_value = lambda _row: "Ny verksamhetsledare; vill ha stöd i upphandling."
    qtbot.mouseClick(view.third_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.keep_button.isEnabled(), timeout=NETWORK_MS)
    status = view.current()  # the next one is ready to decide at once
    assert status is not None and status.field_label == "Status"
    assert (status.kept_text, status.other_text) == ("Vilande", "Avvecklad")  # labels, not codes
    assert view.other_button.isEnabled() and not view.third_button.isEnabled()  # a status is one of its values
    qtbot.mouseClick(view.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=NETWORK_MS)
    assert view.empty.isVisible()
    assert "konflikter" not in window.team_sync.label.text()
    assert not [i for i in window.todo_view.visible_items() if i.kind == TodoKind.CONFLICT]
    assert _notes(window, enterprise) == "Ny verksamhetsledare; vill ha stöd i upphandling."
    sara.team.sync()
    assert _notes(sara, enterprise) == "Ny verksamhetsledare; vill ha stöd i upphandling."
    assert sara.context.enterprise_records.get_input(enterprise).status == "avvecklad"
    assert sara.team.conflicts() == []


def test_a_revoked_computer_says_so_and_keeps_what_was_typed(qtbot, team_window, team_server: Server) -> None:
    from asfdesk.server.accounts import list_devices, revoke_device
    from asfdesk.server.database import owner_engine

    team_server.org("Coompanion Gävleborg", "coompanion")
    window = team_window("anna")
    _join(qtbot, window, team_server, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg")).close()
    _idle(qtbot, window)
    engine = owner_engine(team_server.pg)
    try:
        revoke_device(engine, next(d for d in list_devices(engine) if d["user"] == "Anna Andersson")["id"])
    finally:
        engine.dispose()
    window.context.enterprise_records.create(EnterpriseInput(name="Efter spärren AB", municipality="Gävle"))
    _sync_with_f9(qtbot, window)
    text = window.team_sync.label.text()
    assert "spärrad" in text and "1 ändring väntar" in text
    assert "Efter spärren AB" in [n for n in _names_after_reload(window)]
    window.team_sync.stop()
    window.team_sync.start()  # as the window opens the database again: still said, before any sync
    assert "spärrad" in window.team_sync.label.text()


def _names_after_reload(window: MainWindow) -> list[str]:
    window.reload()
    return _names(window)


def test_a_record_leaving_the_users_scope_leaves_the_window_with_a_notice(
    qtbot, team_window, team_server: Server, laptops
) -> None:
    team_server.org("Coompanion Gävleborg", "coompanion")
    team_server.org("AME Hudiksvall", "ame")
    team_server.org("Arbetsförmedlingen", "af")
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    sara.team.sync()
    with sara.database.session_factory() as session:
        orgs = dict(session.execute(select(Organisation.name, Organisation.id)).all())
    enterprise = _enterprise(sara, "Placeringsföretaget ek. för.")
    person = sara.context.participants.create(
        ParticipantInput(code="D26-100", gender="kvinna", referring_organisation_id=orgs["AME Hudiksvall"])
    )
    sara.context.placements.create(PlacementInput(participant_id=person, start_date=date(2026, 9, 1)), enterprise)
    sara.team.sync()

    window = team_window("hanna")
    _join(qtbot, window, team_server, team_server.user("Hanna Handläggare", "handlaggare", "AME Hudiksvall")).close()
    _idle(qtbot, window)
    assert "Placeringsföretaget ek. för." in _names(window)
    # what a handläggare does not receive is explained where she would look for it
    note = window.detail_view.support.findChild(QLabel, "roleNote")
    assert note is not None and not note.isHidden()
    assert note.text().startswith("Handledarstöd delas inte med handläggare i teamet")
    assert not window.contacts_view.findChild(QLabel, "roleNote").isHidden()
    assert not window.detail_view.overview.findChild(QLabel, "roleNote")

    records = sara.context.participants
    records.update(
        person, dataclasses.replace(records.get_input(person), referring_organisation_id=orgs["Arbetsförmedlingen"])
    )
    sara.team.sync()
    _sync_with_f9(qtbot, window)
    assert "Placeringsföretaget ek. för." not in _names(window)
    assert "finns inte längre hos dig" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.todo_loaded, timeout=LOAD_TIMEOUT_MS)


def test_a_certificate_the_computer_does_not_know_is_trusted_only_by_its_fingerprint(
    qtbot, team_window, pg_cluster, tmp_path: Path
) -> None:
    import hashlib
    import ssl

    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    issued = authority.issue_cert("127.0.0.1", "localhost")
    cert, key = tmp_path / "server.pem", tmp_path / "server.key"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert.read_text())).hexdigest().upper()
    expected = ":".join(digest[i : i + 2] for i in range(0, 64, 2))
    server = start_server(new_database(pg_cluster), tmp_path, tls=(cert, key))
    try:
        server.org("Coompanion Jämtland", "coompanion")
        window = team_window("maja")
        shown: list[str] = []

        def refuse(fingerprint: str) -> bool:
            shown.append(fingerprint)
            return False

        dialog = JoinTeamDialog(window.team_sync, window)
        qtbot.addWidget(dialog)
        dialog.trust_certificate = refuse
        dialog.show()
        type_text(qtbot, dialog.url, server.url)
        type_text(qtbot, dialog.code, server.user("Maja Mattsson", "radgivare", "Coompanion Jämtland"))
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=NETWORK_MS)
        assert shown, dialog.message.text()
        assert shown == [expected]  # what the user compares with the one the server's start-up printed
        assert f"Certifikatets fingeravtryck (SHA-256): {expected}" in server.log.read_text()
        assert dialog.message.text() == "Inte ansluten: certifikatet godtogs inte."
        assert not window.team_sync.joined and not dialog.ca.text()

        dialog.trust_certificate = lambda fingerprint: shown.append(fingerprint) or True
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.result_line), timeout=NETWORK_MS)
        assert dialog.result_line.startswith("Klart: ")
        pinned = Path(dialog.ca.text())
        assert pinned.read_text() == cert.read_text() and pinned.is_relative_to(window.context.paths.data_dir)
        _idle(qtbot, window)
        _sync_with_f9(qtbot, window)  # later syncs trust the same certificate, and only it
        assert "Synkad" in window.team_sync.label.text()
    finally:
        server.stop()


def test_joining_with_records_says_first_what_will_be_merged_and_sent(
    qtbot, team_window, team_server: Server, laptops
) -> None:
    team_server.org("Coompanion Gävleborg", "coompanion")
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    sara.context.enterprise_records.create(
        EnterpriseInput(name="Kafé Stationen ek. för.", municipality="Hudiksvall", orgnr="5560360793")
    )
    sara.team.sync()
    window = team_window("anna")
    mine = window.context.enterprise_records
    mine.create(EnterpriseInput(name="Kafé Stationen", municipality="Hudiksvall", orgnr="556036-0793", phone="0650-1"))
    mine.create(EnterpriseInput(name="Bygdegården i Ås", municipality="Hudiksvall"))
    code = team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg")
    asked: list[Any] = []

    def decline(preview: Any) -> bool:
        asked.append(preview)
        return False

    dialog = JoinTeamDialog(window.team_sync, window)
    qtbot.addWidget(dialog)
    dialog.confirm_sending = decline
    dialog.show()
    type_text(qtbot, dialog.url, team_server.url)
    type_text(qtbot, dialog.code, code)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and dialog.connect_button.isEnabled(), timeout=NETWORK_MS)
    (preview,) = asked
    assert (preview.enterprises, preview.enterprises_known) == (2, 1)  # the same organisationsnummer
    assert preview.me["name"] == "Anna Andersson"
    assert not window.team_sync.joined and "Inget har skickats" in dialog.message.text()

    dialog.confirm_sending = lambda found: asked.append(found) or True  # the same code still works
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.result_line), timeout=NETWORK_MS)
    assert dialog.result_line.startswith("Klart: skickade 1, ")  # Bygdegården; the module catalogue is no news
    assert dialog.result_line.endswith(" 1 företag fanns redan i teamet och slogs ihop med dem.")  # Kafé Stationen
    assert sorted(_names(window)) == ["Bygdegården i Ås", "Kafé Stationen ek. för."]  # one, not two, Kafé
    sara.team.sync()
    with sara.database.session_factory() as session:
        assert session.scalar(select(Enterprise.phone).where(Enterprise.orgnr == "556036-0793")) == "0650-1"


def test_a_laptop_back_after_weeks_catches_up_page_by_page_with_progress(
    qtbot, team_window, team_server: Server, laptops
) -> None:
    team_server.org("Coompanion Gävleborg", "coompanion")
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    sara.team.sync()
    window = team_window("anna")
    _join(qtbot, window, team_server, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg")).close()
    _idle(qtbot, window)
    names = {f"Företag {n:02d} ek. för." for n in range(30)}  # a month of the colleagues' work
    for name in names:
        _enterprise(sara, name)
    sara.team.sync()
    window.context.team.page = 8
    seen: list[str] = []
    window.team_sync.state_changed.connect(lambda: seen.append(window.team_sync.label.text()))
    _sync_with_f9(qtbot, window)
    receiving = [s.split(" · ")[1] for s in seen if "Tar emot" in s]
    assert len(set(receiving)) >= 4 and receiving[-1] == "Tar emot… 100 %"  # several pages, each shown
    percents = [int(r.removeprefix("Tar emot… ").removesuffix(" %")) for r in receiving]
    assert percents == sorted(percents)
    assert set(_names(window)) == names  # the same as everyone else
    with sara.database.session_factory() as session:
        assert set(session.scalars(select(Enterprise.name))) == names


def test_the_first_sync_can_be_stopped_and_goes_on_from_there(
    qtbot, team_window, team_server: Server, laptops, monkeypatch
) -> None:
    """Avbryt during the first sync stops it between pages: what was received stays, the window
    keeps working, and the next sync (F9) brings the rest, not everything again."""
    import time

    from asfdesk.sync import team as team_module

    team_server.org("Coompanion Gävleborg", "coompanion")
    sara = laptops("sara")
    sara.team.join(team_server.url, team_server.user("Sara Svensson", "samordnare", "Coompanion Gävleborg"))
    names = {f"Företag {n:02d} ek. för." for n in range(24)}
    for name in names:
        _enterprise(sara, name)
    sara.team.sync()

    window = team_window("anna")
    window.context.team.page = 4
    pages: list[int] = []
    real_apply = team_module.apply_page

    def slow_page(conn: Any, page: dict[str, Any]) -> Any:  # a slow line: time to press Avbryt
        pages.append(len(page.get("changes", [])))
        time.sleep(0.3)
        return real_apply(conn, page)

    monkeypatch.setattr(team_module, "apply_page", slow_page)
    dialog = JoinTeamDialog(window.team_sync, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.url, team_server.url)
    type_text(qtbot, dialog.code, team_server.user("Anna Andersson", "radgivare", "Coompanion Gävleborg"))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pages) >= 6, timeout=NETWORK_MS)  # the enterprises have begun to come
    assert dialog.stop_button.isVisible() and dialog.stop_button.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.result_line.startswith("Avbrutet.")
    _idle(qtbot, window)
    received = pages[:]
    with window.context.database.session_factory() as session:
        have = set(session.scalars(select(Enterprise.name)))
    assert 0 < len(have & names) < len(names)  # stopped between pages, and what came is kept
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)  # Stäng
    window.show_view("enterprises")
    _sync_with_f9(qtbot, window)
    assert set(_names(window)) >= names  # the rest came
    later = pages[len(received) :]
    sara.team.sync()
    with sara.database.engine.connect() as conn:  # everything the team has, at most, once
        total = sum(conn.execute(select(func.count()).select_from(t)).scalar() or 0 for t in protocol.synced_tables())
    assert sum(received) + sum(later) <= total  # the second sync went on; it did not start over
