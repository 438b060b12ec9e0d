"""A frameset page's own content, written in its `<noframes>` for the browser without frames, read as its body.

An old site's home page is a frameset; its `<noframes>` often holds the main frame's text (the ambito's comuni, its
capofila, the Ufficio di Piano's address). libxml2 keeps a `<noframes>` inside a `<frameset>` as raw text: the content
is one line holding its tags and unread entities ("Legnano &egrave; ente capofila"). The frameset's own tags (frameset,
frame, noframes) hold nothing else a reader sees, so they are dropped before the page is parsed.
"""

from __future__ import annotations

import re

_FRAME_TAGS = re.compile(r"</?(?:frameset|frame|noframes)\b[^<>]{0,2000}>", re.I)


def noframes_as_body(text: str) -> str:
    """The page without its frameset's tags, so a `<noframes>`' content parses as the page's body."""
    if "noframes" not in text and "NOFRAMES" not in text and "Noframes" not in text:
        return text
    return _FRAME_TAGS.sub("", text)
