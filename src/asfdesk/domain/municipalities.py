"""Municipalities where the source material shows ASF support, with their county (län)."""

from __future__ import annotations

MUNICIPALITY_REGION: dict[str, str] = {
    "Hudiksvall": "Gävleborgs län",
    "Nordanstig": "Gävleborgs län",
    "Bollnäs": "Gävleborgs län",
    "Gävle": "Gävleborgs län",
    "Söderhamn": "Gävleborgs län",
    "Ljusdal": "Gävleborgs län",
    "Luleå": "Norrbottens län",
    "Boden": "Norrbottens län",
    "Piteå": "Norrbottens län",
    "Älvsbyn": "Norrbottens län",
    "Östersund": "Jämtlands län",
    "Krokom": "Jämtlands län",
    "Lund": "Skåne län",
}


def region_of(municipality: str) -> str:
    """The county of a known municipality, or an empty string."""
    return MUNICIPALITY_REGION.get(municipality, "")
