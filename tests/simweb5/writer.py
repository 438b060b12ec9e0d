"""The fifth web's site writer: the fourth web's (tests/simweb4/writer.py), read with this web's tables.

The fourth web's writer loads the third web's writer a second time as a module of its own package, so
that its lookups find that package's `families.py` and `content.py`. Its file is loaded once more here,
as `tests.simweb5.fourth_web_writer`: the third web's writer it loads then becomes
`tests.simweb5.third_web_writer` and reads this web's families and text. The new families' menus and
sitemap parts are added to that private copy's tables; both frozen files are only read.

On top of it, `SiteWriter` adds what this web has and the fourth lacks: a fact page linked from the
header's mega-menu, a fact PDF attached to a record of a generic page (a record of "Amministrazione
trasparente", an act of the albo), lists whose next-page link says "Carica altri", and an endless tag
cloud (a trap).
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.simweb.build import Page
from tests.simweb2.build import TRASPARENZA

from .families import LOAD_MORE, esc

FOURTH_WEB_WRITER = Path(__file__).resolve().parents[1] / "simweb4" / "writer.py"
LOAD_MORE_LABEL = "Carica altri"
TAGS = ("sociale", "famiglie", "anziani", "giovani", "lavoro", "casa")
TAG_PATH = "/argomenti/"


def _fourth_web_writer() -> ModuleType:
    name = f"{__package__}.fourth_web_writer"
    spec = importlib.util.spec_from_file_location(name, FOURTH_WEB_WRITER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


fourth = _fourth_web_writer()
third = fourth.third
YEARS: list[str] = fourth.YEARS
Menus = fourth.Menus
site_base = fourth.site_base
NEXT_PAGE: str = third.NEXT_PAGE

third.MENUS.update(
    {
        "typo3": Menus(
            ["Comune", "Servizi", "Uffici", "Notizie", "Documenti"],
            ["Amministrazione trasparente", "Albo pretorio", "Privacy", "Note legali"],
            "Notizie",
            {
                "Comune": ["Sindaco", "Giunta", "Consiglio comunale"],
                "Servizi": ["Servizi sociali", "Scuola", "Tributi"],
                "Uffici": ["Segreteria", "Ufficio tecnico", "Polizia locale"],
                "Documenti": ["Regolamenti", "Modulistica", "Piani e programmi", "Vedi tutti"],
                "Albo pretorio": ["Atti in pubblicazione", "Archivio"],
                "Archivio": YEARS,
            },
        ),
        "isweb": Menus(
            ["Il Comune", "Uffici e servizi", "Albo pretorio", "Amministrazione trasparente", "Notizie e comunicati"],
            ["Privacy", "Accessibilità", "Mappa del sito"],
            "Notizie e comunicati",
            {
                "Il Comune": ["Organi di governo", "Statuto", "Territorio"],
                "Uffici e servizi": ["Servizi sociali", "Ufficio tecnico", "Anagrafe"],
                "Albo pretorio": ["Atti in pubblicazione", "Archivio storico"],
                "Archivio storico": YEARS,
                "Amministrazione trasparente": [*TRASPARENZA, "Enti controllati"],
                "Enti controllati": [
                    "Enti pubblici vigilati",
                    "Società partecipate",
                    "Enti di diritto privato controllati",
                ],
            },
        ),
        "comunita-montana": Menus(
            ["L'Ente", "Aree di intervento", "Servizi alla persona", "Atti", "Notizie", "Contatti"],
            ["Amministrazione trasparente", "Privacy"],
            "Notizie",
            {
                "L'Ente": ["Giunta esecutiva", "Assemblea", "Comuni membri"],
                "Aree di intervento": ["Agricoltura e foreste", "Protezione civile", "Turismo"],
                "Servizi alla persona": ["Minori e famiglia", "Anziani", "Disabilità", "Programmazione zonale"],
                "Atti": ["Delibere", "Determine", "Albo"],
                "Albo": YEARS,
            },
        ),
    }
)
# TYPO3's seo extension: /sitemap.xml an index of one part per content type
third.SITEMAP_PARTS["typo3"] = (
    ("/sitemap.xml?sitemap=news&type=1533906435", r"^/notizie/dettaglio/"),
    ("/sitemap.xml?sitemap=pages&type=1533906435", ""),
)


@dataclass(frozen=True)
class Fact5(fourth.Fact4):  # type: ignore[name-defined,misc]
    """A fact page with two more places. where: "megamenu" (the header's menu, on every page), "record"
    (an attachment of the record `record` listed first on the page at `via`)."""

    record: str = ""


class SiteWriter(fourth.SiteWriter):  # type: ignore[name-defined,misc]
    """The fourth web's writer with this web's tables, two more places, "Carica altri" and tag clouds."""

    def place(self, fact: Fact5) -> None:
        """The fourth web's places; a mega-menu link or a record's attachment starts as a sidebar link of
        the page at `via` and is moved where it belongs."""
        if fact.where not in ("megamenu", "record"):
            super().place(fact)
            return
        parent = self.section(fact.via)
        super().place(replace(fact, where="sidebar"))
        anchor, url = self.sidebars[parent].pop()
        if not self.sidebars[parent]:
            del self.sidebars[parent]
        record = self.facts[-1]
        if fact.where == "megamenu":
            self.nav.append((anchor, url))
            record.update(depth=1, trail=[anchor])
            return
        page = self.family.page_url(fact.via, fact.record, self._next())
        body = f"<p>{esc(fact.record)}: oggetto, data di pubblicazione e allegati del procedimento.</p>"
        self.pages[page] = Page(fact.record, body, [(anchor, url)])
        self.pages[parent].links.insert(0, (fact.record, page))
        record.update(depth=len(fact.via) + 2, trail=[*fact.via, fact.record, anchor])

    def _link_news(self) -> None:
        """The news lists linked; where the family says "Carica altri", every next-page link says it."""
        super()._link_news()
        if self.site.family not in LOAD_MORE:
            return
        for page in self.pages.values():
            page.links = [(LOAD_MORE_LABEL if text == NEXT_PAGE else text, url) for text, url in page.links]
        for record in self.facts:
            record["trail"] = [LOAD_MORE_LABEL if step == NEXT_PAGE else step for step in record["trail"]]

    def _traps(self) -> list[dict[str, Any]]:
        """The fourth web's traps, and a tag cloud: each tag page links every tag added to its own."""
        traps: list[dict[str, Any]] = super()._traps()
        if "tags" in self.site.traps:
            self.pages["/"].links.extend((f"#{tag}", f"{TAG_PATH}?tag={tag}") for tag in TAGS)
            traps.append({"kind": "tags", "prefix": TAG_PATH, "param": "tag"})
        return traps
