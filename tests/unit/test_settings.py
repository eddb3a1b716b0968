"""Settings live in the database with defaults and checks, and shape what the app does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from asfdesk.context import open_context
from asfdesk.domain.reporting import Period
from asfdesk.services import report_service as reports
from asfdesk.services.settings import LOCK_MINUTES, ORGANISATION_NAME, RETENTION_YEARS, load_all
from asfdesk.storage.backup import make_verified_backup

from .test_reports import pdf_text


def test_defaults_values_and_checks(ctx) -> None:
    """Unset settings give their defaults; a value out of range is refused with its reason."""
    assert ctx.settings.get(RETENTION_YEARS) == 2 and ctx.settings.get(LOCK_MINUTES) == 0
    ctx.settings.set(RETENTION_YEARS, 3)
    assert load_all(ctx.settings).retention_years == 3
    with pytest.raises(ValueError, match="mellan 1 och 20"):
        ctx.settings.set(RETENTION_YEARS, 0)
    assert ctx.settings.get(RETENTION_YEARS) == 3


def test_settings_travel_with_a_backup(ctx, tmp_path: Path, paths) -> None:
    """Settings are in the database, so a backup opened elsewhere has them."""
    ctx.settings.set(ORGANISATION_NAME, "Coompanion Testlän")
    copy = make_verified_backup(ctx.database.path, tmp_path / "kopia.db").path
    other = open_context(paths, copy)
    assert other.settings.get(ORGANISATION_NAME) == "Coompanion Testlän"
    other.close()


def test_organisation_name_heads_every_report(ctx, tmp_path: Path) -> None:
    """The organisation set in Inställningar is printed at the top of the documents."""
    ctx.settings.set(ORGANISATION_NAME, "Coompanion Testlän")
    enterprise = ctx.enterprises.list_enterprises()[0].id
    pdf = reports.support_summary_pdf(
        ctx.database.session_factory, enterprise, Period.year_of(date.today()), tmp_path / "s.pdf"
    )
    assert "Coompanion Testlän" in pdf_text(pdf)


def test_without_a_set_name_the_period_report_is_headed_by_the_main_supporting_office(ctx, tmp_path: Path) -> None:
    """No document is headed 'asfdesk': the office that supports the most enterprises heads it."""
    with ctx.database.session_factory() as session:
        counts = session.execute(
            text(
                "SELECT o.name, count(DISTINCT s.enterprise_id) AS n FROM support_relationship s "
                "JOIN organisation o ON o.id = s.organisation_id GROUP BY o.id ORDER BY n DESC, o.name"
            )
        ).all()
    assert counts and (len(counts) == 1 or counts[0].n > counts[1].n or counts[0].name < counts[1].name)
    pdf = reports.period_report_pdf(ctx.database.session_factory, Period.year_of(date.today()), tmp_path / "p.pdf")
    first_line = pdf_text(pdf).splitlines()
    assert any(line.startswith(counts[0].name) for line in first_line) and "asfdesk" not in pdf_text(pdf).split()
