"""Meeting templates: the agenda a kind of meeting starts from."""

from __future__ import annotations

from asfdesk.domain.vocab import MeetingKind

# From what a follow-up meeting covers in the field's own routines.
AGENDA_TEMPLATES: dict[str, str] = {
    MeetingKind.THREE_PARTY.value: "\n".join(
        [
            "1. Hur har det gått sedan sist?",
            "2. Mål och delmål (överenskomna med deltagare och arbetsplats)",
            "3. Vad behöver uppdragsgivaren/myndigheten få tillbaka?",
            "4. Deltagarens drivkrafter",
            "5. Närvaro och tidspassning",
            "6. Anpassningar på arbetsplatsen",
            "7. Handledarens behov",
            "8. Planen efter insatsen",
        ]
    ),
    MeetingKind.FOLLOW_UP.value: "1. Läget i verksamheten\n2. Deltagarna\n3. Avtal och beläggning\n4. Nästa steg",
    MeetingKind.WORKPLACE_VISIT.value: "1. Rundvandring\n2. Arbetsuppgifter och anpassningar\n3. Handledarens behov",
    MeetingKind.NETWORK.value: "1. Aktuellt från kommunen\n2. Erfarenhetsutbyte\n3. Kommande upphandlingar",
    MeetingKind.DIALOGUE.value: "1. Kommande upphandlingar\n2. Frågor från företagen\n3. Hur går vi vidare?",
    MeetingKind.BOARD.value: "1. Mötets öppnande\n2. Ekonomi\n3. Affärsplan\n4. Övriga frågor\n5. Mötets avslutande",
}


def agenda_template(kind: str) -> str:
    return AGENDA_TEMPLATES.get(kind, "")
