"""The fourth simulated web (issue 19), written from the site specifications below, and its manifest.

Written before it was first scored, by someone who did not read the discovery code, and never shown
to a discovery change before that change has landed: a yardstick of sites no crawler change was tuned
on. It is the third web's machinery (its site writer, read with this web's tables: tests/simweb4/
writer.py) with other sites, ambiti and five new CMS families, two new fact kinds, a sitemap index of
gzipped parts, a sort-order trap, and an ambito's own site that no seed names: it is linked only from
a comune's "Servizi sociali" page. `python -m tests.simweb4.build [--files DIR]` regenerates it and
exits 2 if it differs from the manifest; `--write-manifest` was run once, when the web was written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.simweb.build import digest, regenerate
from tests.simweb2.build import BASE, Site

from .writer import Fact4, SiteWriter

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

L, SM, SE, PG, RB = "links", "sitemap", "search", "pagination", "robots"
AT_POLITICI = ("Amministrazione trasparente", "Provvedimenti", "Provvedimenti organi indirizzo politico")
AT_DIRIGENTI = ("Amministrazione trasparente", "Provvedimenti", "Provvedimenti dirigenti amministrativi")
SOVVENZIONI = ("Amministrazione trasparente", "Sovvenzioni, contributi, sussidi, vantaggi economici")
F = Fact4

# A site no seed names, and the one link to it: site id -> (linking site, via labels, anchor)
LINKED_ONLY_FROM = {"asc-camuna": ("old-pisogne", ("Servizi sociali",), "Azienda territoriale servizi alla persona")}

SITES: tuple[Site, ...] = (
    # Designers Italia comuni model on OpenCity Italia (sitemap index of gzipped parts)
    Site(
        "oc-tirano", "di-opencity", "Comune di Tirano", "tirano",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Scheda"),
            F("piano-di-zona", SM, pdf=True),
        ),
        traps=("sort",),
    ),
    Site(
        "oc-grosio", "di-opencity", "Comune di Grosio", "tirano",
        (
            F("accordo", PG, ("Documenti e dati", "Accordi tra enti"), "Documento n. 12 (2021-2023)", page=2,
              pdf=True, where="listing"),
            F("news", SE),
        ),
        traps=("search-links",),
    ),
    Site(
        "oc-sondalo", "di-opencity", "Comune di Sondalo", "bormio",
        (F("members", L, ("Amministrazione", "Enti e fondazioni"), "Vai alla pagina"), F("news", PG, page=2)),
        decoys=(("neve", ("Vivere il comune",)),),
    ),
    Site(
        "oc-bormio", "di-opencity", "Comune di Bormio", "bormio",
        (
            F("avviso", L, SOVVENZIONI, "Pubblicazione n. 3 - 2025", pdf=True),
            F("ufficio-di-piano", RB, ("Servizi",), "Area operatori"),
            F("piano-di-zona", L, (), "Allegato 2025/2027", page=2, pdf=True, where="article"),
        ),
    ),
    # Designers Italia comuni model on Drupal
    Site(
        "di-menaggio", "di-drupal", "Comune di Menaggio", "menaggio",
        (
            F("delibera", L, ("Albo pretorio", "Archivio storico", "Anno 2024"), "Deliberazione n. 58/2024"),
            F("news", PG, page=3),
        ),
        traps=("facets",),
    ),
    Site(
        "di-dongo", "di-drupal", "Comune di Dongo", "dongo",
        (F("ufficio-di-piano", L, (), "Ufficio di Piano", where="footer"), F("accordo", SM, pdf=True)),
        decoys=(("turismo", ("Vivere il comune",)),),
    ),
    Site(
        "di-olgiate", "di-drupal", "Comune di Olgiate Comasco", "olgiate",
        (F("verbale", L, AT_POLITICI, "Verbale n. 2/2025", pdf=True), F("ufficio-di-piano", SE)),
        traps=("variant",),
    ),
    # Design Comuni Italia theme on WordPress
    Site(
        "diwp-mariano", "di-wordpress", "Comune di Mariano Comense", "mariano",
        (
            F("accordo", L, ("Documenti e dati", "Accordi tra enti"), "Documento n. 21 - 2021/2023", pdf=True),
            F("news", PG, page=2),
        ),
        traps=("calendar",),
    ),
    Site(
        "diwp-arcisate", "di-wordpress", "Comune di Arcisate", "arcisate",
        (
            F("ufficio-di-piano", L, ("Servizi", "Salute, benessere e assistenza"), "Approfondisci",
              where="sidebar"),
            F("piano-di-zona", SM, pdf=True),
        ),
        decoys=(("diritto-studio", ("Documenti e dati",)),),
    ),
    Site(
        "diwp-sesto-calende", "di-wordpress", "Comune di Sesto Calende", "sesto-calende",
        (
            F("delibera", PG, ("Albo online",), "Deliberazione G.C. n. 58", page=3, where="listing"),
            F("news", SE),
        ),
        traps=("search-links",),
    ),
    # WordPress municipal theme with category archives
    Site(
        "wpc-albino", "wp-categorie", "Comune di Albino", "albino",
        (
            F("piano-di-zona", L, ("Amministrazione trasparente", "Bandi di gara e contratti"),
              "Allegato n. 4 (2025-2027)", pdf=True),
            F("news", PG, page=3),
        ),
        traps=("sort",),
    ),
    Site(
        "wpc-clusone", "wp-categorie", "Comune di Clusone", "clusone",
        (
            F("ufficio-di-piano", L, ("Servizi al cittadino", "Servizi sociali"), "Leggi tutto"),
            F("accordo", L, (), "Scarica (2021-2023)", page=2, pdf=True, where="article"),
        ),
        traps=("session-query",),
    ),
    Site(
        "wpc-zogno", "wp-categorie", "Comune di Zogno", "zogno",
        (F("bando", SE), F("piano-di-zona", SM, pdf=True)),
        traps=("variant",),
    ),
    Site(
        "wpc-nembro", "wp-categorie", "Comune di Nembro", "albino",
        (
            F("delibera", L, ("Albo online", "Archivio albo", "Anno 2025"), "Atto n. 141/2025"),
            F("verbale", L, ("Servizi al cittadino",), "Documento 2025", pdf=True, where="sidebar"),
        ),
        decoys=(("pgt", ("Amministrazione trasparente",)),),
    ),
    # WordPress on an "Italia" theme, custom post types documenti and atti
    Site(
        "wpi-lovere", "wp-italia", "Comune di Lovere", "lovere",
        (F("news", PG, page=2), F("accordo", L, ("Atti", "Determine"), "Allegato B (2021-2023)", pdf=True)),
    ),
    Site(
        "wpi-costa-volpino", "wp-italia", "Comune di Costa Volpino", "lovere",
        (F("bando", L, (), "Bando affitti", where="footer"), F("piano-di-zona", SM, pdf=True)),
        traps=("calendar",),
    ),
    # Joomla without friendly URLs
    Site(
        "jp-ponte", "joomla-plain", "Comune di Ponte San Pietro", "ponte",
        (
            F("ufficio-di-piano", L, ("Uffici", "Ufficio servizi sociali"), "Scopri di più"),
            F("accordo", L, ("Atti e pubblicazioni", "Albo", "Anno 2022"), "Atto n. 33 - 2021/2023", pdf=True),
        ),
        traps=("calendar",),
    ),
    Site(
        "jp-sarnico", "joomla-plain", "Comune di Sarnico", "sarnico",
        (
            F("news", SE),
            F("piano-di-zona", L, ("Amministrazione trasparente", "Altri contenuti", "Dati ulteriori"),
              "Allegato 2025-2027", pdf=True),
        ),
    ),
    Site(
        "jp-chiari", "joomla-plain", "Comune di Chiari", "chiari",
        (
            F("news", PG, page=2),
            F("avviso", L, ("Atti e pubblicazioni", "Bandi"), "Avviso pubblico 2025", pdf=True),
            F("bando", PG, ("Atti e pubblicazioni", "Delibere"), "Leggi", page=2, where="listing"),
        ),
        decoys=(("scuola", ("Uffici",)),),
        traps=("search-links",),
    ),
    # Halley portals under the comune's code (no sitemap)
    Site(
        "hz-salo", "halley-zf", "Comune di Salò", "salo",
        (
            F("delibera", L, ("Albo pretorio", "Archivio atti", "Anno 2023"), "Atto n. 77"),
            F("piano-di-zona", L, AT_DIRIGENTI, "Determinazione n. 310 - allegato (2025-2027)", pdf=True),
        ),
        traps=("session-query",),
        sitemap=False,
    ),
    Site(
        "hz-breno", "halley-zf", "Comune di Breno", "breno",
        (
            F("ufficio-di-piano", L, ("Servizi alla persona",), "Leggi tutto"),
            F("accordo", PG, ("Albo pretorio", "Atti in pubblicazione"), "Allegato 2 (2021-2023)", page=2, pdf=True,
              where="listing"),
        ),
        decoys=(("emergenza", ("Il Comune",)),),
        sitemap=False,
    ),
    Site(
        "hz-darfo", "halley-zf", "Comune di Darfo Boario Terme", "breno",
        (F("news", PG, page=3), F("verbale", RB, ("Uffici",), "Documenti interni", pdf=True)),
        sitemap=False,
    ),
    # old table layouts (no sitemap, no search)
    Site(
        "old-pisogne", "old-table", "Comune di Pisogne", "breno",
        (F("accordo", L, ("Documenti", "Piani"), "Doc. n. 7 - 2021/2023", pdf=True), F("news", PG, page=2)),
        sitemap=False,
    ),
    Site(
        "old-ostiglia", "old-table", "Comune di Ostiglia", "ostiglia",
        (
            F("ufficio-di-piano", L, ("Servizi sociali",), "Ufficio di Piano"),
            F("piano-di-zona", L, ("Albo", "Archivio albo", "Anno 2025"), "Pubblicazione n. 188 - 2025/2027",
              pdf=True),
        ),
        traps=("variant",),
        sitemap=False,
    ),
    # Maggioli-like portals
    Site(
        "mag-asola", "maggioli", "Comune di Asola", "asola",
        (
            F("piano-di-zona", L, ("Albo pretorio", "Storico atti", "Anno 2025"), "Atto n. 64/2025", pdf=True),
            F("ufficio-di-piano", SE),
        ),
        traps=("calendar",),
    ),
    Site(
        "mag-broni", "maggioli", "Comune di Broni", "broni",
        (
            F("delibera", L, AT_POLITICI, "Provvedimento n. 58"),
            F("accordo", SM, pdf=True),
            F("bando", RB, ("Servizi",), "Area riservata"),
        ),
    ),
    # ambito sites of an azienda speciale: Plone (gzipped sitemap), their own sites
    Site(
        "plone-sudmilano", "plone", "Azienda speciale consortile Sud Milano", "rozzano",
        (
            F("piano-di-zona", SM, pdf=True),
            F("ufficio-di-piano", L, ("Azienda", "Chi siamo"), "Approfondisci"),
            F("news", PG, page=3),
        ),
    ),
    Site(
        "asc-paullo", "asc", "Azienda speciale consortile del Paullese", "paullo",
        (
            F("accordo", L, ("Trasparenza", "Atti"), "Documento 2021/2023", pdf=True),
            F("avviso", PG, ("Servizi", "Bandi e avvisi"), "Avviso 6/2025", page=2, pdf=True, where="listing"),
            F("ufficio-di-piano", L, ("Chi siamo",), "Leggi"),
        ),
    ),
    Site(
        "asc-camuna", "asc", "Azienda territoriale servizi alla persona - Valle Camonica", "breno",
        (
            F("piano-di-zona", L, ("Documenti",), "PdZ 2025-2027", pdf=True),
            F("verbale", L, ("Chi siamo", "Organi"), "Seduta 2025", pdf=True),
        ),
    ),
    # a PDF-only page of an Ufficio di Piano
    Site(
        "pdf-casteggio", "pdf-only", "Ufficio di Piano dell'Ambito di Casteggio", "casteggio",
        (
            F("piano-di-zona", L, (), "2025-2027", pdf=True),
            F("accordo", L, ("Documenti",), "Allegato 2021/2023", pdf=True),
        ),
        sitemap=False,
    ),
    # decoy sites: nothing here is about an ambito sociale
    Site(
        "decoy-forestale", "old-table", "Consorzio Forestale Alta Valle Camonica", None,
        decoys=(("forestale", ()),), sitemap=False,
    ),
    Site(
        "decoy-parco-oglio", "di-opencity", "Parco Oglio Nord", None,
        decoys=(("parco", ()), ("pgt", ("Documenti e dati",))), traps=("facets",),
    ),
    Site(
        "decoy-polizia-lario", "wp-categorie", "Unione di Polizia Locale dell'Alto Lario", None,
        decoys=(("polizia", ()), ("neve", ("Servizi al cittadino",))),
    ),
    Site(
        "decoy-turismo-lago", "joomla-plain", "Consorzio turistico del Lago di Como", None,
        decoys=(("turismo", ()),), traps=("search-links",),
    ),
    Site(
        "decoy-ic-chiari", "halley-zf", "Istituto Comprensivo Chiari", None,
        decoys=(("scuola", ()), ("diritto-studio", ("Il Comune",))), traps=("calendar",), sitemap=False,
    ),
)  # fmt: skip


def build_web(site_ids: list[str] | None = None) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """Site id -> its pages, and the manifest, for every site or the named ones."""
    about = "the frozen fourth simulated web of tests/simweb4 (README.md); never change it to suit a crawler"
    return assemble(SITES, SiteWriter, LINKED_ONLY_FROM, about, site_ids)


def assemble(
    sites: tuple[Site, ...],
    writer: Callable[[Site], Any],
    linked_only_from: dict[str, tuple[str, tuple[str, ...], str]],
    about: str,
    site_ids: list[str] | None = None,
) -> tuple[dict[str, dict[str, bytes]], dict[str, Any]]:
    """A web of this family of writers (this one and the fifth web's, which reads its own tables with the same
    writer): each site's facts and decoys placed, the sites linked only from another's page linked there, then the
    pages and manifest of every site or the named ones."""
    writers = {spec.id: writer(spec) for spec in sites}
    for spec in sites:
        for fact in spec.facts:
            writers[spec.id].place(fact)
        for key, via in spec.decoys:
            writers[spec.id].place_decoy(key, via)
    linked = {
        site_id: writers[source].link_site(via, anchor, site_id)
        for site_id, (source, via, anchor) in linked_only_from.items()
    }
    files: dict[str, dict[str, bytes]] = {}
    entries = []
    for site_id, site_writer in writers.items():
        if site_ids is None or site_id in site_ids:
            files[site_id], entry = site_writer.render()
            entry.update(pages=len(files[site_id]), digest=digest(files[site_id]))
            entries.append({**entry, "linked_from": linked[site_id]} if site_id in linked else entry)
    return files, {"about": about, "base_url_placeholder": BASE, "sites": entries}


def main(argv: list[str] | None = None) -> int:
    return regenerate(argv, build_web, MANIFEST)


if __name__ == "__main__":
    sys.exit(main())
