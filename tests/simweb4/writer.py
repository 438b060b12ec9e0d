"""The fourth web's site writer: the third web's (tests/simweb3/build.py), read with this web's tables.

The third web's writer looks its tables up by name in its own module: families and listing pagination
in `.families`, ambiti, fact texts and decoys in `.content`, menus and sitemap parts in the module
itself. Rather than copy it with other names, its file is loaded a second time as a module of this
package (`tests.simweb4.third_web_writer`), where those relative imports find this web's
`families.py` and `content.py`; the new families' menus and sitemap parts are added to that private
copy's tables. The third web's own module is untouched, and its frozen file is only read.

On top of it, `SiteWriter` adds what this web has and the third lacks: a sort-order trap on the news
list, and a link to another site of the web (an ambito's own site, linked only from a comune's page).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

THIRD_WEB_BUILD = Path(__file__).resolve().parents[1] / "simweb3" / "build.py"
SORT_ORDERS = (("data", "Data"), ("titolo", "Titolo"), ("tipo", "Tipologia"))
SORT_PARAMS = ["ordina", "verso", "pagina"]


def site_base(site_id: str) -> str:
    """What a link to another site of the web holds until the server knows that site's port."""
    return f"__SITE_{site_id}__"


def _third_web_writer() -> ModuleType:
    name = f"{__package__}.third_web_writer"
    spec = importlib.util.spec_from_file_location(name, THIRD_WEB_BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


third = _third_web_writer()
YEARS: list[str] = third.YEARS
Fact4 = third.Fact3
Menus = third.Menus

third.MENUS.update(
    {
        "di-opencity": Menus(
            ["Amministrazione", "Novità", "Servizi", "Vivere il comune"],
            ["Documenti e dati", "Amministrazione trasparente", "Albo pretorio", "Note legali"],
            "Novità",
            {
                "Amministrazione": ["Organi di governo", "Aree amministrative", "Uffici", "Enti e fondazioni"],
                "Servizi": ["Salute, benessere e assistenza", "Educazione e formazione", "Mobilità e trasporti"],
                "Vivere il comune": ["Luoghi", "Eventi"],
                "Documenti e dati": ["Modulistica", "Accordi tra enti", "Documenti tecnici di supporto", "Dataset"],
                "Albo pretorio": ["Atti in pubblicazione", "Archivio storico"],
            },
        ),
        "wp-categorie": Menus(
            ["Il Comune", "Servizi al cittadino", "Albo online", "Notizie", "Eventi"],
            ["Amministrazione trasparente", "Privacy", "Cookie policy"],
            "Notizie",
            {
                "Il Comune": ["Sindaco", "Giunta comunale", "Consiglio comunale", "Uffici comunali"],
                "Servizi al cittadino": ["Servizi sociali", "Scuola", "Tributi", "Sport"],
                "Albo online": ["Atti in pubblicazione", "Archivio albo"],
                "Archivio albo": YEARS,
            },
        ),
        "joomla-plain": Menus(
            ["Amministrazione", "Uffici", "Atti e pubblicazioni", "Notizie"],
            ["Amministrazione trasparente", "Privacy", "Note legali"],
            "Notizie",
            {
                "Amministrazione": ["Sindaco", "Giunta", "Consiglio comunale"],
                "Uffici": ["Ufficio servizi sociali", "Ufficio tecnico", "Ufficio tributi"],
                "Atti e pubblicazioni": ["Albo", "Delibere", "Regolamenti", "Bandi"],
                "Albo": YEARS,
            },
        ),
        "halley-zf": Menus(
            ["Il Comune", "Uffici", "Servizi alla persona", "Albo pretorio", "Amministrazione trasparente", "News"],
            ["Privacy", "Accessibilità"],
            "News",
            {
                "Il Comune": ["Organi istituzionali", "Statuto", "Storia"],
                "Uffici": ["Segreteria", "Ragioneria", "Tecnico"],
                "Albo pretorio": ["Atti in pubblicazione", "Archivio atti"],
                "Archivio atti": YEARS,
            },
        ),
        "asc": Menus(
            ["Chi siamo", "Servizi", "Documenti", "Trasparenza", "News", "Contatti"],
            ["Privacy"],
            "News",
            {
                "Chi siamo": ["Soci", "Organi", "Storia"],
                "Servizi": ["Area minori", "Area anziani", "Area disabili", "Bandi e avvisi"],
                "Trasparenza": ["Atti", "Bilanci"],
            },
        ),
    }
)
# OpenCity's sitemap: an index of gzipped parts (the third web's server compresses any `.gz` it serves)
third.SITEMAP_PARTS["di-opencity"] = (
    ("/sitemap-1.xml.gz", r"^/(amministrazione|novita)"),
    ("/sitemap-2.xml.gz", r"^/(servizi|vivere)"),
    ("/sitemap-3.xml.gz", ""),
)


class SiteWriter(third.SiteWriter):
    """The third web's writer with this web's tables, a sort-order trap and links to other sites."""

    def link_site(self, via: tuple[str, ...], anchor: str, site_id: str) -> dict[str, Any]:
        """A link from the page at `via` to another site's home page; returns where it sits."""
        url = self.section(via)
        self.pages[url].links.append((anchor, site_base(site_id) + "/"))
        return {"site": self.site.id, "url": url, "trail": [*via, anchor], "depth": len(via) + 1}

    def _traps(self) -> list[dict[str, Any]]:
        """The third web's traps, and sort orders of the news list, each with a next page without end."""
        traps: list[dict[str, Any]] = super()._traps()
        if "sort" in self.site.traps:
            first = self._news_lists()
            assert "?" not in first
            self.pages[first].links.extend(
                (f"Ordina per {label}", f"{first}?ordina={key}&verso=desc") for key, label in SORT_ORDERS
            )
            traps.append({"kind": "sort", "prefix": first, "params": SORT_PARAMS})
        return traps
