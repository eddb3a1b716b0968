"""Global search over the full-text index: words are matched as prefixes, results grouped by kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.vocab import MeetingKind
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels
from asfdesk.storage.search_schema import INDEX_TABLE, kind_token

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


NEWEST_FIRST = {"support_contact", "meeting"}  # notes: the latest is what people look for


def kind_expression(kind: str, expression: str) -> str:
    """The user's words in the titles and bodies of one kind's entries."""
    return f"kind : {kind_token(kind)} AND {{title body}} : ({expression})"


def kind_query(kind: str) -> TextClause:
    """The FTS5 query for one kind's hits (`:expression` from kind_expression)."""
    order = "rowid DESC" if kind in NEWEST_FIRST else "rank"
    return text(
        f"SELECT record_id, enterprise_id, title, snippet({INDEX_TABLE}, 4, '[', ']', '…', {SNIPPET_WORDS}) "
        f"FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :expression ORDER BY {order} LIMIT :per_kind"
    )


def _title(kind: str, title: str) -> str:
    if kind == "meeting":
        code, _, day = title.partition(" ")
        return f"{MeetingKind.label_of(code)} {day}"
    return title


class SearchService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def search(self, query: str) -> dict[str, list[SearchHit]]:
        """Hits by kind, in a fixed order of kinds, at most PER_KIND of each.

        One query per kind, each stopping at PER_KIND hits: names and codes best match first
        (bm25, computed only for that kind's rows), notes of contacts and meetings newest first
        (the index's own row order, read backwards), so a common word in a million notes costs
        no ranking of all of them.
        """
        expression = match_expression(query)
        if expression is None:
            return {}
        grouped: dict[str, list[SearchHit]] = {}
        with self._session_factory() as session:
            for kind in KIND_ORDER:
                wanted = {"expression": kind_expression(kind, expression), "per_kind": PER_KIND}
                rows = session.execute(kind_query(kind), wanted).all()
                grouped[kind] = [SearchHit(kind, r[0], r[1], "", r[2], r[3]) for r in rows]
            names = self._enterprise_names(session, {h.enterprise_id for hits in grouped.values() for h in hits})
        result: dict[str, list[SearchHit]] = {}
        for kind in KIND_ORDER:
            hits = [
                SearchHit(
                    h.kind,
                    h.record_id,
                    h.enterprise_id,
                    names.get(h.enterprise_id or "", ""),
                    _title(kind, h.title),
                    h.snippet,
                )
                for h in grouped[kind]
            ]
            if hits:
                result[kind] = hits
        return result

    @staticmethod
    def _enterprise_names(session: Session, ids: set[str | None]) -> dict[str, str]:
        wanted = sorted(i for i in ids if i)
        if not wanted:
            return {}
        rows = session.execute(
            text(
                "SELECT id, name FROM enterprise WHERE id IN (" + ",".join(f":e{n}" for n in range(len(wanted))) + ")"
            ),
            {f"e{n}": value for n, value in enumerate(wanted)},
        )
        return {row[0]: row[1] for row in rows}

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
