"""Sites of the fourth round, written and measured before the rules changed: listings with faceted
filters (every filtered page links every other combination of its filters and sort orders, so the
combinations outnumber any budget), the fact page further down the same documents section; and
documents filed by year ("2025" > an attachment named by its years, five clicks from the home page)."""

from __future__ import annotations

from itertools import product

from .layout import ul
from .round3 import DI_NAV
from .sites import Site, slug

TIPOLOGIE = ["Delibere", "Determine", "Welfare", "Bandi"]
ARGOMENTI = ["Ambiente", "Servizi sociali", "Famiglia", "Politiche sociali", "Sport"]
ORDINI = ["data", "titolo"]


def _facets(site: Site, base: str, title: str, facets: tuple[str, list[str], str, list[str]], docs: str) -> None:
    """A listing at `base` filtered by two facets and sorted two ways: each of its pages links every
    combination, and each combination lists a few of the same ordinary documents."""
    first, firsts, second, seconds = facets

    def link(t: str | None, a: str | None, o: str | None) -> str:
        query = "&".join(f"{k}={slug(v)}" for k, v in ((first, t), (second, a), ("ordina", o)) if v)
        return f"{base}?{query}" if query else base

    combos = list(product([None, *firsts], [None, *seconds], [None, *ORDINI]))
    links = [(link(t, a, o), " – ".join(x for x in (t, a, o and f"per {o}") if x) or "Tutti") for t, a, o in combos]
    menu = '<aside class="filtri">' + ul(links) + "</aside>"
    for (t, _, _), (href, label) in zip(combos, links, strict=True):
        items = [(f"{docs}{slug(t or 'documento')}-{n}", f"{t or 'Documento'} n. {n}") for n in (1, 2)]
        site.page(href, f"{title}: {label}", menu + ul(items))
        for h, t2 in items:
            site.page(h, t2, "<p>Documento dell'ente.</p>")


def designers_filtri_seregno() -> Site:
    """Designers Italia: Amministrazione > Documenti e dati, a listing faceted by tipologia and
    argomento (90 combinations); its section 'Documenti di programmazione' > 'Documento n. 7 -
    2025/2027' > 'Allegato', a PDF whose URL names only its number."""
    s = Site("Comune di Seregno", "designers", DI_NAV, search=("/ricerca", "q"))
    s.page("/", "Comune di Seregno", ul([("/amministrazione", "Amministrazione")]))
    s.page("/amministrazione", "Amministrazione", ul([("/documenti-e-dati", "Documenti e dati")]))
    prog = "/documenti-e-dati/documenti-di-programmazione"
    s.page(
        "/documenti-e-dati",
        "Documenti e dati",
        ul([(prog, "Documenti di programmazione"), ("/documenti-e-dati/elenco", "Tutti i documenti")]),
    )
    facets = ("tipologia", TIPOLOGIE, "argomento", ARGOMENTI)
    _facets(s, "/documenti-e-dati/elenco", "Documenti", facets, "/documenti-e-dati/documento/")
    docs = [(f"{prog}/documento-{n}-2025-2027", f"Documento n. {n} - 2025/2027") for n in range(4, 10)]
    s.page(prog, "Documenti di programmazione", ul(docs))
    for h, t in docs:
        n = h.rsplit("-", 3)[-3]
        s.page(h, t, "<p>Documento approvato.</p>" + ul([(f"/media/documenti/doc-{n}.pdf", "Allegato")]))
        s.document(f"/media/documenti/doc-{n}.pdf", "Documento")
    s.document(
        "/media/documenti/doc-7.pdf",
        "Piano di Zona 2025-2027 dell'Ambito di Seregno: Seregno, Giussano, Meda, Cabiate, Barlassina, "
        "Lentate sul Seveso",
        fact=True,
    )
    return s


def wordpress_filtri_barlassina() -> Site:
    """WordPress: Documenti faceted by categoria and anno through query parameters; the plan's PDF
    hangs under Atti > 'Delibera n. 12 del 2025', named by its years."""
    nav = [("/documenti/", "Documenti"), ("/atti/", "Atti"), ("/notizie/", "Notizie")]
    s = Site("Comune di Barlassina", "wordpress", nav, search=("/", "s"))
    s.page("/", "Comune di Barlassina", "<p>Benvenuti.</p>")
    years = [str(y) for y in range(2021, 2026)]
    _facets(s, "/documenti/", "Documenti", ("categoria", TIPOLOGIE, "anno", years), "/documenti/doc-")
    acts = [(f"/atti/delibera-{n}-2025/", f"Delibera n. {n} del 2025") for n in range(10, 15)]
    s.page("/atti/", "Atti", ul(acts))
    for h, t in acts:
        n = h.split("-")[1]
        s.page(h, t, "<p>Delibera di Giunta.</p>" + ul([(f"/wp-content/uploads/2025/04/all-{n}.pdf", "Allegato")]))
        s.document(f"/wp-content/uploads/2025/04/all-{n}.pdf", "Allegato")
    s.page(
        "/atti/delibera-12-2025/",
        "Delibera n. 12 del 2025",
        "<p>Delibera di Giunta.</p>" + ul([("/wp-content/uploads/2025/04/all-12.pdf", "Allegato (2025-2027)")]),
    )
    s.document(
        "/wp-content/uploads/2025/04/all-12.pdf",
        "Accordo di programma per il Piano di Zona 2025-2027, Ambito di Seregno",
        fact=True,
    )
    return s


def designers_archivio_giussano() -> Site:
    """Designers Italia: Amministrazione > Documenti e dati > Documenti tecnici di supporto > 2025 (its
    archive by year) > 'Allegato – Documento 2025-2027' (a PDF named by its number); each year lists a
    dozen documents."""
    s = Site("Comune di Giussano", "designers", DI_NAV, search=("/ricerca", "q"))
    s.page("/", "Comune di Giussano", ul([("/amministrazione", "Amministrazione")]))
    s.page("/amministrazione", "Amministrazione", ul([("/documenti-e-dati", "Documenti e dati")]))
    tech = "/documenti-e-dati/documenti-tecnici-di-supporto"
    s.page("/documenti-e-dati", "Documenti e dati", ul([(tech, "Documenti tecnici di supporto")]))
    years = [(f"{tech}/archivio/{y}", str(y)) for y in range(2019, 2026)]
    s.page(tech, "Documenti tecnici di supporto", "<p>Archivio per anno:</p>" + ul(years))
    for h, y in years:
        docs = [(f"/media/doc{y}{n:02}.pdf", f"Documento {n} - {y}") for n in range(1, 13)]
        if y == "2025":
            docs.append(("/media/doc812.pdf", "Allegato – Documento 2025-2027"))
        s.page(h, f"Documenti {y}", ul(docs))
        for d, t in docs:
            s.document(d, f"Documento tecnico {t}")
    s.document(
        "/media/doc812.pdf",
        "Piano di Zona 2025-2027 - Ambito di Carate Brianza: Giussano, Carate Brianza, Verano Brianza, Briosco",
        fact=True,
    )
    return s


def round4_sites() -> list[Site]:
    return [designers_filtri_seregno(), wordpress_filtri_barlassina(), designers_archivio_giussano()]
