"""Values written as JSON in one pass read back as the values that were sent."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from asfdesk.sync import protocol


def test_rows_in_one_pass_are_written_as_each_value_travels() -> None:
    rows = [
        {
            "contact_date": date(2026, 12, 5),
            "created_at": datetime(2026, 12, 5, 9, 30, 15, 123456, tzinfo=UTC),
            "starts_at": datetime(2026, 12, 5, 13, 0),
            "minutes": 90,
            "hours": 1.5,
            "active": True,
            "notes": 'Åsa sa "hej"\n',
            "business_lines": ["kafé", "catering"],
            "deleted_at": None,
        }
    ]
    written = json.loads(protocol.dumps(rows))
    assert written == [{k: protocol.encode(v) for k, v in row.items()} for row in rows]
    for column in ("contact_date", "created_at", "starts_at"):
        assert (
            protocol.decode("support_contact" if column != "starts_at" else "meeting", column, written[0][column])
            == (rows[0][column])
        )


def test_a_value_that_does_not_travel_is_refused() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        protocol.dumps([{"value": Decimal("1.5")}])
