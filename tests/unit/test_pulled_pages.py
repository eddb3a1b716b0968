"""Pulled pages written into a laptop's database: what the server sends is what the laptop holds,
many new records at a time, without the change capture noting any of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import DateTime, func, select, text

from asfdesk.storage.migrate import open_database
from asfdesk.sync import capture, protocol
from asfdesk.sync.apply import BULK_INDEX, apply_page, get_state
from asfdesk.sync.local_state import sync_dirty


def _pages(source: Path) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Every synchronised record of `source` as a server sends it, one page per table (parents
    first), and each table's rows as JSON values for comparing."""
    db = open_database(source, backup_dir=source.parent / "unused")
    pages, rows = [], {}
    seq = 0
    with db.engine.connect() as conn:
        for table in protocol.synced_tables():
            found = [r._mapping for r in conn.execute(select(table).order_by(table.c.id))]
            rows[table.name] = [protocol.encode_row(table.name, r) for r in found]
            times = [c.name for c in table.columns if isinstance(c.type, DateTime)]
            changes = []
            for row in found:
                seq += 1
                sent = protocol.encode_pulled(table.name, row, protocol.data_columns(table.name))
                for column in times:  # PostgreSQL's times carry their zone
                    if sent.get(column):
                        sent[column] += "+00:00"
                changes.append({"t": table.name, "id": row["id"], "seq": seq, "row": sent})
            pages.append({"changes": changes, "conflicts": [], "next": seq, "more": True})
    db.close()
    return pages, rows


def _laptop(tmp_path: Path) -> Any:
    db = open_database(tmp_path / "laptop.db", backup_dir=tmp_path / "backups")
    with db.engine.begin() as conn:
        capture.install(conn)
    return db


def test_a_first_sync_holds_every_field_as_sent_and_captures_nothing(demo_db: Path, tmp_path: Path) -> None:
    pages, sent = _pages(demo_db)
    assert max(len(p["changes"]) for p in pages) >= BULK_INDEX  # the bulk path is taken
    laptop = _laptop(tmp_path)
    with laptop.engine.connect() as conn:
        for page in pages:
            with conn.begin():
                apply_page(conn, page)
        for table in protocol.synced_tables():
            held = [
                protocol.encode_row(table.name, r._mapping) for r in conn.execute(select(table).order_by(table.c.id))
            ]
            if table.name != "module":  # the catalogue each database has (made by a migration)
                assert held == sent[table.name], table.name
        assert conn.execute(select(func.count()).select_from(sync_dirty)).scalar() == 0
        assert capture.missing(conn) == []  # the insert triggers are back
        contact = conn.execute(text("SELECT id FROM contact_person LIMIT 1")).scalar()
        conn.commit()
        with conn.begin():
            conn.execute(text("UPDATE contact_person SET notes = 'ändrad här' WHERE id = :i"), {"i": contact})
        noted = conn.execute(select(sync_dirty.c.col).where(sync_dirty.c.row_id == contact)).scalars().all()
    assert noted == ["notes"]  # an edit made here afterwards is captured as before
    laptop.close()


def test_a_page_with_a_value_of_the_wrong_kind_leaves_nothing_and_the_capture_in_place(
    demo_db: Path, tmp_path: Path
) -> None:
    pages, _sent = _pages(demo_db)
    laptop = _laptop(tmp_path)
    with laptop.engine.connect() as conn:
        for page in pages:
            if len(page["changes"]) >= BULK_INDEX:
                page["changes"][-1]["row"]["created_at"] = 17  # not a time
                with pytest.raises((ValueError, TypeError)), conn.begin():
                    apply_page(conn, page)
                table = page["changes"][0]["t"]
                break
            with conn.begin():
                apply_page(conn, page)
        assert conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == 0
        assert get_state(conn, "cursor", 0) < page["next"]
        assert capture.missing(conn) == []
    laptop.close()
