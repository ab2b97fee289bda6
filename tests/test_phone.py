import pytest

from milia.conversation.phone import PhoneReason, parse_phone

GOOD = [
    ("07400 123456", "+447400123456", "07400 123456"),
    ("+44 7400 123456", "+447400123456", "07400 123456"),
    ("0044 7400 123456", "+447400123456", "07400 123456"),
    ("+44 (0)7400 123456", "+447400123456", "07400 123456"),
    ("447400123456", "+447400123456", "07400 123456"),
    ("07400123456", "+447400123456", "07400 123456"),
    ("07400-123-456", "+447400123456", "07400 123456"),
    ("(0121) 567-8111", "+441215678111", "0121 567 8111"),
    ("0121 567 8111", "+441215678111", "0121 567 8111"),
    ("020 7946 0958", "+442079460958", "020 7946 0958"),
    ("my number is 07400 123456", "+447400123456", "07400 123456"),
    ("It's 07400 123456, thanks!", "+447400123456", "07400 123456"),
    ("call me at 3pm on 07400 123456", "+447400123456", "07400 123456"),
    ("07400 123456 or 0121 567 8111", "+447400123456", "07400 123456"),
    # Crown Dependencies are +44 too: accepted (GG, JE, IM ranges)
    ("07911 123456", "+447911123456", "07911 123456"),
    ("07781 123456", "+447781123456", "07781 123456"),
    ("07624 123456", "+447624123456", "07624 123456"),
    ("0300 123 4567", "+443001234567", "0300 123 4567"),
]

BAD = [
    ("12345", PhoneReason.TOO_SHORT),
    ("my number is 12345", PhoneReason.TOO_SHORT),
    ("07400 12345", PhoneReason.TOO_SHORT),
    ("+44 1234", PhoneReason.TOO_SHORT),
    ("1" * 40, PhoneReason.TOO_LONG),
    ("074001234567", PhoneReason.TOO_LONG),
    ("07400 12345a", PhoneReason.LETTERS),
    ("O7400 123456", PhoneReason.LETTERS),
    ("07400 ABC 456", PhoneReason.LETTERS),
    ("no thanks", PhoneReason.NO_NUMBER),
    ("", PhoneReason.NO_NUMBER),
    ("+1 202 555 0143", PhoneReason.NOT_UK),
    ("+33 1 42 68 53 00", PhoneReason.NOT_UK),
    ("07700 900123", PhoneReason.INVALID),  # Ofcom drama range
    ("01632 960123", PhoneReason.INVALID),  # Ofcom drama range
    ("0999 999 9999", PhoneReason.INVALID),
    ("09098 790123", PhoneReason.UNSUPPORTED_TYPE),  # premium rate
    ("070 1234 5678", PhoneReason.UNSUPPORTED_TYPE),  # personal number
]


@pytest.mark.parametrize("text,e164,display", GOOD)
def test_accepts(text, e164, display):
    result = parse_phone(text)
    assert result.ok, result
    assert (result.e164, result.display, result.reason) == (e164, display, None)


@pytest.mark.parametrize("text,reason", BAD)
def test_rejects(text, reason):
    result = parse_phone(text)
    assert not result.ok
    assert result.reason is reason
    assert result.e164 is None and result.display is None


def test_none_and_huge_input():
    assert parse_phone(None).reason is PhoneReason.NO_NUMBER  # type: ignore[arg-type]
    assert parse_phone("x" * 100_000).reason is PhoneReason.NO_NUMBER
