"""The ninth web's site writer: one site's pages and manifest entry from its specification.

A site is a home page, a menu of generic sections with filler pages, a news list of several pages, and
the routes to its fact pages: a fact names the labels of the generic pages a visitor clicks from the
home page (`via`) and how each is linked (`Label|style`: a select menu, an image map, a `rel=next`, a
form's default query, an absolute address; `@Label`: an index PDF whose annotation links on; `^Label`:
the first link is in the footer, not the menu). Addresses follow the family's CMS (`scheme`): Joomla
without SEF (`index.php?option=com_content&view=article&id=…&Itemid=…`, blogs paginated by `start`,
articles under a second `Itemid`), TYPO3 and Plone (`/it/…`, `/view`, `@@download/file/…`), Halley
(`/c0…/zf/index.php/servizi-aggiuntivi/…`, `?id_sezione=`), ISWEB, Maggioli-like portals, plain
paths. Depths are counted over the links written, so that the manifest says what a browser sees.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from tests.simweb.build import fact_record, make_pdf
from tests.simweb2.build import BASE
from tests.simweb4.writer import site_base

from .content import AMBITI, DECOYS, FACT_KINDS
from .pages import Link, Page, render_html, render_pdf

FILLER = (
    "Orari e contatti", "Modulistica", "Tariffe", "Come fare per", "Uffici comunali", "Regolamenti comunali",
    "Carta dei servizi", "Domande frequenti", "Pagamenti online", "Accesso agli atti", "Segnalazioni",
    "Trasporto scolastico", "Raccolta rifiuti", "Biblioteca civica", "Polizia locale", "Anagrafe e stato civile",
)  # fmt: skip
NEWS = ("Chiusura uffici", "Lavori stradali", "Mercato settimanale", "Iscrizioni mensa", "Concerto in piazza",
        "Avviso alla cittadinanza", "Sportello tributi", "Nuovi orari biblioteca", "Consiglio comunale",
        "Raccolta differenziata")  # fmt: skip
NEWS_PER_PAGE = 10
PAGE_LABEL = re.compile(r"Pagina (\d+)$")
DISALLOW = {"joomla": ["/administrator/", "/tmp/"], "typo3": ["/typo3/", "/typo3conf/"], "plone": ["/manage/"]}
RESERVED = "/area-riservata/"
PDF_KINDS = {kind for kind, text in FACT_KINDS.items() if not text(next(iter(AMBITI.values()))).html}


@dataclass(frozen=True)
class Fact9:
    """Where one fact page sits. reach: links | pagination | sitemap | search | robots."""

    kind: str  # a key of FACT_KINDS: the kind says HTML or PDF
    reach: str
    via: tuple[str, ...] = ()
    anchor: str = ""
    style: str = "a"  # how the last page links the fact

    @property
    def pdf(self) -> bool:
        return self.kind in PDF_KINDS


@dataclass(frozen=True)
class Site9:
    id: str
    family: str  # joomla | typo3 | plone | halley | isweb | maggioli | plain
    title: str
    ambito: str | None  # key of AMBITI; None for a decoy site
    facts: tuple[Fact9, ...] = ()
    decoys: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (DECOYS key, via)
    menu: tuple[str, ...] = ("Amministrazione", "Servizi", "Documenti", "Notizie")
    fillers: int = 8  # filler pages under each menu section
    news_pages: int = 3
    traps: tuple[str, ...] = ()  # calendar | variant | search-links | start
    sitemap: str | None = "/sitemap.xml"
    search: tuple[str, str] | None = None  # (path, parameter)
    languages: tuple[str, ...] = ()  # ("it", "de"): a multilingual site, facts only in Italian


def label_of(step: str) -> str:
    """A `via` step's label, without its marks (`@`, `^`) and style."""
    return step.partition("|")[0].lstrip("@^")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "pagina"


class SiteWriter:
    """Builds one site page by page; `render` writes the files and the manifest entry."""

    def __init__(self, site: Site9, code: int) -> None:
        self.site, self.code = site, code
        self.pages: dict[str, Page] = {}
        self.keys: dict[tuple[str, ...], str] = {}  # via labels -> URL
        self.serial = 0
        self.nav: list[Link] = []
        self.footer: list[Link] = []
        self.facts: list[tuple[dict[str, Any], tuple[str, ...]]] = []
        self.must_not_reach: list[tuple[dict[str, Any], tuple[str, ...]]] = []
        self.decoys: list[dict[str, Any]] = []
        self.search_only: list[str] = []
        self.unlinked: list[str] = []  # sitemap-only pages
        self.twins: dict[str, str] = {}  # Italian page -> its German twin
        self.home = "/it/" if site.languages else "/"
        self.pages[self.home] = Page(site.title, "<p>Benvenuti sul portale istituzionale.</p>")
        for label in ("Privacy", "Note legali"):
            url = self._url((label,), leaf=True)
            self.pages[url] = Page(label, f"<p>{label}: informativa ai sensi della normativa vigente.</p>")
            self.footer.append(Link(label, url))
        for label in site.menu:
            self._section((label,))
        self._news()

    # addresses -----------------------------------------------------------------------------------------
    def _next(self) -> int:
        self.serial += 1
        return self.serial

    def _url(self, labels: tuple[str, ...], leaf: bool = False) -> str:
        """A new page's address in the family's CMS."""
        n, fam, code = self._next(), self.site.family, f"c0{self.code:05d}"
        slugs = "/".join(slug(x) for x in labels)
        if fam == "joomla":
            view = "article" if leaf else "category&layout=blog"
            return f"/index.php?option=com_content&view={view}&id={40 + n}&Itemid={100 + n}"
        if fam == "typo3":
            return f"/it/{slugs}/" if self.site.languages or n % 2 else f"/{slugs}/"
        if fam == "plone":
            return f"/it/{slugs}"
        if fam == "halley":
            if leaf:
                return f"/{code}/zf/index.php/servizi-aggiuntivi/index/index/idtesto/{n}"
            return f"/{code}/hh/index.php?jvs=0&acc=1&id_sezione={n}"
        if fam == "isweb":
            return f"/pagina{600 + n}_{slug(labels[-1])}.html"
        if fam == "maggioli":
            return f"/{code}/po/mostra_news.php?id={n}&area=H" if leaf else f"/{code}/po/elenco.php?id_sezione={n}"
        return f"/{slugs}/"

    def _pdf_url(self, title: str) -> str:
        """A PDF's address: TYPO3 and Plone keep the uploaded file's name, the others a number."""
        fam, n = self.site.family, self._next()
        if fam == "typo3":
            return f"/fileadmin/user_upload/sociale/{slug(title)[:40]}.pdf"
        if fam == "plone":
            name = slug(title)[:40] + ".pdf"
            return f"/it/documenti/{name}/@@download/file/{name}"
        if fam == "joomla":
            return f"/images/allegati/2025/{330 + n}_{n % 7}.pdf"
        if fam in ("halley", "maggioli"):
            return f"/c0{self.code:05d}/allegati/{1000 + n}.pdf"
        return f"/documenti/allegato-{n}.pdf"

    def _paged(self, first: str, number: int) -> str:
        if self.site.family == "joomla":
            return f"{first}&start={NEWS_PER_PAGE * (number - 1)}"
        return f"{first}{'&' if '?' in first else '?'}page={number}"

    # the site's chrome and fillers ---------------------------------------------------------------------
    def _section(self, labels: tuple[str, ...]) -> str:
        url = self._url(labels)
        self.keys[labels] = url
        self.pages[url] = Page(
            labels[-1],
            f"<p>{labels[-1]}: le informazioni e i servizi del Comune.</p>",
            folder=self.site.family == "plone",
        )
        link = Link(labels[-1], url)
        self.nav.append(link)
        for k in range(self.site.fillers):
            title = f"{FILLER[(k + len(self.nav) * 3) % len(FILLER)]} - {labels[-1]}"
            leaf = self._url((*labels, title), leaf=True)
            self.pages[leaf] = Page(title, f"<p>{title}: orari, uffici competenti e modulistica.</p>")
            self.pages[url].links.append(Link(title, leaf))
            if self.site.family == "joomla" and k % 3 == 0:  # the same article under another menu item
                alias = leaf.rsplit("&Itemid=", 1)[0] + f"&Itemid={900 + k}"
                self.pages[alias] = Page(title, self.pages[leaf].body)
                self.pages[url].links.append(Link(f"{title} (menu rapido)", alias))
        return url

    def _news(self) -> None:
        """A news list of several pages, ten notices each, linked by numbers and `rel=next`."""
        first = self.keys[("Notizie",)]
        urls = [first] + [self._paged(first, p) for p in range(2, self.site.news_pages + 1)]
        for p, url in enumerate(urls, 1):
            if p > 1:
                self.pages[url] = Page(f"Notizie - pagina {p}")
                self.keys[("Notizie", f"Pagina {p}")] = url
            page = self.pages[url]
            page.links = []
            for k in range(NEWS_PER_PAGE):
                title = f"{NEWS[k]} ({p}.{k + 1})"
                leaf = self._url(("Notizie", title), leaf=True)
                self.pages[leaf] = Page(title, f"<p>{title}: avviso del Comune ai cittadini.</p>")
                page.links.append(Link(title, leaf))
            page.links += [Link(str(q), u) for q, u in enumerate(urls, 1) if q != p]
            if p < len(urls):
                page.links.append(Link("Successiva", urls[p], "next"))
        if "start" in self.site.traps:  # the last page links one past the end: the template never stops
            self.pages[urls[-1]].links.append(Link("Avanti", self._paged(first, len(urls) + 1)))

    # routes ------------------------------------------------------------------------------------------
    def route(self, via: tuple[str, ...]) -> str:
        """The URL of the last generic page of `via`, every page on the way made and linked as written."""
        parent = self.home
        done: tuple[str, ...] = ()
        for step in via:
            style = step.partition("|")[2] or "a"
            pdf, footer, label = step.startswith("@"), step.startswith("^"), label_of(step)
            done = (*done, label)
            if done in self.keys:
                parent = self.keys[done]
                continue
            number = PAGE_LABEL.match(label)
            if number:
                url = self._paged(parent, int(number.group(1)))
            elif style == "form":
                year = re.search(r"\d{4}", label)
                assert year, label
                action = parent.partition("?")[0] if "?" in parent else parent + "risultati"
                url = f"{action}?{urlencode({'sezione': 'atti', 'anno': year.group(0)})}"
            elif pdf:
                url = self._pdf_url(label)
            else:
                url = self._url(done)
            self.keys[done] = url
            if pdf:
                self.pages[url] = Page(label, pdf=True, lines=(label.upper(), "", "Elenco degli allegati:", ""))
            else:
                self.pages[url] = Page(
                    label, f"<p>{label}: documenti e informazioni.</p>", folder=self.site.family == "plone"
                )
            if footer:
                self.footer.append(Link(label, url))
            elif parent == self.home and len(done) == 1:
                self.nav.append(Link(label, url))
            else:
                self._link(parent, label, url, style)
            parent = url
        return parent

    def _link(self, parent: str, text: str, url: str, style: str) -> None:
        """A link in a page's body; a PDF's links are its annotations, whatever the route says."""
        self.pages[parent].links.append(Link(text, url, "pdf" if self.pages[parent].pdf else style))

    def place(self, fact: Fact9) -> None:
        assert self.site.ambito is not None
        text = FACT_KINDS[fact.kind](AMBITI[self.site.ambito])
        pdf = not text.html
        if fact.reach == "robots":
            url = f"{RESERVED}{slug(text.title)}" + (".pdf" if pdf else "/")
        elif pdf:
            url = self._pdf_url(text.title)
        else:
            url = self._url(("Sociale", text.title), leaf=True)
        a = AMBITI[self.site.ambito]
        record = fact_record(fact, url, a.name, a.capofila, a.members, text.proof)  # type: ignore[arg-type]
        assert fact.pdf == pdf
        self.pages[url] = Page(text.title, text.html, pdf=pdf, lines=text.lines)
        trail: tuple[str, ...] = ()
        if fact.reach in ("links", "pagination", "robots"):
            parent = self.route(fact.via)
            anchor = fact.anchor or text.title
            if self.site.family == "plone" and pdf:  # Plone: the file's own page, then its download
                view = url.partition("/@@download/")[0] + "/view"
                self.pages[view] = Page(anchor, "<p>File PDF.</p>")
                self.pages[view].links.append(Link("Scarica il file", url))
                self._link(parent, anchor, view, fact.style)
            else:
                self._link(parent, anchor, url, fact.style)
            trail = (*map(label_of, fact.via), anchor)
        elif fact.reach == "search":
            self.search_only.append(url)
        else:
            self.unlinked.append(url)
        (self.must_not_reach if fact.reach == "robots" else self.facts).append((record, trail))

    def place_decoy(self, key: str, via: tuple[str, ...]) -> None:
        title, body = DECOYS[key]
        url = self._url((*via, title), leaf=True)
        self.pages[url] = Page(title, body)
        self._link(self.route(via), title, url, "a")
        self.decoys.append({"url": url, "kind": key})

    def link_site(self, via: tuple[str, ...], anchor: str, site_id: str) -> dict[str, Any]:
        """A link to another site of the web (its port is known when served), at the end of `via`."""
        assert not self.site.languages
        parent = self.route(via)
        self.pages[parent].links.append(Link(anchor, site_base(site_id) + "/"))
        trail = [*map(label_of, via), anchor]
        return {"site": self.site.id, "url": parent, "trail": trail, "depth": self.depths()[parent] + 1}

    # output --------------------------------------------------------------------------------------------
    def _twins(self) -> None:
        """A multilingual site: every Italian HTML page has a German twin (hreflang both ways), without facts."""
        fact_urls = {r["url"] for r, _ in self.facts + self.must_not_reach}
        twins = {
            u: "/de/" + u.removeprefix("/it/") for u, p in self.pages.items() if u.startswith("/it/") and not p.pdf
        }
        for it, de in twins.items():
            page = self.pages[it]
            body = "<p>Diese Seite ist auf Deutsch in Vorbereitung; die Unterlagen finden Sie auf Italienisch.</p>"
            links = (
                []
                if it in fact_urls
                else [Link(k.text, twins.get(k.url, k.url), k.style) for k in page.links if not k.url.endswith(".pdf")]
            )
            self.pages[de] = Page(f"{page.title} (DE)", body, links, alternates={"it": it, "de": de})
            page.alternates = {"it": it, "de": de}
        self.pages["/"] = Page(
            self.site.title,
            "<p>Scegli la lingua / Sprache wählen</p>",
            [Link("Italiano", "/it/"), Link("Deutsch", "/de/")],
        )
        self.twins = twins

    def depths(self) -> dict[str, int]:
        """Clicks from "/" over every link written (menu, footer, bodies, PDFs' annotations)."""
        depths, queue = {"/": 0}, deque(["/"])
        while queue:
            url = queue.popleft()
            page = self.pages.get(url)
            if page is None:
                continue
            chrome = [] if page.pdf else self._nav_for(url) + self._footer_for(url)
            for link in page.links + chrome:
                if link.url not in depths and link.url in self.pages:
                    depths[link.url] = depths[url] + 1
                    queue.append(link.url)
        return depths

    def _nav_for(self, url: str) -> list[Link]:
        if url == "/" and self.site.languages:
            return []
        if url.startswith("/de/"):
            return [Link(k.text, self.twins.get(k.url, k.url)) for k in [Link("Home", self.home), *self.nav]]
        return [Link("Home", self.home), *self.nav]

    def _footer_for(self, url: str) -> list[Link]:
        links = list(self.footer)
        if "variant" in self.site.traps:
            sep = "&" if "?" in url else "?"
            links += [Link("Stampa", f"{url}{sep}print=1"), Link("Versione PDF", f"{url}{sep}format=pdf")]
        if "calendar" in self.site.traps:
            links.append(Link("Eventi", f"{self._calendar()}?mese=2025-12"))
        if "search-links" in self.site.traps and self.site.search:
            path, param = self.site.search
            links.append(Link("Cerca: servizi sociali", f"{path}?{urlencode({param: 'servizi sociali'})}"))
        return links

    def _calendar(self) -> str:
        return "/index.php/eventi/calendario" if self.site.family == "joomla" else "/eventi/"

    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        if self.site.languages:
            self._twins()
        depths = self.depths()
        files: dict[str, bytes] = {}
        for url, page in self.pages.items():
            if page.pdf:
                files[url] = render_pdf(page) if page.links else make_pdf(page.title, page.lines)
            else:
                files[url] = render_html(
                    self.site.id, self.site.title, url, page, self._nav_for(url), self._footer_for(url)
                )
        if self.site.search:
            path, param = self.site.search
            field = f'<input type="search" name="{param}"><button>Cerca</button>'
            form = f'<form method="get" action="{path}" role="search">{field}</form>'
            files[self.home] = files[self.home].replace(b"</header>", form.encode() + b"</header>", 1)
        files["/robots.txt"] = self._robots()
        if self.site.sitemap:
            html = [u for u in depths if u in self.pages and not self.pages[u].pdf]
            listed = html + self.unlinked + [r["url"] for r, _ in self.must_not_reach if r["url"] not in html]
            locs = "".join(f"<url><loc>{escape(BASE + u)}</loc></url>" for u in listed if u not in self.search_only)
            files[self.site.sitemap] = (
                '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{locs}</urlset>\n"
            ).encode()

        def located(record: dict[str, Any], trail: tuple[str, ...]) -> dict[str, Any]:
            linked = record["reach"] in ("links", "pagination", "robots")
            return {**record, "depth": depths[record["url"]] if linked else None, "trail": list(trail)}

        entry = {
            "id": self.site.id,
            "family": self.site.family,
            "title": self.site.title,
            "decoy_site": self.site.ambito is None,
            "start": "/",
            "search": {"path": self.site.search[0], "param": self.site.search[1]} if self.site.search else None,
            "sitemap": self.site.sitemap,
            "disallow": self._disallow(),
            "facts": [located(r, t) for r, t in self.facts],
            "must_not_reach": [located(r, t) for r, t in self.must_not_reach],
            "decoys": self.decoys,
            "traps": self._traps(),
            "search_only": self.search_only,
            "quirks": [],
        }
        return files, entry

    def _disallow(self) -> list[str]:
        return DISALLOW.get(self.site.family, []) + ([RESERVED] if self.must_not_reach else [])

    def _robots(self) -> bytes:
        text = "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in self._disallow())
        if self.site.sitemap:
            text += f"Sitemap: {BASE}{self.site.sitemap}\n"
        return text.encode()

    def _traps(self) -> list[dict[str, Any]]:
        traps: list[dict[str, Any]] = []
        for kind in self.site.traps:
            if kind == "calendar":
                traps.append({"kind": "calendar", "prefix": self._calendar().partition("?")[0], "param": "mese"})
            elif kind == "variant":
                traps.append({"kind": "variant", "params": ["print", "format"]})
            elif kind == "search-links":
                assert self.site.search
                traps.append({"kind": "search-links", "prefix": self.site.search[0], "params": ["origine", "pagina"]})
            elif kind == "start":
                first = self.keys[("Notizie",)]
                traps.append(
                    {
                        "kind": "start",
                        "prefix": first,
                        "param": "start",
                        "last": NEWS_PER_PAGE * (self.site.news_pages - 1),
                    }
                )
        return traps
