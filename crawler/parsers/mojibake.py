"""UTF-8 text once read as windows-1252 (or ISO-8859-1) and saved again ("CantÃ¹", "Ã¨", "lâ€™Ambito"), read back.

An old CMS that stored a UTF-8 form's bytes as windows-1252 characters serves them as such, in a page whose own
charset is right: each accented letter is two characters ("Ã" and a sign), each curly quote or dash three ("â€™").
The names then miss the gazetteer and the sentences their verbs ("Il Comune di X Ã¨ capofila"). Each such sequence
is encoded back to its bytes and decoded as UTF-8; a sequence those bytes do not make valid UTF-8 stays as written.
"""

from __future__ import annotations

import re

# windows-1252's characters for the bytes 0x80-0xBF: a UTF-8 sequence's continuation bytes, as such a page shows them
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# a two-byte lead ("Ã", "Â") with its one continuation, or a three-byte lead ("â") with its two
_SEQUENCE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}")
# what a page with such text holds: looked for first, most pages hold none; "â\x80" is a three-byte sequence read
# as ISO-8859-1, whose bytes 0x80-0x9F are control characters, not windows-1252's signs ("2025â\x80\x932027")
_LEADS = ("Ã", "Â", "â€", "â\x80")


def repaired(text: str) -> str:
    """The text with each UTF-8 sequence shown as windows-1252 characters read back as its own character."""
    if not any(lead in text for lead in _LEADS):
        return text
    return _SEQUENCE.sub(_read_back, text)


def _read_back(match: re.Match[str]) -> str:
    try:
        return b"".join(map(_byte, match.group())).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group()


def _byte(char: str) -> bytes:
    """The byte a character shows: windows-1252's sign, or ISO-8859-1's control character for 0x80-0x9F."""
    return char.encode("latin-1") if "\x80" <= char <= "\x9f" else char.encode("cp1252")
