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

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, fields, replace
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.i18n import translate
from asfdesk.services.errors import ValidationFailedError
from asfdesk.services.import_kinds import KINDS, ImportKind, header_key, text_of
from asfdesk.services.record_service import RecordService
from asfdesk.services.sheet_reader import Sheet, SheetError, SheetRow, open_sheet
from asfdesk.storage.errors import causes
from asfdesk.storage.search_schema import deferred_insert_statements
from asfdesk.storage.sheet_cells import append_row, fit_columns, save_workbook

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

    def counts(self) -> tuple[int, int, int, int]:
        return self.created, self.updated, self.unchanged, len(self.rejected)

    def restore(self, counts: tuple[int, int, int, int]) -> None:
        self.created, self.updated, self.unchanged, rejected = counts
        del self.rejected[rejected:]


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
        result = ImportResult(mapping=mapping, dry_run=dry_run)
        columns = [(index, mapping[h]) for index, h in enumerate(sheet.headers) if h in mapping]
        writer = _Writer(KINDS[kind], self._services[kind], result)
        session = self._session_factory()
        deferred = deferred_insert_statements(self._services[kind].model.__tablename__)
        try:
            session.begin()
            for statement in deferred[0] if deferred else []:
                session.execute(text(statement))
            writer.start(session)
            while chunk := list(islice(sheet.rows, CHUNK_ROWS)):
                writer.write_chunk(session, [(row, _values(row, columns)) for row in chunk])
            if not (result.created or result.updated or result.unchanged or result.rejected):
                raise SheetError(translate("import", "Filen har en rubrikrad men inga rader att läsa in."))
            for statement in deferred[1] if deferred else []:  # the new rows enter the search index at once
                session.execute(text(statement))
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


CHUNK_ROWS = 500  # rows written and flushed together, in one savepoint
Prepared = tuple[int, dict[str, Any], Any, str | None]  # sheet row, values, input, parent id


def _values(row: SheetRow, columns: list[tuple[int, str]]) -> dict[str, Any]:
    return {name: row.values[index] for index, name in columns if index < len(row.values)}


class _Writer:
    """Writes the rows of one import chunk by chunk: each chunk in one savepoint and one flush.

    A chunk the database refuses (a constraint no rule of ours foresaw) is rolled back, with the
    keys it taught the index, and written again row by row, so that only the refused rows are
    rejected. A full disk ends the import: SQLite has then rolled back the whole transaction.
    """

    def __init__(self, spec: ImportKind, service: RecordService[Any, Any], result: ImportResult) -> None:
        self._spec, self._service, self._result = spec, service, result

    def start(self, session: Session) -> None:
        self._known = self._spec.known(session)
        self._unflushed: set[str] = set()  # created in this chunk, not yet in the session's identity map
        self._built: list[tuple[Any, Any]] = []  # new records of this chunk, inserted together by _flush

    def write_chunk(self, session: Session, rows: list[tuple[SheetRow, dict[str, Any]]]) -> None:
        prepared = [p for p in (self._prepare(session, row, values) for row, values in rows) if p is not None]
        self._preload(session, prepared)
        counts, mark = self._result.counts(), self._known.checkpoint()
        try:
            # No flush before each rule's query: the index answers for the chunk's own rows.
            with session.begin_nested(), session.no_autoflush, self._batched_audit(session):
                for item in prepared:
                    self._write(session, item)
                self._flush(session)
        except DBAPIError as exc:
            if _disk_full(exc):
                raise
            self._roll_back(counts, mark)
            for item in prepared:
                self._write_alone(session, item)

    def _batched_audit(self, session: Session) -> AbstractContextManager[None]:
        audit = self._service.audit
        return audit.batch(session) if audit is not None else nullcontext()

    def _prepare(self, session: Session, row: SheetRow, values: dict[str, Any]) -> Prepared | None:
        if row.problems:
            self._result.rejected.append(RowProblem(row.number, row.problems, values))
            return None
        data, parent_id, problems = self._spec.build(values, session)
        if problems:  # the rules themselves are the service's, on what is written (merged, for an update)
            self._result.rejected.append(RowProblem(row.number, sorted(set(problems)), values))
            return None
        return row.number, values, data, parent_id

    def _preload(self, session: Session, prepared: list[Prepared]) -> None:
        """The chunk's matched records in one query, so that reading each for the merge costs none."""
        ids = {found for _n, _v, data, parent in prepared if (found := self._known.find(data, parent))}
        model = self._service.model
        # held until the next chunk: the session keeps loaded rows only while someone refers to them
        self._loaded = session.scalars(select(model).where(model.id.in_(ids))).all() if ids else []

    def _write(self, session: Session, item: Prepared) -> None:
        """Create or update one row; a rule that needs the database rejects it before anything is written."""
        number, values, data, parent_id = item
        service, result = self._service, self._result
        try:
            existing = self._known.find(data, parent_id)
            if existing:
                if existing in self._unflushed:  # the sheet names a record it created a few rows up
                    self._flush(session)
                current = service.get_input_in(session, existing)
                merged = _merge(current, data, self._spec.given_fields(values))
                if merged == current:  # nothing new: no version, no audit entry
                    result.unchanged += 1
                    return
                if clash := self._known.clash(merged, parent_id, existing):
                    raise ValidationFailedError({"row": clash})
                service.update_in(session, existing, merged, flush=False, unique_checked=True)
                self._known.remember(merged, parent_id, existing, before=current)
                result.updated += 1
            else:
                if clash := self._known.clash(data, parent_id, None):
                    raise ValidationFailedError({"row": clash})
                if service.bulk_insertable:
                    row, checked = service.build_in(session, data, parent_id, unique_checked=True)
                    self._built.append((row, checked))
                    created = row.id
                else:
                    created = service.create_in(session, data, parent_id, flush=False, unique_checked=True)
                self._unflushed.add(created)
                self._known.remember(data, parent_id, created)
                result.created += 1
        except ValidationFailedError as exc:
            result.rejected.append(RowProblem(number, list(exc.errors.values()), values))

    def _flush(self, session: Session) -> None:
        built, self._built = self._built, []
        self._service.insert_built(session, built)
        session.flush()
        self._unflushed.clear()

    def _roll_back(self, counts: tuple[int, int, int, int], mark: int) -> None:
        """What a refused savepoint wrote is gone: so go its counts and the keys it taught the index."""
        self._unflushed.clear()
        self._built.clear()
        self._result.restore(counts)
        self._known.undo(mark)

    def _write_alone(self, session: Session, item: Prepared) -> None:
        mark = self._known.checkpoint()
        counts = self._result.counts()
        try:
            with session.begin_nested(), self._batched_audit(session):
                self._write(session, item)
                self._flush(session)
        except DBAPIError as exc:
            if _disk_full(exc):
                raise
            self._roll_back(counts, mark)
            reason = translate("import", "Databasen tog inte emot raden (%1).").replace("%1", _first_line(exc))
            self._result.rejected.append(RowProblem(item[0], [reason], item[1]))


def _disk_full(exc: BaseException) -> bool:
    return any("disk is full" in str(cause).lower() for cause in causes(exc))


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).splitlines()[0][:120] if exc.orig is not None else type(exc).__name__


def _merge(current: Any, data: Any, given: set[str]) -> Any:
    """The fields the row gives replace what is recorded; the others (a column the sheet lacks or
    leaves empty) keep it, never the form's default."""
    names = {f.name for f in fields(data)} & given
    return replace(current, **{name: getattr(data, name) for name in names})


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
    fit_columns(sheet)
    sheet.freeze_panes = "A2"
    return save_workbook(book, target)
