"""The Glada Hudik model's module catalogue, as seeded into every new database.

The catalogue is data (the `module` table), not code, because other municipalities adapt the
model; this is only the default it starts from.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class ModuleSeed:
    code: str
    name: str
    order: int
    parent_code: str | None = None


GLADA_HUDIK_MODULES: tuple[ModuleSeed, ...] = (
    ModuleSeed("kooperation", "Kooperation och ASF", 1),
    ModuleSeed("stadgar", "Stadgar och affärsplan", 2),
    ModuleSeed("styrelse", "Styrelsearbete", 3),
    ModuleSeed("personal", "Personal", 4),
    ModuleSeed("administration", "Administration", 5),
    ModuleSeed("samhallsnytta", "Samhällsnyttiga tjänster/platser till myndigheter", 6),
    ModuleSeed("affarsutveckling", "Affärsutveckling – allmännyttiga tjänster och varor", 7),
    ModuleSeed("forsaljning", "Försäljning", 8, "affarsutveckling"),
    ModuleSeed("branschkunskap", "Branschkunskap", 9, "affarsutveckling"),
    ModuleSeed("profil", "Profil", 10, "affarsutveckling"),
    ModuleSeed("leverans", "Leverans", 11, "affarsutveckling"),
)


# Shared with the initial migration, which seeds the catalogue with these ids.
MODULE_NAMESPACE = uuid.UUID("6f1c3d2a-5b7e-4c1a-9e0f-2a4b6c8d0e12")


def module_id(code: str) -> str:
    """The stable id of a seeded catalogue module, the same in every database."""
    return str(uuid.uuid5(MODULE_NAMESPACE, code))
