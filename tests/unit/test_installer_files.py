"""The installer's inputs exist and agree: Inno Setup script, icons, licences, desktop entry."""

from __future__ import annotations

import re
import struct
import tomllib
from pathlib import Path

from asfdesk.licences import COMPONENTS, licence_lines

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "asfdesk.iss"


def _iss_value(key: str) -> str:
    match = re.search(rf"^{key}=(.+)$", ISS.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, key
    return match.group(1).strip()


def test_inno_setup_installs_per_user_with_files_that_exist() -> None:
    assert _iss_value("PrivilegesRequired") == "lowest"
    assert _iss_value("UninstallDisplayIcon") == r"{app}\asfdesk.exe"
    for key in ("SetupIconFile", "LicenseFile"):
        path = (ISS.parent / _iss_value(key).replace("\\", "/")).resolve()
        assert path.is_file(), f"{key} points at a missing file: {path}"
    text = ISS.read_text(encoding="utf-8")
    assert "{autoprograms}" in text  # a Start menu entry
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.MULTILINE)


def test_icon_set_has_every_size_and_a_windows_ico() -> None:
    icons = ROOT / "resources" / "icons"
    for size in (16, 32, 48, 256):
        data = (icons / f"asfdesk-{size}.png").read_bytes()
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (icons / "asfdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_every_runtime_dependency_has_its_licence_listed() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = {re.split(r"[<>=!~ ]", spec)[0].lower() for spec in project["dependencies"]}
    listed = {c.distribution.lower() for c in COMPONENTS if c.distribution}
    assert needed <= listed, f"add to asfdesk/licences.py: {sorted(needed - listed)}"
    licences_txt = (ROOT / "resources" / "LICENSES.txt").read_text(encoding="utf-8")
    for component in COMPONENTS:
        first_word = component.name.split()[0]
        assert first_word in licences_txt, first_word
    assert any("SQLAlchemy 2." in line for line in licence_lines())


def test_linux_desktop_entry_names_the_icon_and_the_command() -> None:
    entry = (ROOT / "installer" / "linux" / "se.asfdesk.Asfdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=asfdesk" in entry and "Icon=se.asfdesk.Asfdesk" in entry
