"""Unit-test fixtures: the application context on a private copy of the demo database."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from asfdesk import i18n
from asfdesk.config import AppPaths
from asfdesk.context import AppContext, open_context


@pytest.fixture
def ctx(demo_db: Path, paths: AppPaths):
    context: AppContext = open_context(paths, demo_db)
    yield context
    context.close()


TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "asfdesk_en.ts"


@pytest.fixture
def english() -> Iterator[Callable[[str, str], str]]:
    """The English display language, read from the translation source (no Qt needed); yields the
    English of (context, Swedish source), so a test can name what the UI should say."""
    table: dict[tuple[str, str], str] = {}
    for context in re.findall(r"<context>(.*?)</context>", TS.read_text(encoding="utf-8"), flags=re.S):
        name = html.unescape(re.search(r"<name>(.*?)</name>", context).group(1))  # type: ignore[union-attr]
        for source, target in re.findall(r"<source>(.*?)</source>\s*<translation>(.*?)</translation>", context, re.S):
            table[(name, html.unescape(source))] = html.unescape(target)
    i18n.install(lambda context, text: table.get((context, text), ""), i18n.ENGLISH)
    try:
        yield lambda context, text: table[(context, text)]
    finally:
        i18n.install(None, i18n.SWEDISH)
