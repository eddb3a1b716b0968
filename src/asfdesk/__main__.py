"""Entry point: `asfdesk` and `python -m asfdesk`."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from asfdesk.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
