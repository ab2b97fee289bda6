"""UK phone numbers typed into a chat: find, validate, normalise.

Policy (decided here, documented for the chat flows):

* The number is read with region GB, so "07400 123456", "+44 7400 123456",
  "0044 7400 123456", "447400123456" and "(0121) 567-8111" all work, also with
  words around them ("my number is 07400 123456, thanks").
* Any number that ``phonenumbers`` says is valid and whose country code is 44 is
  accepted, including the Crown Dependencies (Guernsey, Jersey, Isle of Man:
  e.g. 07911/07781/07624 numbers parse as GG/JE/IM) - they are dialled as
  UK numbers.
* Premium-rate, shared-cost, personal (070) and pager numbers are refused
  (``unsupported_type``): the clinic will not call numbers that cost it extra.
* Ofcom's drama/reserved ranges (e.g. 07700 900xxx) are not valid numbers for
  ``phonenumbers`` and come back as ``invalid``.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult

UK_COUNTRY_CODE = 44
MAX_INPUT_CHARS = 200

# A run that could be a phone number: optional "+", digits with the usual
# separators (space, dot, dash, slash, brackets) between them.
_CANDIDATE = re.compile(r"\+?\(?\d[\d\s().\-/]*\d\)?|\+?\d")
# one word of letters between two groups of digits: "07400 ABC 456"
_LETTERS_BETWEEN_DIGITS = re.compile(r"\d[\s\-.]*[A-Za-z]+[\s\-.]*\d")
_ACCEPTED_TYPES = frozenset(
    {
        PhoneNumberType.FIXED_LINE,
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
        PhoneNumberType.VOIP,
        PhoneNumberType.UAN,
        PhoneNumberType.TOLL_FREE,
    }
)


class PhoneReason(str, enum.Enum):
    """Why a text was not accepted as a phone number."""

    NO_NUMBER = "no_number"  # no digits at all ("call me", "")
    LETTERS = "letters"  # letters inside the number ("07400 12E456")
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NOT_UK = "not_uk"  # a valid number outside +44
    INVALID = "invalid"  # right length, but not an allocated UK range
    UNSUPPORTED_TYPE = "unsupported_type"  # premium rate, shared cost, 070, pager


@dataclass(frozen=True)
class PhoneResult:
    """Either ``e164`` + ``display`` (accepted) or ``reason`` (refused)."""

    e164: Optional[str] = None
    display: Optional[str] = None
    reason: Optional[PhoneReason] = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _check_candidate(candidate: str) -> PhoneResult:
    digits = _digits(candidate)
    if len(digits) > 17:
        return PhoneResult(reason=PhoneReason.TOO_LONG)
    try:
        number = phonenumbers.parse(candidate, "GB")
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.TOO_LONG:
            return PhoneResult(reason=PhoneReason.TOO_LONG)
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            return PhoneResult(reason=PhoneReason.INVALID)
        return PhoneResult(reason=PhoneReason.TOO_SHORT)
    if number.country_code != UK_COUNTRY_CODE:
        if phonenumbers.is_possible_number(number):
            return PhoneResult(reason=PhoneReason.NOT_UK)
        return PhoneResult(reason=PhoneReason.INVALID)
    if not phonenumbers.is_valid_number(number):
        possible = phonenumbers.is_possible_number_with_reason(number)
        if possible in (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
            return PhoneResult(reason=PhoneReason.TOO_SHORT)
        if possible == ValidationResult.TOO_LONG:
            return PhoneResult(reason=PhoneReason.TOO_LONG)
        nsn = str(number.national_number)
        if len(nsn) < 9 or (nsn.startswith("7") and len(nsn) < 10):
            return PhoneResult(reason=PhoneReason.TOO_SHORT)
        if len(nsn) > 10:
            return PhoneResult(reason=PhoneReason.TOO_LONG)
        return PhoneResult(reason=PhoneReason.INVALID)
    if phonenumbers.number_type(number) not in _ACCEPTED_TYPES:
        return PhoneResult(reason=PhoneReason.UNSUPPORTED_TYPE)
    return PhoneResult(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        display=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
    )


def _candidates(text: str) -> List[Tuple[str, bool]]:
    """Digit runs in the text, each with whether a letter touches it."""
    found = []
    for match in _CANDIDATE.finditer(text):
        candidate = match.group(0).strip(" .-/")
        # keep a leading "(" only when it is closed, e.g. "(0121) 567 8111"
        if candidate.startswith("(") and ")" not in candidate:
            candidate = candidate[1:]
        if candidate.endswith(")") and "(" not in candidate:
            candidate = candidate[:-1]
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        found.append((candidate, before.isalpha() or after.isalpha()))
    return found


def parse_phone(text: str) -> PhoneResult:
    """Find and validate a UK phone number in free text (region GB).

    With several digit runs in the text the first valid UK number wins. When
    none is valid, the longest run decides the reason: ``letters`` if a letter
    touches it ("07400 12345a", "O7400 123456"), else why it is not valid.
    """
    text = (text or "")[:MAX_INPUT_CHARS]
    candidates = _candidates(text)
    if not candidates:
        return PhoneResult(reason=PhoneReason.NO_NUMBER)
    for candidate, touched in candidates:
        if not touched:
            result = _check_candidate(candidate)
            if result.ok:
                return result
    candidate, touched = max(candidates, key=lambda pair: len(_digits(pair[0])))
    if touched or _LETTERS_BETWEEN_DIGITS.search(text):
        return PhoneResult(reason=PhoneReason.LETTERS)
    return _check_candidate(candidate)
