"""The seams hold: each layer imports only the layers below it (decision 0002)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src" / "asfdesk"
# the window writes files the user names through these (no database in them)
UI_MAY_USE_FROM_STORAGE = {"asfdesk.storage.output_files", "asfdesk.storage.sheet_cells"}


def _imports(folder: str) -> dict[str, set[str]]:
    """Each module under `folder` → what it imports from asfdesk, as full dotted names."""
    found: dict[str, set[str]] = {}
    for path in sorted((SOURCE / folder).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # imports inside functions too
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("asfdesk"):
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names if alias.name.startswith("asfdesk"))
        found[str(path.relative_to(SOURCE))] = names
    return found


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _reaching(folder: str, forbidden: str, allowed: set[str]) -> dict[str, list[str]]:
    wrong = {}
    for module, names in _imports(folder).items():
        hits = sorted(n for n in names if _within(n, forbidden) and not any(_within(n, a) for a in allowed))
        if hits:
            wrong[module] = hits
    return wrong


def test_opening_checking_and_backing_up_a_database_do_not_import_each_other_in_a_loop() -> None:
    imports = _imports("storage")
    uses = {
        module: {n.split(".")[2] for n in names if n.startswith("asfdesk.storage.") and n.count(".") >= 2}
        for module, names in imports.items()
    }
    for start in ("migrate.py", "health.py", "backup.py", "probe.py"):
        seen, todo = set(), [start.removesuffix(".py")]
        while todo:  # everything `start` reaches through storage's own modules
            current = todo.pop()
            for name in uses.get(f"storage/{current}.py", set()) - seen:
                seen.add(name)
                todo.append(name)
        assert start.removesuffix(".py") not in seen, f"{start} reaches itself through {sorted(seen)}"


@pytest.mark.parametrize(
    ("folder", "forbidden", "allowed"),
    [
        ("ui", "asfdesk.storage", UI_MAY_USE_FROM_STORAGE),  # backups, restore, keys: through services
        ("ui", "asfdesk.server", set()),
        ("sync", "asfdesk.ui", set()),
        ("sync", "asfdesk.server", set()),  # the laptop never imports the server
        ("server", "asfdesk.ui", set()),
        ("services", "asfdesk.ui", set()),
        ("reports", "asfdesk.services", set()),  # services → reports, never back
        ("reports", "asfdesk.ui", set()),
        ("reports", "asfdesk.storage", {"asfdesk.storage.output_files", "asfdesk.storage.sheet_cells"}),
        ("domain", "asfdesk.storage", set()),
        ("domain", "asfdesk.services", set()),
        ("storage", "asfdesk.ui", set()),
        ("storage", "asfdesk.services", set()),
    ],
)
def test_a_layer_does_not_reach_past_its_neighbours(folder: str, forbidden: str, allowed: set[str]) -> None:
    assert _reaching(folder, forbidden, allowed) == {}
