"""Errors services raise for the UI to show calmly."""

from __future__ import annotations


class ValidationFailedError(ValueError):
    """The input breaks a rule; `errors` maps field names to messages for the user."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class RecordNotFoundError(LookupError):
    """The record is gone (deleted meanwhile, or never existed)."""
