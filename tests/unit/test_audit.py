"""The audit log: every action is recorded with who and which fields, never values, and cannot be altered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from stdnum import luhn

from asfdesk.context import open_context
from asfdesk.domain.inputs import ContactPersonInput, ParticipantInput


@pytest.fixture
def ctx(demo_db: Path, paths):
    context = open_context(paths, demo_db)
    context.audit.actor = "Karin Kontroll"
    yield context
    context.close()


def _entries(ctx) -> list:
    return list(reversed(ctx.audit.entries()))


def test_create_update_delete_restore_and_reveal_are_logged(ctx) -> None:
    """Each action leaves an entry naming the actor, the record and the changed field names."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    person = ctx.contact_persons.create(ContactPersonInput(name="Ola Logg", phone="070-1"), enterprise)
    data = ctx.contact_persons.get_input(person)
    data.phone = "070-2"
    ctx.contact_persons.update(person, data)
    entry = ctx.contact_persons.delete(person)
    ctx.trash.restore(entry)
    body = "690101123"
    participant = ctx.participants.create(
        ParticipantInput(code="LOGG-1", personnummer=f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}")
    )
    ctx.participants.reveal_personnummer(participant)
    log = _entries(ctx)
    assert [(e.action_label, e.kind) for e in log] == [
        ("Skapade", "contact_person"),
        ("Ändrade", "contact_person"),
        ("Tog bort", "contact_person"),
        ("Återställde", "contact_person"),
        ("Skapade", "participant"),
        ("Visade personnummer", "participant"),
    ]
    assert all(e.actor == "Karin Kontroll" for e in log)
    assert log[1].fields == "phone" and log[0].record_id == person


def test_entries_hold_field_names_not_values(ctx, demo_db: Path) -> None:
    """Nothing typed into a record (names, numbers) is copied into the log."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    ctx.contact_persons.create(ContactPersonInput(name="Hemliga Hanna", phone="070-999 88 77"), enterprise)
    with ctx.database.engine.connect() as conn:
        dump = " ".join(str(row) for row in conn.execute(text("SELECT * FROM audit_log")))
    assert "Hemliga" not in dump and "999 88 77" not in dump and "name" in dump  # (digits alone occur in ids)


def test_the_log_cannot_be_changed_or_emptied(ctx) -> None:
    """An UPDATE or DELETE on the log is refused by the database itself."""
    enterprise = ctx.enterprises.list_enterprises()[0].id
    ctx.contact_persons.create(ContactPersonInput(name="X"), enterprise)
    for statement in ("UPDATE audit_log SET actor = 'någon annan'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="cannot be"), ctx.database.session_factory.begin() as session:
            session.execute(text(statement))
    assert len(ctx.audit.entries()) == 1 and ctx.audit.entries()[0].actor == "Karin Kontroll"


def test_export_of_the_log_is_itself_logged(ctx, tmp_path: Path) -> None:
    """A coordinator can export the log as CSV; the export is recorded too."""
    ctx.audit.record("print", "enterprise", "abc")
    target = ctx.audit.export_csv(tmp_path / "logg.csv")
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("tid;vem;handling") and "Skrev ut" in lines[1]
    assert ctx.audit.entries()[0].action_label == "Exporterade"
    assert date.today().isoformat()[:4] in lines[1]
