"""Importing enterprises and participants from a user's own Excel or CSV list.

Columns are matched to fields by their header (Swedish or English, case and punctuation
ignored) or by an explicit mapping. Every row is checked with the same rules as the forms;
valid rows are imported in one transaction, rejected rows are reported with their reasons.
Importing the same file again updates instead of duplicating: enterprises are matched on
organisationsnummer (else exact name), participants on personnummer (else code).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.inputs import EnterpriseInput, ParticipantInput, validate_enterprise, validate_participant
from asfdesk.domain.validation import check_orgnr, check_personnummer, parse_date
from asfdesk.domain.vocab import EnterpriseStatus, Gender, LabelledEnum, LegalForm
from asfdesk.services.enterprise_service import EnterpriseService
from asfdesk.services.errors import ValidationFailedError
from asfdesk.services.participant_service import ParticipantService
from asfdesk.storage.models import Enterprise, Participant

HEADER_ALIASES: dict[str, dict[str, str]] = {
    "enterprises": {
        "namn": "name",
        "foretag": "name",
        "name": "name",
        "orgnr": "orgnr",
        "organisationsnummer": "orgnr",
        "juridiskform": "legal_form",
        "form": "legal_form",
        "kommun": "municipality",
        "municipality": "municipality",
        "adress": "address",
        "gatuadress": "address",
        "postnummer": "postal_code",
        "ort": "city",
        "bransch": "business_lines",
        "branscher": "business_lines",
        "status": "status",
        "anstallda": "employees",
        "platser": "training_places",
        "arbetstraningsplatser": "training_places",
        "epost": "email",
        "email": "email",
        "telefon": "phone",
        "anteckningar": "notes",
    },
    "participants": {
        "kod": "code",
        "pseudonym": "code",
        "code": "code",
        "personnummer": "personnummer",
        "pnr": "personnummer",
        "kon": "gender",
        "gender": "gender",
        "fodelsear": "birth_year",
        "samtycke": "consent_given",
        "samtyckedatum": "consent_date",
        "anteckningar": "notes",
    },
}


def _key(header: object) -> str:
    text = str(header or "").casefold()
    return re.sub(r"[^a-z0-9]", "", text.translate(str.maketrans("åäöé", "aaoe")))


def _choice(enum: type[LabelledEnum], value: str) -> str | None:
    wanted = _key(value)
    for code, label in enum.choices():
        if wanted in (_key(code), _key(label)):
            return code
    return None


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


def read_rows(path: Path) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows of the first sheet (XLSX) or of a semicolon/comma separated file."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        assert sheet is not None
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    else:
        text = path.read_text(encoding="utf-8-sig")
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,\t")
        rows = [list(r) for r in csv.reader(text.splitlines(), dialect)]
    rows = [r for r in rows if any(v not in (None, "") for v in r)]
    if not rows:
        return [], []
    return [str(h or "") for h in rows[0]], rows[1:]


def guess_mapping(kind: str, headers: list[str]) -> dict[str, str]:
    """{column header: field} for the headers we recognise."""
    aliases = HEADER_ALIASES[kind]
    return {h: aliases[_key(h)] for h in headers if _key(h) in aliases}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _enterprise(values: dict[str, Any]) -> tuple[EnterpriseInput, list[str]]:
    problems = []
    data = EnterpriseInput(name=_text(values.get("name")), municipality=_text(values.get("municipality")))
    orgnr, error = check_orgnr(_text(values.get("orgnr")))
    if error:
        problems.append(f"Organisationsnummer: {error}")
    data.orgnr = orgnr or ""
    for name in ("address", "postal_code", "city", "email", "phone", "notes"):
        setattr(data, name, _text(values.get(name)))
    data.business_lines = [p.strip() for p in re.split(r"[,;]", _text(values.get("business_lines"))) if p.strip()]
    for name, enum in (("legal_form", LegalForm), ("status", EnterpriseStatus)):
        if _text(values.get(name)):
            code = _choice(enum, _text(values[name]))
            if code is None:
                problems.append(f"Okänt värde för {name}: {values[name]}")
            else:
                setattr(data, name, code)
    for name in ("employees", "training_places"):
        raw = _text(values.get(name))
        if raw:
            try:
                setattr(data, name, int(float(raw.replace(",", "."))))
            except ValueError:
                problems.append(f"{name}: '{raw}' är inget tal")
    return data, problems


def _participant(values: dict[str, Any]) -> tuple[ParticipantInput, list[str]]:
    problems = []
    data = ParticipantInput(code=_text(values.get("code")).upper(), notes=_text(values.get("notes")))
    pnr, error = check_personnummer(_text(values.get("personnummer")))
    if error:
        problems.append(f"Personnummer: {error}")
    data.personnummer = pnr or ""
    if _text(values.get("gender")):
        gender = _choice(Gender, _text(values["gender"])) or {"k": "kvinna", "m": "man"}.get(_key(values["gender"]))
        if gender is None:
            problems.append(f"Okänt kön: {values['gender']}")
        else:
            data.gender = gender
    if _text(values.get("birth_year")):
        try:
            data.birth_year = int(float(_text(values["birth_year"])))
        except ValueError:
            problems.append(f"Födelseår: '{values['birth_year']}' är inget år")
    if _text(values.get("consent_given")):
        data.consent_given = _key(values["consent_given"]) in ("ja", "yes", "x", "1", "true")
    if values.get("consent_date") not in (None, ""):
        raw = values["consent_date"]
        day, error = (raw.date(), None) if hasattr(raw, "date") else parse_date(_text(raw))
        if error:
            problems.append(f"Samtycke datum: {error}")
        data.consent_date = day
    return data, problems


class Importer:
    def __init__(
        self, session_factory: sessionmaker[Session], enterprises: EnterpriseService, participants: ParticipantService
    ) -> None:
        self._session_factory = session_factory
        self._enterprises = enterprises
        self._participants = participants

    def run(self, path: Path, kind: str, mapping: dict[str, str] | None = None, dry_run: bool = False) -> ImportResult:
        headers, rows = read_rows(path)
        mapping = mapping or guess_mapping(kind, headers)
        result = ImportResult(mapping=mapping, dry_run=dry_run)
        build: Callable[[dict[str, Any]], tuple[Any, list[str]]] = (
            _enterprise if kind == "enterprises" else _participant
        )
        validate = validate_enterprise if kind == "enterprises" else validate_participant
        service: Any = self._enterprises if kind == "enterprises" else self._participants
        prepared = []
        for number, row in enumerate(rows, start=2):
            values = {mapping[h]: v for h, v in zip(headers, row, strict=False) if h in mapping}
            data, problems = build(values)
            problems += list(validate(data).values())
            if problems:
                result.rejected.append(RowProblem(number, sorted(set(problems)), values))
            else:
                prepared.append((number, values, data))
        for number, values, data in prepared:
            existing = self._existing(kind, data)
            try:
                if existing:
                    if not dry_run:
                        service.update(existing, self._merge(service, existing, data))
                    result.updated += 1
                else:
                    if not dry_run:
                        service.create(data)
                    result.created += 1
            except ValidationFailedError as exc:
                result.rejected.append(RowProblem(number, list(exc.errors.values()), values))
        return result

    @staticmethod
    def _merge(service: Any, record_id: str, data: Any) -> Any:
        """Fields the sheet leaves empty keep what is already recorded."""
        current = service.get_input(record_id)
        filled = {f.name: getattr(data, f.name) for f in fields(data) if getattr(data, f.name) not in ("", None, [])}
        return replace(current, **filled)

    def _existing(self, kind: str, data: Any) -> str | None:
        with self._session_factory() as session:
            if kind == "enterprises":
                if data.orgnr:
                    found = session.scalar(select(Enterprise.id).where(Enterprise.orgnr == data.orgnr))
                    if found:
                        return str(found)
                return session.scalar(select(Enterprise.id).where(Enterprise.name == data.name))
            if data.personnummer:
                found = session.scalar(select(Participant.id).where(Participant.personnummer == data.personnummer))
                if found:
                    return str(found)
            return session.scalar(select(Participant.id).where(Participant.code == data.code))


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
        sheet.append([problem.row, "; ".join(problem.reasons), *[_text(problem.values.get(c)) for c in columns]])
    book.save(target)
    return target
