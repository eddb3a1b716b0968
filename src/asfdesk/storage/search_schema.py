"""The full-text search index: an FTS5 table kept in step with the records by SQL triggers.

Triggers (not application code) keep it current, so every writer — the window, the command
line, an import — updates it in the same transaction as the record. Soft-deleted rows leave
the index. Personnummer are never indexed.

Each entry's rowid is the source row's rowid × 8 + the kind's number, so a trigger finds its
entry directly instead of scanning the index. SQLite's VACUUM may renumber implicit rowids:
run `rebuild_statements()` after one. Changing what is indexed takes a new migration that
drops, creates and fills the index again.
"""

from __future__ import annotations

INDEX_TABLE = "search_index"
TERMS_TABLE = "search_terms"  # per connection, temporary: the index's vocabulary, for prefix searches


def terms_table_statement() -> str:
    """Every connection's own view of the index's words (an fts5vocab table in `temp`: nothing is stored)."""
    return f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{TERMS_TABLE} USING fts5vocab(main, {INDEX_TABLE}, 'row')"


# An enterprise's business lines are a JSON list, stored with its letters escaped ("caf\u00e9"):
# the index holds them as the words they are ("café, städ"), so they are found and read as such.
BUSINESS_LINES = (
    "coalesce(CASE WHEN json_valid(NEW.business_lines) "
    "THEN (SELECT group_concat(value, ', ') FROM json_each(NEW.business_lines)) "
    "ELSE NEW.business_lines END, '')"
)

# kind: (title SQL, body SQL, enterprise id SQL), all over the row alias NEW.
INDEXED: dict[str, tuple[str, str, str]] = {
    "enterprise": (
        "NEW.name",
        "coalesce(NEW.orgnr,'') || ' ' || NEW.municipality || ' ' || coalesce(NEW.city,'') || ' ' || "
        f"{BUSINESS_LINES} || ' ' || coalesce(NEW.notes,'')",
        "NEW.id",
    ),
    "contact_person": (
        "NEW.name",
        "coalesce(NEW.role,'') || ' ' || coalesce(NEW.email,'') || ' ' || coalesce(NEW.phone,'') || ' ' || "
        "coalesce(NEW.notes,'')",
        "NEW.enterprise_id",
    ),
    "participant": ("NEW.code", "coalesce(NEW.notes,'')", "NULL"),
    "support_contact": (
        "'Handledarstöd ' || NEW.contact_date",
        "coalesce(NEW.notes,'') || ' ' || coalesce(NEW.next_step,'')",
        "NEW.enterprise_id",
    ),
    "meeting": (
        "NEW.kind || ' ' || substr(NEW.starts_at, 1, 10)",
        "coalesce(NEW.place,'') || ' ' || coalesce(NEW.agenda,'') || ' ' || coalesce(NEW.notes,'')",
        "NEW.enterprise_id",
    ),
}


KIND_NUMBER = {kind: number for number, kind in enumerate(INDEXED, start=1)}


def kind_token(kind: str) -> str:
    """The word the indexed `kind` column holds, so a search can ask for one kind inside the index
    (`kind : kindenterprise AND …`) instead of filtering a million hits afterwards."""
    return "kind" + kind.replace("_", "")


def _insert(kind: str, alias: str = "NEW") -> str:
    title, body, enterprise = (part.replace("NEW.", f"{alias}.") for part in INDEXED[kind])
    source = "(SELECT 1)" if alias == "NEW" else kind
    token = kind_token(kind)
    return (
        f"INSERT INTO {INDEX_TABLE}(rowid, kind, record_id, enterprise_id, title, body) "
        f"SELECT {alias}.rowid * 8 + {KIND_NUMBER[kind]}, '{token}', {alias}.id, {enterprise}, {title}, {body} "
        f"FROM {source} WHERE {alias}.deleted_at IS NULL"
    )


def create_statements() -> list[str]:
    statements = [
        f"CREATE VIRTUAL TABLE {INDEX_TABLE} USING fts5("
        "kind, record_id UNINDEXED, enterprise_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    ]
    for kind in INDEXED:
        remove = f"DELETE FROM {INDEX_TABLE} WHERE rowid = OLD.rowid * 8 + {KIND_NUMBER[kind]}"
        statements += [
            f"CREATE TRIGGER {INDEX_TABLE}_{kind}_ai AFTER INSERT ON {kind} BEGIN {_insert(kind)}; END",
            f"CREATE TRIGGER {INDEX_TABLE}_{kind}_au AFTER UPDATE ON {kind} BEGIN {remove}; {_insert(kind)}; END",
            f"CREATE TRIGGER {INDEX_TABLE}_{kind}_ad AFTER DELETE ON {kind} BEGIN {remove}; END",
        ]
    return statements


def deferred_insert_statements(kind: str) -> tuple[list[str], list[str]] | None:
    """For a bulk load of `kind` inside one transaction: statements to run before (drop the insert
    trigger, remember where the table ends) and after (index the new rows at once, put the trigger
    back). Indexing row by row in a long transaction costs ~15x more: FTS5 flushes its pending
    terms at every savepoint and merges the small segments again and again. DDL is transactional
    in SQLite, so a rollback or a crash leaves the trigger as it was. None if `kind` is not indexed.
    """
    if kind not in INDEXED:
        return None
    trigger = f"{INDEX_TABLE}_{kind}_ai"
    mark = f"{INDEX_TABLE}_bulk_{kind}"
    before = [
        f"DROP TRIGGER {trigger}",
        f"CREATE TEMP TABLE IF NOT EXISTS {mark}(last INTEGER)",
        f"DELETE FROM temp.{mark}",
        f"INSERT INTO temp.{mark} SELECT coalesce(max(rowid), 0) FROM {kind}",
    ]
    after = [
        # a new row that the load also updated is already in (the update trigger indexed it)
        _insert(kind, kind)
        + f" AND {kind}.rowid > (SELECT last FROM temp.{mark})"
        + f" AND NOT EXISTS (SELECT 1 FROM {INDEX_TABLE} WHERE rowid = {kind}.rowid * 8 + {KIND_NUMBER[kind]})",
        f"CREATE TRIGGER {trigger} AFTER INSERT ON {kind} BEGIN {_insert(kind)}; END",
        f"DROP TABLE temp.{mark}",
    ]
    return before, after


def fill_statements() -> list[str]:
    """Index the rows that existed before the index did."""
    return [_insert(kind, kind) for kind in INDEXED]


def rebuild_statements() -> list[str]:
    return [f"DELETE FROM {INDEX_TABLE}", *fill_statements()]


def drop_statements() -> list[str]:
    drops = [
        f"DROP TRIGGER IF EXISTS {INDEX_TABLE}_{kind}_{suffix}" for kind in INDEXED for suffix in ("ai", "au", "ad")
    ]
    return [*drops, f"DROP TABLE IF EXISTS {INDEX_TABLE}"]


def recreate_statements() -> list[str]:
    """Drop, create and fill the index in today's form: what a migration that changes what is
    indexed runs (in both directions: older versions search it the same way)."""
    return [*drop_statements(), *create_statements(), *fill_statements()]


def is_search_table(name: str) -> bool:
    """FTS5 keeps shadow tables (search_index_data, …) that the ORM does not model."""
    return name == INDEX_TABLE or name.startswith(INDEX_TABLE + "_")
