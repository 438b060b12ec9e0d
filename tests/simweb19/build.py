"""The nineteenth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the seventh web's machinery (its site writer, read with this web's tables: tests/simweb19/
writer.py) with other sites and ambiti, and the facts where real sites keep them: a "Servizi sociali"
area, the Ufficio di Piano reached from "Organizzazione > Uffici", Piani di zona under "Documenti e dati",
records of Amministrazione trasparente, albo archives by year and paged albo listings, a catalogue of
"Servizi", and a third of the sites keeping their facts 3-4 clicks deep behind generic words ("Vivere il
comune", "Aree tematiche", "Argomenti", "Sociale e welfare"). `python -m tests.simweb19.build [--files DIR]`
regenerates it and exits 2 if it differs from the manifest; `--write-manifest` was run once, when the web
was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.simweb.build import regenerate
from tests.simweb2.build import Site
from tests.simweb4.build import assemble

from .writer import Fact19, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT = "Amministrazione trasparente"
AT_POLITICI = (AT, "Provvedimenti", "Provvedimenti organi indirizzo politico")
SOVVENZIONI = (AT, "Sovvenzioni, contributi, sussidi, vantaggi economici")
GARE = (AT, "Bandi di gara e contratti")
F = Fact19

# Sites no seed names, and the one link to each: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {
    "cm-altolario": (
        "wpc-sorico", ("Servizi al cittadino", "Servizi sociali"), "Servizi sociali d'ambito - Comunità Montana",
    ),
    "asc-lambrosud": (
        "di-carpiano", ("Servizi", "Salute, benessere e assistenza"), "Azienda consortile per i servizi alla persona",
    ),
    "plone-oltrepo": ("jp-santa-giuletta", ("Uffici", "Servizi sociali"), "Servizi sociali dell'Unione"),
}  # fmt: skip

# How each site serves its pages (tests/simweb7/writer.py QUIRKS); a site not named has none.
QUIRKS: dict[str, tuple[str, ...]] = {
    "t3-mediglia": ("megamenu", "download"),
    "t3-basiglio": ("buttons", "www"),
    "isw-casarile": ("table", "moved"),
    "isw-besate": ("megafooter", "soft404"),
    "isw-zavattarello": ("onclick",),
    "cm-altolario": ("download",),
    "cm-sanpellegrino": ("relative", "soft404"),
    "wpc-sorico": ("megafooter", "www"),
    "wpc-ozzero": ("table", "download"),
    "oc-boffalora": ("buttons", "moved"),
    "oc-gardone": ("megamenu", "relative"),
    "di-marcallo": ("table", "base"),
    "di-vanzaghello": ("onclick", "download"),
    "di-carpiano": ("megamenu", "moved"),
    "diwp-gargnano": ("buttons", "base"),
    "diwp-poggio": ("megafooter", "moved"),
    "wpi-spinadesco": ("megamenu", "soft404"),
    "wpi-montodine": ("table", "www"),
    "jsef-barzio": ("buttons", "download"),
    "jsef-gornate": ("megafooter", "relative"),
    "jp-santa-giuletta": ("moved", "base"),
    "hz-cuasso": ("megamenu", "www"),
    "mag-sermide": ("table", "soft404"),
    "old-campodolcino": ("base",),
    "asc-lambrosud": ("megafooter",),
    "plone-oltrepo": ("relative", "moved"),
    "decoy-atc-oltrepo": ("table",),
    "decoy-parco-campodeifiori": ("megafooter",),
    "decoy-cm-valtrompia": ("megamenu", "soft404"),
    "decoy-ic-gargnano": ("buttons",),
}

SITES: tuple[Site, ...] = (
    # TYPO3 with the news extension
    Site(
        "t3-mediglia", "typo3", "Comune di Mediglia", "mediglia",
        (
            F("ufficio-di-piano", L, ("Servizi", "Sociale e welfare", "Ufficio di Piano"), "Approfondisci"),
            F("piano-di-zona", L, ("Documenti", "Piani e programmi"), "Documento 2025-2027", pdf=True),
            F("news", SM),
        ),
        decoys=(("cimiteriale", ("Documenti",)),),
        traps=("archive",),
    ),
    Site(
        "t3-basiglio", "typo3", "Comune di Basiglio", "basiglio",
        (F("news", PG, page=3), F("accordo", SE, pdf=True)),
        traps=("variant",),
    ),
    Site(
        "t3-aicurzio", "typo3", "Comune di Aicurzio", "aicurzio",
        (
            F("regolamento", L, ("Servizi", "Argomenti", "Sociale e welfare"), "Regolamento 2025",
              pdf=True),
            F("ufficio-di-piano", L, (), "Ambito sociale", where="footer"),
        ),
    ),
    # ISWEB-like portals (no sitemap)
    Site(
        "isw-casarile", "isweb", "Comune di Casarile", "casarile",
        (
            F("piano-di-zona", L, GARE, "Allegato n. 3 (2025-2027)", pdf=True, where="record",
              record="Affidamento n. 11/2025"),
            F("news", PG, page=2),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "isw-besate", "isweb", "Comune di Besate", "besate",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2025"), "Atto n. 27/2025"),
            F("ufficio-di-piano", SE),
        ),
        sitemap=False,
    ),
    Site(
        "isw-zavattarello", "isweb", "Comune di Zavattarello", "zavattarello",
        (
            F("avviso", PG, ("Albo pretorio",), "Pubblicazione 2025/118", page=3, pdf=True, where="listing"),
            F("accordo", L, (AT, "Altri contenuti", "Dati ulteriori"), "Documento 2021/2023", pdf=True),
        ),
        traps=("archive",),
        sitemap=False,
    ),
    # Joomla 3 sites of a comunità montana
    Site(
        "cm-altolario", "comunita-montana", "Comunità Montana Alto Lario Occidentale - ufficio di piano", "gera-lario",
        (
            F("piano-di-zona", L, ("Servizi alla persona", "Piano di zona"), "Testo 2025-2027", pdf=True),
            F("verbale", L, ("Atti", "Assemblea dei sindaci"), "Verbale n. 2 - 2025", pdf=True),
            F("news", SM),
        ),
    ),
    Site(
        "cm-sanpellegrino", "comunita-montana", "Comunità Montana Valle Brembana - area servizi alla persona",
        "san-pellegrino",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Aree tematiche", "Sociale e welfare"), "Scopri"),
            F("accordo", L, ("Atti", "Albo", "Anno 2023"), "Atto 14 - 2021/2023", pdf=True),
            F("bando", RB, ("Servizi alla persona",), "Riservato ai comuni"),
        ),
        traps=("calendar",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-sorico", "wp-categorie", "Comune di Sorico", "gera-lario",
        (
            F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Continua a leggere"),
            F("news", PG, page=2),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-ozzero", "wp-categorie", "Comune di Ozzero", "ozzero",
        (
            F("bando", L, ("Il Comune", "Vivere il comune", "Sociale e welfare"), "Contributi famiglie 2025"),
            F("piano-di-zona", SM, pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # Designers Italia comuni model on OpenCity Italia
    Site(
        "oc-boffalora", "di-opencity", "Comune di Boffalora sopra Ticino", "boffalora",
        (
            F("piano-di-zona", PG, ("Documenti e dati", "Documenti tecnici di supporto"), "Allegato (2025-2027)",
              page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, (), "Ufficio di Piano", where="megamenu"),
        ),
        traps=("facets",),
    ),
    Site(
        "oc-gardone", "di-opencity", "Comune di Gardone Riviera", "gardone-riviera",
        (
            F("news", SE),
            F("accordo", L, (), "Scarica l'allegato 2021-2023", page=2, pdf=True, where="article"),
        ),
        traps=("tags",),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-marcallo", "di-drupal", "Comune di Marcallo con Casone", "marcallo",
        (
            F("ufficio-di-piano", L, ("Amministrazione", "Organizzazione", "Uffici"), "Ufficio di Piano"),
            F("piano-di-zona", L, ("Documenti e dati", "Documenti di programmazione"), "Documento n. 6 - 2025/2027",
              pdf=True),
            F("news", PG, page=2),
        ),
        decoys=(("traffico", ("Vivere il comune",)),),
        traps=("archive",),
    ),
    Site(
        "di-vanzaghello", "di-drupal", "Comune di Vanzaghello", "vanzaghello",
        (
            F("delibera", L, ("Vivere il comune", "Aree tematiche", "Sociale e welfare"), "Deliberazione n. 40/2025"),
            F("verbale", SM, pdf=True),
            F("avviso", RB, ("Servizi",), "Area riservata agli enti", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "di-carpiano", "di-drupal", "Comune di Carpiano", "carpiano",
        (
            F("accordo", L, ("Albo pretorio", "Archivio storico", "Anno 2022"), "Pubblicazione n. 301/2022", pdf=True),
            F("news", PG, page=3),
        ),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-gargnano", "di-wordpress", "Comune di Gargnano", "gargnano",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Vai alla scheda"),
            F("delibera", PG, ("Albo online",), "Delibera di Giunta n. 71", page=2, where="listing"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("search-links",),
    ),
    Site(
        "diwp-poggio", "di-wordpress", "Comune di Poggio Rusco", "poggio-rusco",
        (
            F("accordo", L, ("Vivere il Comune", "Argomenti", "Sociale e welfare"), "Documento 2 - 2021/2023",
              pdf=True),
            F("verbale", L, (AT, "Altri contenuti"), "Allegato", pdf=True, where="record",
              record="Dato ulteriore n. 9/2025"),
        ),
        decoys=(("pgt", ("Documenti e dati",)),),
    ),
    # WordPress on an "Italia" theme
    Site(
        "wpi-spinadesco", "wp-italia", "Comune di Spinadesco", "spinadesco",
        (
            F("news", PG, page=2),
            F("piano-di-zona", L, ("Il Comune", "Argomenti", "Sociale e welfare"), "Piano 2025-2027", pdf=True),
            F("bando", SE),
        ),
        traps=("calendar",),
    ),
    Site(
        "wpi-montodine", "wp-italia", "Comune di Montodine", "montodine",
        (
            F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True),
            F("ufficio-di-piano", L, ("Uffici",), "Scopri di più", where="sidebar"),
            F("news", SE),
        ),
        decoys=(("diritto-studio", ("Atti",)),),
        traps=("tags",),
    ),
    # Joomla with friendly URLs
    Site(
        "jsef-barzio", "joomla-sef", "Comune di Barzio", "barzio",
        (
            F("ufficio-di-piano", L, ("Uffici e servizi", "Aree tematiche", "Sociale e welfare"), "Leggi tutto"),
            F("piano-di-zona", L, ("Atti e documenti", "Archivio atti", "Anno 2025"), "Atto n. 7 - 2025/2027",
              pdf=True),
        ),
        traps=("session-query",),
    ),
    Site(
        "jsef-gornate", "joomla-sef", "Comune di Gornate Olona", "gornate",
        (
            F("news", SE),
            F("accordo", SM, pdf=True),
            F("regolamento", RB, ("Uffici e servizi",), "Documenti per gli uffici", pdf=True),
        ),
        decoys=(("neve", ("Uffici e servizi",)),),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-santa-giuletta", "joomla-plain", "Comune di Santa Giuletta", "santa-giuletta",
        (F("verbale", L, AT_POLITICI, "Verbale 2025", pdf=True), F("news", PG, page=2)),
    ),
    # a Halley portal under the comune's code (no sitemap)
    Site(
        "hz-cuasso", "halley-zf", "Comune di Cuasso al Monte", "cuasso",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona", "Aree tematiche"), "Leggi tutto"),
            F("avviso", L, SOVVENZIONI, "Allegato n. 1", pdf=True, where="record", record="Contributo n. 5/2025"),
        ),
        decoys=(("cave", ("Il Comune",)),),
        traps=("tags",),
        sitemap=False,
    ),
    # a Maggioli-like portal
    Site(
        "mag-sermide", "maggioli", "Comune di Sermide e Felonica", "sermide",
        (
            F("delibera", L, ("Albo pretorio", "Storico atti", "Anno 2024"), "Atto n. 63/2024"),
            F("ufficio-di-piano", SE),
        ),
    ),
    # an old table layout (no sitemap, no search)
    Site(
        "old-campodolcino", "old-table", "Comune di Campodolcino", "campodolcino",
        (
            F("accordo", L, ("Documenti", "Piani"), "Doc. 8 - 2021/2023", pdf=True),
            F("ufficio-di-piano", L, ("Il Comune", "Argomenti", "Sociale e welfare"), "Ufficio di Piano di zona"),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-ospedaletto", "pdf-only", "Ufficio di Piano dell'Ambito di Ospedaletto Lodigiano", "ospedaletto",
        (
            F("piano-di-zona", L, (), "2025/2027", pdf=True),
            F("accordo", L, ("Documenti",), "Allegato 2021", pdf=True),
        ),
        sitemap=False,
    ),
    # ambito sites of an azienda consortile and of an unione of comuni (Plone, gzipped sitemap): their own hosts
    Site(
        "asc-lambrosud", "asc", "Azienda consortile dei servizi alla persona del Lambro Sud", "san-zenone",
        (
            F("regolamento", L, ("Documenti",), "Documento 2025", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 6/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "plone-oltrepo", "plone", "Unione dei Comuni Colli dell'Oltrepò - servizi sociali associati", "santa-giuletta",
        (
            F("piano-di-zona", SM, pdf=True),
            F("accordo", L, ("Ufficio di Piano", "Programmazione"), "Documento 2021/2023", pdf=True),
            F("news", PG, page=2),
        ),
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-atc-oltrepo", "isweb", "Ambito Territoriale di Caccia Oltrepò Pavese Sud", None,
        decoys=(("caccia", ()),), traps=("search-links",), sitemap=False,
    ),
    Site(
        "decoy-parco-campodeifiori", "typo3", "Parco Regionale Campo dei Fiori - ente gestore", None,
        decoys=(("parco", ()), ("forestale", ("Documenti",))), traps=("tags",),
    ),
    Site(
        "decoy-commercio-naviglio", "wp-categorie", "Distretto del Commercio Naviglio Grande Ovest", None,
        decoys=(("commercio", ()),), traps=("sort",),
    ),
    Site(
        "decoy-cm-valtrompia", "comunita-montana", "Comunità Montana Valle Trompia - protezione civile", None,
        decoys=(("emergenza", ()), ("neve", ("Aree di intervento",))), traps=("calendar",),
    ),
    Site(
        "decoy-ic-gargnano", "di-wordpress", "Istituto Comprensivo di Gargnano", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Servizi",))),
    ),
    Site(
        "decoy-bonifica-mincio", "joomla-sef", "Consorzio di bonifica Territori del Mincio - comprensorio", None,
        decoys=(("bonifica", ()), ("traffico", ("Uffici e servizi",))),
    ),
)  # fmt: skip


def writer(site: Site) -> SiteWriter:
    return SiteWriter(site, QUIRKS.get(site.id, ()))


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen nineteenth simulated web of tests/simweb19 (README.md); never change it to suit a crawler"
    return assemble(SITES, writer, LINKED_ONLY_FROM, about, site_ids)


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
