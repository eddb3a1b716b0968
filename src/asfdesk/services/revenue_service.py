"""Revenue mix per enterprise and year: samhällsnyttiga (sold to authorities) against allmännyttiga intäkter."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.domain.planning_inputs import RevenueInput, public_share_percent, validate_revenue
from asfdesk.i18n import translate
from asfdesk.services.record_service import RecordService
from asfdesk.storage.models import RevenueFigure


@dataclass(frozen=True)
class RevenueRow:
    id: str
    year: int
    public_kr: int
    market_kr: int
    notes: str

    @property
    def total_kr(self) -> int:
        return self.public_kr + self.market_kr

    @property
    def public_share_percent(self) -> int | None:
        return public_share_percent(self.public_kr, self.market_kr)


class RevenueService(RecordService[RevenueFigure, RevenueInput]):
    model = RevenueFigure
    input_cls = RevenueInput
    parent_field = "enterprise_id"

    def validate(self, data: RevenueInput) -> dict[str, str]:
        return validate_revenue(data)

    def label(self, row: RevenueFigure) -> str:
        return translate("revenue", "intäkter %1").replace("%1", str(row.year))

    def create_in(
        self,
        session: Session,
        data: RevenueInput,
        parent_id: str | None = None,
        flush: bool = True,
        unique_checked: bool = False,
    ) -> str:
        if not unique_checked:
            self._raise_if(self._year_taken(session, parent_id or "", data.year, None))
        return super().create_in(session, data, parent_id, flush, unique_checked)

    def check_in_session(self, session: Session, data: RevenueInput, record_id: str | None) -> dict[str, str]:
        if record_id is None:
            return {}  # checked in create_in, which knows the enterprise
        row = self._get(session, record_id)
        return self._year_taken(session, row.enterprise_id, data.year, record_id)

    @staticmethod
    def _year_taken(session: Session, enterprise_id: str, year: int, record_id: str | None) -> dict[str, str]:
        clash = session.scalar(
            select(RevenueFigure.id).where(
                RevenueFigure.enterprise_id == enterprise_id,
                RevenueFigure.year == year,
                RevenueFigure.id != (record_id or ""),
            )
        )
        message = translate("revenue", "Intäkter för %1 finns redan; redigera dem i stället.").replace("%1", str(year))
        return {"year": message} if clash else {}

    def figures_of(self, enterprise_id: str) -> list[RevenueRow]:
        """The enterprise's years, newest first."""
        with self._session_factory() as session:
            rows = session.scalars(
                select(RevenueFigure)
                .where(RevenueFigure.enterprise_id == enterprise_id)
                .order_by(RevenueFigure.year.desc())
            ).all()
            return [RevenueRow(r.id, r.year, r.public_kr, r.market_kr, r.notes) for r in rows]
