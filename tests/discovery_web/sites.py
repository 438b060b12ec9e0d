"""The development sites: each a CMS family, a few pages that hold ambito facts placed the way real
comuni place them, and everything else a generated municipal site around them.

A fact page is a page whose text states an ambito fact (members, capofila, Ufficio di Piano
contacts, a Piano di Zona or its accordo). `facts` lists them; `forbidden` lists pages robots.txt
disallows (a crawl must never request them). Paths not written here are generated (`filler`):
sections of a municipal site three levels deep, PDFs of forms, and a calendar without end.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from .layout import FOOTER, LAYOUTS, Links, ul

AT_SECTIONS = [
    "Disposizioni generali",
    "Organizzazione",
    "Consulenti e collaboratori",
    "Personale",
    "Bandi di concorso",
    "Performance",
    "Enti controllati",
    "Attività e procedimenti",
    "Provvedimenti",
    "Controlli sulle imprese",
    "Bandi di gara e contratti",
    "Sovvenzioni, contributi, sussidi, vantaggi economici",
    "Bilanci",
    "Beni immobili e gestione patrimonio",
    "Controlli e rilievi sull'amministrazione",
    "Servizi erogati",
    "Pagamenti dell'amministrazione",
    "Opere pubbliche",
    "Pianificazione e governo del territorio",
    "Informazioni ambientali",
    "Interventi straordinari e di emergenza",
    "Altri contenuti",
]
FILLER_TITLES = [
    "Modulistica",
    "Orari di apertura",
    "Regolamento comunale",
    "Tariffe 2025",
    "Avviso pubblico",
    "Bando contributi affitto",
    "Iscrizioni",
    "Graduatoria",
    "Domande frequenti",
    "Referenti",
    "Centro sociale anziani",
    "Distretto del commercio",
    "Ambiti di trasformazione del PGT",
    "Sportello unico",
    "Elenco delibere",
    "Determinazioni",
    "Relazione annuale",
    "Carta dei servizi",
]


def site_link(name: str) -> str:
    """The address of another site of the web, in a page (the server writes its port in)."""
    return f"@site:{name}@"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def pdf(text: str) -> bytes:
    """A small PDF-like body: the crawl only fetches PDFs, it never reads them."""
    return b"%PDF-1.4\n% " + text.encode("utf-8") + b"\n%%EOF\n"


@dataclass
class Site:
    name: str
    family: str
    nav: Links
    pages: dict[str, str | bytes] = field(default_factory=dict)  # path[?query] -> HTML (str) or PDF (bytes)
    facts: set[str] = field(default_factory=set)
    forbidden: set[str] = field(default_factory=set)
    robots: str = "User-agent: *\nDisallow: /wp-admin/\n"
    sitemap: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # sitemap path -> (path, lastmod)
    redirects: dict[str, str] = field(default_factory=dict)
    search: tuple[str, str] | None = None  # (path, query parameter) of the site's search
    print_views: bool = False  # every page links itself again under ?print=1 and ?format=pdf
    related: tuple[str, ...] = ()  # words its search results add to the query in links to related searches
    session: str = ""  # a session parameter the site puts in every link it serves (PHPSESSID, jsessionid, ...)
    seed: bool = True  # False: not a seed of the crawl, reached only by a link from another site (`site_link`)
    slow: dict[str, float] = field(default_factory=dict)  # path[?query] -> seconds it takes to answer
    # path -> the name of the file its PDF is served as: `application/octet-stream` with a Content-Disposition
    attachments: dict[str, str] = field(default_factory=dict)
    soft404: bool = False  # a path the site does not have answers 200 with a full page saying "Pagina non trovata"
    moved_to: str = ""  # the name of the site it moved to: every path answers 301 to the same path there
    # a cookie wall: until a request sends the cookie that `?<consent>=accetto` sets, every page answers a banner
    consent: str = ""
    feeds: dict[str, str] = field(default_factory=dict)  # path -> an RSS feed, served as application/rss+xml

    def page(self, path: str, title: str, main: str, fact: bool = False) -> None:
        self.pages[path] = LAYOUTS[self.family](self.name, title, main, self.nav)
        if fact:
            self.facts.add(path)

    def document(self, path: str, text: str, fact: bool = False) -> None:
        self.pages[path] = pdf(text)
        if fact:
            self.facts.add(path)

    def filler(self, path: str) -> str | bytes | None:
        """The generated rest of the site: any path under a menu entry, three levels at most."""
        base, _, query = path.partition("?")
        if base.endswith(".pdf"):
            return pdf(f"Documento {base}") if "/uploads/" in base or "/allegati/" in base else None
        if base.rstrip("/").endswith("calendario") or base.endswith("calendario.asp"):
            return self.calendar(base, query)
        roots = {h.split("?")[0].rstrip("/") for h, _ in self.nav + FOOTER} - {""}
        clean = base.rstrip("/")
        if not any(clean == r or clean.startswith(r + "/") for r in roots) or clean.count("/") > 3:
            return None
        seed = int(hashlib.sha256(clean.encode()).hexdigest(), 16)
        titles = [FILLER_TITLES[(seed >> (4 * i)) % len(FILLER_TITLES)] for i in range(6)]
        children = [(f"{clean}/{slug(t)}", t) for t in dict.fromkeys(titles)]
        if self.family == "wordpress":
            children.append((f"/wp-content/uploads/2025/0{seed % 9 + 1}/{slug(titles[0])}.pdf", f"{titles[0]} (PDF)"))
        title = clean.rsplit("/", 1)[-1].replace("-", " ").capitalize()
        return LAYOUTS[self.family](self.name, title, f"<p>Informazioni sul servizio.</p>{ul(children)}", self.nav)

    def calendar(self, base: str, query: str) -> str:
        """A calendar trap: every month links the next and the previous one, and its days."""
        m = re.search(r"(\d{4})-(\d{2})", query) or re.search(r"mese=(\d+)&anno=(\d{4})", query)
        year, month = (int(m.group(1)), int(m.group(2))) if m and len(m.group(1)) == 4 else (2026, 12)
        if m and len(m.group(1)) != 4:
            month, year = int(m.group(1)), int(m.group(2))
        prev, nxt = (
            (year, month - 1) if month > 1 else (year - 1, 12),
            (year, month + 1) if month < 12 else (year + 1, 1),
        )
        if base.endswith(".asp"):
            link = lambda y, mo: f"{base.rsplit('/', 1)[-1]}?mese={mo}&anno={y}"  # noqa: E731
        else:
            link = lambda y, mo: f"{base}?mese={y}-{mo:02d}"  # noqa: E731
        days = [(f"{link(year, month)}&giorno={d}", f"{d}/{month}") for d in range(1, 29, 3)]
        body = ul([(link(*prev), "Mese precedente"), (link(*nxt), "Mese successivo")] + days)
        return LAYOUTS[self.family](self.name, f"Calendario eventi {month}/{year}", body, self.nav)


def news_list(
    site: Site, base: str, items: Links, per_page: int, page_url: Callable[[int], str], body: str | None = None
) -> None:
    """A news listing, newest first, split into pages with a pager; with `body`, its items too."""
    pages = [items[i : i + per_page] for i in range(0, len(items), per_page)]
    for n, chunk in enumerate(pages, 1):
        pager = " ".join(f'<a href="{page_url(k)}">{k}</a>' for k in range(1, len(pages) + 1) if k != n)
        if n < len(pages):
            pager += f' <a class="next" href="{page_url(n + 1)}">Successivi &raquo;</a>'
        cards = "".join(
            f'<div class="card"><h3><a href="{h}">{escape(t)}</a></h3><p>Leggi di più</p></div>' for h, t in chunk
        )
        site.page(
            base if n == 1 else page_url(n),
            "Notizie" if n == 1 else f"Notizie - pagina {n}",
            cards + f"<nav>{pager}</nav>",
        )
    for path, title in items if body is not None else []:
        site.page(path, title, body)


def old_news(prefix: str, n: int) -> Links:
    subjects = [
        "Raccolta rifiuti: nuovo calendario",
        "Chiusura strade per lavori",
        "Festa patronale",
        "Bando borse di studio",
        "Pagamento IMU",
        "Orari estivi della biblioteca",
        "Iscrizioni al centro estivo",
        "Avviso di allerta meteo",
        "Vaccinazioni antinfluenzali",
        "Consiglio comunale convocato",
        "Nuovi parcheggi in centro",
        "Mostra fotografica",
    ]
    return [(f"{prefix}{slug(subjects[i % len(subjects)])}-{i}", subjects[i % len(subjects)]) for i in range(n)]
