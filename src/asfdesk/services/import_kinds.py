"""What each kind of list becomes: the headers we recognise, how a row turns into a record, and
which record it updates instead of duplicating.

Enterprises match on organisationsnummer (else exact name), participants on personnummer (else
code), contact persons on enterprise and name, placements on participant, enterprise and start.
Contact persons and placements name their enterprise by organisationsnummer or name; a
placement names its participant by code or personnummer (import the participants first).
Revenue figures match on enterprise and year.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.domain.inputs import (
    ContactPersonInput,
    EnterpriseInput,
    ParticipantInput,
    PlacementInput,
    validate_contact_person,
    validate_enterprise,
    validate_participant,
    validate_placement,
)
from asfdesk.domain.planning_inputs import RevenueInput, validate_revenue
from asfdesk.domain.validation import check_day, check_orgnr, check_personnummer, parse_date
from asfdesk.domain.vocab import (
    ContactRole,
    EnterpriseStatus,
    Gender,
    LabelledEnum,
    LegalForm,
    MeasureType,
    Outcome,
)
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels, translate
from asfdesk.services.import_index import (
    KnownRecords,
    known_contact_persons,
    known_enterprises,
    known_participants,
    known_placements,
    known_revenue,
)
from asfdesk.storage.models import Enterprise, Organisation, Participant, Staff

Row = dict[str, Any]
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIALS = (20000, 80000)  # 1954–2119: numbers in a date column that are dates
Built = tuple[Any, str | None, list[str]]  # input, parent id, problems


def header_key(header: object) -> str:
    text = str(header or "").casefold()
    return re.sub(r"[^a-z0-9]", "", text.translate(str.maketrans("åäöé", "aaoe")))


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


def _problem(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _choice(enum: type[LabelledEnum], value: str) -> str | None:
    wanted = header_key(value)
    known = _choices(enum).get(wanted)
    if known is not None:
        return known
    return next((m.value for m in enum if header_key(m.label) == wanted), None)  # the display language's label


@cache
def _choices(enum: type[LabelledEnum]) -> dict[str, str]:
    """Each member's code and Swedish label, as header keys → the code (the first member wins)."""
    found: dict[str, str] = {}
    for member in enum:
        for text in (member.value, member.sv_label):
            found.setdefault(header_key(text), member.value)
    return found


def _set_choice(values: Row, name: str, enum: type[LabelledEnum], target: Any, problems: list[str]) -> None:
    raw = text_of(values.get(name))
    if raw:
        code = _choice(enum, raw)
        if code is None:
            problems.append(_problem(translate("import", "Okänt värde för %1: %2"), name, raw))
        else:
            setattr(target, name, code)


def _number(values: Row, name: str, kind: type, problems: list[str]) -> Any:
    raw = text_of(values.get(name)).replace("\u00a0", "").replace(" ", "").removesuffix("kr")
    if not raw:
        return None
    try:
        number = float(raw.replace(",", "."))
    except ValueError:
        problems.append(_problem(translate("import", "%1: '%2' är inget tal"), name, raw))
        return None
    return int(number) if kind is int else number


def _date(values: Row, name: str, problems: list[str]) -> date | None:
    raw = values.get(name)
    if raw in (None, ""):
        return None
    error: str | None = None
    if isinstance(raw, datetime):
        day, error = check_day(raw.date())
    elif isinstance(raw, date):
        day, error = check_day(raw)
    elif isinstance(raw, int | float) and not isinstance(raw, bool) and EXCEL_SERIALS[0] <= raw <= EXCEL_SERIALS[1]:
        day = EXCEL_EPOCH + timedelta(days=int(raw))  # a date cell formatted as a number
    elif day_first := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text_of(raw)):  # 23/11/2026, 1.3.2026
        try:
            day, error = check_day(date(int(day_first[3]), int(day_first[2]), int(day_first[1])))
        except ValueError:
            day, error = None, translate("validation", "Det datumet finns inte.")
    else:
        day, error = parse_date(text_of(raw))
    if error:
        problems.append(f"{name}: {error}")
    return day


# -- finding what a row refers to ------------------------------------------------------------
def find_enterprise(session: Session, values: Row, problems: list[str]) -> str | None:
    """The enterprise a row names by organisationsnummer or by name."""
    raw_orgnr = text_of(values.get("enterprise_orgnr"))
    name = text_of(values.get("enterprise"))
    if raw_orgnr:
        orgnr, error = check_orgnr(raw_orgnr)
        if error:
            problems.append(_problem(translate("import", "Organisationsnummer: %1"), error))
            return None
        found = session.scalar(select(Enterprise.id).where(Enterprise.orgnr == orgnr, Enterprise.deleted_at.is_(None)))
        if found:
            return str(found)
    if name:
        # SQLite's lower() knows only ASCII: compare with Python's casefold so that Å, Ä and Ö match too
        found = session.scalar(select(Enterprise.id).where(Enterprise.name == name, Enterprise.deleted_at.is_(None)))
        if found is None:
            wanted = name.casefold()
            rows = session.execute(select(Enterprise.id, Enterprise.name).where(Enterprise.deleted_at.is_(None)))
            found = next((eid for eid, known in rows if known.casefold() == wanted), None)
        if found:
            return str(found)
    if raw_orgnr or name:
        problems.append(_problem(translate("import", "Okänt företag: %1"), raw_orgnr or name))
    else:
        problems.append(translate("import", "Företag saknas (namn eller organisationsnummer)."))
    return None


def _find_participant(session: Session, values: Row, problems: list[str]) -> str | None:
    code = text_of(values.get("participant")).upper()
    raw_pnr = text_of(values.get("personnummer"))
    if raw_pnr:
        pnr, error = check_personnummer(raw_pnr)
        if error:
            problems.append(_problem(translate("import", "Personnummer: %1"), error))
            return None
        found = session.scalar(select(Participant.id).where(Participant.personnummer == pnr))
        if found:
            return str(found)
    if code:
        found = session.scalar(select(Participant.id).where(Participant.code == code))
        if found:
            return str(found)
    problems.append(
        _problem(translate("import", "Okänd deltagare: %1 (importera deltagarna först)"), code or raw_pnr)
        if code or raw_pnr
        else translate("import", "Deltagare saknas (kod eller personnummer).")
    )
    return None


def _people_and_organisations(session: Session) -> dict[str, list[tuple[str, str, str]]]:
    """Organisations and staff as (id, name folded, organisation id), read once per import: a list
    names them on every row."""
    cached: dict[str, list[tuple[str, str, str]]] | None = session.info.get("asfdesk_import_names")
    if cached is None:
        cached = {
            "organisation": [
                (i, n.casefold(), i) for i, n in session.execute(select(Organisation.id, Organisation.name))
            ],
            "staff": [
                (i, n.casefold(), o) for i, n, o in session.execute(select(Staff.id, Staff.name, Staff.organisation_id))
            ],
        }
        session.info["asfdesk_import_names"] = cached
    return cached


def _find_named(session: Session, kind: str, wanted: str, within: str | None = None) -> str | None:
    """An organisation or staff member by id (asfdesk's own export) or by name in any case (SQLite's
    lower() leaves Å, Ä and Ö as they are); of several with the name, the one in `within`."""
    key = wanted.casefold()
    candidates = [row for row in _people_and_organisations(session)[kind] if key in (row[0].casefold(), row[1])]
    if within is not None and len(candidates) > 1:
        candidates = [row for row in candidates if row[2] == within] or candidates
    return candidates[0][0] if candidates else None


def _find_organisation(session: Session, values: Row, name: str, problems: list[str]) -> str | None:
    wanted = text_of(values.get(name))
    if not wanted:
        return None
    found = _find_named(session, "organisation", wanted)
    if found is None:
        problems.append(_problem(translate("import", "Okänd organisation: %1"), wanted))
    return found


def _find_staff(
    session: Session, values: Row, name: str, organisation_id: str | None, problems: list[str]
) -> str | None:
    wanted = text_of(values.get(name))
    if not wanted:
        return None
    found = _find_named(session, "staff", wanted, organisation_id)
    if found is None:
        problems.append(_problem(translate("import", "Okänd handläggare: %1"), wanted))
    return found


# -- building each kind --------------------------------------------------------------------
def build_enterprise(values: Row, session: Session) -> Built:
    problems: list[str] = []
    data = EnterpriseInput(name=text_of(values.get("name")), municipality=text_of(values.get("municipality")))
    orgnr, error = check_orgnr(text_of(values.get("orgnr")))
    if error:
        problems.append(_problem(translate("import", "Organisationsnummer: %1"), error))
    data.orgnr = orgnr or ""
    for name in ("address", "postal_code", "city", "email", "phone", "notes"):
        setattr(data, name, text_of(values.get(name)))
    data.business_lines = _text_list(text_of(values.get("business_lines")))
    _set_choice(values, "legal_form", LegalForm, data, problems)
    _set_choice(values, "status", EnterpriseStatus, data, problems)
    for name in ("employees", "training_places"):
        number = _number(values, name, int, problems)
        if number is not None:
            setattr(data, name, number)
    for name in ("member_sak", "member_skoopi"):
        if text_of(values.get(name)):
            setattr(data, name, _yes(values[name]))
    return data, None, problems


def _yes(value: Any) -> bool:
    return header_key(value) in ("ja", "yes", "x", "1", "true", "sant")


def _text_list(text: str) -> list[str]:
    """'Café, Catering' or 'Café; Catering', or a JSON list as older exports wrote it."""
    if text.startswith("[") and text.endswith("]"):
        try:
            items = json.loads(text)
        except ValueError:
            items = None
        if isinstance(items, list):
            return [str(i).strip() for i in items if str(i).strip()]
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def build_participant(values: Row, session: Session) -> Built:
    problems: list[str] = []
    data = ParticipantInput(code=text_of(values.get("code")).upper(), notes=text_of(values.get("notes")))
    pnr, error = check_personnummer(text_of(values.get("personnummer")))
    if error:
        problems.append(_problem(translate("import", "Personnummer: %1"), error))
    data.personnummer = pnr or ""
    raw_gender = text_of(values.get("gender"))
    if raw_gender:
        gender = _choice(Gender, raw_gender) or {"k": "kvinna", "m": "man"}.get(header_key(raw_gender))
        if gender is None:
            problems.append(_problem(translate("import", "Okänt kön: %1"), raw_gender))
        else:
            data.gender = gender
    year = _number(values, "birth_year", int, problems)
    if year is not None:
        data.birth_year = year
    if text_of(values.get("consent_given")):
        data.consent_given = _yes(values["consent_given"])
    data.consent_date = _date(values, "consent_date", problems)
    if text_of(values.get("protected_identity")):
        data.protected_identity = _yes(values["protected_identity"])
    data.referring_organisation_id = _find_organisation(session, values, "referrer", problems)
    data.case_officer_id = _find_staff(session, values, "case_officer", data.referring_organisation_id, problems)
    return data, None, problems


def build_contact_person(values: Row, session: Session) -> Built:
    problems: list[str] = []
    enterprise_id = find_enterprise(session, values, problems)
    data = ContactPersonInput(
        name=text_of(values.get("name")),
        email=text_of(values.get("email")),
        phone=text_of(values.get("phone")),
        notes=text_of(values.get("notes")),
    )
    _set_choice(values, "role", ContactRole, data, problems)
    data.training_date = _date(values, "training_date", problems)
    return data, enterprise_id, problems


def build_placement(values: Row, session: Session) -> Built:
    problems: list[str] = []
    enterprise_id = find_enterprise(session, values, problems)
    data = PlacementInput(
        participant_id=_find_participant(session, values, problems), notes=text_of(values.get("notes"))
    )
    _set_choice(values, "measure_type", MeasureType, data, problems)
    _set_choice(values, "outcome", Outcome, data, problems)
    data.start_date = _date(values, "start_date", problems)
    data.planned_end_date = _date(values, "planned_end_date", problems)
    data.end_date = _date(values, "end_date", problems)
    data.hours_per_week = _number(values, "hours_per_week", float, problems)
    data.extent_percent = _number(values, "extent_percent", int, problems)
    data.price_per_month_kr = _number(values, "price_per_month_kr", int, problems)
    data.buyer_organisation_id = _find_organisation(session, values, "buyer", problems)
    data.payer_organisation_id = _find_organisation(session, values, "payer", problems) or data.buyer_organisation_id
    return data, enterprise_id, problems


def build_revenue(values: Row, session: Session) -> Built:
    problems: list[str] = []
    enterprise_id = find_enterprise(session, values, problems)
    data = RevenueInput(
        year=_number(values, "year", int, problems) or 0,
        public_kr=_number(values, "public_kr", int, problems) or 0,
        market_kr=_number(values, "market_kr", int, problems) or 0,
        notes=text_of(values.get("notes")),
    )
    return data, enterprise_id, problems


@dataclass(frozen=True)
class ImportKind:
    code: str
    aliases: dict[str, str]  # header key → field
    build: Callable[[Row, Session], Built]
    validate: Callable[[Any], dict[str, str]]
    known: Callable[[Session], KnownRecords]  # what is already there, by the keys a row matches on
    derived: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a column → the input fields it sets

    def given_fields(self, values: Row) -> set[str]:
        """The input fields this row gives a value: only those replace what is recorded."""
        given: set[str] = set()
        for key, value in values.items():
            if text_of(value) != "":
                given.update(self.derived.get(key, (key,)))
        return given

    def __post_init__(self) -> None:
        # asfdesk's own export names its columns by field: those headers are known too
        for target in set(self.aliases.values()):
            self.aliases.setdefault(header_key(target), target)


ENTERPRISE_ALIASES = {"foretag": "enterprise", "orgnr": "enterprise_orgnr", "organisationsnummer": "enterprise_orgnr"}

KINDS: dict[str, ImportKind] = {
    "enterprises": ImportKind(
        "enterprises",
        {
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
            "medlemisak": "member_sak",
            "sak": "member_sak",
            "medlemiskoopi": "member_skoopi",
            "skoopi": "member_skoopi",
        },
        build_enterprise,
        validate_enterprise,
        known_enterprises,
    ),
    "participants": ImportKind(
        "participants",
        {
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
            "skyddadepersonuppgifter": "protected_identity",
            "skyddadidentitet": "protected_identity",
            "remittent": "referrer",
            "remitterandeorganisation": "referrer",
            "anvisandeorganisation": "referrer",
            "referringorganisationid": "referrer",
            "handlaggare": "case_officer",
            "caseofficerid": "case_officer",
            "anteckningar": "notes",
        },
        build_participant,
        validate_participant,
        known_participants,
        {"referrer": ("referring_organisation_id",), "case_officer": ("case_officer_id",)},
    ),
    "contact_persons": ImportKind(
        "contact_persons",
        {
            **ENTERPRISE_ALIASES,
            "namn": "name",
            "kontaktperson": "name",
            "roll": "role",
            "epost": "email",
            "email": "email",
            "telefon": "phone",
            "handledarutbildning": "training_date",
            "utbildad": "training_date",
            "anteckningar": "notes",
        },
        build_contact_person,
        validate_contact_person,
        known_contact_persons,
    ),
    "placements": ImportKind(
        "placements",
        {
            **ENTERPRISE_ALIASES,
            "deltagare": "participant",
            "kod": "participant",
            "personnummer": "personnummer",
            "insats": "measure_type",
            "start": "start_date",
            "startdatum": "start_date",
            "planeratslut": "planned_end_date",
            "slut": "end_date",
            "slutdatum": "end_date",
            "utfall": "outcome",
            "timmarpervecka": "hours_per_week",
            "omfattning": "extent_percent",
            "ersattningpermanad": "price_per_month_kr",
            "pris": "price_per_month_kr",
            "kopare": "buyer",
            "betalare": "payer",
            "anteckningar": "notes",
        },
        build_placement,
        validate_placement,
        known_placements,
        {
            "participant": ("participant_id",),
            "personnummer": ("participant_id",),
            "buyer": ("buyer_organisation_id", "payer_organisation_id"),
            "payer": ("payer_organisation_id",),
        },
    ),
    "revenue": ImportKind(
        "revenue",
        {
            **ENTERPRISE_ALIASES,
            "ar": "year",
            "year": "year",
            "samhallsnyttigaintakter": "public_kr",
            "samhallsnyttiga": "public_kr",
            "platsforsaljning": "public_kr",
            "allmannyttigaintakter": "market_kr",
            "allmannyttiga": "market_kr",
            "forsaljning": "market_kr",
            "anteckningar": "notes",
        },
        build_revenue,
        validate_revenue,
        known_revenue,
    ),
}

KIND_LABELS = Labels(
    "import",
    {
        "enterprises": QT_TRANSLATE_NOOP("import", "Företag"),
        "participants": QT_TRANSLATE_NOOP("import", "Deltagare"),
        "contact_persons": QT_TRANSLATE_NOOP("import", "Kontaktpersoner"),
        "placements": QT_TRANSLATE_NOOP("import", "Placeringar"),
        "revenue": QT_TRANSLATE_NOOP("import", "Intäkter per år"),
    },
)
