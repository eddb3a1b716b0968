"""The display language, for code that must not depend on Qt (domain and services).

Source strings are Swedish. `translate(context, text)` is the one call that marks a string for
translation outside the widgets: Qt's lupdate extracts it like `QCoreApplication.translate`, and at
run time it goes through whatever translator the UI installed (none in the command line and in
tests, so Swedish comes back). Printed documents are Swedish whatever the UI speaks: renderers
run inside `source_language()`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
K = TypeVar("K")

SWEDISH = "sv"
ENGLISH = "en"
LANGUAGES = (SWEDISH, ENGLISH)

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language = SWEDISH
_forced_source = ContextVar("asfdesk_forced_source_language", default=False)


def install(translator: Translator | None, language: str) -> None:
    """Set the process-wide display language and the function that translates to it."""
    global _translator, _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _translator = translator if language != SWEDISH else None
    _language = language


def current_language() -> str:
    return SWEDISH if _forced_source.get() else _language


def translate(context: str, text: str) -> str:
    """`text` (Swedish) in the display language; unchanged when there is nothing to translate to."""
    if _translator is None or _forced_source.get():
        return text
    return _translator(context, text) or text


@contextmanager
def source_language() -> Iterator[None]:
    """Within the block (this thread or task only), everything is Swedish: for printed documents."""
    token = _forced_source.set(True)
    try:
        yield
    finally:
        _forced_source.reset(token)


def in_source_language(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a document renderer so that it always writes Swedish."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with source_language():
            return func(*args, **kwargs)

    return wrapper


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation where it is defined; translate it where it is shown."""
    return text


class Labels(Mapping[K, str]):
    """A fixed table of Swedish labels that answers in the display language on every lookup."""

    def __init__(self, context: str, labels: Mapping[K, str]) -> None:
        self._context = context
        self._labels = dict(labels)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)
