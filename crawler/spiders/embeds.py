"""Documents and pages a page shows inside itself: links a careful reader follows, though no `<a>` leads there.

Real sites show a Piano di Zona's PDF in its page rather than link it (`<embed src="….pdf">` under a caption,
`<object data="….pdf">`, an `<iframe>` of a PDF viewer whose query names the file: pdf.js's
`viewer.html?file=…`, a document service's `?url=…`), and a comune's Albo in an `<iframe>` from its provider's
host (fifteenth round). The sixteenth simulated web missed six of its 31 PDFs that way (twentieth round).

What a page embeds is also a video player, a map, an ad or a social network's widget: none leads to a fact,
and a widget on another host linked from a Servizi sociali page would be crawled as the ambito's site. They are
told by their type (`video/…`, `audio/…`, Flash) or by the shape of their address (a `/embed/` or a `/maps`
step, a `player.` host, a `/plugins/` or `/widgets/` step, an ad server's `/pagead/`, a Flash or video file),
never by a list of hosts. `<video>`, `<audio>` and their `<source>` are players whatever they play: no link.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from crawler.scoring import is_file

EMBEDDED = ("iframe", "frame", "embed", "object")
_MEDIA_TYPE = re.compile(r"^\s*(?:video|audio|image)/|flash", re.I)
# a player's, a map's, an ad's or a social widget's address: by its host's first label or a step of its path
WIDGET = re.compile(
    r"^(?:player|video|maps?|ads?|widgets?|platform)\.|/(?:embed|maps?|plugins|widgets?|pagead|player|video|watch)"
    r"(?:[/.?]|$)|\.(?:swf|flv|webm|ogv)$",
    re.I,
)
VIEWER_PARAMS = ("file", "url", "src", "doc", "documento", "pdf")  # a viewer's query naming the file it shows


def embedded_target(element: Any) -> str | None:
    """Where an embedded element leads: the file a viewer shows (its query's `file=`), else its own address
    (an `<object>`'s `data`, the others' `src`); nothing for a player, a map, an ad or a widget."""
    address = (element.get("data") if element.tag == "object" else element.get("src")) or ""
    address = address.strip()
    if not address or _MEDIA_TYPE.search(element.get("type") or ""):
        return None
    parts = urlsplit(address)
    shown = next(
        (v.strip() for k, v in parse_qsl(parts.query) if k.lower() in VIEWER_PARAMS and is_file(v.strip())), None
    )
    if shown:
        return shown
    if is_file(address):
        return address
    return None if WIDGET.search(f"{parts.netloc}{parts.path}") else address


def embedded_text(element: Any) -> str:
    """An embedded element's words: its `title` or `aria-label` (a frame's `name`), else the caption of the
    figure it is shown in ("PdZ 2025/2027"); the heading above it is its section (links.py: `sections`)."""
    for name in ("title", "aria-label", "name"):
        value = (element.get(name) or "").strip()
        if value:
            return value
    figure = next(element.iterancestors("figure"), None)
    caption = next(figure.iter("figcaption"), None) if figure is not None else None
    return "".join(caption.itertext()) if caption is not None else ""
