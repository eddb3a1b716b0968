"""Controlled vocabularies of the field, each defined once with its Swedish label.

The enum *values* are stable codes stored in the database; the labels are what users read.
Labels are Swedish because the field is Swedish; `label` gives the display language's word
(through `asfdesk.i18n`, context "vocab"), `sv_label` always the Swedish one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from asfdesk.i18n import translate


class LabelledEnum(StrEnum):
    """A string enum whose members carry a human label (Swedish, translated for display)."""

    sv_label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.sv_label = label
        return member

    @property
    def label(self) -> str:
        return translate("vocab", self.sv_label)

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(code, label) pairs in declaration order, for combo boxes and filters."""
        return [(m.value, m.label) for m in cls]

    @classmethod
    def from_code(cls, code: str) -> Self:
        """The member for a stored code (ValueError when unknown)."""
        member = cls._value2member_map_.get(code)
        if not isinstance(member, cls):
            raise ValueError(f"{code!r} is not a {cls.__name__}")
        return member

    @classmethod
    def label_of(cls, code: str | None) -> str:
        """The label for a stored code; unknown or empty codes are shown as they are."""
        if not code:
            return ""
        member = cls._value2member_map_.get(code)
        return member.label if isinstance(member, LabelledEnum) else code


class EnterpriseStatus(LabelledEnum):
    IDEA = "ide", "Idé"
    STARTUP = "uppstart", "Uppstart"
    ESTABLISHED = "etablerad", "Etablerad"
    DORMANT = "vilande", "Vilande"
    WOUND_UP = "avvecklad", "Avvecklad"


class LegalForm(LabelledEnum):
    ECONOMIC_ASSOCIATION = "ekonomisk_forening", "Ekonomisk förening"
    NON_PROFIT_ASSOCIATION = "ideell_forening", "Ideell förening"
    LIMITED_DIVIDEND_COMPANY = "ab_bvu", "Aktiebolag med begränsad vinstutdelning"
    LIMITED_COMPANY = "ab", "Aktiebolag"
    FOUNDATION = "stiftelse", "Stiftelse"
    OTHER = "annan", "Annan"


class OrganisationKind(LabelledEnum):
    COOMPANION = "coompanion", "Coompanion"
    AME = "ame", "Arbetsmarknadsenhet (AME)"
    AF = "af", "Arbetsförmedlingen"
    FK = "fk", "Försäkringskassan"
    SAMORDNINGSFORBUND = "samordningsforbund", "Samordningsförbund"
    MUNICIPALITY = "kommun", "Kommun"
    REGION = "region", "Region"
    SOCIAL_SERVICES = "ifo", "Socialtjänst/IFO"
    NETWORK = "natverk", "Nätverk (SAK, Skoopi)"
    OTHER = "annan", "Annan"


class StaffRole(LabelledEnum):
    ADVISOR = "radgivare", "Rådgivare"
    CASE_OFFICER = "handlaggare", "Handläggare"
    PROCESS_LEADER = "processledare", "Processledare"
    COORDINATOR = "samordnare", "Samordnare"
    OTHER = "annan", "Annan"


class ContactRole(LabelledEnum):
    CHAIR = "ordforande", "Ordförande"
    MANAGER = "verksamhetsledare", "Verksamhetsledare"
    SUPERVISOR = "handledare", "Handledare"
    BOARD_MEMBER = "ledamot", "Styrelseledamot"
    TREASURER = "kassor", "Kassör"
    OTHER = "annan", "Annan"


class AgreementType(LabelledEnum):
    IOP = "iop", "IOP (idéburet offentligt partnerskap)"
    FRAMEWORK = "ramavtal", "Ramavtal"
    RUNNING = "lopande_avtal", "Löpande avtal"
    DIRECT_PROCUREMENT = "direktupphandling", "Direktupphandling"
    RESERVED_PROCUREMENT = "reserverad_upphandling", "Reserverad upphandling"
    TRAINING_PLACES = "arbetstraningsplatser", "Avtal om arbetsträningsplatser"
    UNDERSTANDING = "overenskommelse", "Överenskommelse"
    START_GRANT = "startbidrag", "Startbidrag"


class ModuleStatus(LabelledEnum):
    NOT_STARTED = "ej_paborjad", "Ej påbörjad"
    IN_PROGRESS = "pagar", "Pågår"
    DONE = "klar", "Klar"
    NOT_APPLICABLE = "ej_aktuell", "Ej aktuell"


class ContactForm(LabelledEnum):
    VISIT = "besok", "Besök"
    PHONE = "telefon", "Telefon"
    DIGITAL = "digitalt", "Digitalt"
    EMAIL = "e-post", "E-post"


class Gender(LabelledEnum):
    WOMAN = "kvinna", "Kvinna"
    MAN = "man", "Man"
    OTHER = "annat", "Annat/ej angivet"


class MeasureType(LabelledEnum):
    WORK_TRAINING = "arbetstraning", "Arbetsträning"
    WORK_ASSESSMENT = "arbetsprovning", "Arbetsprövning"
    INTERNSHIP = "praktik", "Praktik"
    OCCUPATION = "sysselsattning", "Sysselsättning"
    REHABILITATION = "rehabilitering", "Rehabiliteringsplats"
    WAGE_SUBSIDY = "lonestod", "Anställning med lönestöd (lönebidrag)"
    INTRODUCTION_JOB = "introduktionsjobb", "Introduktionsjobb"
    NEW_START_JOB = "nystartsjobb", "Nystartsjobb"
    EXTRA_JOB = "extratjanst", "Extratjänst"
    LABOUR_MARKET_EMPLOYMENT = "arbetsmarknadsanstallning", "Arbetsmarknadsanställning"
    DAILY_ACTIVITY = "daglig_verksamhet", "Daglig verksamhet (LSS/SoL)"
    OTHER = "annat", "Annat"


class PlacementStatus(LabelledEnum):
    PLANNED = "planerad", "Planerad"
    ONGOING = "pagaende", "Pågående"
    ENDED = "avslutad", "Avslutad"


class Outcome(LabelledEnum):
    WORK = "arbete", "Arbete"
    STUDIES = "studier", "Studier"
    CONTINUED_MEASURE = "fortsatt_insats", "Fortsatt insats"
    UNEMPLOYMENT_FUND = "a-kassa", "A-kassa"
    SOCIAL_ASSISTANCE = "forsorjningsstod", "Försörjningsstöd"
    SICK_LEAVE = "sjukskrivning", "Sjukskrivning"
    DROPPED_OUT = "avbrott", "Avbrott"
    OTHER = "annat", "Annat"


class MeetingKind(LabelledEnum):
    FOLLOW_UP = "uppfoljning", "Uppföljning"
    THREE_PARTY = "trepartssamtal", "Trepartssamtal"
    WORKPLACE_VISIT = "arbetsplatsbesok", "Arbetsplatsbesök"
    NETWORK = "natverkstraff", "Nätverksträff"
    DIALOGUE = "dialogmote", "Dialogmöte"
    BOARD = "styrelsemote", "Styrelsemöte"


class MeetingStatus(LabelledEnum):
    PLANNED = "planerat", "Planerat"
    HELD = "genomfort", "Genomfört"
    CANCELLED = "installt", "Inställt"


class ActivityStatus(LabelledEnum):
    NOT_STARTED = "ej_paborjad", "Ej påbörjad"
    IN_PROGRESS = "pagar", "Pågår"
    DONE = "klar", "Klar"
    ONGOING = "lopande", "Löpande"


EMPLOYMENT_MEASURES = frozenset(
    {
        MeasureType.WAGE_SUBSIDY,
        MeasureType.INTRODUCTION_JOB,
        MeasureType.NEW_START_JOB,
        MeasureType.EXTRA_JOB,
        MeasureType.LABOUR_MARKET_EMPLOYMENT,
    }
)


def is_employment(measure_type: str) -> bool:
    """The enterprise employs the person (paid at an agreement's employment rate)."""
    return measure_type in EMPLOYMENT_MEASURES


def outcome_is_work_or_studies(code: str | None) -> bool:
    """Funders count exits to work or studies as the measure's result."""
    return code in (Outcome.WORK, Outcome.STUDIES)


class ConsentRecipient(LabelledEnum):
    AME = "ame", "Arbetsmarknadsenheten (AME)"
    AF = "af", "Arbetsförmedlingen"
    SAMORDNINGSFORBUND = "samordningsforbund", "Samordningsförbundet"
    FUNDER = "finansiar", "Finansiär"
