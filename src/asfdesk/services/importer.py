"""Importing enterprises, contact persons, participants and placements from a user's own list.

Columns are matched to fields by their header (Swedish or English, case and punctuation
ignored) or by an explicit mapping. Every row is checked with the same rules as the forms;
the valid rows are written in one transaction (each in a savepoint, so a row the database
refuses is reported and the others still go in), rejected rows are reported with their
reasons. Importing the same file again updates instead of duplicating (see import_kinds), and a
row that brings nothing new writes nothing. Reading the file is sheet_reader's part.
A dry run does all of it and rolls back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.i18n import translate
from asfdesk.services.errors import ValidationFailedError
from asfdesk.services.import_kinds import KINDS, ImportKind, header_key, text_of
from asfdesk.services.record_service import RecordService
from asfdesk.services.sheet_reader import Sheet, SheetError, open_sheet
from asfdesk.storage.sheet_cells import append_row, save_workbook

HEADER_ALIASES: dict[str, dict[str, str]] = {code: kind.aliases for code, kind in KINDS.items()}


@dataclass
class RowProblem:
    row: int  # as the sheet shows it (the file's first line is 1)
    reasons: list[str]
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False


def read_sheet(path: Path, kind: str, mapping: dict[str, str] | None = None) -> Sheet:
    """The file's header row (the first that holds column names this kind knows, or the mapping's)
    and its data rows; raises SheetError with one line for a file that cannot be read."""
    aliases = HEADER_ALIASES[kind]
    named = {header_key(h) for h in (mapping or {})}
    return open_sheet(path, lambda text: header_key(text) in aliases or header_key(text) in named)


def read_headers(path: Path, kind: str) -> list[str]:
    return read_sheet(path, kind).headers


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
        """Raises SheetError (one line for the user) when the file cannot be read or holds no list."""
        sheet = read_sheet(path, kind, mapping)
        mapping = {h: f for h, f in (mapping or guess_mapping(kind, sheet.headers)).items() if h in sheet.headers}
        if not mapping:
            raise SheetError(
                translate("import", "Ingen kolumn i rubrikraden (rad %1) känns igen: %2. Välj kolumner att läsa in.")
                .replace("%1", str(sheet.header_row))
                .replace("%2", ", ".join(h for h in sheet.headers if h)[:200])
            )
        spec = KINDS[kind]
        service = self._services[kind]
        result = ImportResult(mapping=mapping, dry_run=dry_run)
        columns = [(index, mapping[h]) for index, h in enumerate(sheet.headers) if h in mapping]
        session = self._session_factory()
        try:
            session.begin()
            for row in sheet.rows:
                values = {name: row.values[index] for index, name in columns if index < len(row.values)}
                if row.problems:
                    result.rejected.append(RowProblem(row.number, row.problems, values))
                    continue
                self._import_row(session, spec, service, row.number, values, result)
            if not (result.created or result.updated or result.unchanged or result.rejected):
                raise SheetError(translate("import", "Filen har en rubrikrad men inga rader att läsa in."))
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
                    merged = _merge(current, data)
                    if merged == current:  # nothing new: no version, no audit entry
                        result.unchanged += 1
                    else:
                        service.update_in(session, existing, merged)
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
    append_row(sheet, ["Rad", "Skäl", *columns])
    for problem in result.rejected:
        append_row(sheet, [problem.row, "; ".join(problem.reasons), *[text_of(problem.values.get(c)) for c in columns]])
    return save_workbook(book, target)
