"""The doors a user types into when joining a team, and coded fields, refuse what they cannot take
with one Swedish line (no traceback, no request to the wrong place)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asfdesk.domain.inputs import EnterpriseInput, validate_enterprise
from asfdesk.sync.client import TeamClient, TeamError, check_url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("", "(tom) är ingen serveradress"),
        ("team.example.se", "är ingen serveradress"),
        ("http://127.0.0.1 :8765", "är ingen serveradress"),
        ("http://127.0.0.1:abc", "porten ska vara ett tal"),
        ("https://team.example.se/v1/hello", "utan sökväg: https://team.example.se"),
        ("https://team.example.se/?x=1", "utan sökväg"),
        ("http://example.com", "måste nås med https://"),
        ("ftp://team.example.se", "är ingen serveradress"),
    ],
)
def test_a_server_address_that_is_not_one_is_refused_in_one_line(url: str, says: str) -> None:
    with pytest.raises(TeamError, match=says.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        check_url(url)


def test_good_addresses_pass_as_they_are_written() -> None:
    assert check_url(" https://team.example.se/ ") == "https://team.example.se"
    assert check_url("http://localhost:8765") == "http://localhost:8765"


def test_a_ca_file_that_is_missing_a_folder_or_no_certificate_is_named(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("inte ett certifikat", encoding="utf-8")
    for path, says in (
        (tmp_path / "none.pem", "finns inte"),
        (tmp_path, "är ingen fil"),
        (text, "inget CA-certifikat"),
    ):
        with pytest.raises(TeamError, match=says):
            TeamClient("https://team.example.se", None, path)


def test_an_enterprise_status_or_legal_form_must_be_one_of_the_known() -> None:
    errors = validate_enterprise(EnterpriseInput(name="Kafé", municipality="Ås", status="tolv", legal_form="x"))
    assert set(errors) == {"status", "legal_form"}
    assert validate_enterprise(EnterpriseInput(name="Kafé", municipality="Ås", status="vilande")) == {}
