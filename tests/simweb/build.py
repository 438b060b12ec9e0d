"""The simulated web, written from the site specifications below, and its manifest.

The web is generated in memory whenever it is served (tests/simweb/server.py): ~10,000 pages of
mostly repeated chrome would weigh on the repository more than they would tell a reader. It is
frozen all the same, like a held-out set: manifest.json records every site's fact pages, decoys,
traps and a digest of all its pages; the server refuses to serve a web whose digest differs, and
tests/test_simweb.py checks the same. `python -m tests.simweb.build --files DIR` writes the pages
out for reading; `--write-manifest` was run once, when the web was written, and never again.

A site is a home page, generic sections in its family's words, filler pages, a paginated news list,
fact pages placed by a `Fact` (1-4 clicks deep behind the generic labels of `via`, or only in the
sitemap, only in the site search, only through the news pagination, or under a path robots.txt
forbids), decoy pages, and optionally traps (an endless calendar, session-id links).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF

from .content import AMBITI, DECOYS, FACT_KINDS, FILLER, FILLER_NEWS, FactText, istat_codes
from .families import Chrome, esc, slugify

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
FIXED_DATE = datetime(2025, 3, 12, 9, 0, 0, tzinfo=UTC)
BASE = "__BASE_URL__"  # replaced by the server with http://127.0.0.1:PORT

NAV: dict[str, list[str]] = {
    "designers-italia": ["Amministrazione", "Novità", "Servizi", "Vivere il comune"],
    "wordpress": ["Il Comune", "Servizi sociali", "Notizie", "Eventi", "Contatti"],
    "joomla": ["Il Comune", "Uffici e servizi", "Atti e pubblicazioni", "News"],
    "table": ["Home", "Uffici", "Servizi sociali", "Atti e pubblicazioni", "Albo on line", "Notizie"],
    "ambito": ["Chi siamo", "Servizi", "Documenti", "Novità", "Contatti"],
    "pdf-only": ["Documenti", "Contatti"],
}
FOOTER: dict[str, list[str]] = {
    "designers-italia": ["Documenti e dati", "Amministrazione trasparente", "Albo pretorio", "Privacy", "Note legali"],
    "wordpress": ["Amministrazione trasparente", "Albo pretorio", "Privacy policy", "Cookie policy"],
    "joomla": ["Amministrazione trasparente", "Albo pretorio", "Privacy"],
    "table": ["Amministrazione trasparente", "Privacy"],
    "ambito": ["Privacy", "Note legali"],
    "pdf-only": ["Privacy"],
}
NEWS_LABEL = {
    "designers-italia": "Novità",
    "wordpress": "Notizie",
    "joomla": "News",
    "table": "Notizie",
    "ambito": "Novità",
}
SEARCH = {"designers-italia": ("/ricerca/", "q"), "wordpress": ("/", "s"), "joomla": ("/index.php", "searchword")}
SITEMAP = {
    "designers-italia": "/sitemap.xml",
    "wordpress": "/wp-sitemap.xml",
    "joomla": "/sitemap.xml",
    "ambito": "/sitemap.xml",
    "pdf-only": "/sitemap.xml",
}
DISALLOWED = {
    "designers-italia": "/area-riservata/",
    "wordpress": "/riservato/",
    "joomla": "/riservato/",
    "table": "/riservato/",
    "ambito": "/riservato/",
    "pdf-only": "/riservato/",
}
CMS_DISALLOWED = {"wordpress": ["/wp-admin/"], "joomla": ["/administrator/", "/cache/", "/tmp/"]}
NEWS_PER_PAGE = 8
NEWS_PAGES = 6
FILLERS_PER_SECTION = 4
NO_FILLER = {"Privacy", "Privacy policy", "Cookie policy", "Note legali", "Contatti", "Home"}
TRANSPARENCY = [
    "Disposizioni generali", "Organizzazione", "Personale", "Bandi di concorso", "Enti controllati",
    "Attività e procedimenti", "Provvedimenti", "Bandi di gara e contratti",
    "Sovvenzioni, contributi, sussidi, vantaggi economici", "Bilanci", "Pianificazione e governo del territorio",
    "Altri contenuti",
]  # fmt: skip
# The generic pages under each menu entry, in each family's words: what a crawler must wade through.
SUBSECTIONS: dict[str, dict[str, list[str]]] = {
    "designers-italia": {
        "Amministrazione": [
            "Organi di governo",
            "Aree amministrative",
            "Uffici",
            "Enti e fondazioni",
            "Politici",
            "Personale amministrativo",
        ],
        "Servizi": [
            "Anagrafe e stato civile",
            "Cultura e tempo libero",
            "Educazione e formazione",
            "Tributi, finanze e contravvenzioni",
            "Ambiente",
            "Salute, benessere e assistenza",
            "Mobilità e trasporti",
            "Catasto e urbanistica",
            "Imprese e commercio",
            "Appalti pubblici",
        ],
        "Vivere il comune": ["Luoghi", "Eventi"],
        "Documenti e dati": [
            "Documenti albo pretorio",
            "Modulistica",
            "Documenti funzionamento interno",
            "Atti normativi",
            "Accordi tra enti",
            "Documenti attività politica",
            "Documenti tecnici di supporto",
            "Istanze",
            "Dataset",
        ],
        "Amministrazione trasparente": TRANSPARENCY,
        "Provvedimenti": ["Provvedimenti organi indirizzo politico", "Provvedimenti dirigenti amministrativi"],
    },
    "wordpress": {
        "Il Comune": [
            "Sindaco",
            "Giunta comunale",
            "Consiglio comunale",
            "Uffici comunali",
            "Atti e pubblicazioni",
            "Regolamenti",
        ],
        "Servizi sociali": ["Anziani", "Disabilità", "Minori e famiglie", "Contributi e bonus", "Casa"],
        "Eventi": ["Cultura", "Sport", "Sagre e mercati"],
        "Amministrazione trasparente": TRANSPARENCY,
        "Provvedimenti": ["Provvedimenti organi indirizzo politico", "Provvedimenti dirigenti amministrativi"],
    },
    "joomla": {
        "Il Comune": ["Organi istituzionali", "Statuto e regolamenti", "Servizi sociali", "Storia"],
        "Uffici e servizi": ["Anagrafe", "Tributi", "Ufficio tecnico", "Polizia locale", "Biblioteca"],
        "Atti e pubblicazioni": ["Delibere", "Determine", "Ordinanze", "Albo pretorio"],
        "Amministrazione trasparente": TRANSPARENCY,
    },
    "table": {
        "Uffici": ["Segreteria", "Ragioneria", "Ufficio tecnico", "Anagrafe"],
        "Atti e pubblicazioni": ["Delibere 2023", "Delibere 2024", "Regolamenti", "Ordinanze"],
        "Amministrazione trasparente": TRANSPARENCY[:6],
    },
    "ambito": {
        "Chi siamo": ["Assemblea dei Sindaci", "Organigramma"],
        "Servizi": ["Minori e famiglia", "Anziani", "Disabilità", "Inclusione sociale", "Misure regionali"],
        "Documenti": ["Bandi e avvisi", "Regolamenti"],
    },
    "pdf-only": {},
}


@dataclass(frozen=True)
class Fact:
    """Where one fact page sits. reach: links | sitemap | search | pagination | robots."""

    kind: str  # a key of FACT_KINDS
    reach: str
    via: tuple[str, ...] = ()  # generic labels from the home page (reach links or robots)
    anchor: str = ""  # the last link's text (default: the page's title)
    page: int = 0  # news list page (reach pagination)
    pdf: bool = False


@dataclass(frozen=True)
class Site:
    id: str
    family: str
    title: str
    ambito: str | None  # key of AMBITI; None for a decoy site
    facts: tuple[Fact, ...] = ()
    decoys: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (DECOYS key, via labels)
    calendar: bool = False
    session_ids: bool = False
    sitemap: bool = True


L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = ("Amministrazione trasparente", "Provvedimenti", "Provvedimenti organi indirizzo politico")

SITES: tuple[Site, ...] = (
    # Designers Italia (Bootstrap Italia) comuni
    Site(
        "di-parabiago",
        "designers-italia",
        "Comune di Parabiago",
        "legnano",
        (
            Fact("ufficio-di-piano", L, ("Servizi", "Servizi sociali")),
            Fact("accordo", L, ("Documenti e dati", "Atti e pubblicazioni"), "Documento 2021-2023", pdf=True),
        ),
        decoys=(("distretto-commercio", ("Vivere il comune",)),),
    ),
    Site(
        "di-cesano-maderno",
        "designers-italia",
        "Comune di Cesano Maderno",
        "desio",
        (
            Fact("news", PG, page=3),
            Fact("piano-di-zona", SM, pdf=True),
        ),
    ),
    Site(
        "di-lissone",
        "designers-italia",
        "Comune di Lissone",
        "carate",
        (
            Fact("ufficio-di-piano", SE),
            Fact(
                "piano-di-zona",
                L,
                ("Documenti e dati", "Documenti tecnici di supporto", "Anno 2025"),
                "Allegato 1 - 2025/2027",
                pdf=True,
            ),
        ),
    ),
    Site(
        "di-rho",
        "designers-italia",
        "Comune di Rho",
        "rho",
        (
            Fact("ufficio-di-piano", L, (), "Ufficio di Piano"),
            Fact("accordo", RB, ("Documenti e dati",), "Accordo 2021-2023", pdf=True),
        ),
        calendar=True,
    ),
    Site(
        "di-cinisello-balsamo",
        "designers-italia",
        "Comune di Cinisello Balsamo",
        "cinisello",
        (
            Fact("members", L, ("Amministrazione", "Enti e fondazioni"), "Comuni associati"),
            Fact("news", L, ("Novità",)),
            Fact("piano-di-zona", SM, pdf=True),
        ),
    ),
    Site(
        "di-sesto-san-giovanni",
        "designers-italia",
        "Comune di Sesto San Giovanni",
        "sesto",
        (
            Fact("ufficio-di-piano", L, ("Amministrazione", "Uffici"), "Ufficio di Piano"),
            Fact("news", SE),
        ),
        decoys=(("event", ("Vivere il comune",)),),
    ),
    Site(
        "di-seregno",
        "designers-italia",
        "Comune di Seregno",
        "seregno",
        (
            Fact("accordo", L, AT, "Deliberazione n. 12/2022 - allegato", pdf=True),
            Fact("members", L, ("Servizi", "Servizi sociali"), "Scopri di più"),
        ),
        decoys=(("distretto-commercio", ("Amministrazione", "Progetti")),),
    ),
    Site(
        "di-abbiategrasso",
        "designers-italia",
        "Comune di Abbiategrasso",
        "abbiategrasso",
        (
            Fact("news", L, ()),
            Fact("piano-di-zona", L, ("Servizi", "Servizi sociali"), "Piano 2025-2027", pdf=True),
        ),
        decoys=(("pgt", ("Documenti e dati",)),),
    ),
    # WordPress themes
    Site(
        "wp-nerviano",
        "wordpress",
        "Comune di Nerviano",
        "legnano",
        (
            Fact("accordo", L, ("Il Comune", "Atti e pubblicazioni"), "Accordo 2021-2023", pdf=True),
            Fact("news", PG, page=2),
            Fact("ufficio-di-piano", SE),
        ),
    ),
    Site(
        "wp-cologno-monzese",
        "wordpress",
        "Comune di Cologno Monzese",
        "sesto",
        (
            Fact("piano-di-zona", SM, pdf=True),
            Fact("news", SE),
        ),
    ),
    Site(
        "wp-garbagnate-milanese",
        "wordpress",
        "Comune di Garbagnate Milanese",
        "garbagnate",
        (
            Fact("members", L, ("Servizi sociali",), "Comuni aderenti"),
            Fact("accordo", L, ("Il Comune", "Atti e pubblicazioni", "Anno 2022"), "Documento 2021-2023", pdf=True),
        ),
    ),
    Site(
        "wp-senago",
        "wordpress",
        "Comune di Senago",
        "garbagnate",
        (
            Fact("news", PG, page=3),
            Fact("ufficio-di-piano", RB, ("Servizi sociali",), "Area riservata operatori"),
        ),
    ),
    Site(
        "wp-magenta",
        "wordpress",
        "Comune di Magenta",
        "magenta",
        (
            Fact("ufficio-di-piano", L, (), "Ufficio di Piano"),
            Fact("piano-di-zona", L, ("Servizi sociali",), "Piano 2025-2027", pdf=True),
        ),
        calendar=True,
    ),
    Site(
        "wp-saronno",
        "wordpress",
        "Comune di Saronno",
        "saronno",
        (
            Fact("ufficio-di-piano", SE),
            Fact("accordo", L, AT, "Allegato alla delibera n. 45 (2021-2023)", pdf=True),
        ),
    ),
    Site(
        "wp-gallarate",
        "wordpress",
        "Comune di Gallarate",
        "gallarate",
        (
            Fact("news", L, ("Notizie",)),
            Fact("piano-di-zona", SM, pdf=True),
        ),
        decoys=(("unione", ("Il Comune",)),),
    ),
    # Joomla
    Site(
        "joomla-canegrate",
        "joomla",
        "Comune di Canegrate",
        "legnano",
        (
            Fact("accordo", L, ("Atti e pubblicazioni", "Delibere"), "Documento 2021-2023", pdf=True),
            Fact("news", SE),
        ),
    ),
    Site(
        "joomla-cormano",
        "joomla",
        "Comune di Cormano",
        "cinisello",
        (
            Fact("ufficio-di-piano", L, ("Uffici e servizi",), "Ufficio di Piano"),
            Fact("news", PG, page=2),
        ),
        session_ids=True,
    ),
    Site(
        "joomla-bresso",
        "joomla",
        "Comune di Bresso",
        "cinisello",
        (
            Fact("piano-di-zona", SM, pdf=True),
            Fact("members", L, ("Il Comune", "Servizi sociali"), "Leggi tutto"),
        ),
    ),
    Site(
        "joomla-tradate",
        "joomla",
        "Comune di Tradate",
        "tradate",
        (
            Fact(
                "piano-di-zona",
                L,
                ("Atti e pubblicazioni", "Albo pretorio", "Archivio 2025"),
                "Allegato (2025-2027)",
                pdf=True,
            ),
            Fact("ufficio-di-piano", RB, ("Uffici e servizi",), "Documenti riservati"),
        ),
    ),
    # old table layouts (no sitemap, no site search)
    Site(
        "table-dairago",
        "table",
        "Comune di Dairago",
        "legnano",
        (
            Fact("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
            Fact("accordo", L, ("Atti e pubblicazioni", "Delibere 2022"), "Allegato (2021-2023)", pdf=True),
        ),
        session_ids=True,
        sitemap=False,
    ),
    Site(
        "table-nosate",
        "table",
        "Comune di Nosate",
        "castano-primo",
        (
            Fact("accordo", L, ("Albo on line",), "Atto n. 18/2022", pdf=True),
            Fact("news", PG, page=2),
        ),
        sitemap=False,
    ),
    Site(
        "table-cusano-milanino",
        "table",
        "Comune di Cusano Milanino",
        "cinisello",
        (Fact("members", L, ("Servizi sociali",), "Elenco comuni"),),
        decoys=(("distretto-commercio", ("Uffici",)),),
        sitemap=False,
    ),
    Site(
        "table-muggio",
        "table",
        "Comune di Muggiò",
        "desio",
        (
            Fact("piano-di-zona", L, ("Atti e pubblicazioni", "Regolamenti e piani"), "Documento 2025-2027", pdf=True),
            Fact("ufficio-di-piano", RB, ("Servizi sociali",), "Pagina interna"),
        ),
        sitemap=False,
    ),
    # ambito sites and PDF-only ambito sites
    Site(
        "ambito-castano",
        "ambito",
        "Ufficio di Piano dell'Ambito di Castano Primo",
        "castano-primo",
        (
            Fact("ufficio-di-piano", L, (), "Chi è l'Ufficio di Piano"),
            Fact("piano-di-zona", L, ("Documenti",), "Piano 2025-2027", pdf=True),
            Fact("news", PG, page=2),
        ),
    ),
    Site(
        "ambito-desio",
        "ambito",
        "Ambito di Desio - Servizi sociali",
        "desio",
        (
            Fact("ufficio-di-piano", L, ("Chi siamo",), "Contatti e sede"),
            Fact("accordo", L, ("Documenti", "Archivio"), "Documento 2021-2023", pdf=True),
            Fact("members", SM),
        ),
    ),
    Site(
        "ambito-monza",
        "ambito",
        "Ambito di Monza",
        "monza",
        (
            Fact("members", L, ("Chi siamo",), "I Comuni"),
            Fact("accordo", SM, pdf=True),
        ),
    ),
    Site(
        "pdf-lodi",
        "pdf-only",
        "Ufficio di Piano di Lodi",
        "lodi",
        (
            Fact("accordo", L, (), "Accordo 2021-2023", pdf=True),
            Fact("piano-di-zona", L, ("Documenti",), "Documento 2025-2027", pdf=True),
        ),
        sitemap=False,
    ),
    Site(
        "pdf-seregno",
        "pdf-only",
        "Piano di Zona - Ambito di Seregno",
        "seregno",
        (
            Fact("piano-di-zona", L, (), "2025-2027", pdf=True),
            Fact("accordo", SM, pdf=True),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-unione-fontanili",
        "wordpress",
        "Unione dei Comuni Lombarda dei Fontanili",
        None,
        decoys=(("unione", ()), ("event", ("Notizie",))),
    ),
    Site(
        "decoy-distretto-commercio",
        "designers-italia",
        "Distretto del Commercio dell'Alto Milanese",
        None,
        decoys=(("distretto-commercio", ()), ("event", ("Novità",))),
    ),
    Site("decoy-pro-loco", "table", "Pro Loco", None, decoys=(("event", ()),), calendar=True, sitemap=False),
    Site(
        "decoy-biblioteche",
        "joomla",
        "Sistema bibliotecario Nord Ovest",
        None,
        decoys=(("biblioteche", ()), ("event", ("News",))),
    ),
    Site("decoy-parco", "ambito", "Parco del Ticino lombardo", None, decoys=(("parco", ()), ("pgt", ("Documenti",)))),
)


@dataclass
class Page:
    """An HTML page before its chrome: title, body and the list of links under the body."""

    title: str
    body: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)


class FactRoutes:
    """Puts a fact page on its route and records it: the part of a site writer both webs share."""

    pages: dict[str, Page]
    news: list[list[tuple[str, str]]]  # the items of each news list page
    in_sitemap_only: list[str]
    search_only: list[str]
    facts: list[dict[str, Any]]
    must_not_reach: list[dict[str, Any]]

    def section(self, labels: tuple[str, ...]) -> str:
        raise NotImplementedError

    def route(self, fact: Fact, record: dict[str, Any], anchor: str, title: str, news_words: tuple[str, str]) -> None:
        """Link (or list) the page at record["url"] as fact.reach says; news_words: the news menu's label
        and the "next page" link's text, for the click trail."""
        url = record["url"]
        if fact.reach in (L, RB):
            parent = self.section(fact.via)
            self.pages[parent].links.insert(0, (anchor, url))
            record.update(depth=len(fact.via) + 1, trail=[*fact.via, anchor])
        elif fact.reach == PG:
            self.news[fact.page - 1].insert(0, (title, url))
            label, next_page = news_words
            record.update(depth=fact.page + 1, trail=[label, *[next_page] * (fact.page - 1), title])
        elif fact.reach == SM:
            self.in_sitemap_only.append(url)
            record.update(depth=None, trail=[])
        elif fact.reach == SE:
            self.search_only.append(url)
            record.update(depth=None, trail=[])
        if fact.reach == RB:
            self.in_sitemap_only.append(url)
            self.must_not_reach.append(record)
        else:
            self.facts.append(record)


class SiteWriter(FactRoutes):
    """Builds one site in memory: URL -> bytes, plus its manifest entry."""

    def __init__(self, site: Site) -> None:
        self.site = site
        fam = site.family
        self.chrome = Chrome(fam, site.title, search=SEARCH.get(fam))
        self.chrome.nav = [(label, self._nav_url(label)) for label in NAV[fam]]
        self.chrome.footer = [(label, self.chrome.section_url((label,))) for label in FOOTER[fam]]
        self.pages: dict[str, Page] = {"/": Page(site.title)}
        self.pdfs: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.in_sitemap_only: list[str] = []
        self.search_only: list[str] = []
        self.facts: list[dict[str, Any]] = []
        self.must_not_reach: list[dict[str, Any]] = []
        self.decoys: list[dict[str, str]] = []
        self.news: list[list[tuple[str, str]]] = [[] for _ in range(NEWS_PAGES)]
        self.counter = 40

    def _nav_url(self, label: str) -> str:
        if label == NEWS_LABEL.get(self.site.family):
            return self.chrome.news_list_url(1)
        if label == "Home":
            return "/"
        return self.chrome.section_url((label,))

    # --- structure -------------------------------------------------------------------------
    def section(self, labels: tuple[str, ...]) -> str:
        """The generic page at the end of these labels, creating the chain and its filler."""
        if not labels:
            return "/"
        if labels[0] == NEWS_LABEL.get(self.site.family) and len(labels) == 1:
            return self.chrome.news_list_url(1)
        url = self.chrome.section_url(labels)
        if url not in self.pages:
            self.pages[url] = Page(labels[-1])
            parent = self.section(labels[:-1])
            top = [t for t, _ in self.chrome.nav + self.chrome.footer]
            if not (len(labels) == 1 and labels[0] in top):
                self.pages[parent].links.append((labels[-1], url))
            for child in SUBSECTIONS[self.site.family].get(labels[-1], []):
                self.section((*labels, child))
            if labels[-1] not in NO_FILLER:
                first = len(self.pages) % 3
                for n in range(FILLERS_PER_SECTION):  # different filler pages: 12 titles, steps of 3
                    title, text = FILLER[first + 3 * n]
                    leaf = self._leaf_url(labels, title)
                    self.pages.setdefault(leaf, Page(title, text))
                    self.pages[url].links.append((title, leaf))
        return url

    def _leaf_url(self, labels: tuple[str, ...], title: str) -> str:
        if self.site.family == "joomla":
            self.counter += 1
            return self.chrome.article_url(self.counter, title, 2024, 5)
        if self.site.family == "table":
            self.counter += 1
            return f"/pagina.asp?id={self.counter}"
        return self.chrome.section_url((*labels, title))

    def fill_news(self) -> None:
        """The menus' pages, the news list pages and their filler items (fact news go on top of their page)."""
        for label, _ in self.chrome.nav + self.chrome.footer:
            if label != "Home":
                self.section((label,))
        label = NEWS_LABEL.get(self.site.family)
        if label is None:
            return
        for p in range(1, NEWS_PAGES + 1):
            self.pages.setdefault(self.chrome.news_list_url(p), Page(label if p == 1 else f"{label} - pagina {p}"))
        for p in range(NEWS_PAGES):
            for i in range(NEWS_PER_PAGE):
                k = p * NEWS_PER_PAGE + i  # newest first: one item a month back from December 2024
                year, month = 2024 - k // 12, 12 - k % 12
                title = f"{FILLER_NEWS[k % len(FILLER_NEWS)]} ({month:02d}/{year})"
                self.counter += 1
                url = self.chrome.article_url(self.counter, title, year, month)
                if url in self.pages:
                    continue
                self.pages[url] = Page(title, f"<p>{esc(title)}: tutte le informazioni presso gli uffici comunali.</p>")
                self.news[p].append((title, url))

    # --- facts -------------------------------------------------------------------------------
    def place(self, fact: Fact) -> None:
        assert self.site.ambito is not None
        ambito = AMBITI[self.site.ambito]
        text: FactText = FACT_KINDS[fact.kind](ambito)
        self.counter += 1
        url = self._fact_url(fact, text)
        anchor = fact.anchor or text.title
        if fact.pdf:
            self.pdfs[url] = (text.title, text.lines)
        else:
            self.pages[url] = Page(text.title, text.html)
        record = fact_record(fact, url, ambito.name, ambito.capofila, ambito.members, text.proof)
        self.route(fact, record, anchor, text.title, (NEWS_LABEL.get(self.site.family, ""), "Successiva"))

    def _fact_url(self, fact: Fact, text: FactText) -> str:
        ambito = AMBITI[self.site.ambito or ""]
        if fact.reach == RB:
            return DISALLOWED[self.site.family] + slugify(text.title)[:40] + (".pdf" if fact.pdf else ".html")
        if fact.pdf:
            years = ambito.previous if fact.kind == "accordo" else ambito.period
            stem = {"accordo": f"accordo-{years}", "piano-di-zona": f"pdz-{years}"}.get(fact.kind, fact.kind)
            if fact.reach == L and fact.anchor and not fact.anchor.lower().startswith(("accordo", "piano")):
                stem = f"allegato-{self.counter}-{years}"  # a file named like the anchor: only the years
            return self.chrome.upload_url(stem + ".pdf", 2022 if fact.kind == "accordo" else 2025, 2)
        if fact.kind == "news":
            return self.chrome.article_url(self.counter, text.title, 2025, 2)
        if self.site.family == "joomla":
            return self.chrome.article_url(self.counter, text.title, 2025, 2)
        if self.site.family == "table":
            return f"/pagina.asp?id={self.counter}"
        return self.chrome.section_url((*fact.via, text.title)) if fact.via else f"/{slugify(text.title)[:50]}/"

    def place_decoy(self, key: str, via: tuple[str, ...]) -> None:
        title, body = DECOYS[key]
        if not via and self.site.ambito is None:  # a decoy site: the home page itself is the decoy
            self.pages["/"].body = body
            self.decoys.append({"url": "/", "kind": key})
            return
        self.counter += 1
        url = (
            self.chrome.article_url(self.counter, title, 2024, 4)
            if self.site.family in ("joomla", "table")
            else self.chrome.section_url((*via, title))
        )
        self.pages[url] = Page(title, body)
        self.pages[self.section(via)].links.append((title, url))
        self.decoys.append({"url": url, "kind": key})

    # --- output ------------------------------------------------------------------------------
    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        site = self.site
        self.fill_news_lists()
        home = self.pages["/"]
        if site.calendar:
            home.links.append(("Calendario eventi", self._calendar_url() + "?mese=2025-03"))
        files: dict[str, bytes] = {}
        for url, page in self.pages.items():
            body = page.body
            if page.links:
                items = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in page.links)
                body += f'<ul class="link-list">{items}</ul>'
            files[url] = self.chrome.page(page.title, body).encode("utf-8")
        for url, (title, lines) in self.pdfs.items():
            files[url] = make_pdf(title, lines)
        disallow = [*CMS_DISALLOWED.get(site.family, []), DISALLOWED[site.family]]
        robots = "User-agent: *\n" + "".join(f"Disallow: {path}\n" for path in disallow)
        sitemap_url = SITEMAP.get(site.family) if site.sitemap else None
        if sitemap_url:
            robots += f"Sitemap: {BASE}{sitemap_url}\n"
            files.update(self._sitemaps(sitemap_url))
        files["/robots.txt"] = robots.encode("utf-8")
        traps: list[dict[str, str]] = []
        if site.calendar:
            traps.append({"kind": "calendar", "prefix": self._calendar_url()})
        if site.session_ids:
            traps.append({"kind": "session-id", "param": "sid"})
        entry = {
            "id": site.id,
            "family": site.family,
            "title": site.title,
            "decoy_site": site.ambito is None,
            "start": "/",
            "search": dict(zip(("path", "param"), SEARCH[site.family], strict=True)) if site.family in SEARCH else None,
            "sitemap": sitemap_url,
            "disallow": disallow,
            "facts": self.facts,
            "must_not_reach": self.must_not_reach,
            "decoys": self.decoys,
            "traps": traps,
            "search_only": self.search_only,
        }
        return files, entry

    def fill_news_lists(self) -> None:
        label = NEWS_LABEL.get(self.site.family)
        if label is None:
            return
        for p, items in enumerate(self.news, 1):
            page = self.pages[self.chrome.news_list_url(p)]
            page.links[:0] = items
            if p > 1:
                page.links.append(("« Precedente", self.chrome.news_list_url(p - 1)))
            if p < NEWS_PAGES:
                page.links.append(("Successiva »", self.chrome.news_list_url(p + 1)))
        self.pages["/"].links.extend(self.news[0][:3])

    def _calendar_url(self) -> str:
        return "/calendario.asp" if self.site.family == "table" else "/eventi/calendario/"

    def _sitemaps(self, sitemap_url: str) -> dict[str, bytes]:
        hidden = set(self.search_only)
        listed = [u for u in self.pages if u not in hidden] + [u for u in self.in_sitemap_only if u not in self.pages]

        def urlset(urls: list[str]) -> bytes:
            rows = "".join(f"  <url><loc>{BASE}{esc(u)}</loc><lastmod>{lastmod(u)}</lastmod></url>\n" for u in urls)
            return (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{rows}</urlset>\n"
            ).encode()

        if sitemap_url != "/wp-sitemap.xml":
            return {sitemap_url: urlset(listed)}
        posts = [u for u in listed if u.count("/") == 4 and u[1:5].isdigit()]  # /YYYY/MM/slug/
        pages = [u for u in listed if u not in posts]
        index = "".join(
            f"  <sitemap><loc>{BASE}{u}</loc></sitemap>\n"
            for u in ("/wp-sitemap-posts-post-1.xml", "/wp-sitemap-posts-page-1.xml")
        )
        return {
            "/wp-sitemap.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9">\n{index}</sitemapindex>\n'
            ).encode(),
            "/wp-sitemap-posts-post-1.xml": urlset(posts),
            "/wp-sitemap-posts-page-1.xml": urlset(pages),
        }


def fact_record(
    fact: Fact, url: str, ambito: str, capofila: str, members: tuple[str, ...], proof: tuple[str, ...]
) -> dict[str, Any]:
    """A fact page's manifest record, before its route (depth, trail) is added: the schema both webs share."""
    return {
        "url": url,
        "kind": fact.kind,
        "format": "pdf" if fact.pdf else "html",
        "reach": fact.reach,
        "ambito": ambito,
        "capofila": capofila,
        "members": istat_codes(members),
        "contains": list(proof),
    }


def lastmod(url: str) -> str:
    """A sitemap date between 2019 and 2025 drawn from the URL alone: no hint of which pages matter."""
    n = int(hashlib.sha256(url.encode("utf-8")).hexdigest()[:8], 16)
    return date.fromordinal(date(2019, 1, 1).toordinal() + n % 2250).isoformat()


def make_pdf(title: str, lines: tuple[str, ...]) -> bytes:
    """A real, text-bearing PDF with a fixed date, so that the bytes are the same on every run."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_creator("ambiti simulated web")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def build_site(site: Site) -> tuple[dict[str, bytes], dict[str, Any]]:
    """One site's pages (URL -> bytes) and its manifest entry."""
    writer = SiteWriter(site)
    writer.fill_news()
    for fact in site.facts:
        writer.place(fact)
    for key, via in site.decoys:
        writer.place_decoy(key, via)
    files, entry = writer.render()
    entry["pages"] = len(files)
    entry["digest"] = digest(files)
    return files, entry


def digest(files: dict[str, bytes]) -> str:
    """One SHA-256 over every URL and every body but the PDFs' (their bytes follow the fpdf2 version)."""
    h = hashlib.sha256()
    for url in sorted(files):
        h.update(url.encode("utf-8") + b"\0")
        if not url.endswith(".pdf"):
            h.update(hashlib.sha256(files[url]).digest())
    return h.hexdigest()


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    specs = [s for s in SITES if site_ids is None or s.id in site_ids]
    files: dict[str, dict[str, bytes]] = {}
    entries = []
    for spec in specs:
        files[spec.id], entry = build_site(spec)
        entries.append(entry)
    manifest = {
        "about": "the frozen simulated web of tests/simweb (README.md); never change it to suit a crawler",
        "base_url_placeholder": BASE,
        "sites": entries,
    }
    return files, manifest


def file_name(url: str) -> str:
    """Where `--files` writes a URL ('/a/' -> a/index.html; '/a' -> a.html, beside a/; a URL with a query
    or a path parameter -> _q/<hash>.html)."""
    if "?" in url or ";" in url:
        return "_q/" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16] + ".html"
    path = url.lstrip("/")
    if url.endswith("/"):
        return path + "index.html"
    return path if Path(path).suffix else path + ".html"


def regenerate(
    argv: list[str] | None,
    build: Callable[[list[str] | None], tuple[dict[str, dict[str, bytes]], dict[str, Any]]],
    manifest_path: Path,
) -> int:
    """The command line of a simulated web's generator: regenerate, optionally write the pages out,
    and exit 2 if the result differs from the frozen manifest."""
    parser = argparse.ArgumentParser(description="Generate the simulated web; compare it with the frozen manifest.")
    parser.add_argument("--files", type=Path, help="write every site's pages under DIR/<site>/ for reading")
    parser.add_argument("--write-manifest", action="store_true", help="(once, when the web is written) freeze it")
    args = parser.parse_args(argv)
    files, manifest = build()
    if args.files:
        for site_id, site_files in files.items():
            for url, body in site_files.items():
                target = args.files / site_id / file_name(url)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(body)
    if args.write_manifest:
        tmp = manifest_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, manifest_path)
    frozen = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else None
    pages = sum(len(f) for f in files.values())
    facts = sum(len(s["facts"]) for s in manifest["sites"])
    print(f"{len(files)} sites, {pages} pages, {facts} fact pages")
    if frozen != manifest:
        print(
            f"the generated web differs from {manifest_path.name}: the web is frozen, restore the generator",
            file=sys.stderr,
        )
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
