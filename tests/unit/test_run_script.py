"""scripts/run.sh installs once and afterwards starts at once: no pip until pyproject.toml changes."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FAKE_PYTHON = """#!/usr/bin/env bash
echo "python $*" >> "$CALLS"
case "$1" in
  --version) echo "Python 3.11.9" ;;
  -m) [ "$2" = pip ] && [ -n "${PIP_FAILS:-}" ] && exit 1 ;;
esac
exit 0
"""


def _executable(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the scripts and pyproject.toml, with a stand-in Python that logs what it is asked."""
    if shutil.which("bash") is None or shutil.which("sha256sum") is None:
        pytest.skip("needs bash and sha256sum")
    (tmp_path / "scripts").mkdir()
    for name in ("run.sh", "bootstrap.sh"):
        shutil.copy(ROOT / "scripts" / name, tmp_path / "scripts" / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    _executable(tmp_path / ".venv" / "bin" / "python", FAKE_PYTHON)
    _executable(tmp_path / ".venv" / "bin" / "asfdesk", '#!/usr/bin/env bash\necho "asfdesk $*" >> "$CALLS"\n')
    _executable(tmp_path / "bin" / "dpkg-query", "#!/usr/bin/env bash\necho 'install ok installed'\n")
    return tmp_path


def _run(checkout: Path, **env: str) -> list[str]:
    calls = checkout / "calls.log"
    calls.unlink(missing_ok=True)
    environment = {
        **os.environ,
        "PATH": f"{checkout / 'bin'}:{os.environ['PATH']}",
        "PYTHON": str(checkout / ".venv" / "bin" / "python"),
        "CALLS": str(calls),
        **env,
    }
    subprocess.run(["bash", "scripts/run.sh", "--demo"], cwd=checkout, env=environment, check=True, timeout=60)
    return calls.read_text(encoding="utf-8").splitlines()


def _pip(calls: list[str]) -> list[str]:
    return [c for c in calls if c.startswith("python -m pip")]


def test_the_first_start_installs_and_the_next_starts_without_pip(checkout: Path) -> None:
    first = _run(checkout)
    assert any("install" in c and "-e ." in c for c in _pip(first)) and first[-1] == "asfdesk --demo"
    again = _run(checkout)
    assert _pip(again) == [] and again[-1] == "asfdesk --demo"


def test_a_changed_pyproject_installs_again(checkout: Path) -> None:
    _run(checkout)
    with (checkout / "pyproject.toml").open("a", encoding="utf-8") as toml:
        toml.write("\n# a new dependency\n")
    assert _pip(_run(checkout))
    assert _pip(_run(checkout)) == []


def test_an_install_that_fails_offline_still_starts_and_tries_again_next_time(checkout: Path) -> None:
    _run(checkout, PIP_FAILS="1")  # the network is gone: the install is not complete
    calls = _run(checkout, PIP_FAILS="1")
    pip = _pip(calls)
    assert pip and all("--retries 1" in c for c in pip)  # one short try, not minutes of retries
    assert calls[-1] == "asfdesk --demo"
