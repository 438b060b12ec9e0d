"""The eighth web's site writer: the seventh web's (tests/simweb7/writer.py), read with this web's tables,
with the routes and habits of sites as the real web serves them.

The seventh web's writer file is loaded once more as `tests.simweb8.seventh_web_writer`: the earlier
writers it loads in turn become modules of this package and read this web's `families.py`, `content.py`
and `quirks.py` (no copy; the frozen files are only read). `SiteWriter` adds:

- places for a fact page (`where`, recorded in the manifest; the page between in `record`): `topic`
  (a Designers Italia "Argomenti" page, from the "Argomenti" index linked on the home page), `service` (an
  attachment in the "Documenti" of a service sheet of the catalogue category at `via`), `unit` (the
  Ufficio di Piano as an "Unità organizzativa" record under Amministrazione, linked only from the
  "Contatti" of a service sheet of the category at `via`), `tag` (a tag page linked only from the tags
  of the 4th article of news list page `page`), `feed` (a news article that only the RSS feed lists);
- quirks: `loadmore` and `relnext` ("Carica altri" buttons, with `<noscript>` links or with only the
  head's `<link rel="next">`), `viewer` and `docpage` (a viewer page or a document record with a
  download button between a documents list and its PDF), `feed` (an RSS feed in every page's head),
  `robots-search` (robots.txt forbids the site search; a crawl delay), `robots-section` (robots.txt
  forbids a whole section with no fact), `lastmod` (hundreds of old pages in the sitemap, the pages that
  changed lately dated November 2025);
- links to another site of the web from the footer or by an `<iframe>` (a provider's albo or
  transparency portal), besides the earlier webs' link on a page.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.simweb.build import Page

from .families import esc
from .structures import FEED_PATH, rss, with_feed_link, with_lastmod, with_load_more, with_robots_lines

SEVENTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb7" / "writer.py"
NEW_QUIRKS = ("loadmore", "relnext", "viewer", "docpage", "feed", "robots-search", "robots-section", "lastmod")
NEW_PLACES = ("topic", "service", "unit", "tag")
TOPICS_INDEX = "/argomenti/"
UNITS = ("Amministrazione", "Unità organizzative")
OLD_PAGES = 160  # the `lastmod` quirk's old pages
L, SM, PG = "links", "sitemap", "pagination"


def _seventh_web_writer() -> ModuleType:
    name = f"{__package__}.seventh_web_writer"
    spec = importlib.util.spec_from_file_location(name, SEVENTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


seventh = _seventh_web_writer()
Fact8 = seventh.Fact7
QUIRKS: tuple[str, ...] = (*seventh.QUIRKS, *NEW_QUIRKS)
is_html = seventh.is_html
site_base = seventh.sixth.site_base


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


class SiteWriter(seventh.SiteWriter):  # type: ignore[misc]
    """The seventh web's writer with this web's tables, places and quirks. `link_styles`: site id -> how
    this site links it ("footer" or "iframe"; a plain link otherwise); `robots_section`: the labels of the
    section robots.txt forbids (quirk `robots-section`)."""

    def __init__(
        self,
        site: Any,
        quirks: tuple[str, ...] = (),
        link_styles: dict[str, str] | None = None,
        robots_section: tuple[str, ...] = (),
    ) -> None:
        super().__init__(site, tuple(q for q in quirks if q not in NEW_QUIRKS))
        assert set(quirks) <= set(QUIRKS), quirks
        assert not {"loadmore", "relnext"} & set(quirks) or not {"onclick", "table"} & set(quirks), quirks
        assert not {"lastmod"} & set(quirks) or not {"megamenu", "megafooter"} & set(quirks), quirks
        assert ("robots-section" in quirks) == bool(robots_section), site.id
        self.all_quirks = quirks
        self.link_styles = link_styles or {}
        self.robots_section = robots_section
        self.viewable: list[dict[str, Any]] = []  # PDF facts in a plain list: behind a viewer (viewer, docpage)
        self.recent: list[str] = []  # sitemap-only facts: dated lately (lastmod)
        self.feed_only: list[str] = []  # news that only the feed lists

    # --- places --------------------------------------------------------------------------------
    def place(self, fact: Any) -> None:
        if fact.where == "feed":
            assert fact.reach == SM and "feed" in self.all_quirks and not self.site.sitemap, self.site.id
            super().place(replace(fact, where=""))
            self.facts[-1].update(where=fact.where, feed=FEED_PATH)
            self.feed_only.append(self.facts[-1]["url"])
            return
        if fact.where not in NEW_PLACES:
            super().place(fact)
            if fact.reach == SM:
                self.recent.append(self.facts[-1]["url"])
            elif fact.pdf and fact.reach in (L, PG) and fact.where in ("", "listing"):
                self.viewable.append(self.facts[-1])
            return
        if fact.where == "tag":
            self._place_on_tag(fact)
            self.facts[-1]["where"] = fact.where
            return
        parent = self.section(fact.via)
        super().place(replace(fact, where="sidebar"))
        anchor, url = self.sidebars[parent].pop()
        if not self.sidebars[parent]:
            del self.sidebars[parent]
        record = self.facts[-1]
        record["where"] = fact.where
        if fact.where == "topic":
            assert not fact.via
            self.pages[self._topic(fact.record)].links.insert(0, (anchor, url))
            record.update(depth=3, trail=["Argomenti", fact.record, anchor])
            if fact.pdf:
                self.viewable.append(record)
            return
        if fact.where == "unit":  # the record lives under Amministrazione, linked from the sheet's contacts
            assert not fact.pdf
            page = self.pages.pop(url)
            url = record["url"] = self.family.page_url(UNITS, page.title, self._next())
            self.pages[url] = page
        sheet = self.family.page_url(fact.via, fact.record, self._next())
        self.pages[sheet] = Page(fact.record, self._sheet_body(fact.record, fact.where), [(anchor, url)])
        self.pages[parent].links.append((fact.record, sheet))
        record.update(depth=len(fact.via) + 2, trail=[*fact.via, fact.record, anchor])

    def _place_on_tag(self, fact: Any) -> None:
        """A fact page listed only by the tag page `fact.record`, which the 4th article of news list page
        `fact.page` links among its tags."""
        super().place(replace(fact, where="article"))
        record = self.facts[-1]
        _, article = self.news[fact.page - 1][3]
        anchor, url = self.pages[article].links.pop(0)
        n = self._next()
        tag = f"/taxonomy/term/{n}" if self.site.family == "di-drupal" else f"/tag/{slug(fact.record)}/"
        others = [self.news[1][0], self.news[2][1]]
        self.pages[tag] = Page(f"Tag: {fact.record}", f"<p>Contenuti con il tag «{esc(fact.record)}».</p>")
        self.pages[tag].links = [(anchor, url), *others]
        self.pages[article].links.append((fact.record, tag))
        record.update(depth=record["depth"] + 1, trail=[*record["trail"][:-1], fact.record, anchor])

    def _topic(self, name: str) -> str:
        """The topic page `name` (made once), linked from the "Argomenti" index the home page links."""
        if TOPICS_INDEX not in self.pages:
            intro = "<p>Servizi, notizie e documenti del Comune raccolti per argomento.</p>"
            self.pages[TOPICS_INDEX] = Page("Argomenti", intro)
            self.pages["/"].links.append(("Argomenti", TOPICS_INDEX))
            for other in ("Ambiente", "Cultura e tempo libero", "Mobilità", "Tributi"):
                filler = f"{TOPICS_INDEX}{slug(other)}"
                self.pages[filler] = Page(other, f"<p>Contenuti dell'argomento {esc(other)}.</p>")
                self.pages[TOPICS_INDEX].links.append((other, filler))
        url = f"{TOPICS_INDEX}{slug(name)}"
        if url not in self.pages:
            news = self._news_lists() if self.menus.news else "/"
            services = self.section(("Servizi",)) if "Servizi" in self.menus.nav else "/"
            body = (
                f"<p>Tutto quello che il Comune offre sull'argomento {esc(name)}.</p>"
                f'<h2>Servizi</h2><p><a href="{esc(services)}">Tutti i servizi</a></p>'
                f'<h2>Novità</h2><p><a href="{esc(news)}">Tutte le novità</a></p><h2>Documenti</h2>'
            )
            self.pages[url] = Page(name, body)
            self.pages[TOPICS_INDEX].links.insert(0, (name, url))
        return url

    @staticmethod
    def _sheet_body(name: str, where: str) -> str:
        """A service sheet of the catalogue: what the service is; its contacts or documents come last."""
        body = (
            f"<p>{esc(name)}: il servizio è rivolto ai residenti e alle loro famiglie.</p>"
            "<h2>Come fare</h2><p>Presentare la domanda allo sportello o online con SPID.</p>"
            "<h2>Cosa serve</h2><p>Documento d'identità e attestazione ISEE in corso di validità.</p>"
            "<h2>Tempi e scadenze</h2><p>Risposta entro 30 giorni dalla domanda.</p>"
        )
        return body + (
            "<h2>Contatti</h2><p>Unità organizzativa responsabile:</p>" if where == "unit" else "<h2>Documenti</h2>"
        )

    def link_site(self, via: tuple[str, ...], anchor: str, site_id: str) -> dict[str, Any]:
        """A link to another site: the earlier webs' link on the page at `via`, a footer link, or an iframe."""
        style = self.link_styles.get(site_id)
        if style is None:
            return dict(super().link_site(via, anchor, site_id))
        target = site_base(site_id) + "/"
        if style == "footer":
            assert not via and not {"megamenu", "megafooter"} & set(self.all_quirks)
            self.footer.append((anchor, target))
            return {"site": self.site.id, "url": "/", "trail": [anchor], "depth": 1, "how": "footer"}
        assert style == "iframe", style
        url = self.section(via)
        self.pages[url].body += (
            f'<p>{esc(anchor)}:</p><iframe class="albo-esterno" src="{target}" title="{esc(anchor)}" '
            'width="100%" height="900"></iframe>'
        )
        return {"site": self.site.id, "url": url, "trail": [*via, anchor], "depth": len(via) + 1, "how": "iframe"}

    # --- output --------------------------------------------------------------------------------
    def render(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        quirks = set(self.all_quirks)
        if {"viewer", "docpage"} & quirks:
            self._interpose("viewer" in quirks)
        if "lastmod" in quirks:
            self._old_pages()
        section = self.section(self.robots_section) if self.robots_section else None
        files, entry = super().render()
        for url in [u for u in files if is_html(u)]:
            page = files[url].decode("utf-8")
            if {"loadmore", "relnext"} & quirks:
                page = with_load_more(page, noscript="loadmore" in quirks)
            if "feed" in quirks:
                page = with_feed_link(page)
            files[url] = page.encode("utf-8")
        if "feed" in quirks:
            items = [(self.pages[u].title, u) for u in self.feed_only] + self.news[0][:9]
            files[FEED_PATH] = rss(self.site.title, items)
        disallow = [entry["search"]["path"]] if "robots-search" in quirks else []
        disallow += [section] if section else []
        if disallow:
            placed = [p["url"] for p in entry["facts"] + entry["decoys"]]
            assert not [u for u in placed if u.startswith(tuple(disallow))], self.site.id
            files["/robots.txt"] = with_robots_lines(
                files["/robots.txt"], disallow, 1 if "robots-search" in quirks else None
            )
            entry["disallow"] = [*entry["disallow"], *disallow]
        if "lastmod" in quirks:
            recent = {esc(u) for u in self.recent}
            for url in [u for u in files if "sitemap" in u and b"<urlset" in files[u]]:
                files[url] = with_lastmod(files[url], recent)
        return files, entry

    def _interpose(self, viewer: bool) -> None:
        """A viewer page (`/viewer?file=...pdf`) or a document record (`/documento/N`) with a download
        button between each listed fact PDF and the list that links it: one click more."""
        for record in self.viewable:
            pdf = record["url"]
            holder = next(p for p in self.pages.values() if any(u == pdf for _, u in p.links))
            k = next(i for i, (_, u) in enumerate(holder.links) if u == pdf)
            anchor = holder.links[k][0]
            if viewer:
                url = f"/viewer?file={pdf}&lang=it"
                body = (
                    f'<object class="visualizzatore-pdf" data="{esc(pdf)}" type="application/pdf" '
                    'width="100%" height="900"></object>'
                )
            else:
                url = f"/documento/{self._next()}"
                body = (
                    f'<dl class="scheda-documento"><dt>Documento</dt><dd>{esc(anchor)}</dd><dt>Formato</dt><dd>PDF</dd>'
                    "<dt>Pubblicato il</dt><dd>14/11/2025</dd></dl>"
                )
            self.pages[url] = Page(anchor, body, [("Scarica", pdf)])
            holder.links[k] = (anchor, url)
            record.update(depth=record["depth"] + 1, trail=[*record["trail"], "Scarica"])

    def _old_pages(self) -> None:
        """Hundreds of old notices, linked from nowhere, listed in the sitemap."""
        for k in range(OLD_PAGES):
            year, month = 2014 + k % 5, 1 + k % 12
            title = f"Comunicato n. {k + 1}/{year}: chiusura uffici"
            url = self.family.article_url(title, self._next(), year, month)
            self.pages[url] = Page(title, f"<p>{esc(title)} per lavori di manutenzione.</p>")
