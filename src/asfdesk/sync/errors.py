"""What team work tells its user when it cannot go on (kept apart from the HTTP client, so that
code which only names these errors does not load the client's libraries at start-up)."""

from __future__ import annotations


class TeamError(Exception):
    """One line for the user; `status` is the HTTP status when the server answered."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class UntrustedCertificate(TeamError):
    """The server's certificate is not one this computer trusts (nor the CA file given)."""
