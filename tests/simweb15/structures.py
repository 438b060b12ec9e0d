"""Four habits of real sites that no earlier web's README lists, applied to a written page or site.

`dlparam`: a CMS that serves its attachments only through a download parameter, so every linked
fact PDF's address is `file.pdf?download=1` and the bare `file.pdf` answers 404. `filenames`: a CMS
that keeps uploads under the name the clerk gave them, spaces and parentheses included, and writes
them into `href` unencoded (a browser sends `%20`); the sitemap names them encoded. `prodcanonical`: a
site served at one address whose pages name another host, the production one this web cannot reach, in
`<link rel="canonical">` and `og:url` (an unreachable `.invalid` host here). `viewstate`: an
ASP.NET WebForms portal, every page's body inside one `<form method="post">` carrying a large
`__VIEWSTATE`, and every list topped by a pager of `javascript:__doPostBack(...)` links (a crawler
cannot post back; the list's own links are the way on).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Callable
from urllib.parse import quote

BODY_OPEN = re.compile(r"<body[^>]*>")
DOWNLOAD_PARAM = "?download=1"


def download_param(url: str) -> str:
    return url + DOWNLOAD_PARAM


def clerk_file_name(url: str) -> str:
    """`/dir/564_2025-2027.pdf` as a clerk names the upload: `/dir/Documento 564 (anni 2025-2027) firmato.pdf`."""
    folder, _, name = url.rpartition("/")
    number, _, years = name.removesuffix(".pdf").partition("_")
    return f"{folder}/Documento {number} (anni {years or number}) firmato.pdf"


def with_renamed_pdfs(files: dict[str, bytes], pdfs: list[str], rename: Callable[[str], str]) -> dict[str, str]:
    """Move each PDF to its new address in `files`, in every page's `href` as written and in every sitemap
    %-encoded. Returns old address -> new."""
    renamed = {url: rename(url) for url in pdfs}
    for url, new in renamed.items():
        files[new] = files.pop(url)
    for key in [k for k in files if not k.partition("?")[0].endswith(".pdf")]:
        body = files[key]
        for url, new in renamed.items():
            body = body.replace(f'{url}"'.encode(), f'{new}"'.encode())
            body = body.replace(f"{url}<".encode(), f"{quote(new, safe='/?=')}<".encode())
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


def with_production_canonical(page: str, url: str, host: str) -> str:
    """The page naming itself, in its head, at the same path of another host."""
    there = html.escape(f"https://{host}{url}")
    head = f'<link rel="canonical" href="{there}"><meta property="og:url" content="{there}">'
    return page.replace("</head>", head + "</head>", 1)
