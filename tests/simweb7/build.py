"""The seventh simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the sixth web's machinery (its site writer, read with this web's tables: tests/simweb7/
writer.py) with other sites and ambiti, other mixes of the sixth web's quirks and three more
(`megafooter`, `table`, `buttons`), three ambito sites on another host that only a comune's page links
(an azienda sociale, a comunità montana, an unione of comuni), and social pages in a comune's "Sociale"
sub-section. `python -m tests.simweb7.build [--files DIR]` regenerates it and exits 2 if it differs
from the manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact7, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact7

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-valsanmartino": (
        "wpc-calolzio", ("Servizi al cittadino", "Servizi sociali"), "Servizi sociali associati della Comunità Montana",
    ),
    "asc-altomilanese": (
        "di-cuggiono", ("Servizi", "Salute, benessere e assistenza"), "Ente gestore dei servizi sociali",
    ),
    "plone-bassopavese": ("jp-linarolo", ("Uffici", "Servizi sociali"), "Unione dei Comuni - servizi sociali"),
}  # fmt: skip

# How each site serves its pages (tests/simweb7/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-brugherio": ("megafooter", "moved"),
    "t3-rodano": ("table", "www"),
    "t3-vedano": ("buttons", "download"),
    "isw-binasco": ("table", "soft404"),
    "isw-robbio": ("megamenu", "moved"),
    "isw-zelo": ("onclick", "www"),
    "cm-imagna": ("base", "soft404"),
    "wpc-calolzio": ("megamenu",),
    "wpc-fara": ("buttons", "moved"),
    "oc-cusago": ("relative",),
    "oc-villa-carcina": ("download", "www"),
    "di-arese": ("megafooter", "onclick"),
    "di-sanvittore": ("table", "relative"),
    "di-cuggiono": ("megamenu", "www"),
    "diwp-desenzano": ("buttons", "moved"),
    "diwp-medole": ("megafooter", "download"),
    "wpi-annicco": ("table", "base"),
    "wpi-grumello": ("megamenu", "relative"),
    "jsef-giussano": ("soft404", "www"),
    "jsef-bovisio": ("megafooter", "base"),
    "jp-linarolo": ("onclick", "moved"),
    "hz-laveno": ("table", "download"),
    "mag-cassano-magnago": ("buttons", "soft404"),
    "old-appiano": ("relative",),
    "plone-bassopavese": ("megamenu",),
    "decoy-parco-lambro": ("megamenu",),
    "decoy-cm-vallesabbia": ("megafooter", "soft404"),
    "decoy-ic-soresina": ("buttons",),
    "decoy-bonifica-villoresi": ("www",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-brugherio", "typo3", "Comune di Brugherio", "cologno",
        (
            F("ufficio-di-piano", L, ("Servizi", "Servizi sociali", "Programmazione sociale"), "Scheda"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("archive",),
    ),
    Site(
        "t3-rodano", "typo3", "Comune di Rodano", "segrate",
        (F("news", PG, page=2), F("bando", SE)),
        traps=("variant",),
    ),
    Site(
        "t3-vedano", "typo3", "Comune di Vedano al Lambro", "lissone",
        (
            F("accordo", L, ("Documenti", "Vedi tutti"), "Documento n. 5 - 2021/2023", pdf=True),
            F("regolamento", L, ("Servizi", "Sociale", "Documenti del sociale"), "Allegato 2025", pdf=True),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-binasco", "isweb", "Comune di Binasco", "binasco",
        (
            F("piano-di-zona", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2025-2027", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-robbio", "isweb", "Comune di Robbio", "robbio",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Atto n. 31/2024"),
            F("news", PG, page=3),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    Site(
        "isw-zelo", "isweb", "Comune di Zelo Buon Persico", "zelo",
        (
            F("avviso", L, SOVVENZIONI, "Allegato n. 2", pdf=True, where="record", record="Contributo n. 14/2025"),
            F("accordo", PG, ("Albo pretorio",), "Documento 3 (2021-2023)", page=3, pdf=True, where="listing"),
        ),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-valsanmartino", "comunita-montana",
        "Comunità Montana Lario Orientale e Valle San Martino - servizi alla persona", "calolziocorte",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Programmazione zonale"), "PdZ 2025/2027", pdf=True),
            F("verbale", L, ("Atti", "Delibere"), "Verbale 3/2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-imagna", "comunita-montana", "Comunità Montana Valle Imagna", "almenno",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2022"), "Atto 9 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Area operatori"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-calolzio", "wp-categorie", "Comune di Calolziocorte", "calolziocorte",
        (F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"), F("news", PG, page=3)),
        traps=("sort",),
    ),
    Site(
        "wpc-fara", "wp-categorie", "Comune di Fara Gera d'Adda", "caravaggio",
        (
            F("bando", L, (), "Contributi affitto 2025", where="footer"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-cusago", "di-opencity", "Comune di Cusago", "cesano-boscone",
        (
            F("ufficio-di-piano", L, (), "Ambito territoriale", where="megamenu"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    Site(
        "oc-villa-carcina", "di-opencity", "Comune di Villa Carcina", "lumezzane",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 7 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("facets",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-arese", "di-drupal", "Comune di Arese", "arese",
        (
            F("avviso", L, ("Documenti e dati", "Documenti albo pretorio"), "Pubblicazione n. 44 - 2025", pdf=True),
            F("news", PG, page=3),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-sanvittore", "di-drupal", "Comune di San Vittore Olona", "parabiago",
        (
            F("ufficio-di-piano", L, (), "Piano di zona e ambito", where="footer"),
            F("accordo", SM, pdf=True),
            F("verbale", RB, ("Servizi",), "Area riservata", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-cuggiono", "di-drupal", "Comune di Cuggiono", "cuggiono",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Deliberazione n. 12/2025"),
            F("news", PG, page=2),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-desenzano", "di-wordpress", "Comune di Desenzano del Garda", "desenzano",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento 4 - 2021/2023", pdf=True),
            F("delibera", PG, ("Albo online",), "Deliberazione n. 88", page=2, where="listing"),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-medole", "di-wordpress", "Comune di Medole", "castiglione",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai al servizio"),
            F("piano-di-zona", SM, pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 4/2025"),
        ),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-annicco", "wp-italia", "Comune di Annicco", "soresina",
        (
            F("news", PG, page=3),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        decoys=(("diritto-studio", ("Documenti",)),),
        traps=("calendar",),
    ),
    Site(
        "wpi-grumello", "wp-italia", "Comune di Grumello Cremonese ed Uniti", "pizzighettone",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato C (2021-2023)", pdf=True),
            F("bando", L, ("Il Comune",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        traps=("archive",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-giussano", "joomla-sef", "Comune di Giussano", "giussano",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Servizi sociali"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 19 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-bovisio", "joomla-sef", "Comune di Bovisio-Masciago", "cesano-maderno",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("avviso", RB, ("Uffici e servizi",), "Documenti riservati", pdf=True),
        ),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-linarolo", "joomla-plain", "Comune di Linarolo", "belgioioso",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-laveno", "halley-zf", "Comune di Laveno-Mombello", "laveno",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("piano-di-zona", L, (AT, "Bandi di gara e contratti"), "Allegato n. 6 (2025-2027)", pdf=True,
              where="record", record="Procedura n. 7/2025"),
        ),
        decoys=(("pgt", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-cassano-magnago", "maggioli", "Comune di Cassano Magnago", "cassano-magnago",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2023"), "Atto n. 52/2023"),
            F("ufficio-di-piano", SE),
        ),
        decoys=(("neve", ("Il Comune",)),),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-appiano", "old-table", "Comune di Appiano Gentile", "appiano",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 3 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-ponte", "pdf-only", "Ufficio di Piano dell'Ambito di Ponte in Valtellina", "ponte-valtellina",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("regolamento", L, ("Documenti",), "Allegato 2025", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda sociale and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-altomilanese", "asc", "Azienda sociale consortile dell'Alto Milanese Ovest", "cuggiono",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 3/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-bassopavese", "plone", "Unione dei Comuni del Basso Pavese - servizi sociali associati", "belgioioso",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-cremona", "isweb", "Ambito Territoriale di Caccia Cremona Nord", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-lambro", "typo3", "Parco Regionale della Valle del Lambro", None,
        decoys=(("parco", ()), ("pgt", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-lissone", "wp-categorie", "Distretto Urbano del Commercio di Lissone", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-vallesabbia", "comunita-montana", "Comunità Montana Valle Sabbia - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-soresina", "di-wordpress", "Istituto Comprensivo di Soresina", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-villoresi", "joomla-sef", "Consorzio di bonifica Est Ticino Villoresi - comprensorio", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen seventh simulated web of tests/simweb7 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
