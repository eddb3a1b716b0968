"""Field-level validation shared by dialogs (live messages) and services (the final word).

Every function returns `(normalised_value, error_message)`; exactly one of them is set,
except that an empty optional field gives `(None, None)`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from stdnum import luhn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.se import orgnr as stdnum_orgnr
from stdnum.se import personnummer as stdnum_pnr

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate

ORGNR_MESSAGES = {
    "chars": QT_TRANSLATE_NOOP("validation", "Organisationsnumret får bara innehålla siffror och bindestreck."),
    "length": QT_TRANSLATE_NOOP("validation", "Organisationsnumret ska ha tio siffror (NNNNNN-NNNN)."),
    "checksum": QT_TRANSLATE_NOOP("validation", "Kontrollsiffran stämmer inte – kontrollera organisationsnumret."),
    "invalid": QT_TRANSLATE_NOOP("validation", "Det är inte ett giltigt organisationsnummer."),
}


def check_orgnr(text: str) -> tuple[str | None, str | None]:
    """An organisationsnummer formatted NNNNNN-NNNN, or a message saying what is wrong."""
    value, problem = _orgnr(text.strip())
    return value, translate("validation", ORGNR_MESSAGES[problem]) if problem else None


@lru_cache(maxsize=8192)  # an import checks each number several times: in the row, the rules and the write
def _orgnr(text: str) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    digits = re.sub(r"[\s-]", "", text)
    if not digits.isdigit():
        return None, "chars"
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    if len(digits) != 10:
        return None, "length"
    try:
        number = stdnum_orgnr.validate(digits)
        if int(number[2:4]) < 20 and not _is_birth_date(number):
            # a legal person's third digit is 2 or more; below that it is a sole trader's personnummer
            raise InvalidComponent()
        return stdnum_orgnr.format(number), None
    except InvalidChecksum:
        return None, "checksum"
    except ValidationError:
        return None, "invalid"


def _is_birth_date(ten_digits: str) -> bool:
    try:
        stdnum_pnr.get_birth_date(ten_digits)
    except ValidationError:
        return False
    return True


def check_personnummer(text: str) -> tuple[str | None, str | None]:
    """A personnummer or samordningsnummer stored as ÅÅÅÅMMDD-NNNN, or a message."""
    text = text.strip()
    if not text:
        return None, None
    compact = re.sub(r"[\s]", "", text)
    if not re.fullmatch(r"(\d{6}|\d{8})[-+]?\d{4}", compact):
        return None, translate("validation", "Skriv personnumret som ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN.")
    digits = re.sub(r"\D", "", compact)
    ten = digits[-10:]
    day = int(ten[4:6])
    try:
        if day > 60:
            # Samordningsnummer: the day of birth plus 60; stdnum checks personnummer dates only.
            luhn.validate(ten)
            real_day = f"{day - 60:02d}"
            separator = "+" if "+" in compact else "-"
            probe = (
                f"{digits[:6]}{real_day}-{digits[8:]}"
                if len(digits) == 12
                else f"{ten[:4]}{real_day}{separator}{ten[6:]}"
            )
            born = stdnum_pnr.get_birth_date(probe)
        else:
            stdnum_pnr.validate(compact)
            born = stdnum_pnr.get_birth_date(compact)
    except InvalidChecksum:
        return None, translate("validation", "Kontrollsiffran stämmer inte – kontrollera personnumret.")
    except (InvalidComponent, InvalidFormat, InvalidLength, ValidationError):
        return None, translate("validation", "Det är inte ett giltigt personnummer eller samordningsnummer.")
    return f"{born:%Y%m}{day:02d}-{ten[6:]}", None  # a samordningsnummer keeps its day + 60


def mask_personnummer(value: str | None) -> str:
    """ÅÅMMDD-**** — enough to tell people apart on screen, not enough to identify them."""
    if not value:
        return ""
    digits = re.sub(r"\D", "", value)
    return f"{digits[-10:-4]}-****"


def gender_from_personnummer(value: str) -> str:
    """The legal gender marker of a personnummer (second-last digit): odd man, even woman."""
    digits = re.sub(r"\D", "", value)
    return "man" if int(digits[-2]) % 2 else "kvinna"


def parse_date(text: str, today: date | None = None) -> tuple[date | None, str | None]:
    """Dates as Swedes type them: 2026-11-23, 20261123, 261123, 'idag', 'i dag', '+7' (days from today)."""
    text = text.strip().casefold()
    if not text:
        return None, None
    today = today or date.today()
    if text in ("idag", "i dag", "today"):
        return today, None
    if text in ("imorgon", "i morgon", "tomorrow"):
        return today + timedelta(days=1), None
    if re.fullmatch(r"[+-]\d{1,4}", text):
        return today + timedelta(days=int(text)), None
    digits = re.sub(r"[\s./-]", "", text)
    if re.fullmatch(r"\d{8}", digits):
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    elif re.fullmatch(r"\d{6}", digits):
        year, month, day = 2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:])
    else:
        return None, translate("validation", "Skriv datumet som ÅÅÅÅ-MM-DD.")
    try:
        return check_day(date(year, month, day))
    except ValueError:
        return None, translate("validation", "Det datumet finns inte.")


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2100, 12, 31)


def check_day(day: date) -> tuple[date | None, str | None]:
    """A day inside 1900–2100, the span any record of ours can be about."""
    if FIRST_DAY <= day <= LAST_DAY:
        return day, None
    return None, translate("validation", "Datumet ska ligga mellan 1900 och 2100.")


def check_email(text: str) -> tuple[str | None, str | None]:
    text = text.strip()
    if not text:
        return None, None
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        return None, translate("validation", "E-postadressen ser inte rätt ut.")
    return text, None
