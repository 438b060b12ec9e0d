"""Two habits of real sites that no earlier web's README lists, applied to a written page or site.

`dlparam`: a CMS that serves its attachments only through a download parameter, so every linked
fact PDF's address is `file.pdf?download=1` and the bare `file.pdf` answers 404. `viewstate`: an
ASP.NET WebForms portal, every page's body inside one `<form method="post">` carrying a large
`__VIEWSTATE`, and every list topped by a pager of `javascript:__doPostBack(...)` links (a crawler
cannot post back; the list's own links are the way on).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re

BODY_OPEN = re.compile(r"<body[^>]*>")
DOWNLOAD_PARAM = "?download=1"


def with_download_param(files: dict[str, bytes], pdfs: list[str]) -> dict[str, str]:
    """Move each PDF to its `?download=1` address in `files` and in every page or sitemap that names it.
    Returns old address -> new."""
    renamed = {url: url + DOWNLOAD_PARAM for url in pdfs}
    for url, new in renamed.items():
        files[new] = files.pop(url)
    for key in [k for k in files if not k.partition("?")[0].endswith(".pdf")]:
        body = files[key]
        for url, new in renamed.items():
            for end in (b'"', b"<"):
                body = body.replace(url.encode() + end, new.encode() + end)
        files[key] = body
    return renamed


def with_viewstate(page: str, url: str) -> str:
    """The page's body inside a WebForms post-back form with its hidden state, and a post-back pager over
    every list."""
    seed = hashlib.sha256(url.encode()).digest()
    state = base64.b64encode(seed * 256).decode()  # 8 KB of state, as such portals carry
    hidden = (
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEP{state}">'
        f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEd{state[:88]}">'
    )
    opened = BODY_OPEN.search(page)
    assert opened is not None, url
    start = f'<form method="post" action="{html.escape(url)}" id="aspnetForm">{hidden}'
    page = page[: opened.end()] + start + page[opened.end() :]
    page = page.replace("</body>", "</form></body>", 1)
    pager = "".join(
        f"<a href=\"javascript:__doPostBack('ctl00$cph$gvElenco','Page${n}')\">{n}</a>" for n in range(1, 6)
    )
    return page.replace('<ul class="elenco">', f'<div class="pager-postback">{pager}</div><ul class="elenco">')
