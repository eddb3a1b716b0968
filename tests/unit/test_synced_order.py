"""The order tables travel in: parents first, and the links that decide who sees what early."""

from asfdesk.sync import protocol


def test_every_table_comes_after_the_tables_it_refers_to() -> None:
    order = [t.name for t in protocol.synced_tables()]
    assert len(order) == len(set(order))
    for position, name in enumerate(order):
        assert set(protocol.references(name).values()) - {name} <= set(order[:position]), name


def test_a_support_relationship_travels_before_what_hangs_below_its_enterprise() -> None:
    """A support relationship offers its enterprise's records again when it reaches the server: a
    first join sends it before the enterprise's contacts, meetings and places."""
    order = [t.name for t in protocol.synced_tables()]
    below = {child for child in order if "enterprise" in protocol.references(child).values()}
    assert below - {"support_relationship", "agreement"}
    for child in below - {"agreement", "support_relationship"}:
        assert order.index("support_relationship") < order.index(child), child
