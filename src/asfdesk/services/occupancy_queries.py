"""An agreement's month-by-month beläggning and what is payable, read from its placements; XLSX for invoices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.formatting import Quantity, Unit, quantity
from asfdesk.domain.occupancy import AgreementTerms, MonthOccupancy, Stay, month_end, monthly_occupancy
from asfdesk.domain.vocab import AgreementType, MeasureType, is_employment
from asfdesk.services.errors import RecordNotFoundError
from asfdesk.storage.models import Agreement, Enterprise, Organisation, Participant, Placement
from asfdesk.storage.sheet_cells import append_row, fit_columns, save_workbook


@dataclass(frozen=True)
class UnpaidPlacement:
    placement_id: str
    label: str
    start: date


@dataclass(frozen=True)
class AgreementOccupancy:
    agreement_id: str
    title: str
    enterprise: str
    buyer: str
    terms: AgreementTerms | None  # None: no start date or no contracted places, so nothing to compute
    months: list[MonthOccupancy]
    unpaid: list[UnpaidPlacement]  # placements under the agreement recorded with no compensation

    @property
    def payable_kr(self) -> Decimal:
        return sum((m.payable_kr for m in self.months), Decimal(0))


def _terms(a: Agreement) -> AgreementTerms | None:
    if a.start_date is None or not a.contracted_places:
        return None
    return AgreementTerms(
        start=a.start_date,
        end=a.end_date,
        contracted_places=a.contracted_places,
        price_per_place_month_kr=a.price_per_place_month_kr or 0,
        price_employed_month_kr=a.price_employed_month_kr,
        max_months_per_participant=a.max_months_per_participant,
    )


def stays_of(session: Session, agreement_ids: list[str]) -> dict[str, list[Stay]]:
    """Each agreement's placements as stays (pseudonym and measure as the label)."""
    rows = session.execute(
        select(Placement, Participant.code)
        .join(Participant, Participant.id == Placement.participant_id)
        .where(Placement.agreement_id.in_(agreement_ids))
    ).all()
    result: dict[str, list[Stay]] = {}
    for p, code in rows:
        assert p.agreement_id is not None
        result.setdefault(p.agreement_id, []).append(
            Stay(
                placement_id=p.id,
                label=f"{code}, {MeasureType.label_of(p.measure_type).lower()}",
                start=p.start_date,
                end=p.end_date,
                employed=is_employment(p.measure_type),
                no_compensation=p.no_compensation,
            )
        )
    return result


class OccupancyQueries:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def occupancy(self, agreement_id: str, through: date | None = None) -> AgreementOccupancy:
        """The agreement month by month up to `through` (default: the end of this month)."""
        through = through or month_end(date.today())
        with self._session_factory() as session:
            row = session.execute(
                select(Agreement, Enterprise.name, Organisation.name)
                .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
                .outerjoin(Organisation, Organisation.id == Agreement.buyer_organisation_id)
                .where(Agreement.id == agreement_id)
            ).one_or_none()
            if row is None:
                raise RecordNotFoundError(agreement_id)
            agreement, enterprise, buyer = row
            stays = stays_of(session, [agreement_id]).get(agreement_id, [])
            terms = _terms(agreement)
            return AgreementOccupancy(
                agreement_id=agreement_id,
                title=agreement.title or AgreementType.label_of(agreement.agreement_type),
                enterprise=enterprise,
                buyer=buyer or "",
                terms=terms,
                months=monthly_occupancy(terms, stays, through) if terms else [],
                unpaid=sorted(
                    (UnpaidPlacement(s.placement_id, s.label, s.start) for s in stays if s.no_compensation),
                    key=lambda u: u.start,
                ),
            )


def running_agreements(session: Session, today: date) -> list[tuple[str, str, str, AgreementTerms, list[Stay]]]:
    """(id, enterprise id, title, terms, stays) of every agreement with contracted places running today."""
    agreements = session.scalars(
        select(Agreement).where(
            Agreement.contracted_places > 0,
            Agreement.start_date <= today,
            (Agreement.end_date.is_(None)) | (Agreement.end_date >= today),
        )
    ).all()
    stays = stays_of(session, [a.id for a in agreements])
    result = []
    for a in agreements:
        terms = _terms(a)
        if terms is not None:
            title = a.title or AgreementType.label_of(a.agreement_type)
            result.append((a.id, a.enterprise_id, title, terms, stays.get(a.id, [])))
    return result


def write_occupancy_xlsx(data: AgreementOccupancy, path: Path) -> Path:
    """Month rows and one row per placement and month, for checking the buyer's invoices."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    months = book.active
    assert months is not None
    months.title = "Per månad"
    append_row(months, ["Avtal", data.title, "Företag", data.enterprise, "Köpare", data.buyer])
    append_row(months, [])
    append_row(months, ["Månad", "Avtalade platsmånader", "Fyllda platsmånader", "Beläggning", "Att betala"])
    header_rows = [1, 3]
    for m in data.months:
        append_row(
            months,
            [
                f"{m.month:%Y-%m}",
                Quantity(m.contracted_place_months, Unit.HUNDREDTHS),
                Quantity(m.filled_place_months, Unit.HUNDREDTHS),
                quantity(m.occupancy_percent, Unit.PERCENT),
                Quantity(m.payable_kr, Unit.KR_ORE),
            ],
        )
    append_row(months, ["Summa", None, None, None, Quantity(data.payable_kr, Unit.KR_ORE)])
    details = book.create_sheet("Per placering")
    append_row(
        details,
        ["Månad", "Placering", "Dagar i månaden", "Dagar på platsen", "Betalda dagar", "Pris/mån", "Att betala"],
    )
    for m in data.months:
        for s in m.stays:
            append_row(
                details,
                [
                    f"{m.month:%Y-%m}",
                    s.label,
                    m.days_in_month,
                    s.days,
                    s.paid_days,
                    quantity(s.rate_kr, Unit.KR),
                    Quantity(s.payable_kr, Unit.KR_ORE),
                ],
            )
    if data.unpaid:
        unpaid = book.create_sheet("Utan ersättning")
        append_row(unpaid, ["Placering", "Start"])
        for u in data.unpaid:
            append_row(unpaid, [u.label, u.start])
    for row in header_rows:
        for cell in months[row]:
            cell.font = Font(bold=True)
    for sheet in book.worksheets:
        if sheet is not months:
            for cell in sheet[1]:
                cell.font = Font(bold=True)
        fit_columns(sheet, maximum=40)
    return save_workbook(book, path)
