"""The twenty-third simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown to a
discovery change before that change has landed. It is the seventh web's machinery (its writer, read with
this web's tables: tests/simweb23/writer.py) with other sites and ambiti, a third of the sites keeping
their facts 3-4 clicks deep behind generic words ("Vivere il comune", "Aree tematiche", "Argomenti",
"Sociale e welfare"), and four habits of real portals no earlier web's modules wrote (habits.py).
`python -m tests.simweb23.build [--files DIR]` regenerates it and exits 2 if it differs from the
manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact23, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
F = Fact23

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "asc-valseriana": ("jsef-cene", ("Uffici e servizi", "Servizi sociali"), "Azienda servizi alla persona"),
    "cm-scalve": ("isw-schilpario", ("Il Comune", "Vivere il comune", "Servizi sociali"), "Servizi sociali associati"),
    "plone-oltrepo": ("wpi-godiasco", ("Uffici", "Ufficio servizi sociali"), "Unione - servizi sociali"),
}  # fmt: skip

# How each site serves its pages (tests/simweb23/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-ponte-lambro": ("teasers", "moved"),
    "t3-lozza": ("fileitems", "www"),
    "t3-jerago": ("tabs", "download", "fileitems"),
    "isw-schilpario": ("banners", "soft404"),
    "isw-gromo": ("teasers", "megamenu"),
    "isw-castelmella": ("tabs", "www"),
    "cm-scalve": ("fileitems", "soft404"),
    "cm-valsassina-nord": ("tabs", "base"),
    "wpc-sulzano": ("teasers", "buttons"),
    "wpc-monticelli": ("megafooter", "moved"),
    "oc-barghe": ("fileitems", "relative"),
    "oc-roe-volciano": ("download", "www", "tabs"),
    "di-muscoline": ("megamenu", "teasers"),
    "di-lodrino": ("table", "fileitems"),
    "di-bovegno": ("tabs", "onclick"),
    "diwp-solferino": ("tabs", "megafooter"),
    "diwp-ponti": ("teasers", "download"),
    "wpi-godiasco": ("banners", "fileitems", "base"),
    "wpi-rivarolo": ("megamenu", "relative"),
    "jsef-cene": ("banners", "teasers", "www"),
    "jsef-parre": ("buttons", "tabs"),
    "jp-casnigo": ("onclick", "moved"),
    "hz-dovera": ("table", "download"),
    "mag-trescore-cremasco": ("teasers", "soft404"),
    "old-cassolnovo": ("fileitems",),
    "plone-oltrepo": ("tabs", "megamenu"),
    "decoy-parco-adamello": ("teasers",),
    "decoy-cm-valtrompia": ("teasers", "soft404"),
    "decoy-ic-leffe": ("tabs",),
    "decoy-consorzio-vacchelli": ("www", "tabs"),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-ponte-lambro", "typo3", "Comune di Ponte Lambro", "nesso",
        (
            F("ufficio-di-piano", L, ("Comune", "Argomenti", "Sociale e welfare"), "Leggi"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-lozza", "typo3", "Comune di Lozza", "valbrona",
        (F("news", PG, page=2), F("accordo", L, ("Documenti", "Atti amministrativi"), "Allegato A", pdf=True)),
        traps=("variant",),
    ),
    Site(
        "t3-jerago", "typo3", "Comune di Jerago con Orago", "primaluna",
        (
            F("regolamento", L, ("Servizi", "Aree tematiche", "Famiglia e sociale"), "Testo approvato 2025", pdf=True),
            F("piano-di-zona", L, ("Servizi", "Servizi sociali"), "Documento triennale", pdf=True),
            F("bando", SE),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-schilpario", "isweb", "Comune di Schilpario", "vilminore",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "File 1 di 3", pdf=True),
            F("ufficio-di-piano", L, ("Il Comune", "Vivere il comune", "Servizi sociali"), "Approfondisci"),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-gromo", "isweb", "Comune di Gromo", "ardesio",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 77/2025"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-castelmella", "isweb", "Comune di Castel Mella", "provaglio",
        (
            F("avviso", L, (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici"), "Allegato 1", pdf=True,
              where="record", record="Contributo n. 3/2025"),
            F("accordo", PG, ("Albo pretorio",), "Documento 2 (2024-2026)", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", SE),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-scalve", "comunita-montana", "Comunità Montana di Scalve - servizi sociali associati", "vilminore",
        (
            F("piano-di-zona", L, ("Aree di intervento", "Sociale"), "Triennio 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Assemblea"), "Seduta del 12 marzo", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-valsassina-nord", "comunita-montana", "Comunità Montana Alta Valsassina e Val Muggiasca", "primaluna",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Argomenti", "Politiche sociali"), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 14 - 2024/2026", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-sulzano", "wp-categorie", "Comune di Sulzano", "sulzano",
        (
            F("ufficio-di-piano", L, ("Il Comune", "Vivere il comune", "Sociale e welfare"), "Leggi tutto"),
            F("news", PG, page=3),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-monticelli", "wp-categorie", "Comune di Monticelli Brusati", "pian-camuno",
        (
            F("bando", L, (), "Voucher famiglie 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-barghe", "di-opencity", "Comune di Barghe", "sabbio",
        (
            F("ufficio-di-piano", L, (), "Ambito sociale", where="megamenu"),
            F("piano-di-zona", L, (), "Scarica il documento", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-roe-volciano", "di-opencity", "Comune di Roè Volciano", "idro",
        (
            F("accordo", PG, ("Documenti e dati", "Documenti tecnici di supporto"), "Documento 11 (2024-2026)",
              page=2, pdf=True, where="listing"),
            F("news", SE),
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai alla pagina"),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-muscoline", "di-drupal", "Comune di Muscoline", "villanuova",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 18 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-lodrino", "di-drupal", "Comune di Lodrino", "villanuova",
        (
            F("ufficio-di-piano", L, ("Vivere il comune", "Aree tematiche", "Sociale e welfare"), "Dettagli"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-bovegno", "di-drupal", "Comune di Bovegno", "sovere",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione n. 40/2024"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-solferino", "di-wordpress", "Comune di Solferino", "solferino",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 6 - 2024/2026", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 19", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-ponti", "di-wordpress", "Comune di Ponti sul Mincio", "revere",
        (
            F("ufficio-di-piano", L, ("Vivere il Comune", "Argomenti", "Politiche sociali"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 9/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-godiasco", "wp-italia", "Comune di Godiasco Salice Terme", "salice",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-rivarolo", "wp-italia", "Comune di Rivarolo del Re ed Uniti", "motteggiana",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2024-2026)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-cene", "joomla-sef", "Comune di Cene", "leffe",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Vivere il comune", "Sociale e welfare"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 8 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-parre", "joomla-sef", "Comune di Parre", "ponte-nossa",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-casnigo", "joomla-plain", "Comune di Casnigo", "casazza",
        (
            F("verbale", L, (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico"), "Verbale 2/2025",
              pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-dovera", "halley-zf", "Comune di Dovera", "dovera",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Aree tematiche", "Famiglia e sociale"), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 3 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 2/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-trescore-cremasco", "maggioli", "Comune di Trescore Cremasco", "quinzano",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 61/2024"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-cassolnovo", "old-table", "Comune di Cassolnovo", "cassolnovo",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 2 - 2024/2026", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-aprica", "pdf-only", "Ufficio di Piano dell'Ambito di Aprica", "aprica",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-valseriana", "asc", "Azienda territoriale per i servizi alla persona della Valle di Leffe", "leffe",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 5/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-oltrepo", "plone", "Unione dei Comuni della Valle Staffora - servizi sociali", "salice",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2024/2026", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-valcamonica", "isweb", "Ambito Territoriale di Caccia Valle Camonica Sud", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-adamello", "typo3", "Parco Regionale dell'Adamello - ente", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-leffe", "wp-categorie", "Distretto del Commercio della Val Gandino e Leffe", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-valtrompia", "comunita-montana", "Comunità Montana di Valle Trompia - gruppo antincendio", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-leffe", "di-wordpress", "Istituto Comprensivo di Leffe e Peia", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-consorzio-vacchelli", "joomla-sef", "Consorzio per l'incremento dell'irrigazione - canale Vacchelli",
        None, decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen twenty-third simulated web of tests/simweb23 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
