"""Platskatalog: writing places, and reading which are filled and which are vacant.

A place is filled by the ongoing placements that name it; what is left of its capacity is
vacant. Nothing about occupancy is stored, so it always agrees with the placements.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.collation import swedish_key
from asfdesk.domain.planning_inputs import PlaceInput, validate_place
from asfdesk.domain.vocab import EnterpriseStatus, MeasureType, PlacementStatus
from asfdesk.i18n import translate
from asfdesk.services.record_service import RecordService
from asfdesk.storage.models import Enterprise, Participant, Place, Placement


class PlaceService(RecordService[Place, PlaceInput]):
    model = Place
    input_cls = PlaceInput
    parent_field = "enterprise_id"

    def validate(self, data: PlaceInput) -> dict[str, str]:
        return validate_place(data)

    def normalise(self, data: PlaceInput) -> PlaceInput:
        data.title = data.title.strip()
        data.business_line = data.business_line.strip()
        data.measure_types = list(dict.fromkeys(data.measure_types))
        return data

    def label(self, row: Place) -> str:
        return row.title


@dataclass(frozen=True)
class PlaceRow:
    id: str
    enterprise_id: str
    enterprise: str
    municipality: str
    title: str
    tasks: str
    business_line: str
    capacity: int
    filled: int
    measure_types: tuple[str, ...]
    adaptations: str
    active: bool
    occupants: tuple[str, ...]  # pseudonyms of the ongoing placements

    @property
    def vacant(self) -> int:
        return max(0, self.capacity - self.filled) if self.active else 0

    @property
    def measures_label(self) -> str:
        if not self.measure_types:
            return translate("places", "alla insatser")
        return ", ".join(MeasureType.label_of(code) for code in self.measure_types)

    def accepts(self, measure_type: str) -> bool:
        return not self.measure_types or measure_type in self.measure_types


class PlaceCatalogue:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def places_of(self, enterprise_id: str) -> list[PlaceRow]:
        """The enterprise's places, active first, each with who fills it now."""
        rows = self._rows(Place.enterprise_id == enterprise_id)
        return sorted(rows, key=lambda r: (not r.active, swedish_key(r.title)))

    def vacant(self, municipality: str = "", business_line: str = "", measure_type: str = "") -> list[PlaceRow]:
        """Places with room now at enterprises still running, narrowed by kommun, bransch and insats."""
        conditions: list[ColumnElement[bool]] = [
            Place.active.is_(True),
            Enterprise.status.not_in([EnterpriseStatus.WOUND_UP, EnterpriseStatus.DORMANT]),
        ]
        if municipality:
            conditions.append(Enterprise.municipality == municipality)
        line = business_line.casefold()
        rows = [
            r
            for r in self._rows(*conditions)
            if r.vacant > 0
            and (not measure_type or r.accepts(measure_type))
            and (not line or r.business_line.casefold() == line)
        ]
        return sorted(
            rows, key=lambda r: (swedish_key(r.municipality), swedish_key(r.enterprise), swedish_key(r.title))
        )

    def business_lines(self) -> list[str]:
        with self._session_factory() as session:
            lines = session.scalars(select(Place.business_line).where(Place.business_line != "").distinct()).all()
        return sorted(set(lines), key=swedish_key)

    def municipalities(self) -> list[str]:
        with self._session_factory() as session:
            names = session.scalars(
                select(Enterprise.municipality).join(Place, Place.enterprise_id == Enterprise.id).distinct()
            ).all()
        return sorted(set(names), key=swedish_key)

    def choices(self, enterprise_id: str) -> list[tuple[str, str]]:
        """(id, 'title (n lediga)') for the placement form."""
        return [
            (
                r.id,
                translate("places", "%1 (%2 av %3 lediga)")
                .replace("%1", r.title)
                .replace("%2", str(r.vacant))
                .replace("%3", str(r.capacity)),
            )
            for r in self.places_of(enterprise_id)
            if r.active
        ]

    def _rows(self, *conditions: ColumnElement[bool]) -> list[PlaceRow]:
        with self._session_factory() as session:
            places = session.execute(
                select(Place, Enterprise.name, Enterprise.municipality)
                .join(Enterprise, Enterprise.id == Place.enterprise_id)
                .where(*conditions)
            ).all()
            occupants: dict[str, list[str]] = {}
            filled = session.execute(
                select(Placement.place_id, Participant.code)
                .join(Participant, Participant.id == Placement.participant_id)
                .join(Place, Place.id == Placement.place_id)
                .join(Enterprise, Enterprise.id == Place.enterprise_id)
                .where(Placement.status == PlacementStatus.ONGOING, *conditions)
            )
            for place_id, code in filled:
                occupants.setdefault(place_id or "", []).append(code)
            return [
                PlaceRow(
                    id=p.id,
                    enterprise_id=p.enterprise_id,
                    enterprise=name,
                    municipality=municipality,
                    title=p.title,
                    tasks=p.tasks,
                    business_line=p.business_line,
                    capacity=p.capacity,
                    filled=len(occupants.get(p.id, [])),
                    measure_types=tuple(p.measure_types or ()),
                    adaptations=p.adaptations,
                    active=p.active,
                    occupants=tuple(sorted(occupants.get(p.id, []))),
                )
                for p, name, municipality in places
            ]
