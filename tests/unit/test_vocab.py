"""Vocabularies and the module catalogue."""

from __future__ import annotations

import importlib.util

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.formatting import format_extent, format_hours, format_kr
from asfdesk.domain.meetings import agenda_template
from asfdesk.domain.modules import GLADA_HUDIK_MODULES, module_id
from asfdesk.domain.vocab import (
    MeasureType,
    MeetingKind,
    ModuleStatus,
    Outcome,
    is_employment,
    outcome_is_work_or_studies,
)
from asfdesk.storage.probe import MIGRATIONS_DIR


def test_labels_are_swedish_and_unknown_codes_pass_through() -> None:
    """A stored code shows its Swedish label; an unknown code is shown as it is, never an error."""
    assert Outcome.label_of("arbete") == "Arbete"
    assert MeasureType.label_of("lonestod") == "Anställning med lönestöd (lönebidrag)"
    assert ModuleStatus.label_of("ej_aktuell") == "Ej aktuell"
    assert Outcome.label_of("finns-inte") == "finns-inte"
    assert Outcome.label_of(None) == ""


def test_required_outcomes_and_measures_exist() -> None:
    """Every outcome code the AME records and the common measure types are selectable."""
    assert {code for code, _ in Outcome.choices()} == {
        "arbete", "studier", "fortsatt_insats", "a-kassa", "forsorjningsstod", "sjukskrivning", "avbrott", "annat",
    }  # fmt: skip
    assert {"arbetstraning", "arbetsprovning", "praktik", "extratjanst", "daglig_verksamhet"} <= {
        code for code, _ in MeasureType.choices()
    }
    assert outcome_is_work_or_studies("studier") and not outcome_is_work_or_studies("avbrott")


def test_module_catalogue_matches_the_migration_seed() -> None:
    """The domain catalogue and the initial migration agree on codes, names, order and ids."""
    spec = importlib.util.spec_from_file_location("m0001", MIGRATIONS_DIR / "versions" / "0001_initial_schema.py")
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    seeded = [(code, name, order, parent) for code, name, order, parent in migration.SEED_MODULES]
    domain = [(m.code, m.name, m.order, m.parent_code) for m in GLADA_HUDIK_MODULES]
    assert seeded == domain
    assert len(domain) == 11
    assert migration._module_id("styrelse") == module_id("styrelse")


def test_swedish_order_puts_a_ring_a_umlaut_o_umlaut_last() -> None:
    """Names sort as a Swedish reader expects: … Z, Å, Ä, Ö."""
    names = ["Östersund", "Ås", "Älvsbyn", "Zinkgruvan", "Arvika"]
    assert sorted(names, key=swedish_key) == ["Arvika", "Zinkgruvan", "Ås", "Älvsbyn", "Östersund"]


def test_swedish_number_formats() -> None:
    """Money, hours and extent use Swedish separators."""
    assert format_kr(12000) == "12\u00a0000\u00a0kr"
    assert format_hours(1.5) == "1,5"
    assert format_hours(4.0) == "4"
    assert format_extent(20.0, None) == "20\u00a0tim/v"
    assert format_extent(None, 50) == "50\u00a0%"


def test_employment_is_the_paid_measures_only() -> None:
    """Lönestöd, introduktions-, nystarts- and extrajobb are employment; training and practice are not."""
    assert is_employment(MeasureType.WAGE_SUBSIDY.value) and is_employment(MeasureType.NEW_START_JOB.value)
    assert is_employment(MeasureType.LABOUR_MARKET_EMPLOYMENT.value)
    for unpaid in (MeasureType.WORK_TRAINING, MeasureType.INTERNSHIP, MeasureType.DAILY_ACTIVITY, MeasureType.OTHER):
        assert not is_employment(unpaid.value)
    assert not is_employment("")


def test_each_kind_of_meeting_starts_from_its_own_agenda() -> None:
    """A three-party talk opens on how it went; a board meeting on its opening; an unknown kind on nothing."""
    assert agenda_template(MeetingKind.THREE_PARTY.value).startswith("1. Hur har det gått sedan sist?")
    assert "drivkrafter" in agenda_template(MeetingKind.THREE_PARTY.value)
    assert agenda_template(MeetingKind.BOARD.value).startswith("1. Mötets öppnande")
    agendas = {agenda_template(kind.value) for kind in MeetingKind}
    assert len(agendas) == len(MeetingKind) and "" not in agendas
    assert agenda_template("okänd") == "" and agenda_template("") == ""
