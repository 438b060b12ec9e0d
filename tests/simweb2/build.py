"""The second simulated web (issue 19), written from the site specifications below, and its manifest.

Written before the third round of discovery work and never shown to it: a yardstick of sites no
crawler change has been tuned on. Like the first web (tests/simweb/) it is generated in memory when
served and frozen by manifest.json (every fact page, decoy, trap, and a digest of all pages); it
shares that web's server, scorer, PDF maker and digest, and has its own families (families.py),
text (content.py) and sites. `python -m tests.simweb2.build [--files DIR]` regenerates it and exits
2 if it differs from the manifest; `--write-manifest` was run once, when the web was written.

A site is a home page with its family's menus, generic sections and their children, filler pages, a
paginated news list, fact pages placed by a `Fact` (1-4 clicks deep behind generic labels, only in
the sitemap, only through the site search, only through the news pagination, or under a path
robots.txt forbids), decoy pages, and traps: an endless calendar, session ids (query or path),
print/format variants of every page, faceted filters of a documents listing.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.simweb.build import Fact, FactRoutes, Page, digest, fact_record, lastmod, make_pdf, regenerate

from .content import AMBITI, DECOYS, FACT_KINDS, FILLER, FILLER_NEWS, FactText
from .families import FAMILIES, Family, esc, render

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
BASE = "__BASE_URL__"  # replaced by the server with http://127.0.0.1:PORT
NEWS_PAGES = 5
NEWS_PER_PAGE = 8
FILLERS_PER_SECTION = 3
VARIANT_PARAMS = ["print", "format"]
FACETS = {
    "tipologia": ["Delibere", "Determinazioni", "Accordi", "Regolamenti", "Avvisi"],
    "anno": ["2021", "2022", "2023", "2024", "2025"],
    "argomento": ["Sociale", "Ambiente", "Cultura", "Bilancio"],
}
TRASPARENZA = [
    "Disposizioni generali", "Organizzazione", "Consulenti e collaboratori", "Personale", "Bandi di concorso",
    "Attività e procedimenti", "Provvedimenti", "Bandi di gara e contratti",
    "Sovvenzioni, contributi, sussidi, vantaggi economici", "Bilanci", "Altri contenuti",
]  # fmt: skip
COMMON_SUBSECTIONS = {
    "Amministrazione trasparente": TRASPARENZA,
    "Provvedimenti": ["Provvedimenti organi indirizzo politico", "Provvedimenti dirigenti amministrativi"],
    "Altri contenuti": ["Accesso civico", "Dati ulteriori"],
}


@dataclass(frozen=True)
class Menus:
    """A family's menus in its own words: header, footer, the news label and the generic children."""

    nav: list[str]
    footer: list[str]
    news: str | None
    children: dict[str, list[str]] = field(default_factory=dict)


MENUS: dict[str, Menus] = {
    "designers-italia": Menus(
        ["Amministrazione", "Novità", "Servizi", "Vivere il comune"],
        ["Documenti e dati", "Amministrazione trasparente", "Albo pretorio", "Dichiarazione di accessibilità"],
        "Novità",
        {
            "Amministrazione": ["Organi di governo", "Aree amministrative", "Uffici", "Enti e fondazioni", "Politici"],
            "Servizi": [
                "Anagrafe e stato civile",
                "Autorizzazioni",
                "Catasto e urbanistica",
                "Cultura e tempo libero",
                "Educazione e formazione",
                "Salute, benessere e assistenza",
                "Vita lavorativa",
            ],
            "Vivere il comune": ["Luoghi", "Eventi"],
            "Documenti e dati": [
                "Documenti albo pretorio",
                "Modulistica",
                "Documenti funzionamento interno",
                "Atti normativi",
                "Accordi tra enti",
                "Documenti tecnici di supporto",
                "Istanze",
                "Dataset",
            ],
        },  # fmt: skip
    ),
    "wordpress": Menus(
        ["Comune", "Uffici", "Servizi al cittadino", "Albo online", "Notizie"],
        ["Amministrazione trasparente", "Privacy", "Note legali"],
        "Notizie",
        {
            "Comune": ["Sindaco e Giunta", "Consiglio comunale", "Statuto", "Regolamenti", "Atti e pubblicazioni"],
            "Uffici": ["Segreteria generale", "Area servizi alla persona", "Area tecnica", "Polizia locale"],
            "Servizi al cittadino": ["Servizi sociali", "Scuola", "Cultura", "Sport"],
            "Albo online": ["Delibere di Giunta", "Delibere di Consiglio", "Determinazioni", "Avvisi"],
        },
    ),
    "joomla": Menus(
        ["Amministrazione", "Uffici", "Atti e pubblicazioni", "Notizie"],
        ["Amministrazione trasparente", "Privacy"],
        "Notizie",
        {
            "Amministrazione": ["Sindaco", "Giunta", "Consiglio"],
            "Uffici": ["Ufficio servizi sociali", "Ufficio tecnico", "Ufficio tributi", "Ufficio anagrafe"],
            "Atti e pubblicazioni": ["Albo", "Delibere", "Regolamenti", "Bandi"],
        },
    ),
    "halley": Menus(
        ["Il Comune", "Uffici e orari", "Servizi sociali", "Albo pretorio", "Amministrazione trasparente", "News"],
        ["Privacy", "Accessibilità"],
        "News",
        {
            "Il Comune": ["Storia", "Organi istituzionali", "Statuto"],
            "Uffici e orari": ["Segreteria", "Ragioneria", "Tecnico", "Demografici"],
            "Albo pretorio": ["Atti in pubblicazione", "Archivio atti"],
        },
    ),
    "drupal": Menus(
        ["Il Comune", "Servizi", "Vivere il comune", "Notizie", "Documenti"],
        ["Amministrazione trasparente", "Privacy"],
        "Notizie",
        {
            "Il Comune": ["Giunta", "Consiglio", "Uffici"],
            "Servizi": ["Servizi sociali", "Scuola e infanzia", "Tributi"],
            "Documenti": ["Delibere", "Regolamenti", "Piani e programmi", "Modulistica"],
        },
    ),
    "java-portal": Menus(
        ["Comune", "Servizi online", "Aree tematiche", "Notizie", "Trasparenza"],
        ["Privacy", "Accessibilità"],
        "Notizie",
        {
            "Comune": ["Organi politici", "Uffici"],
            "Aree tematiche": ["Sociale", "Ambiente", "Cultura", "Lavori pubblici"],
            "Trasparenza": ["Provvedimenti", "Bilanci", "Altri contenuti"],
        },
    ),
    "consorzio": Menus(
        ["Chi siamo", "Servizi", "Progetti", "Trasparenza", "News", "Contatti"],
        ["Privacy"],
        "News",
        {
            "Chi siamo": ["Soci", "Organi", "Storia"],
            "Servizi": ["Area minori", "Area anziani", "Area disabili", "Area inclusione"],
            "Trasparenza": ["Atti", "Bilanci", "Bandi"],
        },
    ),
    "pdf-only": Menus(["Documenti", "Contatti"], [], None),
}
NO_FILLER = {"Privacy", "Note legali", "Contatti", "Accessibilità", "Dichiarazione di accessibilità"}


@dataclass(frozen=True)
class Site:
    id: str
    family: str
    title: str
    ambito: str | None  # key of AMBITI; None for a decoy site
    facts: tuple[Fact, ...] = ()
    decoys: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (DECOYS key, via labels)
    traps: tuple[str, ...] = ()  # calendar | session-query | session-path | variant | facets
    sitemap: bool = True


L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT_POLITICI = ("Amministrazione trasparente", "Provvedimenti", "Provvedimenti organi indirizzo politico")

SITES: tuple[Site, ...] = (
    # Designers Italia, comuni model on Drupal
    Site(
        "di-crema", "designers-italia", "Comune di Crema", "crema",
        (
            Fact("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Leggi tutto"),
            Fact("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Accordo n. 4 (2021-2023)", pdf=True),
        ),
        decoys=(("acustica", ("Documenti e dati", "Atti normativi")),),
        traps=("facets",),
    ),
    Site(
        "di-castelleone", "designers-italia", "Comune di Castelleone", "crema",
        (Fact("news", PG, page=3), Fact("piano-di-zona", SM, pdf=True)),
        traps=("calendar",),
    ),
    Site(
        "di-gorle", "designers-italia", "Comune di Gorle", "bergamo",
        (Fact("members", L, ("Amministrazione", "Enti e fondazioni"), "Scopri di più"), Fact("news", SE)),
    ),
    Site(
        "di-stezzano", "designers-italia", "Comune di Stezzano", "dalmine",
        (
            Fact(
                "piano-di-zona", L, ("Documenti e dati", "Documenti tecnici di supporto", "Anno 2025"),
                "Allegato A - 2025/2027", pdf=True,
            ),
            Fact("ufficio-di-piano", RB, ("Servizi",), "Area operatori"),
        ),
        traps=("facets",),
    ),
    Site(
        "di-vimercate", "designers-italia", "Comune di Vimercate", "vimercate",
        (
            Fact("news", L, ("Novità",)),
            Fact("accordo", L, AT_POLITICI, "Atto n. 27/2021 - allegato", pdf=True),
        ),
        traps=("variant",),
    ),
    # WordPress municipal theme
    Site(
        "wp-pizzighettone", "wordpress", "Comune di Pizzighettone", "cremona",
        (
            Fact("accordo", L, ("Albo online", "Delibere di Giunta"), "Allegato 1 (2021-2023)", pdf=True),
            Fact("ufficio-di-piano", SE),
        ),
    ),
    Site(
        "wp-sorisole", "wordpress", "Comune di Sorisole", "bergamo",
        (Fact("members", SM), Fact("news", PG, page=2)),
        traps=("variant",),
    ),
    Site(
        "wp-zanica", "wordpress", "Comune di Zanica", "dalmine",
        (
            Fact("ufficio-di-piano", L, ("Uffici", "Area servizi alla persona"), "Leggi tutto"),
            Fact("piano-di-zona", SM, pdf=True),
        ),
    ),
    Site(
        "wp-concorezzo", "wordpress", "Comune di Concorezzo", "vimercate",
        (
            Fact("news", SE),
            Fact("piano-di-zona", L, ("Servizi al cittadino", "Servizi sociali"), "Documento 2025-2027", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "wp-buccinasco", "wordpress", "Comune di Buccinasco", "corsico",
        (
            Fact("ufficio-di-piano", L, (), "Ufficio di Piano"),
            Fact("accordo", L, AT_POLITICI, "Delibera G.C. n. 88 - allegato (2021-2023)", pdf=True),
        ),
        decoys=(("fiera", ("Notizie",)),),
    ),
    # Joomla without friendly URLs
    Site(
        "joomla-caravaggio", "joomla", "Comune di Caravaggio", "treviglio",
        (
            Fact(
                "accordo", L, ("Atti e pubblicazioni", "Albo", "Archivio 2022"), "Documento n. 12 - 2021/2023",
                pdf=True,
            ),
            Fact("news", SE),
        ),
    ),
    Site(
        "joomla-treviglio", "joomla", "Comune di Treviglio", "treviglio",
        (Fact("ufficio-di-piano", L, ("Uffici", "Ufficio servizi sociali"), "Leggi tutto"), Fact("news", PG, page=3)),
        decoys=(("gal", ("Amministrazione",)),),
    ),
    Site(
        "joomla-valmadrera", "joomla", "Comune di Valmadrera", "lecco",
        (Fact("piano-di-zona", SM, pdf=True), Fact("ufficio-di-piano", L, ("Amministrazione",), "Ufficio di Piano")),
    ),
    Site(
        "joomla-cesano-boscone", "joomla", "Comune di Cesano Boscone", "corsico",
        (Fact("news", L, ("Notizie",)), Fact("accordo", RB, ("Uffici",), "Documenti interni", pdf=True)),
        traps=("session-query",),
    ),
    # Halley/Maggioli-style PHP portals (no sitemap)
    Site(
        "halley-gambolo", "halley", "Comune di Gambolò", "vigevano",
        (
            Fact("accordo", L, ("Albo pretorio", "Archivio atti"), "Atto n. 31/2022", pdf=True),
            Fact("news", PG, page=2),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "halley-soresina", "halley", "Comune di Soresina", "cremona",
        (Fact("ufficio-di-piano", L, ("Servizi sociali",), "Leggi tutto"), Fact("news", SE)),
        sitemap=False,
    ),
    Site(
        "halley-piadena-drizzona", "halley", "Comune di Piadena Drizzona", "casalmaggiore",
        (
            Fact(
                "piano-di-zona", L, ("Amministrazione trasparente", "Altri contenuti", "Dati ulteriori"),
                "Allegato (2025-2027)", pdf=True,
            ),
        ),
        decoys=(("gal", ("Il Comune",)),),
        traps=("calendar",),
        sitemap=False,
    ),
    # plain Drupal
    Site(
        "drupal-curtatone", "drupal", "Comune di Curtatone", "mantova",
        (Fact("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Leggi tutto"), Fact("accordo", SM, pdf=True)),
    ),
    Site(
        "drupal-collebeato", "drupal", "Comune di Collebeato", "brescia",
        (Fact("members", L, ("Il Comune",), "Elenco enti"), Fact("news", PG, page=3)),
        traps=("variant",),
    ),
    Site(
        "drupal-san-genesio", "drupal", "Comune di San Genesio ed Uniti", "pavia",
        (
            Fact("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            Fact("ufficio-di-piano", SE),
        ),
        decoys=(("acustica", ("Documenti", "Piani e programmi")),),
    ),
    # Java portals: session id in the path
    Site(
        "java-busto-arsizio", "java-portal", "Comune di Busto Arsizio", "busto-arsizio",
        (
            Fact("ufficio-di-piano", L, ("Aree tematiche", "Sociale"), "Leggi tutto"),
            Fact("piano-di-zona", SM, pdf=True),
        ),
        traps=("session-path",),
    ),
    Site(
        "java-vigevano", "java-portal", "Comune di Vigevano", "vigevano",
        (
            Fact("accordo", L, ("Trasparenza", "Provvedimenti"), "Provvedimento n. 5 (2021-2023)", pdf=True),
            Fact("news", SE),
        ),
        decoys=(("ato", ("Aree tematiche", "Ambiente")),),
    ),
    # ambito sites of a consorzio or azienda speciale
    Site(
        "consorzio-cremasco", "consorzio", "Comunità Sociale Cremasca - azienda speciale consortile", "crema",
        (
            Fact("ufficio-di-piano", L, ("Chi siamo",), "Leggi tutto"),
            Fact("piano-di-zona", L, ("Trasparenza", "Atti"), "Documento 2025-2027", pdf=True),
            Fact("news", PG, page=2),
        ),
    ),
    Site(
        "consorzio-casalasco", "consorzio", "Consorzio Casalasco Servizi Sociali", "casalmaggiore",
        (
            Fact("accordo", SM, pdf=True),
            Fact("news", L, ("News",)),
            Fact("ufficio-di-piano", RB, ("Chi siamo",), "Riservato operatori"),
        ),
    ),
    # PDF-only pages of an Ufficio di Piano
    Site(
        "pdf-sondrio", "pdf-only", "Ufficio di Piano di Sondrio", "sondrio",
        (
            Fact("piano-di-zona", L, (), "2025-2027", pdf=True),
            Fact("accordo", L, ("Documenti",), "Allegato 2021-2023", pdf=True),
        ),
        sitemap=False,
    ),
    Site(
        "pdf-mantova", "pdf-only", "Piano di Zona - Ambito di Mantova", "mantova",
        (Fact("accordo", L, (), "Accordo 2021-2023", pdf=True), Fact("piano-di-zona", SM, pdf=True)),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site("decoy-atc-cremona", "wordpress", "ATC Cremona 2", None, decoys=(("caccia", ()), ("fiera", ("Notizie",)))),
    Site("decoy-ato-lodi", "drupal", "Ufficio d'Ambito di Lodi", None, decoys=(("ato", ()),)),
    Site(
        "decoy-gal-oglio-po", "designers-italia", "GAL Oglio Po", None, decoys=(("gal", ()),), traps=("facets",)
    ),
    Site("decoy-bonifica", "joomla", "Consorzio di bonifica Navarolo", None, decoys=(("consorzio-bonifica", ()),)),
    Site(
        "decoy-pro-loco", "halley", "Pro Loco Soresina", None, decoys=(("fiera", ()),), traps=("calendar",),
        sitemap=False,
    ),
)  # fmt: skip


class SiteWriter(FactRoutes):
    """Builds one site in memory: URL -> bytes, plus its manifest entry."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.family: Family = FAMILIES[site.family]
        self.menus = MENUS[site.family]
        self.children = {**COMMON_SUBSECTIONS, **self.menus.children}
        self.counter = 300
        self.section_ids: dict[tuple[str, ...], int] = {}
        self.pages: dict[str, Page] = {"/": Page(site.title)}
        self.pdfs: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.news: list[list[tuple[str, str]]] = [[] for _ in range(NEWS_PAGES)]
        self.in_sitemap_only: list[str] = []
        self.search_only: list[str] = []
        self.facts: list[dict[str, Any]] = []
        self.must_not_reach: list[dict[str, Any]] = []
        self.decoys: list[dict[str, str]] = []
        self.nav = [(label, self.section((label,))) for label in self.menus.nav]
        self.footer = [(label, self.section((label,))) for label in self.menus.footer]

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    # --- structure -------------------------------------------------------------------------
    def section(self, labels: tuple[str, ...]) -> str:
        """The generic page at the end of these labels, creating the chain, its children and filler."""
        if not labels:
            return "/"
        if labels == (self.menus.news,):
            return self._news_lists()
        n = self.section_ids.setdefault(labels, 10 + len(self.section_ids))
        url = self.family.section_url(labels, n)
        if url in self.pages:
            return url
        self.pages[url] = Page(labels[-1])
        if len(labels) > 1:
            parent = self.section(labels[:-1])
            self.pages[parent].links.append((labels[-1], url))
        for child in self.children.get(labels[-1], []):
            self.section((*labels, child))
        if labels[-1] not in NO_FILLER:
            start = (len(self.pages) * 5) % len(FILLER)
            for k in range(FILLERS_PER_SECTION):
                title, text = FILLER[(start + 4 * k) % len(FILLER)]
                leaf = self.family.page_url(labels, title, self._next())
                self.pages.setdefault(leaf, Page(title, text))
                self.pages[url].links.append((title, leaf))
        return url

    def _news_lists(self) -> str:
        """The news list pages with their filler items, made once; returns the first page's URL."""
        first = self.family.news_url(1)
        if first in self.pages:
            return first
        label = self.menus.news or ""
        for p in range(1, NEWS_PAGES + 1):
            self.pages[self.family.news_url(p)] = Page(label if p == 1 else f"{label} - pagina {p}")
        for p in range(NEWS_PAGES):
            for i in range(NEWS_PER_PAGE):
                k = p * NEWS_PER_PAGE + i  # newest first: one item a month back from November 2024
                year, month = 2024 - k // 11, 11 - k % 11
                title = f"{FILLER_NEWS[(k * 5) % len(FILLER_NEWS)]} - {month:02d}/{year}"
                url = self.family.article_url(title, self._next(), year, month)
                self.pages[url] = Page(title, f"<p>{esc(title)}. Informazioni presso l'ufficio relazioni.</p>")
                self.news[p].append((title, url))
        return first

    # --- facts -------------------------------------------------------------------------------
    def place(self, fact: Fact) -> None:
        assert self.site.ambito is not None
        ambito = AMBITI[self.site.ambito]
        text: FactText = FACT_KINDS[fact.kind](ambito)
        url = self._fact_url(fact, text, self._next())
        if fact.pdf:
            self.pdfs[url] = (text.title, text.lines)
        else:
            self.pages[url] = Page(text.title, text.html)
        record = fact_record(fact, url, ambito.name, ambito.capofila, ambito.members, text.proof)
        if fact.reach == PG:
            self._news_lists()
        self.route(fact, record, fact.anchor or text.title, text.title, (self.menus.news or "", "Pagina successiva"))

    def _fact_url(self, fact: Fact, text: FactText, n: int) -> str:
        ambito = AMBITI[self.site.ambito or ""]
        if fact.reach == RB:
            return self.family.reserved + f"documento-{n}" + (".pdf" if fact.pdf else ".html")
        if fact.pdf:
            years = ambito.previous if fact.kind == "accordo" else ambito.period
            named = fact.reach != L or fact.anchor.lower().startswith(("accordo", "piano"))
            stem = f"{fact.kind}-{years}" if named else f"doc{n}-{years}"  # unnamed: a file named by its years
            return self.family.upload_url(stem + ".pdf", n, 2022 if fact.kind == "accordo" else 2025, 3)
        if fact.kind == "news":
            return self.family.article_url(text.title, n, 2025, 2)
        return self.family.page_url(fact.via, text.title, n)

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
    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        site, fam = self.site, self.family
        self._link_news()
        traps = self._traps()
        files: dict[str, bytes] = {}
        for url, page in self.pages.items():
            body = page.body
            if page.links:
                items = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in page.links)
                body += f'<ul class="elenco-link">{items}</ul>'
            if "variant" in site.traps:
                sep = "&" if "?" in url else "?"
                body += (
                    f'<p class="strumenti"><a href="{esc(url + sep)}print=1">Stampa</a> '
                    f'<a href="{esc(url + sep)}format=pdf">Scarica in PDF</a></p>'
                )
            html_page = render(site.family, site.title, page.title, body, self.nav, self.footer, fam.search)
            files[url] = html_page.encode("utf-8")
        for url, (title, lines) in self.pdfs.items():
            files[url] = make_pdf(title, lines)
        disallow = [*fam.disallow, fam.reserved]
        robots = "User-agent: *\n" + "".join(f"Disallow: {path}\n" for path in disallow)
        sitemap = fam.sitemap if site.sitemap else None
        if sitemap:
            robots += f"Sitemap: {BASE}{sitemap}\n"
            files.update(self._sitemaps(sitemap))
        files["/robots.txt"] = robots.encode("utf-8")
        search = fam.search
        entry = {
            "id": site.id,
            "family": site.family,
            "title": site.title,
            "decoy_site": site.ambito is None,
            "start": "/",
            "search": {"path": search[0], "param": search[1]} if search else None,
            "sitemap": sitemap,
            "disallow": disallow,
            "facts": self.facts,
            "must_not_reach": self.must_not_reach,
            "decoys": self.decoys,
            "traps": traps,
            "search_only": self.search_only,
        }
        return files, entry

    def _traps(self) -> list[dict[str, Any]]:
        """The site's traps as the server and scorer read them; links into them go on the pages."""
        traps: list[dict[str, Any]] = []
        for kind in self.site.traps:
            if kind == "calendar":
                path, param = self.family.calendar
                self.pages["/"].links.append(("Calendario degli eventi", f"{path}?{param}=2025-03"))
                traps.append({"kind": "calendar", "prefix": path, "param": param})
            elif kind in ("session-query", "session-path"):
                where = kind.removeprefix("session-")
                traps.append(
                    {"kind": "session-id", "param": "jsessionid" if where == "path" else "PHPSESSID", "in": where}
                )
            elif kind == "variant":
                traps.append({"kind": "variant", "params": VARIANT_PARAMS})
            elif kind == "facets":
                listing = self.section(("Documenti e dati",))
                for name, values in FACETS.items():
                    self.pages[listing].links.extend((f"{name}: {v}", f"{listing}?{name}={v}") for v in values)
                traps.append({"kind": "facets", "prefix": listing, "params": FACETS})
        return traps

    def _link_news(self) -> None:
        if not self.menus.news:
            return
        self._news_lists()
        for p, items in enumerate(self.news, 1):
            page = self.pages[self.family.news_url(p)]
            page.links[:0] = items
            if p > 1:
                page.links.append(("Pagina precedente", self.family.news_url(p - 1)))
            if p < NEWS_PAGES:
                page.links.append(("Pagina successiva", self.family.news_url(p + 1)))
        self.pages["/"].links.extend(self.news[0][:2])

    def _sitemaps(self, sitemap_url: str) -> dict[str, bytes]:
        hidden = set(self.search_only)
        listed = [u for u in self.pages if u not in hidden] + self.in_sitemap_only

        def urlset(urls: list[str]) -> bytes:
            rows = "".join(f"<url><loc>{BASE}{esc(u)}</loc><lastmod>{lastmod(u)}</lastmod></url>\n" for u in urls)
            head = (
                '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            )
            return (head + rows + "</urlset>\n").encode()

        if sitemap_url != "/wp-sitemap.xml":
            return {sitemap_url: urlset(listed)}
        news = [u for u in listed if u.startswith("/notizie/") and u.count("/") == 3 and "/page/" not in u]
        parts = {
            "/wp-sitemap-posts-notizia-1.xml": news,
            "/wp-sitemap-posts-page-1.xml": [u for u in listed if u not in news],
        }
        index = "".join(f"<sitemap><loc>{BASE}{u}</loc></sitemap>\n" for u in parts)
        head = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        return {
            "/wp-sitemap.xml": (head + index + "</sitemapindex>\n").encode(),
            **{u: urlset(urls) for u, urls in parts.items()},
        }


def build_site(site: Site) -> tuple[dict[str, bytes], dict[str, Any]]:
    """One site's pages (URL -> bytes) and its manifest entry."""
    writer = SiteWriter(site)
    for fact in site.facts:
        writer.place(fact)
    for key, via in site.decoys:
        writer.place_decoy(key, via)
    files, entry = writer.render()
    entry["pages"] = len(files)
    entry["digest"] = digest(files)
    return files, entry


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    files: dict[str, dict[str, bytes]] = {}
    entries = []
    for spec in SITES:
        if site_ids is None or spec.id in site_ids:
            files[spec.id], entry = build_site(spec)
            entries.append(entry)
    manifest = {
        "about": "the frozen second simulated web of tests/simweb2 (README.md); never change it to suit a crawler",
        "base_url_placeholder": BASE,
        "sites": entries,
    }
    return files, manifest


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
