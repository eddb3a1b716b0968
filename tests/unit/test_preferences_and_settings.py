"""Settings that shape the work: default report period, follow-up interval, logo, language, data folder."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from asfdesk.config import AppPaths
from asfdesk.domain.reporting import DefaultPeriod, Period
from asfdesk.preferences import Preferences, check_data_dir, load_preferences, preferences_file, save_preferences
from asfdesk.services.settings import DEFAULT_PERIOD, REPORT_LOGO, default_period, read_logo


def png_bytes(width: int = 120, height: int = 40) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.mark.parametrize(
    ("choice", "today", "start", "end"),
    [
        (DefaultPeriod.THIS_YEAR, date(2026, 11, 23), date(2026, 1, 1), date(2026, 12, 31)),
        (DefaultPeriod.LAST_YEAR, date(2026, 1, 1), date(2025, 1, 1), date(2025, 12, 31)),
        (DefaultPeriod.THIS_HALF, date(2026, 7, 1), date(2026, 7, 1), date(2026, 12, 31)),
        (DefaultPeriod.LAST_HALF, date(2026, 6, 30), date(2025, 7, 1), date(2025, 12, 31)),
        (DefaultPeriod.THIS_QUARTER, date(2026, 11, 23), date(2026, 10, 1), date(2026, 12, 31)),
        (DefaultPeriod.LAST_QUARTER, date(2026, 2, 10), date(2025, 10, 1), date(2025, 12, 31)),
        (DefaultPeriod.LAST_MONTH, date(2026, 3, 31), date(2026, 2, 1), date(2026, 2, 28)),
        (DefaultPeriod.LAST_MONTH, date(2024, 3, 1), date(2024, 2, 1), date(2024, 2, 29)),
    ],
)
def test_default_period_relative_to_today(choice: DefaultPeriod, today: date, start: date, end: date) -> None:
    assert choice.resolve(today) == Period(start, end)


def test_the_default_period_setting_is_used_and_checked(ctx) -> None:
    assert default_period(ctx.settings, date(2026, 11, 23)) == Period(date(2026, 1, 1), date(2026, 12, 31))
    ctx.settings.set(DEFAULT_PERIOD, DefaultPeriod.LAST_QUARTER.value)
    assert default_period(ctx.settings, date(2026, 11, 23)) == Period(date(2026, 7, 1), date(2026, 9, 30))
    with pytest.raises(ValueError, match="okänt val"):
        ctx.settings.set(DEFAULT_PERIOD, "vecka")


def test_logo_must_be_a_small_png_or_jpeg(tmp_path: Path) -> None:
    good = tmp_path / "logo.png"
    good.write_bytes(png_bytes())
    assert base64.b64decode(read_logo(good)) == good.read_bytes()
    text = tmp_path / "logo.txt"
    text.write_text("inte en bild")
    with pytest.raises(ValueError, match="PNG- eller JPEG"):
        read_logo(text)
    with pytest.raises(ValueError, match="kunde inte läsas"):
        read_logo(tmp_path / "saknas.png")
    huge = tmp_path / "huge.png"
    huge.write_bytes(png_bytes()[:8] + b"\0" * 600_000)
    with pytest.raises(ValueError, match="512 kB"):
        read_logo(huge)


def test_the_logo_is_printed_in_the_report_header(ctx, tmp_path: Path) -> None:
    from pypdfium2 import PdfDocument
    from pypdfium2.raw import FPDF_PAGEOBJ_IMAGE

    from asfdesk.domain.reporting import Audience
    from asfdesk.services.report_service import support_summary_pdf

    enterprise = ctx.enterprises.list_enterprises()[0]
    period = Period(date(2026, 1, 1), date(2026, 12, 31))

    def images(path: Path) -> int:
        page = PdfDocument(path)[0]
        return sum(1 for _ in page.get_objects(filter=(FPDF_PAGEOBJ_IMAGE,)))

    plain = support_summary_pdf(ctx.database.session_factory, enterprise.id, period, tmp_path / "a.pdf", Audience.BOARD)
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    ctx.settings.set(REPORT_LOGO, read_logo(logo))
    with_logo = support_summary_pdf(
        ctx.database.session_factory, enterprise.id, period, tmp_path / "b.pdf", Audience.BOARD
    )
    assert images(with_logo) == images(plain) + 1


def test_preferences_round_trip_and_survive_a_damaged_file() -> None:
    assert load_preferences() == Preferences()
    save_preferences(Preferences(language="en", data_dir="/srv/asfdesk"))
    assert load_preferences() == Preferences(language="en", data_dir="/srv/asfdesk")
    preferences_file().write_text("{inte json", encoding="utf-8")
    assert load_preferences() == Preferences()
    preferences_file().write_text(json.dumps({"language": "fi", "data_dir": 7}), encoding="utf-8")
    assert load_preferences() == Preferences()
    with pytest.raises(ValueError):
        save_preferences(Preferences(language="fi"))


def test_data_folder_is_checked_and_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert check_data_dir("relativ/mapp") is not None
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    assert check_data_dir(str(blocker)) is not None
    assert check_data_dir(str(tmp_path / "ny" / "mapp")) is None
    assert (tmp_path / "ny" / "mapp").is_dir()
    monkeypatch.delenv("ASFDESK_DATA_DIR")
    save_preferences(Preferences(data_dir=str(tmp_path / "ny" / "mapp")))
    assert AppPaths.resolve().default_db == tmp_path / "ny" / "mapp" / "asfdesk.db"
