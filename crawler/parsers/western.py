"""An undeclared page of an Italian site is in a Western European encoding, whatever a statistical guess says.

A page with no HTTP charset and no meta has its encoding guessed from its bytes; an ISO-8859-1 or windows-1252
page holds few accented letters, and the guesser may read them as another code page's ("Il Comune di Monza č
capofila", windows-1250's "č" for "è"): the verb and the names with accents ("Cantù", "Almè") are then lost. Such a
page's bytes are read as windows-1252 when they decode so; bytes that do not stay as guessed.
"""

from __future__ import annotations

# the encodings a Lombard site's undeclared page is in (bs4 names them so; ASCII is read as either)
WESTERN = frozenset({"utf-8", "ascii", "windows-1252", "iso-8859-1", "latin-1", "iso-8859-15"})


def western(body: bytes, guessed: str) -> str:
    """The page's bytes as windows-1252 text, or the guess when they are not windows-1252."""
    try:
        return body.decode("windows-1252")
    except UnicodeDecodeError:
        return guessed
