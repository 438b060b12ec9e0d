"""The twenty-fifth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed. Half its fact sites are ordinary comuni of today's CMS
families with the facts where real sites keep them; the other half each serve one habit in this web's own
markup (tests/simweb25/quirks.py: `tiles`, `deflist`, `titleattr`, `details`, `logolink`). A third keep
their facts 3-4 clicks deep behind generic words ("Vivere il comune", "Aree tematiche", "Argomenti",
"Sociale e welfare"). Two ambito sites on their own host are linked only from a comune's page, each as a
logo image. `python -m tests.simweb25.build [--files DIR]` regenerates it and exits 2 if it differs from the
manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact25, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
VIVERE = ("Vivere il comune", "Sociale e welfare")
F = Fact25

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "asc-franciacorta": (
        "di-paspardo", ("Servizi", "Salute, benessere e assistenza"), "Azienda sociale dell'ambito",
    ),
    "plone-collina": ("jp-lardirago", ("Uffici", "Servizi sociali"), "Servizi sociali associati dell'Unione"),
}  # fmt: skip

# How each site serves its pages; a site not named has none (an ordinary site).
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-cazzago": ("tiles",),
    "t3-blevio": ("moved",),
    "isw-inarzo": ("deflist",),
    "isw-sala": ("titleattr",),
    "hz-bodio": ("details",),
    "mag-ricengo": ("deflist",),
    "wpc-olgiate": ("tiles",),
    "wpc-zelo-surrigone": ("www",),
    "di-crosio": ("titleattr",),
    "di-paspardo": ("logolink",),
    "diwp-mello": ("details",),
    "diwp-civo": ("megamenu",),
    "wpi-cappella": ("details",),
    "jsef-brunate": ("tiles",),
    "jp-lardirago": ("logolink",),
    "cm-valtartano": ("titleattr",),
    "asc-franciacorta": ("details",),
    "oc-casaletto": ("download",),
    "decoy-parco-brabbia": ("tiles",),
}

SITES: tuple[Site, ...] = (
    Site(
        "t3-cazzago", "typo3", "Comune di Cazzago Brabbia", "caravate",
        (
            F("ufficio-di-piano", L, ("Servizi", *VIVERE), "Ufficio di Piano"),
            F("piano-di-zona", SM, pdf=True),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-blevio", "typo3", "Comune di Blevio", "brunate",
        (
            F("news", PG, page=2),
            F("accordo", L, ("Documenti", "Accordi tra enti"), "Documento 2025/2027", pdf=True),
            F("regolamento", L, ("Servizi", "Sociale", "Documenti del sociale"), "Allegato 2025", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
        traps=("variant",),
    ),
    Site(
        "isw-inarzo", "isweb", "Comune di Inarzo", "cadrezzate",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Allegato 1 (2025-2027)", pdf=True),
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 27/2025"),
            F("news", PG, page=2),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-sala", "isweb", "Comune di Sala Comacina", "lambrugo",
        (
            F("avviso", L, SOVVENZIONI, "Allegato", pdf=True, where="record", record="Contributo n. 6/2025"),
            F("ufficio-di-piano", SE),
            F("accordo", PG, ("Albo pretorio",), "Documento 4 (2025-2027)", page=2, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    Site(
        "hz-bodio", "halley-zf", "Comune di Bodio Lomnago", "varano",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Aree tematiche", "Sociale"), "Leggi di più"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3", pdf=True, where="record",
              record="Procedura n. 2/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    Site(
        "mag-ricengo", "maggioli", "Comune di Ricengo", "bagnolo-cremasco",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 14/2024"),
            F("news", SE),
            F("ufficio-di-piano", L, ("Il Comune", "Aree tematiche", "Sociale e welfare"), "Scopri"),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    Site(
        "wpc-olgiate", "wp-categorie", "Comune di Olgiate Molgora", "ello",
        (
            F("news", PG, page=3),
            F("bando", L, (), "Contributi 2025", where="footer"),
            F("accordo", SM, pdf=True),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-zelo-surrigone", "wp-categorie", "Comune di Zelo Surrigone", "vermezzo",
        (
            F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", SM, pdf=True),
        ),
    ),
    Site(
        "di-crosio", "di-drupal", "Comune di Crosio della Valle", "mornago",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 12 - 2025", pdf=True),
            F("news", PG, page=2),
            F("ufficio-di-piano", L, ("Vivere il comune", "Argomenti", "Sociale e welfare"), "Vai alla pagina"),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("calendar",),
    ),
    Site(
        "di-paspardo", "di-drupal", "Comune di Paspardo", "cividate",
        (
            F("ufficio-di-piano", L, (), "Ufficio di Piano", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
    ),
    Site(
        "diwp-mello", "di-wordpress", "Comune di Mello", "rogolo",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 2 - 2025/2027", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 40", page=2, where="listing"),
            F("news", PG, page=3),
        ),
    ),
    Site(
        "diwp-civo", "di-wordpress", "Comune di Civo", "dazio",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
        traps=("search-links",),
    ),
    Site(
        "wpi-cappella", "wp-italia", "Comune di Cappella Cantone", "pieve-sg",
        (
            F("news", PG, page=2),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2025-2027)", page=2, pdf=True, where="article"),
        ),
        traps=("calendar",),
    ),
    Site(
        "wpi-abbadia", "wp-italia", "Comune di Abbadia Cerreto", "ossago",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2025-2027)", pdf=True),
            F("bando", L, ("Il Comune",), "Leggi di più", where="sidebar"),
            F("news", SE),
        ),
    ),
    Site(
        "jsef-brunate", "joomla-sef", "Comune di Brunate", "brunate",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 8 - 2025/2027",
              pdf=True),
            F("news", SE),
        ),
        traps=("tags",),
    ),
    Site(
        "jp-lardirago", "joomla-plain", "Comune di Lardirago", "cura",
        (F("verbale", L, AT_POLITICI, "Verbale n. 2/2025", pdf=True), F("news", PG, page=3)),
    ),
    Site(
        "old-forcola", "old-table", "Comune di Forcola", "bienno",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 7 - 2025/2027", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    Site(
        "pdf-palazzago", "pdf-only", "Ufficio di Piano dell'Ambito di Palazzago e Valle Imagna Alta", "paspardo",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Regolamento 2025", pdf=True),
        ),
        sitemap=False,
    ),
    Site(
        "cm-valtartano", "comunita-montana", "Comunità Montana Costiera dei Cech e Val Tartano - sociale", "dazio",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "PdZ 2025-2027", pdf=True),
            F("accordo", L, ("Atti", "Albo", "Anno 2025"), "Atto 4 - 2025/2027", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    Site(
        "oc-casaletto", "di-opencity", "Comune di Casaletto Vaprio", "mairago",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 3 (2025-2027)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
            F("ufficio-di-piano", L, (*VIVERE, "Servizi sociali"), "Leggi di più"),
        ),
        traps=("facets",),
    ),
    Site(
        "oc-vernate", "di-opencity", "Comune di Vernate", "vernate",
        (
            F("ufficio-di-piano", L, (), "Ambito territoriale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
            F("news", PG, page=3),
        ),
        traps=("tags",),
    ),
    # ambito sites on their own host, linked only from a comune's page (by a logo image)
    Site(
        "asc-franciacorta", "asc", "Azienda speciale consortile Sebino e Franciacorta Ovest", "corte-franca",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-collina", "plone", "Unione dei Comuni della Collina Pavese Nord - servizi sociali", "borgarello",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2025/2027", pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-lario", "isweb", "Ambito Territoriale di Caccia Prealpi Comasche Orientali", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-brabbia", "typo3", "Riserva Naturale Palude Brabbia - ente gestore", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-adda", "wp-categorie", "Distretto del Commercio Terre dell'Adda Cremasca", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-ic-cappella", "di-wordpress", "Istituto Comprensivo di Cappella Cantone e Soresina Sud", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-chiese", "joomla-sef", "Consorzio di bonifica Chiese e Garda bresciano", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen twenty-fifth simulated web of tests/simweb25 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
