"""What each team role does not receive, as the laptop and the server both need to know it.

The server enforces it (row-level security in server/policies.py for whole tables, server/fields.py
for fields); the laptop uses the same facts to explain, where a user would look, why a view is
empty or a field closed (decision 0017). A handläggare's personnummer depends on consent and is
decided by the server alone.
"""

from __future__ import annotations

ALWAYS_WITHHELD: dict[str, dict[str, frozenset[str]]] = {
    "radgivare": {"participant": frozenset({"personnummer", "notes"}), "placement": frozenset({"notes"})},
    "samordnare": {"participant": frozenset({"personnummer", "notes"})},
    "handlaggare": {"participant": frozenset({"personnummer"})},  # unless consent allows (server/fields.py)
    "admin": {"participant": frozenset({"personnummer", "notes"})},
}
# fields the server may still send to a role, record by record (consent)
SOMETIMES_SENT: dict[str, dict[str, frozenset[str]]] = {"handlaggare": {"participant": frozenset({"personnummer"})}}

# tables whose rows a role never receives (server/policies.py RULES: the business roles'
# handledarstöd, modules, revenue and action plans; consents only to handläggare and samordnare)
WITHHELD_TABLES: dict[str, frozenset[str]] = {
    "handlaggare": frozenset(
        {"support_contact", "support_contact_module", "module_progress", "revenue_figure", "action_plan_activity"}
    ),
    "radgivare": frozenset({"consent"}),
    "admin": frozenset({"consent"}),
}


# Who may keep a copy of what the team sent when the laptop leaves the team (Arkiv → Lämna teamet).
# A rådgivare's copy is her own advisory work, with participants only by pseudonym; a handläggare's
# is his organisation's register and a samordnare's the whole region's, which stay on the server.
KEEPS_COPY_ON_LEAVING = frozenset({"radgivare"})


def keeps_copy(role: str) -> bool:
    return role in KEEPS_COPY_ON_LEAVING


def withheld(role: str, table: str) -> frozenset[str]:
    """Fields of `table` the server never sends to `role` (and refuses from it)."""
    return ALWAYS_WITHHELD.get(role, {}).get(table, frozenset())


def closed_fields(role: str, table: str) -> frozenset[str]:
    """Fields a laptop of `role` cannot fill in: withheld, and never sent record by record."""
    return withheld(role, table) - SOMETIMES_SENT.get(role, {}).get(table, frozenset())


def withheld_tables(role: str) -> frozenset[str]:
    return WITHHELD_TABLES.get(role, frozenset())
