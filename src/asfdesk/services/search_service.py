"""Global search over the full-text index: words are matched as prefixes, results grouped by kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.vocab import MeetingKind
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels

KIND_ORDER = ("enterprise", "contact_person", "participant", "support_contact", "meeting")
KIND_LABELS = Labels(
    "search",
    {
        "enterprise": QT_TRANSLATE_NOOP("search", "Företag"),
        "contact_person": QT_TRANSLATE_NOOP("search", "Kontaktpersoner"),
        "participant": QT_TRANSLATE_NOOP("search", "Deltagare"),
        "support_contact": QT_TRANSLATE_NOOP("search", "Handledarstöd"),
        "meeting": QT_TRANSLATE_NOOP("search", "Möten"),
    },
)
PER_KIND = 25
SNIPPET_WORDS = 12


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    enterprise_id: str | None
    enterprise: str
    title: str
    snippet: str


def match_expression(query: str) -> str | None:
    """FTS5 syntax for 'every word, as a prefix': `"cykel"* "luleå"*`; None when nothing searchable."""
    words = [w for w in re.split(r"[^\w@.-]+", query.casefold()) if w]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words) or None


class SearchService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def search(self, query: str) -> dict[str, list[SearchHit]]:
        """Hits by kind, in a fixed order of kinds, at most PER_KIND of each, best first."""
        expression = match_expression(query)
        if expression is None:
            return {}
        sql = text(
            f"""
            SELECT s.kind, s.record_id, s.enterprise_id, coalesce(e.name, ''), s.title,
                   snippet(search_index, 4, '[', ']', '…', {SNIPPET_WORDS})
            FROM (
                SELECT kind, record_id, enterprise_id, title, rowid AS rid,
                       row_number() OVER (PARTITION BY kind ORDER BY rank) AS n
                FROM search_index WHERE search_index MATCH :expression
            ) AS ranked
            JOIN search_index AS s ON s.rowid = ranked.rid
            LEFT JOIN enterprise AS e ON e.id = s.enterprise_id
            WHERE ranked.n <= :per_kind AND search_index MATCH :expression
            ORDER BY s.kind, ranked.n
            """
        )
        grouped: dict[str, list[SearchHit]] = {}
        with self._session_factory() as session:
            for kind, record_id, enterprise_id, enterprise, title, snippet in session.execute(
                sql, {"expression": expression, "per_kind": PER_KIND}
            ):
                if kind == "meeting":
                    code, _, day = title.partition(" ")
                    title = f"{MeetingKind.label_of(code)} {day}"
                grouped.setdefault(kind, []).append(
                    SearchHit(kind, record_id, enterprise_id, enterprise, title, snippet)
                )
        return {kind: grouped[kind] for kind in KIND_ORDER if kind in grouped}

    def placement_of_participant(self, participant_id: str) -> tuple[str, str] | None:
        """(enterprise id, placement id) of the participant's latest placement, to open from a hit."""
        with self._session_factory() as session:
            row = session.execute(
                text(
                    "SELECT enterprise_id, id FROM placement WHERE participant_id = :p AND deleted_at IS NULL "
                    "ORDER BY start_date DESC LIMIT 1"
                ),
                {"p": participant_id},
            ).first()
            return (row[0], row[1]) if row else None
