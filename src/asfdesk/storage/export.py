"""Everything out, in open formats: every table as CSV and JSON, with a manifest.

So that a user is never locked in. The export holds personal data (it is everything), which
the manifest says; the search index is left out because it is derived.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from asfdesk import __version__
from asfdesk.storage.connect import raw_connect
from asfdesk.storage.keys import KeyResolver
from asfdesk.storage.output_files import OutputFailedError, failure_message, make_folder, refuse_if_protected
from asfdesk.storage.search_schema import is_search_table
from asfdesk.storage.sheet_cells import csv_writer


def _tables(conn: Any) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    # the search index is derived; team mode's bookkeeping (sync_*) is no record of the user's
    return [n for n in names if not n.startswith(("sqlite_", "sync_")) and not is_search_table(n)]


_STAMP = re.compile(r"(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)\.\d+")


def _list_or_value(value: Any) -> Any:
    """A list column (stored as JSON text) as the list it is; anything else as it is."""
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list) and all(isinstance(i, str | int | float) for i in items):
            return items
    return value


def _for_excel(value: Any) -> Any:
    """A cell as Swedish Excel reads it: lists as 'a, b', times to the second (decimals: `csv_value`)."""
    value = _list_or_value(value)
    if isinstance(value, list):
        return ", ".join(str(i) for i in value)
    if isinstance(value, str) and (stamp := _STAMP.fullmatch(value)):
        return stamp[1]
    return value


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_all(database: Path, target: Path, keys: KeyResolver | None = None) -> Path:
    """Write `<table>.csv` and `<table>.json` for every table plus `manifest.json`; returns the manifest.

    Everything is written to a temporary folder beside `target` first and moved in once complete
    (the manifest last), so a full disk or an unreadable table leaves no half export behind.
    """
    target = refuse_if_protected(target, folder=True)
    make_folder(target.parent)  # a file in the way is named, in one line
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as exc:
        raise OutputFailedError(target, failure_message(target, exc)) from exc
    try:
        written = _write_export(database, staging, keys)
        target.mkdir(mode=0o700, exist_ok=True)
        for name in sorted(written, key=lambda n: n == "manifest.json"):
            os.chmod(staging / name, 0o600)  # everything in the database, personnummer included: the user's alone
            os.replace(staging / name, target / name)
    except OSError as exc:
        if isinstance(exc, OutputFailedError):
            raise
        raise OutputFailedError(target, failure_message(target, exc)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target / "manifest.json"


def _write_export(database: Path, target: Path, keys: KeyResolver | None) -> list[str]:
    files = []
    key = (keys or KeyResolver()).key_for(database)
    with closing(raw_connect(database, key, read_only=True)) as conn:
        revision_row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        for table in _tables(conn):
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            columns = [d[0] for d in conn.execute(f'SELECT * FROM "{table}" LIMIT 0').description]
            csv_path, json_path = target / f"{table}.csv", target / f"{table}.json"
            with csv_path.open("w", newline="", encoding="utf-8-sig") as handle:  # BOM: Excel reads å ä ö
                writer = csv_writer(handle)
                writer.writerow(columns)
                writer.writerows([_for_excel(v) for v in row] for row in rows)
            json_path.write_text(
                json.dumps(
                    [{c: _list_or_value(v) for c, v in zip(columns, row, strict=True)} for row in rows],
                    ensure_ascii=False,
                    indent=1,
                    default=str,
                ),
                encoding="utf-8",
            )
            for path in (csv_path, json_path):
                files.append({"file": path.name, "table": table, "rows": len(rows), "sha256": _sha256(path)})
    manifest = {
        "application": "asfdesk",
        "version": __version__,
        "schema_revision": revision_row[0] if revision_row else None,
        "source": str(database),
        "exported_at": datetime.now().isoformat(timespec="seconds"),
        "contains_personal_data": True,
        "csv_format": (
            "UTF-8 with BOM, semicolon-separated, first row holds column names; lists as 'a, b', times"
            " to the second, decimals with a comma (as Swedish Excel reads them); text that begins with"
            " = + - @ tab or carriage return is preceded by ' so that no spreadsheet runs it as a formula"
        ),
        "files": files,
    }
    manifest_path = target / "manifest.json"
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return [str(f["file"]) for f in files] + [manifest_path.name]
