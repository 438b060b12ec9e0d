"""The third simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the second web's machinery (tests/simweb2/build.py: sections, filler, news lists, traps;
tests/simweb/build.py: fact routes, PDFs, digest, the command line) with other sites, families and
text, and new places to hide a fact page: a paginated documents listing, the attachments of a news
article, a page's sidebar, the site-wide footer, albo archives by year; sitemap indexes split by post
type, a gzipped sitemap; and a new trap, search result pages that link more searches.
`python -m tests.simweb3.build [--files DIR]` regenerates it and exits 2 if it differs from the
manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from tests.simweb.build import Fact, Page, digest, fact_record, lastmod, regenerate
from tests.simweb2.build import BASE, COMMON_SUBSECTIONS, NEWS_PAGES, Menus, Site
from tests.simweb2.build import SiteWriter as SecondWebWriter

from .content import AMBITI, DECOYS, FACT_KINDS, FactText
from .families import FAMILIES, LISTING_PAGE, Family, esc, render

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
LISTING_PAGES = 4
LISTING_PER_PAGE = 6
NEXT_PAGE = "Pagina successiva"
SEARCH_TOPICS = ("anziani", "scuola", "tributi", "eventi")
YEARS = ["Anno 2021", "Anno 2022", "Anno 2023", "Anno 2024", "Anno 2025"]


@dataclass(frozen=True)
class Fact3(Fact):
    """A fact page with a place the earlier webs lack. where: "" (the link list under a page's body),
    "sidebar" (a box beside the body of the page at `via`), "footer" (every page's footer), "article"
    (an attachment of the 4th article of news list page `page`), "listing" (page `page` of the
    paginated documents listing at `via`; reach pagination)."""

    where: str = ""


MENUS: dict[str, Menus] = {
    "di-drupal": Menus(
        ["Amministrazione", "Novità", "Servizi", "Vivere il comune"],
        ["Documenti e dati", "Amministrazione trasparente", "Albo pretorio", "Privacy"],
        "Novità",
        {
            "Amministrazione": ["Organi di governo", "Uffici", "Enti e fondazioni"],
            "Servizi": ["Salute, benessere e assistenza", "Educazione e formazione", "Tributi e finanze"],
            "Vivere il comune": ["Luoghi", "Eventi"],
            "Documenti e dati": [
                "Documenti albo pretorio",
                "Modulistica",
                "Accordi tra enti",
                "Documenti tecnici di supporto",
                "Atti normativi",
            ],
            "Albo pretorio": ["Atti in pubblicazione", "Archivio storico"],
            "Archivio storico": YEARS,
        },
    ),
    "di-wordpress": Menus(
        ["Amministrazione", "Novità", "Servizi", "Vivere il Comune"],
        ["Documenti e dati", "Amministrazione trasparente", "Albo online", "Leggi le FAQ"],
        "Novità",
        {
            "Amministrazione": ["Politici", "Uffici", "Enti e fondazioni", "Personale amministrativo"],
            "Servizi": ["Salute, benessere e assistenza", "Istruzione", "Tributi"],
            "Documenti e dati": [
                "Documenti albo pretorio",
                "Accordi tra enti",
                "Documenti di programmazione e rendicontazione",
                "Dataset",
            ],
            "Albo online": ["Archivio albo"],
            "Archivio albo": YEARS,
        },
    ),
    "wp-italia": Menus(
        ["Il Comune", "Uffici", "Documenti", "Atti", "Notizie"],
        ["Amministrazione trasparente", "Albo pretorio online", "Privacy policy", "Contatti"],
        "Notizie",
        {
            "Il Comune": ["Sindaco", "Giunta comunale", "Consiglio comunale"],
            "Uffici": ["Ufficio servizi sociali", "Ufficio tecnico", "Ufficio ragioneria"],
            "Documenti": ["Modulistica", "Regolamenti", "Piani e programmi"],
            "Atti": ["Delibere di Giunta", "Delibere di Consiglio", "Determine"],
            "Albo pretorio online": ["Archivio"],
            "Archivio": YEARS,
        },
    ),
    "joomla-sef": Menus(
        ["Amministrazione", "Uffici e servizi", "Atti e documenti", "Notizie"],
        ["Amministrazione trasparente", "Privacy", "Note legali"],
        "Notizie",
        {
            "Amministrazione": ["Sindaco", "Giunta", "Consiglio comunale"],
            "Uffici e servizi": ["Servizi sociali", "Ufficio tecnico", "Tributi"],
            "Atti e documenti": ["Albo pretorio", "Delibere", "Regolamenti", "Archivio atti"],
            "Archivio atti": YEARS,
        },
    ),
    "maggioli": Menus(
        ["Il Comune", "Servizi", "Albo pretorio", "Amministrazione trasparente", "Notizie"],
        ["Privacy", "Accessibilità", "Sportello telematico"],
        "Notizie",
        {
            "Il Comune": ["Organi istituzionali", "Uffici", "Statuto"],
            "Servizi": ["Servizi sociali", "Servizi scolastici", "Tributi"],
            "Albo pretorio": ["Atti in corso", "Storico atti"],
            "Storico atti": YEARS,
        },
    ),
    "halley": Menus(
        ["Il Comune", "Uffici", "Servizi alla persona", "Albo pretorio", "Amministrazione trasparente", "News"],
        ["Privacy", "Accessibilità"],
        "News",
        {
            "Il Comune": ["Organi istituzionali", "Statuto", "Storia"],
            "Uffici": ["Segreteria", "Ragioneria", "Tecnico"],
            "Albo pretorio": ["Atti in pubblicazione", "Archivio atti"],
        },
    ),
    "old-table": Menus(
        ["Il Comune", "Uffici", "Servizi sociali", "Notizie", "Documenti", "Albo"],
        ["Amministrazione trasparente", "Privacy", "Webmaster"],
        "Notizie",
        {
            "Il Comune": ["Giunta", "Consiglio"],
            "Uffici": ["Segreteria", "Ragioneria", "Anagrafe"],
            "Documenti": ["Regolamenti", "Modulistica", "Piani"],
            "Albo": ["Archivio albo"],
            "Archivio albo": YEARS,
        },
    ),
    "plone": Menus(
        ["Azienda", "Servizi", "Ufficio di Piano", "Amministrazione trasparente", "Notizie", "Contatti"],
        ["Privacy", "Note legali"],
        "Notizie",
        {
            "Azienda": ["Chi siamo", "Organi", "Soci"],
            "Servizi": ["Area minori e famiglia", "Area anziani", "Area disabilità", "Area inclusione"],
            "Ufficio di Piano": ["Programmazione", "Bandi e avvisi"],
        },
    ),
    "pdf-only": Menus(["Documenti", "Contatti"], [], None),
}
# sitemap parts: family -> (part URL, pattern of the URLs it lists); the first pattern that matches wins
SITEMAP_PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "di-drupal": (("/sitemap.xml?page=1", r"^/(amministrazione|novita)"), ("/sitemap.xml?page=2", "")),
    "di-wordpress": (
        ("/notizia-sitemap.xml", r"^/notizia/"),
        ("/documento_pubblico-sitemap.xml", r"^/documento-pubblico/"),
        ("/attachment-sitemap.xml", r"\.pdf$"),
        ("/page-sitemap.xml", ""),
    ),
    "wp-italia": (
        ("/wp-sitemap-posts-post-1.xml", r"^/\d{4}/\d{2}/"),
        ("/wp-sitemap-posts-documenti-1.xml", r"^/documenti/."),
        ("/wp-sitemap-posts-atti-1.xml", r"^/atti/."),
        ("/wp-sitemap-posts-page-1.xml", ""),
    ),
}

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT_POLITICI = ("Amministrazione trasparente", "Provvedimenti", "Provvedimenti organi indirizzo politico")
F = Fact3

SITES: tuple[Site, ...] = (
    # Designers Italia comuni model on Drupal
    Site(
        "di-varese", "di-drupal", "Comune di Varese", "varese",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai alla pagina"),
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Accordo n. 3 - 2021/2023", page=2, pdf=True,
              where="listing"),
        ),
        traps=("facets",),
    ),
    Site(
        "di-cantu", "di-drupal", "Comune di Cantù", "cantu",
        (F("news", PG, page=3), F("piano-di-zona", SM, pdf=True)),
        decoys=(("commercio", ("Vivere il comune",)),),
        traps=("search-links",),
    ),
    Site(
        "di-erba", "di-drupal", "Comune di Erba", "erba",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2023"), "Deliberazione n. 41/2023"),
            F("piano-di-zona", L, (), "Allegato (2025-2027)", page=2, pdf=True, where="article"),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-seriate", "di-drupal", "Comune di Seriate", "seriate",
        (
            F("ufficio-di-piano", SE),
            F("avviso", L, ("Amministrazione trasparente", "Sovvenzioni, contributi, sussidi, vantaggi economici"),
              "Avviso n. 7/2025", pdf=True),
            F("accordo", RB, ("Servizi",), "Area operatori", pdf=True),
        ),
        traps=("variant",),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-como", "di-wordpress", "Comune di Como", "como",
        (
            F("ufficio-di-piano", L, (), "Ufficio di Piano", where="footer"),
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento n. 18 - 2021/2023", pdf=True),
        ),
        traps=("facets",),
    ),
    Site(
        "diwp-romano", "di-wordpress", "Comune di Romano di Lombardia", "romano",
        (F("news", SE), F("piano-di-zona", SM, pdf=True)),
    ),
    Site(
        "diwp-voghera", "di-wordpress", "Comune di Voghera", "voghera",
        (
            F("delibera", PG, ("Albo online",), "Deliberazione G.C. n. 41", page=2, where="listing"),
            F("news", PG, page=2),
        ),
        decoys=(("pgt", ("Documenti e dati",)),),
    ),
    Site(
        "diwp-luino", "di-wordpress", "Comune di Luino", "luino",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Approfondisci",
              where="sidebar"),
            F("avviso", SM, pdf=True),
        ),
        traps=("search-links",),
    ),
    # WordPress on an "Italia" theme, custom post types documenti and atti
    Site(
        "wpi-mortara", "wp-italia", "Comune di Mortara", "mortara",
        (
            F("accordo", L, ("Atti", "Delibere di Giunta"), "Allegato A (2021-2023)", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("calendar",),
    ),
    Site(
        "wpi-suzzara", "wp-italia", "Comune di Suzzara", "suzzara",
        (
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("pgt", ("Documenti", "Piani e programmi")),),
    ),
    Site(
        "wpi-viadana", "wp-italia", "Comune di Viadana", "viadana",
        (
            F("delibera", L, ("Albo pretorio online", "Archivio", "Anno 2022"), "Delibera n. 41 del 2022"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("variant",),
    ),
    Site(
        "wpi-merate", "wp-italia", "Comune di Merate", "merate",
        (
            F("ufficio-di-piano", L, ("Uffici", "Ufficio servizi sociali"), "Leggi tutto"),
            F("accordo", L, (), "Scarica l'allegato (2021-2023)", page=1, pdf=True, where="article"),
        ),
    ),
    # Joomla with friendly URLs
    Site(
        "joomla-pioltello", "joomla-sef", "Comune di Pioltello", "pioltello",
        (
            F("members", L, ("Amministrazione",), "I comuni aderenti"),
            F("news", SE),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 112 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "joomla-melzo", "joomla-sef", "Comune di Melzo", "melzo",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Scopri di più"),
            F("accordo", PG, ("Atti e documenti", "Delibere"), "Allegato n. 2 (2021-2023)", page=2, pdf=True,
              where="listing"),
        ),
    ),
    Site(
        "joomla-segrate", "joomla-sef", "Comune di Segrate", "pioltello",
        (F("avviso", L, (), "Avviso 2025-2027", pdf=True, where="footer"), F("news", PG, page=3)),
        decoys=(("scuola", ("Uffici e servizi",)),),
    ),
    # Maggioli-like portals
    Site(
        "mag-morbegno", "maggioli", "Comune di Morbegno", "morbegno",
        (
            F("piano-di-zona", L, ("Albo pretorio", "Storico atti", "Anno 2025"), "Atto n. 77/2025", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("bim", ("Il Comune",)),),
        traps=("search-links",),
    ),
    Site(
        "mag-chiavenna", "maggioli", "Comune di Chiavenna", "chiavenna",
        (
            F("members", L, ("Il Comune", "Organi istituzionali"), "Gestioni associate"),
            F("accordo", SM, pdf=True),
            F("piano-di-zona", RB, ("Servizi",), "Documenti interni", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "mag-vimodrone", "maggioli", "Comune di Vimodrone", "pioltello",
        (F("delibera", L, AT_POLITICI, "Provvedimento n. 41"), F("news", PG, page=2)),
    ),
    # Halley portals (no sitemap)
    Site(
        "halley-madesimo", "halley", "Comune di Madesimo", "chiavenna",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, ("Amministrazione trasparente", "Altri contenuti", "Dati ulteriori"),
              "Allegato 2025/2027", pdf=True),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "halley-cernobbio", "halley", "Comune di Cernobbio", "como",
        (
            F("news", PG, page=3),
            F("accordo", L, ("Albo pretorio",), "Documento n. 9 - 2021/2023", pdf=True, where="sidebar"),
        ),
        decoys=(("emergenza", ("Il Comune",)),),
        sitemap=False,
    ),
    # old table layouts (no sitemap, no search)
    Site(
        "old-casciago", "old-table", "Comune di Casciago", "varese",
        (
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2021-2023", pdf=True),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    Site(
        "old-brusaporto", "old-table", "Comune di Brusaporto", "seriate",
        (
            F("news", L, ("Notizie",)),
            F("piano-di-zona", L, ("Albo", "Archivio albo", "Anno 2025"), "Pubblicazione n. 215 - 2025/2027",
              pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda speciale, on Plone (gzipped sitemap)
    Site(
        "plone-retesalute", "plone", "Retesalute - azienda speciale", "merate",
        (
            F("piano-di-zona", SM, pdf=True),
            F("ufficio-di-piano", L, ("Azienda", "Chi siamo"), "Leggi"),
            F("news", PG, page=2),
        ),
    ),
    Site(
        "plone-solidalia", "plone", "Solidalia - azienda speciale consortile", "romano",
        (
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("avviso", PG, ("Ufficio di Piano", "Bandi e avvisi"), "Avviso 4/2025", page=2, pdf=True,
              where="listing"),
            F("ufficio-di-piano", RB, ("Azienda",), "Area riservata"),
        ),
    ),
    # PDF-only pages of an Ufficio di Piano
    Site(
        "pdf-voghera", "pdf-only", "Ufficio di Piano di Voghera", "voghera",
        (
            F("piano-di-zona", L, (), "PdZ 2025-2027", pdf=True),
            F("accordo", L, ("Documenti",), "Allegato 2021-2023", pdf=True),
        ),
        sitemap=False,
    ),
    Site(
        "pdf-melzo", "pdf-only", "Piano di Zona dell'Ambito di Melzo", "melzo",
        (F("accordo", SM, pdf=True), F("avviso", L, ("Documenti",), "Avviso 2025", pdf=True)),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-ca-morbegno", "wp-italia", "Comprensorio Alpino di Caccia Morbegno", None,
        decoys=(("caccia", ()),), traps=("calendar",),
    ),
    Site("decoy-bim-adda", "joomla-sef", "Consorzio BIM dell'Adda", None, decoys=(("bim", ()),)),
    Site(
        "decoy-ic-varese", "di-wordpress", "Istituto Comprensivo Varese 1", None,
        decoys=(("scuola", ()), ("emergenza", ("Servizi",))), traps=("search-links",),
    ),
    Site(
        "decoy-commercio-lario", "maggioli", "Distretto del Commercio del Lario", None,
        decoys=(("commercio", ()),),
    ),
    Site(
        "decoy-cave-pavia", "old-table", "Ufficio cave della Provincia di Pavia", None,
        decoys=(("cave", ()), ("pgt", ("Documenti",))), sitemap=False,
    ),
)  # fmt: skip


def urlset(urls: list[str]) -> bytes:
    rows = "".join(f"<url><loc>{BASE}{esc(u)}</loc><lastmod>{lastmod(u)}</lastmod></url>\n" for u in urls)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    return (head + rows + "</urlset>\n").encode()


def sitemap_index(parts: list[str]) -> bytes:
    rows = "".join(f"<sitemap><loc>{BASE}{esc(u)}</loc></sitemap>\n" for u in parts)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    )
    return (head + rows + "</sitemapindex>\n").encode()


class SiteWriter(SecondWebWriter):
    """The second web's site writer (sections, filler, news lists, traps) with this web's families and
    text, and the new places: documents listings, article attachments, sidebars, the footer."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.family: Family = FAMILIES[site.family]
        self.menus = MENUS[site.family]
        self.children = {**COMMON_SUBSECTIONS, **self.menus.children}
        self.counter = 400
        self.section_ids: dict[tuple[str, ...], int] = {}
        self.pages: dict[str, Page] = {"/": Page(site.title)}
        self.pdfs: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.news: list[list[tuple[str, str]]] = [[] for _ in range(NEWS_PAGES)]
        self.in_sitemap_only: list[str] = []
        self.search_only: list[str] = []
        self.facts: list[dict[str, Any]] = []
        self.must_not_reach: list[dict[str, Any]] = []
        self.decoys: list[dict[str, str]] = []
        self.sidebars: dict[str, list[tuple[str, str]]] = {}
        self.listings: dict[tuple[str, ...], list[str]] = {}
        self.nav = [(label, self.section((label,))) for label in self.menus.nav]
        self.footer = [(label, self.section((label,))) for label in self.menus.footer]

    # --- facts -------------------------------------------------------------------------------
    def place(self, fact: Fact) -> None:
        assert self.site.ambito is not None and isinstance(fact, Fact3)
        ambito = AMBITI[self.site.ambito]
        text: FactText = FACT_KINDS[fact.kind](ambito)
        url = self._fact_url(fact, text, self._next())
        if fact.pdf:
            self.pdfs[url] = (text.title, text.lines)
        else:
            self.pages[url] = Page(text.title, text.html)
        record = fact_record(fact, url, ambito.name, ambito.capofila, ambito.members, text.proof)
        anchor = fact.anchor or text.title
        news = self.menus.news or ""
        if fact.where == "sidebar":
            self.sidebars.setdefault(self.section(fact.via), []).append((anchor, url))
            record.update(depth=len(fact.via) + 1, trail=[*fact.via, anchor])
        elif fact.where == "footer":
            self.footer.append((anchor, url))
            record.update(depth=1, trail=[anchor])
        elif fact.where == "article":
            self._news_lists()
            title, article = self.news[fact.page - 1][3]
            self.pages[article].links.insert(0, (anchor, url))
            record.update(depth=fact.page + 2, trail=[news, *[NEXT_PAGE] * (fact.page - 1), title, anchor])
        elif fact.where == "listing":
            self.pages[self._listing(fact.via)[fact.page - 1]].links.insert(0, (anchor, url))
            record.update(depth=len(fact.via) + fact.page, trail=[*fact.via, *[NEXT_PAGE] * (fact.page - 1), anchor])
        else:
            if fact.reach == PG:
                self._news_lists()
            self.route(fact, record, anchor, text.title, (news, NEXT_PAGE))
            return
        self.facts.append(record)

    def _fact_url(self, fact: Fact, text: FactText, n: int) -> str:
        ambito = AMBITI[self.site.ambito or ""]
        if fact.reach == RB:
            return self.family.reserved + f"documento-{n}" + (".pdf" if fact.pdf else ".html")
        if fact.pdf:
            years = ambito.previous if fact.kind == "accordo" else ambito.period
            named = fact.reach == SM or fact.anchor.lower().startswith(("accordo", "piano", "avviso"))
            stem = f"{fact.kind}-{years}" if named else f"{n}_{years}"  # unnamed: a file named by number and years
            return self.family.upload_url(stem + ".pdf", n, 2022 if fact.kind == "accordo" else 2025, 4)
        if fact.kind == "news":
            return self.family.article_url(text.title, n, 2025, 3)
        return self.family.page_url(fact.via, text.title, n)

    def _listing(self, via: tuple[str, ...]) -> list[str]:
        """The pages of the paginated documents listing at `via` (made once), each linking its documents,
        the page before and the page after."""
        if via in self.listings:
            return self.listings[via]
        first = self.section(via)
        param, second, step = LISTING_PAGE[self.site.family]
        sep = "&" if "?" in first else "?"
        urls = [first] + [f"{first}{sep}{param}={second + step * k}" for k in range(LISTING_PAGES - 1)]
        for p, url in enumerate(urls, 1):
            page = self.pages.setdefault(url, Page(f"{via[-1]} - pagina {p}"))
            for i in range(LISTING_PER_PAGE):
                k = (p - 1) * LISTING_PER_PAGE + i
                title = f"Determinazione n. {200 - k} del {2024 - k // 12}"
                doc = self.family.page_url(via, title, self._next())
                self.pages[doc] = Page(title, f"<p>{esc(title)}: impegno di spesa per forniture d'ufficio.</p>")
                page.links.append((title, doc))
            if p > 1:
                page.links.append(("Pagina precedente", urls[p - 2]))
            if p < LISTING_PAGES:
                page.links.append((NEXT_PAGE, urls[p]))
        self.listings[via] = urls
        return urls

    def place_decoy(self, key: str, via: tuple[str, ...]) -> None:
        title, body = DECOYS[key]
        if not via and self.site.ambito is None:  # a decoy site: the home page itself is the decoy
            self.pages["/"].body = body
            self.decoys.append({"url": "/", "kind": key})
            return
        url = self.family.page_url(via, title, self._next())
        self.pages[url] = Page(title, body)
        self.pages[self.section(via)].links.append((title, url))
        self.decoys.append({"url": url, "kind": key})

    # --- output ------------------------------------------------------------------------------
    def _traps(self) -> list[dict[str, Any]]:
        """The second web's traps, and search result pages that link more searches (entered from the
        home page's topics)."""
        traps = super()._traps()
        if "search-links" in self.site.traps:
            assert self.family.search is not None
            path, param = self.family.search
            self.pages["/"].links.extend(
                (f"Argomento: {t}", f"{path}?{urlencode({param: t, 'origine': 'argomenti'})}") for t in SEARCH_TOPICS
            )
            traps.append({"kind": "search-links", "prefix": path, "params": ["origine", "pagina"]})
        return traps

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        """The second web's output (PDFs, robots.txt, this web's sitemaps, the manifest entry), with every
        HTML page made again in this web's chrome, with its sidebar."""
        files, entry = super().render()
        for url, page in self.pages.items():
            files[url] = self._html(url, page)
        return files, entry

    def _html(self, url: str, page: Page) -> bytes:
        body = page.body
        if page.links:
            items = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in page.links)
            body += f'<ul class="elenco">{items}</ul>'
        if url in self.sidebars:
            items = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in self.sidebars[url])
            body += f'<aside class="colonna-laterale"><h3>In evidenza</h3><ul>{items}</ul></aside>'
        if "variant" in self.site.traps:
            sep = "&" if "?" in url else "?"
            body += (
                f'<p class="azioni"><a href="{esc(url + sep)}print=1">Versione stampabile</a> '
                f'<a href="{esc(url + sep)}format=pdf">Esporta PDF</a></p>'
            )
        site = self.site
        return render(site.family, site.title, page.title, body, self.nav, self.footer, self.family.search).encode()

    def _sitemaps(self, sitemap_url: str) -> dict[str, bytes]:
        """One urlset, or an index of parts by post type (the first pattern a URL matches); a gzipped
        sitemap is stored plain and compressed by the server."""
        hidden = set(self.search_only)
        listed = [u for u in self.pages if u not in hidden] + self.in_sitemap_only
        parts = SITEMAP_PARTS.get(self.site.family)
        if not parts:
            return {sitemap_url: urlset(listed)}
        grouped: dict[str, list[str]] = {part: [] for part, _ in parts}
        for url in listed:
            grouped[next(part for part, pattern in parts if re.search(pattern, url))].append(url)
        grouped = {part: urls for part, urls in grouped.items() if urls}
        return {sitemap_url: sitemap_index(list(grouped)), **{u: urlset(urls) for u, urls in grouped.items()}}


def build_site(site: Site) -> tuple[dict[str, bytes], dict[str, Any]]:
    """One site's pages (URL -> bytes) and its manifest entry."""
    writer = SiteWriter(site)
    for fact in site.facts:
        writer.place(fact)
    for key, via in site.decoys:
        writer.place_decoy(key, via)
    files, entry = writer.render()
    return files, {**entry, "pages": len(files), "digest": digest(files)}


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    built = {spec.id: build_site(spec) for spec in SITES if site_ids is None or spec.id in site_ids}
    about = "the frozen third simulated web of tests/simweb3 (README.md); never change it to suit a crawler"
    manifest = {"about": about, "base_url_placeholder": BASE, "sites": [entry for _, entry in built.values()]}
    return {site_id: files for site_id, (files, _) in built.items()}, manifest


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
