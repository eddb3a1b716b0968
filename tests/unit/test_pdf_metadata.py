"""Every kind of PDF says what it is to the reader's software: Swedish, titled, with a subject,
an outline of its sections that points at the right pages, and only embedded fonts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from asfdesk.context import AppContext
from asfdesk.domain.collation import swedish_key
from asfdesk.domain.reporting import Audience
from asfdesk.services import report_service as reports

from ..conftest import FIXED_TODAY
from .test_reports import YEAR, _busiest, page_texts


def _meeting(demo_db: Path) -> str:
    with sqlite3.connect(demo_db) as conn:
        return conn.execute("SELECT id FROM meeting WHERE status = 'genomfort' LIMIT 1").fetchone()[0]


def _participant(demo_db: Path) -> str:
    with sqlite3.connect(demo_db) as conn:
        return conn.execute("SELECT participant_id FROM placement LIMIT 1").fetchone()[0]


MAKERS: dict[str, Callable[[AppContext, Path, Path], Path]] = {
    "stödsammanfattning": lambda ctx, db, out: reports.support_summary_pdf(
        ctx.database.session_factory, _busiest(db)[0], YEAR, out
    ),
    "mötesanteckningar": lambda ctx, db, out: reports.meeting_summary_pdf(
        ctx.database.session_factory, _meeting(db), out
    ),
    "periodrapport": lambda ctx, _db, out: reports.period_report_pdf(
        ctx.database.session_factory, YEAR, out, Audience.BOARD
    ),
    "måluppföljning": lambda ctx, _db, out: reports.goal_report_pdf(
        ctx.database.session_factory, out, today=FIXED_TODAY
    ),
    "registerutdrag": lambda ctx, db, out: ctx.retention.write_subject_access(_participant(db), out),
}


def _fonts(reader: pypdf.PdfReader) -> list[pypdf.generic.DictionaryObject]:
    found = []
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for reference in (fonts.get_object() if fonts else {}).values():
            found.append(reference.get_object())
    return found


def _embedded(font: pypdf.generic.DictionaryObject) -> bool:
    descendants = font.get("/DescendantFonts")
    target = descendants.get_object()[0].get_object() if descendants else font
    descriptor = target.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor else {}
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_each_pdf_is_swedish_titled_with_a_subject_and_only_embedded_fonts(
    kind: str, ctx: AppContext, demo_db: Path, tmp_path: Path
) -> None:
    path = MAKERS[kind](ctx, demo_db, tmp_path / f"{kind}.pdf")
    reader = pypdf.PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712  # a PDF boolean object
    info = reader.metadata
    assert info is not None and info.title and info.subject and info.author
    fonts = _fonts(reader)
    assert fonts and all(_embedded(f) for f in fonts), [f.get("/BaseFont") for f in fonts if not _embedded(f)]


@pytest.mark.parametrize("kind", ["stödsammanfattning", "periodrapport", "måluppföljning"])
def test_the_outline_lists_the_sections_on_their_own_pages(
    kind: str, ctx: AppContext, demo_db: Path, tmp_path: Path
) -> None:
    path = MAKERS[kind](ctx, demo_db, tmp_path / f"{kind}.pdf")
    reader = pypdf.PdfReader(path)
    texts = page_texts(path)
    outline = [item for item in reader.outline if not isinstance(item, list)]
    assert len(outline) >= 2
    for item in outline:
        page = reader.get_destination_page_number(item)
        assert item.title in texts[page].replace("\n", " "), (item.title, page)
    firsts = [next(i for i, text in enumerate(texts) if item.title in text.replace("\n", " ")) for item in outline]
    assert firsts == sorted(firsts)


def test_a_combined_batch_keeps_each_summary_under_its_title(ctx: AppContext, demo_db: Path, tmp_path: Path) -> None:
    ids = [row[0] for row in sqlite3.connect(demo_db).execute("SELECT id FROM enterprise LIMIT 3")]
    result = reports.summaries_for_all(
        demo_db, ctx.database.session_factory, YEAR, tmp_path / "alla", enterprise_ids=ids, workers=1, combine=True
    )
    assert result.combined is not None and len(result.written) >= 2
    reader = pypdf.PdfReader(result.combined)
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert reader.metadata is not None and reader.metadata.title.startswith("Stödsammanfattningar ")
    tops = [item for item in reader.outline if not isinstance(item, list)]
    names = dict(sqlite3.connect(demo_db).execute("SELECT id, name FROM enterprise").fetchall())
    chosen = sorted((names[i] for i in ids), key=swedish_key)
    assert [t.title for t in tops] == ["Innehåll", *chosen]  # the contents first, then Swedish order
    starts = [reader.get_destination_page_number(t) for t in tops]
    lengths = [len(pypdf.PdfReader(p).pages) for p in result.written]
    front = starts[1]
    assert starts == [0, *(front + sum(lengths[:i]) for i in range(len(lengths)))]
    assert len(reader.pages) == front + sum(lengths)
    contents = reader.pages[0].extract_text()
    for title, start in zip(chosen, starts[1:], strict=True):
        assert re.search(rf"{re.escape(title)}\s+{start + 1}\b", contents), (title, start)  # the page it opens on
        assert f"– {start + 1} –" in reader.pages[start].extract_text()  # and that number is printed on it
    assert not isinstance(reader.outline[1], list)  # "Innehåll" is one bookmark, not one over another
    assert any(isinstance(item, list) for item in reader.outline)  # each part's sections below its title
