"""The command line's own words in Swedish: argparse's usage, help headings and error messages.

argparse looks its texts up through gettext (`argparse._`) as it formats them; while the
command line parses, that lookup answers from this table. An error is one line on stderr
(exit code 2), never the usage block followed by an English sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import NoReturn

SWEDISH = {
    "usage: ": "användning: ",
    "options": "flaggor",
    "positional arguments": "argument",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "the following arguments are required: %s": "det här saknas: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r går inte att välja (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "ett värde behövs",
    "expected at least one argument": "minst ett värde behövs",
    "expected at most one argument": "högst ett värde",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s kan betyda %(matches)s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "not allowed with argument %s": "går inte tillsammans med %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: %(message)s\n",
}


@contextmanager
def swedish_argparse() -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: SWEDISH.get(text, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: what is wrong, and where the help is."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message}. Se '{self.prog} --help'.", file=sys.stderr)
        sys.exit(2)


def day(text: str) -> date:
    """A date argument, ÅÅÅÅ-MM-DD, inside 1900–2100 like every date asfdesk keeps."""
    from asfdesk.domain.validation import check_day

    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' är inget datum; skriv ÅÅÅÅ-MM-DD") from None
    if check_day(value)[1]:
        raise argparse.ArgumentTypeError(f"{text}: datumet ska ligga mellan 1900 och 2100")
    return value


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An integer argument from `low` to `high`, refused in one line otherwise."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' är inget heltal") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text}: ska vara ett heltal från {low} till {high}")
        return value

    return parse
