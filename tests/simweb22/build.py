"""The twenty-second simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb22/
writer.py) with other sites and ambiti. Half the fact sites are ordinary comuni of today's CMS families,
their facts where real sites keep them; the other half each carry one structure of the real web (a deep
Amministrazione trasparente record, an albo listing with paging, a documents table, a mega-menu or
mega-footer, `onclick` lists, moved pages, downloads, a sidebar-only link, a banner-only link to the
ambito's own site); a third keep their facts 3-4 clicks deep behind generic words ("Vivere il comune",
"Aree tematiche", "Argomenti", "Sociale e welfare"). `python -m tests.simweb22.build [--files DIR]`
regenerates it and exits 2 if it differs from the manifest; `--write-manifest` was run once, when the
web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact22, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact22

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-valcamonica": (  # wpc-berzo has the `banner` quirk: the anchor is an image, these words are not shown
        "wpc-berzo", ("Servizi al cittadino", "Servizi sociali"), "Servizi sociali della Comunità Montana",
    ),
    "asc-seprio": ("hz-cantello", ("Servizi alla persona",), "Azienda sociale consortile - servizi d'ambito"),
    "plone-siccomario": ("jp-sommo", ("Uffici", "Servizi sociali"), "Unione dei Comuni - servizi sociali"),
}  # fmt: skip

# How each site serves its pages (tests/simweb22/writer.py QUIRKS): one habit a site; a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-besano": ("table",),
    "isw-costa-mezzate": ("www",),
    "isw-cortenuova": ("download",),
    "cm-altavaltellina": ("soft404",),
    "wpc-berzo": ("banner",),
    "oc-masate": ("megamenu",),
    "di-bellinzago": ("onclick",),
    "di-camparada": ("relative",),
    "diwp-bagnolo": ("megafooter",),
    "jsef-casnate": ("base",),
    "jp-sommo": ("moved",),
    "hz-cantello": ("buttons",),
    "decoy-parco-sudmilano": ("megamenu",),
    "decoy-cm-altavaltellina": ("soft404",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-carnago", "typo3", "Comune di Carnago", "cantello",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali"), "Ufficio di Piano"),
            F("piano-di-zona", L, ("Servizi", "Servizi sociali", "Piano di zona"), "Piano di zona 2025-2027",
              pdf=True),
        ),
    ),
    Site(
        "t3-besano", "typo3", "Comune di Besano", "viggiu",
        (
            F("accordo", L, ("Comune", "Aree tematiche", "Sociale e welfare"), "Documento n. 2 - 2021/2023",
              pdf=True),
            F("news", SE),
        ),
        traps=("variant",),
    ),
    Site(
        "t3-saltrio", "typo3", "Comune di Saltrio", "viggiu",
        (F("news", PG, page=2), F("regolamento", SM, pdf=True)),
        decoys=(("cimiteriale", ("Documenti",)),),
        traps=("archive",),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-lallio", "isweb", "Comune di Lallio", "grassobbio",
        (
            F("piano-di-zona", L, (AT, "Provvedimenti"), "Allegato 1", pdf=True, where="record",
              record="Delibera C.C. n. 18/2025"),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-costa-mezzate", "isweb", "Comune di Costa di Mezzate", "grassobbio",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 14/2025"),
            F("news", PG, page=2),
        ),
        sitemap=False,
    ),
    Site(
        "isw-cortenuova", "isweb", "Comune di Cortenuova", "pedrengo",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 3/2025"),
            F("accordo", PG, ("Albo pretorio",), "Documento 6 (2021-2023)", page=2, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-valcamonica", "comunita-montana", "Comunità Montana Valle Camonica - area servizi sociali",
        "capo-di-ponte",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Piano di zona"), "PdZ 2025-2027", pdf=True),
            F("verbale", L, ("Atti", "Assemblea dei sindaci"), "Verbale 2/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-altavaltellina", "comunita-montana", "Comunità Montana Alta Valtellina - servizi alla persona",
        "valfurva",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 4 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area riservata"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-berzo", "wp-categorie", "Comune di Berzo Inferiore", "capo-di-ponte",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi di più"), F("news", PG, page=2)),
        traps=("sort",),
    ),
    Site(
        "wpc-adro", "wp-categorie", "Comune di Adro", "cazzago",
        (
            F("bando", L, ("Il Comune", "Aree tematiche", "Sociale e welfare"), "Contributi affitto 2025"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-cambiago", "di-opencity", "Comune di Cambiago", "pozzo",
        (
            F("ufficio-di-piano", L, ("Vivere il comune", "Argomenti", "Sociale e welfare"), "Leggi di più"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-masate", "di-opencity", "Comune di Masate", "pozzo",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 3 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-bellinzago", "di-drupal", "Comune di Bellinzago Lombardo", "burago",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 12 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-cisliano", "di-drupal", "Comune di Cisliano", "cisliano",
        (
            F("ufficio-di-piano", L, (), "Ufficio di Piano", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-camparada", "di-drupal", "Comune di Camparada", "sirtori",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione n. 21/2024"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-pomponesco", "di-wordpress", "Comune di Pomponesco", "sustinente",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 2 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 37", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-bagnolo", "di-wordpress", "Comune di Bagnolo San Vito", "sustinente",
        (
            F("ufficio-di-piano", L, ("Vivere il comune", "Sociale e welfare", "Servizi sociali"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 2/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-madignano", "wp-italia", "Comune di Madignano", "ripalta",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-capergnanica", "wp-italia", "Comune di Capergnanica", "nuvolera",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Leggi di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-alzate", "joomla-sef", "Comune di Alzate Brianza", "cucciago",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 7 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-casnate", "joomla-sef", "Comune di Casnate con Bernate", "cucciago",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-sommo", "joomla-plain", "Comune di Sommo", "santalessio",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-cantello", "halley-zf", "Comune di Cantello", "solbiate",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 2/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-turano", "maggioli", "Comune di Turano Lodigiano", "crespiatica",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 40/2024"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-domaso", "old-table", "Comune di Domaso", "domaso",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 1 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-caiolo", "pdf-only", "Ufficio di Piano dell'Ambito di Caiolo", "caiolo",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda sociale and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-seprio", "asc", "Azienda sociale consortile del Seprio e dell'Arno - servizi alla persona", "solbiate",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 2/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-siccomario", "plone", "Unione dei Comuni del Siccomario - servizi sociali associati", "travaco",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: other ambiti and distretti, other plans; nothing here is about an ambito sociale
    Site(
        "decoy-atc-mantova", "isweb", "Ambito Territoriale di Caccia Mantova Nord", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-sudmilano", "typo3", "Parco Agricolo Sud Milano - piani di settore", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-bassabresciana", "wp-categorie", "Distretto del Commercio della Bassa Bresciana Centrale",
        None, decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-altavaltellina", "comunita-montana", "Comunità Montana Alta Valtellina - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-carnago", "di-wordpress", "Istituto Comprensivo di Carnago", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-sinistra-oglio", "joomla-sef", "Consorzio di bonifica Sinistra Oglio - comprensorio", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen twenty-second simulated web of tests/simweb22 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
