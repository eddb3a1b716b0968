"""What asfdesk ships with and under which licence: for Hjälp → Om asfdesk and the installer."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str | None  # the installed package, for its version; None for non-Python parts
    licence: str
    url: str

    def version(self) -> str:
        if self.distribution is None:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""


ASFDESK_LICENCE = "GPL-3.0-or-later"

COMPONENTS: tuple[Component, ...] = (
    Component("Python", None, "PSF-2.0", "https://www.python.org/"),
    Component("Qt for Python (PySide6) and Qt", "PySide6-Essentials", "LGPL-3.0-only", "https://www.qt.io/"),
    Component("Shiboken6 (Qt for Python's binding runtime)", "shiboken6", "LGPL-3.0-only", "https://www.qt.io/"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org/"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org/"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com/"),
    Component("rl_accel (ReportLab's accelerator)", "rl_accel", "BSD-3-Clause", "https://www.reportlab.com/"),
    Component("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("python-stdnum", "python-stdnum", "LGPL-2.1-or-later", "https://arthurdejong.org/python-stdnum/"),
    Component("filelock", "filelock", "Unlicense", "https://github.com/tox-dev/filelock"),
    Component("pypdfium2 and PDFium", "pypdfium2", "Apache-2.0 OR BSD-3-Clause", "https://github.com/pypdfium2-team"),
    Component("pypdf", "pypdf", "BSD-3-Clause", "https://github.com/py-pdf/pypdf"),
    Component("sqlcipher3 and SQLCipher", "sqlcipher3", "Zlib; BSD-3-Clause", "https://www.zetetic.net/sqlcipher/"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/"),
    Component("icalendar", "icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    Component("httpx (team mode)", "httpx", "BSD-3-Clause", "https://www.python-httpx.org/"),
    Component("DejaVu fonts (in the PDFs)", None, "Bitstream Vera / public domain", "https://dejavu-fonts.github.io/"),
)


def licence_lines() -> list[str]:
    """One line per component: name, version, licence."""
    lines = []
    for component in COMPONENTS:
        version = component.version()
        name = f"{component.name} {version}".strip()
        lines.append(f"{name} — {component.licence} — {component.url}")
    return lines
