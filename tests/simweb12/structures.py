"""How the twelfth web's sites serve what the earlier writers wrote: three habits of real sites.

- a document viewer (quirk `viewer`): a fact PDF is linked only through a PDF.js-like page,
  `/viewer?file=<the PDF's address>&zoom=page-width`, whose canvas names the file in a `data-file` attribute and whose
  toolbar holds the one link to it, a download button;
- a news feed (quirk `feed`): every page names `/feed/notizie.xml` by `<link rel="alternate"
  type="application/rss+xml">`, and the feed lists the site's recent notices and one old item that no
  page links and no sitemap lists (the fact's route `feed`);
- a crawl delay (quirk `crawldelay`): robots.txt asks for a `Crawl-delay`;
- a sitemap index (quirk `sitemapindex`): `/sitemap.xml` names a gzipped pages sitemap and a news sitemap
  with `<news:news>` entries (the site's news pages, and its news fact of route `sitemap`), and robots.txt
  names the news sitemap on a second `Sitemap:` line;
- a tag cloud (quirk `tags`): every page ends with links to 200 tag pages of unrelated topics (a budget
  trap), and one more tag page, `/tag/ufficio-di-piano/`, is the only link to the site's Ufficio di Piano
  page (otherwise found only by the site search);
- a splash home page (quirk `splash`): `/` says "Entra nel sito" and links the real home page, `/home/`:
  every page is one click deeper;
- an endless listing (quirk `endless`): the news list's last page links "Pagina successiva", `?page=N+1`
  on the first page's address, and the server answers any such page with the last page again;
- a language chooser (quirk `lingua`): `/` asks "Italiano" (the home page, `/it/`) or "English" (one page);
- a breadcrumb-only route (quirk `breadcrumb`, the fact's route `breadcrumb`): a news fact no page links and
  no sitemap lists sits in a section page that only the breadcrumb of a sibling links, and that sibling is
  found only in the sitemap.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from tests.simweb.server import canonical

from .families import esc

FEED_PATH = "/feed/notizie.xml"
VIEWER_PATH = "/viewer"
VIEWER_ZOOM = "page-width"  # a second parameter, as PDF.js viewers take: the address does not end in .pdf
BASE = "__BASE_URL__"
FEED_LINK = f'<link rel="alternate" type="application/rss+xml" title="Notizie" href="{FEED_PATH}">'


def viewer_address(pdf: str) -> str:
    """The address a page links for a PDF shown in the viewer, as the page's `href` writes it (escaped)."""
    return f"{VIEWER_PATH}?file={pdf}&amp;zoom={VIEWER_ZOOM}"


def viewer_key(pdf: str) -> str:
    """The stored key of the viewer page of a PDF (the server looks pages up by canonical address)."""
    return canonical(f"{VIEWER_PATH}?{urlencode({'file': pdf, 'zoom': VIEWER_ZOOM})}")


def viewer_page(pdf: str, title: str) -> bytes:
    """A PDF.js-like viewer: a toolbar, an empty canvas naming the file, and a download button."""
    name = pdf.rsplit("/", 1)[-1]
    body = (
        f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(name)} - {esc(title)}</title>'
        '<link rel="stylesheet" href="/viewer/viewer.css"></head><body class="pdfjs">'
        '<div id="toolbarContainer"><button id="previous" title="Pagina precedente">&lsaquo;</button>'
        '<input id="pageNumber" type="number" value="1"><span id="numPages">di 1</span>'
        '<button id="zoomOut" title="Riduci">-</button><button id="zoomIn" title="Ingrandisci">+</button>'
        f'<a id="download" class="toolbarButton" href="{esc(pdf)}" download title="Scarica">'
        '<span class="icona-scarica" aria-hidden="true"></span></a></div>'
        f'<div id="viewerContainer"><div id="viewer" class="pdfViewer" data-file="{esc(pdf)}"></div></div>'
        "<noscript>Per visualizzare il documento attiva JavaScript.</noscript></body></html>"
    )
    return body.encode("utf-8")


def with_feed_link(page: str) -> str:
    """The page naming the site's news feed in its head."""
    return page.replace("</head>", FEED_LINK + "</head>", 1)


def rss(title: str, items: list[tuple[str, str]], old: tuple[str, str] | None) -> bytes:
    """An RSS 2.0 feed: the notices `items` (title, address), newest first, and last the `old` item."""
    listed = [*items, *([old] if old else [])]
    entries = "".join(
        f"<item><title>{esc(t)}</title><link>{BASE}{esc(u)}</link><guid>{BASE}{esc(u)}</guid>"
        f"<pubDate>{_date(k)}</pubDate></item>\n"
        for k, (t, u) in enumerate(listed)
    )
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(title)} - Notizie</title>'
        f"<link>{BASE}/</link><description>Le ultime notizie</description>\n"
    )
    return (head + entries + "</channel></rss>\n").encode("utf-8")


def _date(k: int) -> str:
    """An RFC 822 date, older for later items (the last one, the old item, the oldest)."""
    day, month = 28 - k % 27, ("Nov", "Oct", "Sep", "Aug", "Jul", "Jun")[min(k // 4, 5)]
    return f"Mon, {day:02d} {month} {2025 - k // 24} 09:00:00 +0100"


def without_sitemap_entry(sitemap: bytes, url: str) -> bytes:
    """A plain sitemap with every entry of `url` left out (a CMS may list a page twice)."""
    text = sitemap.decode("utf-8")
    while (start := text.find(f"<url><loc>{BASE}{url}</loc>")) >= 0:
        text = text[:start] + text[text.index("</url>", start) + len("</url>\n") :]
    return text.encode("utf-8")


def with_crawl_delay(robots: bytes, seconds: int) -> bytes:
    """robots.txt asking every agent for a delay between requests."""
    text = robots.decode("utf-8")
    return text.replace("User-agent: *\n", f"User-agent: *\nCrawl-delay: {seconds}\n", 1).encode("utf-8")


SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
PAGES_SITEMAP, NEWS_SITEMAP = "/sitemap-pages.xml.gz", "/sitemap-news.xml"
URL_ENTRY = re.compile(r"<url><loc>__BASE_URL__([^<]*)</loc><lastmod>([^<]*)</lastmod></url>\n")


def split_sitemap(sitemap: bytes, news: set[str], publisher: str) -> dict[str, bytes]:
    """A plain sitemap split as SEO plugins serve it: `/sitemap.xml` an index of a pages part (gzipped
    when served: stored plain, as the earlier webs store `.gz` sitemaps) and a news part whose entries
    (the addresses `news`) carry `<news:news>`."""
    entries = URL_ENTRY.findall(sitemap.decode("utf-8"))
    assert entries and news <= {u for u, _ in entries}, publisher
    pages = "".join(
        f"<url><loc>{BASE}{esc(u)}</loc><lastmod>{d}</lastmod></url>\n" for u, d in entries if u not in news
    )
    items = "".join(
        f"<url><loc>{BASE}{esc(u)}</loc><news:news><news:publication><news:name>{esc(publisher)}</news:name>"
        f"<news:language>it</news:language></news:publication><news:publication_date>{d}</news:publication_date>"
        f"<news:title>{esc(_title(u))}</news:title></news:news></url>\n"
        for u, d in entries
        if u in news
    )
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    index = "".join(f"<sitemap><loc>{BASE}{part}</loc></sitemap>\n" for part in (PAGES_SITEMAP, NEWS_SITEMAP))
    return {
        "/sitemap.xml": f'{head}<sitemapindex xmlns="{SITEMAP_NS}">\n{index}</sitemapindex>\n'.encode(),
        PAGES_SITEMAP: f'{head}<urlset xmlns="{SITEMAP_NS}">\n{pages}</urlset>\n'.encode(),
        NEWS_SITEMAP: f'{head}<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">\n{items}</urlset>\n'.encode(),
    }


def _title(url: str) -> str:
    return url.strip("/").rsplit("/", 1)[-1].removesuffix(".html").replace("-", " ").capitalize()


def with_sitemap_lines(robots: bytes, parts: tuple[str, ...]) -> bytes:
    """robots.txt naming, after the sitemap it names, each of `parts` on a `Sitemap:` line of its own."""
    return robots + "".join(f"Sitemap: {BASE}{part}\n" for part in parts).encode()


TAG_TOPICS = (
    "mercatino", "raccolta-differenziata", "viabilita", "cultura", "sport", "turismo", "biblioteca", "scuola",
    "ambiente", "lavori-pubblici", "eventi", "sagra", "teatro", "musica", "cimitero", "tributi", "imu", "tari",
    "anagrafe", "elezioni", "protezione-civile", "volontariato", "giovani", "commercio", "agricoltura",
)  # fmt: skip
TAG_SUFFIXES = ("", "-2022", "-2023", "-2024", "-2025", "-estate", "-inverno", "-avvisi")
TAGS = tuple(topic + suffix for topic in TAG_TOPICS for suffix in TAG_SUFFIXES)  # 200 tags no fact is about


def tag_address(tag: str) -> str:
    return f"/tag/{tag}/"


def with_tag_cloud(page: str, tags: list[str]) -> str:
    """The page with a tag cloud widget before `</body>`: a link to every tag page."""
    links = "".join(f'<a href="{tag_address(t)}" class="tag-cloud-link">{t.replace("-", " ")}</a> ' for t in tags)
    return page.replace("</body>", f'<aside class="widget tagcloud"><h2>Argomenti</h2>{links}</aside></body>', 1)


def tag_page(site_title: str, tag: str, items: list[tuple[str, str]], tags: list[str]) -> bytes:
    """The page of one tag: the contents tagged with it, and the tag cloud again."""
    entries = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in items)
    page = (
        f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(tag.replace("-", " "))} - '
        f"{esc(site_title)}</title></head><body><h1>Argomento: {esc(tag.replace('-', ' '))}</h1>"
        f'<p><a href="/">{esc(site_title)}</a></p><ul class="risultati-tag">{entries}</ul></body></html>'
    )
    return with_tag_cloud(page, tags).encode("utf-8")


def splash_page(site_title: str, home: str) -> bytes:
    """A home page that is only a splash: the comune's name, a picture and "Entra nel sito"."""
    return (
        f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(site_title)}</title></head>'
        f'<body class="splash"><div class="splash-box"><img src="/immagini/stemma.png" alt="Stemma">'
        f"<h1>{esc(site_title)}</h1><p>Benvenuti sul sito istituzionale</p>"
        f'<a class="entra" href="{esc(home)}">Entra nel sito</a></div></body></html>'
    ).encode()


ENDLESS_PARAM = "page"


def with_next_page(page: str, first: str, number: int) -> str:
    """The last page of a listing with a "next page" link past the end, as broken pagers write it."""
    link = f'<p class="pager"><a href="{esc(first)}?{ENDLESS_PARAM}={number}" rel="next">Pagina successiva</a></p>'
    return page.replace("</body>", link + "</body>", 1)


def language_chooser(site_title: str, home: str, english: str) -> bytes:
    """A home page that only asks for a language: Italian leads to the site, English to one page."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(site_title)}</title></head>'
        f'<body class="lingua"><h1>{esc(site_title)}</h1><ul class="lingue">'
        f'<li><a href="{esc(home)}" hreflang="it" lang="it">Italiano</a></li>'
        f'<li><a href="{esc(english)}" hreflang="en" lang="en">English</a></li></ul></body></html>'
    ).encode()


def english_page(site_title: str, home: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(site_title)} - Welcome</title>'
        f"</head><body><h1>Welcome</h1><p>The website of the {esc(site_title)} is available in Italian only.</p>"
        f'<p><a href="{esc(home)}">Vai al sito in italiano</a></p></body></html>'
    ).encode()


def plain_page(
    site_title: str, title: str, trail: list[tuple[str, str]], items: list[tuple[str, str]], text: str
) -> bytes:
    """A page with a breadcrumb trail (label, address; the last is the page itself), a text and a list."""
    crumbs = "".join(f'<li class="breadcrumb-item"><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in trail[:-1])
    crumbs += f'<li class="breadcrumb-item active" aria-current="page">{esc(trail[-1][0])}</li>'
    entries = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in items)
    return (
        f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{esc(title)} - {esc(site_title)}</title>'
        f'</head><body><nav aria-label="breadcrumb"><ol class="breadcrumb">{crumbs}</ol></nav>'
        f"<main><h1>{esc(title)}</h1>"
        f'<p>{esc(text)}</p><ul class="lista-contenuti">{entries}</ul></main></body></html>'
    ).encode()


def with_sitemap_entry(sitemap: bytes, url: str, lastmod: str) -> bytes:
    """A plain sitemap with one more entry."""
    entry = f"<url><loc>{BASE}{esc(url)}</loc><lastmod>{lastmod}</lastmod></url>\n</urlset>"
    return sitemap.decode("utf-8").replace("</urlset>", entry, 1).encode("utf-8")
