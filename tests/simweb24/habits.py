"""Four habits of real municipal portals, in this web's own markup, applied to a written page's HTML.

`dlist`: every list of links is a definition list (Halley's and Sicraweb's "Elenco documenti"): the title in a
`<dt>` with no link, the link a "Visualizza" under it. `truncated`: every listed link's words cut after a few
characters with "…", the whole title only in the `title` attribute (the grids of Maggioli's albo). `share`: every
page ends with a "Condividi" bar of links to social networks' hosts carrying the page's address. `spidbar`:
every page opens with the Municipium/OpenCity service bar: "Accedi" and "Prenota un appuntamento" on the
provider's hosts, with the page's address as the return address.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

HABITS = ("dlist", "truncated", "share", "spidbar")
LIST = re.compile(r'<ul class="elenco">(.*?)</ul>', re.S)
ITEM = re.compile(r"<li>(.*?)</li>", re.S)
ANCHOR = re.compile(r"<a ([^>]*)>(.*?)</a>", re.S)
TAG = re.compile(r"<[^>]+>")
BODY = re.compile(r"<body[^>]*>")
CUT = 18
NETWORKS = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
    ("X", "https://x.com/intent/tweet?url="),
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url="),
    ("WhatsApp", "https://api.whatsapp.com/send?text="),
)


def with_definition_lists(page: str) -> str:
    """Every list of links as `<dl>`: the item's words in `<dt>`, its first link as "Visualizza" in `<dd>`."""

    def entry(item: str) -> str:
        anchor = ANCHOR.search(item)
        title = " ".join(TAG.sub(" ", item).split())
        if anchor is None:
            return f"<dt>{title}</dt>"
        return f'<dt>{title}</dt><dd><a {anchor.group(1)} class="visualizza">Visualizza</a></dd>'

    return LIST.sub(lambda m: '<dl class="elenco-documenti">' + "".join(map(entry, ITEM.findall(m[1]))) + "</dl>", page)


def with_truncated_titles(page: str) -> str:
    """Every listed link's words cut to CUT characters and "…", the whole title kept in `title`."""

    def cut(anchor: re.Match[str]) -> str:
        words = " ".join(TAG.sub(" ", anchor[2]).split())
        if len(words) <= CUT:
            return anchor[0]
        return f'<a {anchor[1]} title="{html.escape(html.unescape(words))}">{words[:CUT].rstrip()}…</a>'

    return LIST.sub(lambda m: '<ul class="elenco">' + ANCHOR.sub(cut, m[1]) + "</ul>", page)


def with_share_bar(page: str, address: str) -> str:
    """A "Condividi" bar before `</body>`: each network's share link carrying the page's own address."""
    links = "".join(f'<a href="{base}{quote(address, safe="")}" rel="noopener">{name}</a>' for name, base in NETWORKS)
    return page.replace("</body>", f'<div class="condividi"><span>Condividi</span>{links}</div></body>', 1)


def with_service_bar(page: str, address: str, site_id: str) -> str:
    """The provider's service bar after `<body>`: login and booking on the provider's hosts, back to this page."""
    back = quote(address, safe="")
    bar = (
        f'<div class="it-header-slim"><a href="https://servizi.{site_id}.example-municipium.it/login?return={back}">'
        "Accedi all'area personale</a>"
        f'<a href="https://prenota.example-municipium.it/{site_id}/appuntamenti?from={back}">'
        "Prenota un appuntamento</a></div>"
    )
    return BODY.sub(lambda m: m[0] + bar, page, count=1)
