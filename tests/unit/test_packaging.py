"""The package list in pyproject.toml is the source tree's, plus resources/ as asfdesk.resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

from asfdesk.resource_files import resource

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_folder_is_a_listed_package() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    source = ROOT / "src"
    found = {
        ".".join(folder.relative_to(source).parts)
        for folder in (source / "asfdesk").rglob("*")
        if folder.is_dir() and any(folder.glob("*.py"))
    } | {"asfdesk"}
    # resources/ and the guide, with each folder of data files a package of its own (else setuptools
    # warns about every one of them at every install)
    data = {
        "asfdesk.resources",
        "asfdesk.resources.help",
        *(f"asfdesk.resources.{f.name}" for f in (ROOT / "resources").iterdir() if f.is_dir()),
        "asfdesk.resources.help.screenshots",
    }
    assert found | data == listed
    assert setuptools["package-dir"]["asfdesk.resources"] == "resources"
    assert setuptools["package-dir"]["asfdesk.resources.help"] == "docs"  # the user guide and its pictures


def test_resources_are_found_through_the_installed_package() -> None:
    for parts in (("fonts", "DejaVuSans.ttf"), ("icons", "asfdesk-256.png"), ("translations", "asfdesk_en.qm")):
        assert resource(*parts).stat().st_size > 0
    assert resource("fonts", "DejaVuSans.ttf").parent.parent == ROOT / "resources"
