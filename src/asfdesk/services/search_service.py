"""Global search over the full-text index: words are matched as prefixes, results grouped by kind."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.vocab import MeetingKind
from asfdesk.i18n import QT_TRANSLATE_NOOP, Labels
from asfdesk.storage.search_schema import INDEX_TABLE, TERMS_TABLE, kind_token

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


MARK_START, MARK_END = "\x02", "\x03"  # around the words found, in `marked`; never in a record's text


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    enterprise_id: str | None
    enterprise: str
    title: str
    marked: str  # the context of the hit, the words found between MARK_START and MARK_END

    @property
    def snippet(self) -> str:
        """The context as plain text: one line, the markers gone."""
        return " ".join(self.marked.replace(MARK_START, "").replace(MARK_END, "").split())

    def html(self) -> str:
        """The context with the words found in bold, for a label."""
        text = html.escape(" ".join(self.marked.split()))
        return text.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def query_words(query: str) -> list[str]:
    """The words of a query as the index holds them (lower case); punctuation typed by the user is dropped."""
    return [w for w in re.split(r"[^\w@.-]+", query.casefold()) if w]


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def word_expression(word: str, terms: Sequence[str] | None = None) -> str:
    """FTS5 syntax for one word as a prefix: the index's own words that start with it, when known
    (`("handledare" OR "handledarens")`), else FTS5's prefix query (`"handledare"*`)."""
    if not terms:
        return _quoted(word) + "*"
    if len(terms) == 1:
        return _quoted(terms[0])
    return "(" + " OR ".join(_quoted(t) for t in terms) + ")"


def match_expression(query: str, terms: Mapping[str, Sequence[str]] | None = None) -> str | None:
    """FTS5 syntax for 'every word, as a prefix': `"cykel"* AND "luleå"*`; None when nothing searchable.

    `terms` gives, for a word, the indexed words it begins (see `terms_query`)."""
    words = query_words(query)
    return " AND ".join(word_expression(w, (terms or {}).get(w)) for w in words) or None


TOKEN = re.compile(r"\w+")


def expandable(word: str) -> bool:
    """A word the index holds as one token (no '@', '.' or '-' inside), so its completions can be listed."""
    return TOKEN.fullmatch(word) is not None


# A word that begins more indexed words than this (a letter or two) is left to FTS5's own prefix query.
MAX_TERMS = 32


def terms_query() -> TextClause:
    """The indexed words beginning with `:low` (up to `:high`), at most MAX_TERMS + 1 of them."""
    return text(f"SELECT term FROM temp.{TERMS_TABLE} WHERE term >= :low AND term < :high LIMIT {MAX_TERMS + 1}")


def term_range(word: str) -> dict[str, str]:
    return {"low": word, "high": word + "\U0010ffff"}


def completions(query: str, indexed_words: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """The indexed words each query word begins (`indexed_words` runs `terms_query`), for the
    words that begin few enough.

    FTS5 answers a prefix query by first merging the hit lists of every word with that prefix,
    once per query; a common word in a million notes makes that the slowest part of a search.
    Naming the words themselves lets each kind's query stop at its first hits.
    """
    found: dict[str, list[str]] = {}
    for word in {w for w in query_words(query) if expandable(w)}:
        terms = indexed_words(word)
        if 0 < len(terms) <= MAX_TERMS:
            found[word] = terms
    return found


NEWEST_FIRST = {"support_contact", "meeting"}  # notes: the latest is what people look for


def kind_expression(kind: str, expression: str) -> str:
    """The user's words in the titles and bodies of one kind's entries."""
    return f"kind : {kind_token(kind)} AND {{title body}} : ({expression})"


def kind_query(kind: str) -> TextClause:
    """The FTS5 query for one kind's hits (`:expression` from kind_expression)."""
    order = "rowid DESC" if kind in NEWEST_FIRST else "rank"
    return text(
        f"SELECT record_id, enterprise_id, title, snippet({INDEX_TABLE}, 4, char(2), char(3), '…', {SNIPPET_WORDS}) "
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
        if not query_words(query):
            return {}
        grouped: dict[str, list[SearchHit]] = {}
        with self._session_factory() as session:
            expression = match_expression(query, self._completions(session, query))
            assert expression is not None
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
                    h.marked,
                )
                for h in grouped[kind]
            ]
            if hits:
                result[kind] = hits
        return result

    @staticmethod
    def _completions(session: Session, query: str) -> dict[str, list[str]]:
        return completions(query, lambda word: list(session.scalars(terms_query(), term_range(word))))

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
