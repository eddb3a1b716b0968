"""Importing enterprises, contact persons, participants and placements from a user's own list.

Columns are matched to fields by their header (Swedish or English, case and punctuation
ignored) or by an explicit mapping. Every row is checked with the same rules as the forms;
the valid rows are written in one transaction (each in a savepoint, so a row the database
refuses is reported and the others still go in), rejected rows are reported with their
reasons. Importing the same file again updates instead of duplicating (see import_kinds).
A dry run does all of it and rolls back.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.services.errors import ValidationFailedError
from asfdesk.services.import_kinds import KINDS, ImportKind, header_key, text_of
from asfdesk.services.record_service import RecordService
from asfdesk.storage import output_files

HEADER_ALIASES: dict[str, dict[str, str]] = {code: kind.aliases for code, kind in KINDS.items()}


@dataclass
class RowProblem:
    row: int  # as the user sees it in the sheet (header = 1)
    reasons: list[str]
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """Headers and (row number as the sheet shows it, values) of the first sheet (XLSX) or of a
    semicolon/comma separated file; blank rows are skipped but keep their place in the numbering."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        assert sheet is not None
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    else:
        text = path.read_text(encoding="utf-8-sig")
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,\t")
        rows = [list(r) for r in csv.reader(text.splitlines(), dialect)]
    numbered = [(number, r) for number, r in enumerate(rows, start=1) if any(v not in (None, "") for v in r)]
    if not numbered:
        return [], []
    return [str(h or "") for h in numbered[0][1]], numbered[1:]


def guess_mapping(kind: str, headers: list[str]) -> dict[str, str]:
    """{column header: field} for the headers we recognise."""
    aliases = HEADER_ALIASES[kind]
    return {h: aliases[header_key(h)] for h in headers if header_key(h) in aliases}


class Importer:
    def __init__(self, session_factory: sessionmaker[Session], services: dict[str, RecordService[Any, Any]]) -> None:
        """`services`: the record service that writes each kind ("enterprises", "participants", …)."""
        self._session_factory = session_factory
        self._services = services

    def run(self, path: Path, kind: str, mapping: dict[str, str] | None = None, dry_run: bool = False) -> ImportResult:
        headers, rows = read_rows(path)
        mapping = mapping or guess_mapping(kind, headers)
        spec = KINDS[kind]
        service = self._services[kind]
        result = ImportResult(mapping=mapping, dry_run=dry_run)
        session = self._session_factory()
        try:
            session.begin()
            for number, row in rows:
                values = {mapping[h]: v for h, v in zip(headers, row, strict=False) if h in mapping}
                self._import_row(session, spec, service, number, values, result)
            if dry_run:
                session.rollback()
            else:
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        return result

    @staticmethod
    def _import_row(
        session: Session,
        spec: ImportKind,
        service: RecordService[Any, Any],
        number: int,
        values: dict[str, Any],
        result: ImportResult,
    ) -> None:
        data, parent_id, problems = spec.build(values, session)
        problems += list(spec.validate(data).values())
        if problems:
            result.rejected.append(RowProblem(number, sorted(set(problems)), values))
            return
        try:
            with session.begin_nested():  # a row the database refuses is rolled back alone
                existing = spec.match(session, data, parent_id)
                if existing:
                    current = service.get_input_in(session, existing)
                    service.update_in(session, existing, _merge(current, data))
                    result.updated += 1
                else:
                    service.create_in(session, data, parent_id)
                    result.created += 1
        except ValidationFailedError as exc:
            result.rejected.append(RowProblem(number, list(exc.errors.values()), values))


def _merge(current: Any, data: Any) -> Any:
    """Fields the sheet leaves empty keep what is already recorded."""
    filled = {f.name: getattr(data, f.name) for f in fields(data) if getattr(data, f.name) not in ("", None, [])}
    return replace(current, **filled)


def write_rejected(result: ImportResult, target: Path) -> Path:
    """The rejected rows with their reasons, as a workbook the user can fix and import again."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Avvisade rader"
    columns = sorted({k for p in result.rejected for k in p.values})
    sheet.append(["Rad", "Skäl", *columns])
    for problem in result.rejected:
        sheet.append([problem.row, "; ".join(problem.reasons), *[text_of(problem.values.get(c)) for c in columns]])
    return output_files.save_atomically(target, book.save)
