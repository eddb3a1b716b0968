"""Helpers for showing user text safely in rich-text widgets."""

from __future__ import annotations

import html


def html_escape_lines(text: str) -> str:
    """Escape user text for Qt rich text, keeping its line breaks."""
    return html.escape(text).replace("\n", "<br>")
