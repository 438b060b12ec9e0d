"""Sites of the fifth round, written and measured before the rules changed: documents whose link
names only a number, or a number and years, to a file named the same way, where only the section
heading above the list, the page's own title or the years tell what they are; a Halley-style site
whose one URL template spends its cap on other menu entries; an Ufficio di Piano notice on page 7 of
the news, with no search to find it."""

from __future__ import annotations

from .layout import ul
from .round3 import DI_NAV
from .sites import Site, news_list, old_news, slug


def joomla_intestazione_meda() -> Site:
    """Joomla: Servizi alla persona > Area sociale, a page of PDFs under headings: under 'Accordi di
    programma' a 'Documento n. 12' (`doc470.pdf`), after five 'Documento n. N' under 'Modulistica'
    of the same URL template."""
    nav = [
        ("/index.php/il-comune", "Il Comune"),
        ("/index.php/servizi-alla-persona", "Servizi alla persona"),
        ("/index.php/news", "News"),
    ]
    s = Site("Comune di Meda", "joomla", nav, search=None)
    s.page("/", "Home", "<p>Benvenuti nel sito istituzionale.</p>")
    area = "/index.php/servizi-alla-persona/area-sociale"
    s.page(
        "/index.php/servizi-alla-persona",
        "Servizi alla persona",
        ul([(area, "Area sociale"), ("/index.php/servizi-alla-persona/scuola", "Scuola")]),
    )
    forms = [(f"/images/sociale/doc{461 + n}.pdf", f"Documento n. {n}") for n in range(1, 6)]
    s.page(
        area,
        "Area sociale",
        "<h3>Modulistica</h3>"
        + ul(forms)
        + "<h3>Accordi di programma</h3>"
        + ul([("/images/sociale/doc470.pdf", "Documento n. 12"), ("/images/sociale/doc471.pdf", "Documento n. 13")]),
    )
    for h, t in forms:
        s.document(h, t)
    s.document(
        "/images/sociale/doc470.pdf",
        "Accordo di programma per il Piano di Zona 2021-2023 dell'Ambito di Seregno: Meda, Seregno, Giussano",
        fact=True,
    )
    s.document("/images/sociale/doc471.pdf", "Addendum all'accordo")
    return s


def wordpress_anni_cabiate() -> Site:
    """WordPress: 'Servizi sociali' (a link that speaks of planning, so its page is no listing) lists
    PDFs named by their years; the fifth, 'Allegato A - 2025/2027' (`doc470-2025-2027.pdf`), is the plan."""
    nav = [("/il-comune/", "Il Comune"), ("/servizi-sociali/", "Servizi sociali"), ("/notizie/", "Notizie")]
    s = Site("Comune di Cabiate", "wordpress", nav, search=None)
    s.page("/", "Comune di Cabiate", "<p>Benvenuti.</p>")
    up = "/wp-content/uploads/2025/03"
    others = [
        (f"{up}/doc461-2024-2025.pdf", "Tariffe 2024-2025"),
        (f"{up}/doc462-2023-2024.pdf", "Regolamento ISEE 2023-2024"),
        (f"{up}/doc463-2025-2026.pdf", "Graduatoria 2025-2026"),
        (f"{up}/doc464-2024-2025.pdf", "Carta dei servizi 2024-2025"),
    ]
    s.page(
        "/servizi-sociali/",
        "Servizi sociali",
        "<p>Gli uffici ricevono su appuntamento il martedì e il giovedì.</p>"
        + ul([*others, (f"{up}/doc470-2025-2027.pdf", "Allegato A - 2025/2027")]),
    )
    for h, t in others:
        s.document(h, t)
    s.document(
        f"{up}/doc470-2025-2027.pdf",
        "Piano di Zona 2025-2027 - Ambito di Seregno: Cabiate, Meda, Seregno, Barlassina",
        fact=True,
    )
    return s


def halley_cap_nova() -> Site:
    """Halley-style `.asp`: every page is `pagina.asp?id=N`; three menu entries spend the template's
    cap before 'Servizi al cittadino' > 'Sportello sociale' > 'Documenti' > 'Allegato A - 2025/2027'."""
    nav = [
        ("pagina.asp?id=10", "Uffici e orari"),
        ("pagina.asp?id=20", "Amministrazione"),
        ("pagina.asp?id=30", "Contatti"),
        ("pagina.asp?id=40", "Tributi"),
        ("pagina.asp?id=60", "Servizi al cittadino"),
    ]
    s = Site("Comune di Nova Milanese", "table", nav)
    s.page("/", "Benvenuti", "<p>Sito ufficiale del Comune.</p>")
    s.page(
        "/pagina.asp?id=60",
        "Servizi al cittadino",
        ul([("pagina.asp?id=61", "Sportello sociale"), ("pagina.asp?id=65", "Anagrafe")]),
    )
    s.page(
        "/pagina.asp?id=61", "Sportello sociale", "<p>Orari di apertura.</p>" + ul([("pagina.asp?id=62", "Documenti")])
    )
    s.page(
        "/pagina.asp?id=62",
        "Documenti",
        ul([("public/doc470-2025-2027.pdf", "Allegato A - 2025/2027"), ("public/doc12.pdf", "Documento n. 12")]),
    )
    s.document("/public/doc470-2025-2027.pdf", "Piano di Zona 2025-2027 - Ambito di Desio: Nova Milanese", fact=True)
    s.document("/public/doc12.pdf", "Documento")
    for i in (10, 20, 30, 40, 65):
        s.page(f"/pagina.asp?id={i}", "Pagina", ul([(f"pagina.asp?id={i * 10 + k}", f"Voce {k}") for k in range(4)]))
    return s


def designers_novita_cinisello() -> Site:
    """Designers Italia without a working search or sitemap: the Ufficio di Piano's notice is on page
    7 of nine pages of news, each page linking all the others."""
    s = Site("Comune di Cinisello Balsamo", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Cinisello Balsamo", ul([("/novita", "Tutte le novità")]))
    items = old_news("/novita/", 36) + [("/novita/ufficio-di-piano-nuova-sede", "L'Ufficio di Piano cambia sede")]
    items += old_news("/novita/b-", 12)
    news_list(s, "/novita", items, 6, lambda n: f"/novita?page={n}")
    for h, t in items:
        s.page(h, t, f"<p>{t}: notizia del Comune.</p>")
    s.page(
        "/novita/ufficio-di-piano-nuova-sede",
        "L'Ufficio di Piano cambia sede",
        "<p>Dal 1 marzo l'Ufficio di Piano dell'Ambito di Cinisello Balsamo (Cinisello Balsamo, Bresso, "
        "Cologno Monzese, Cusano Milanino) riceve in via Frova 10.</p>",
        fact=True,
    )
    return s


def designers_sitemap_lissone() -> Site:
    """Designers Italia whose sitemap lists its 120 news releases ('comunicato-<subject>-<month>': a weak
    generic word, dated years ago, each its own URL template); the Ufficio di Piano page three clicks
    deep, under Servizi > Servizi sociali."""
    s = Site("Comune di Lissone", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Lissone", ul([("/servizi", "Tutti i servizi")]))
    s.page(
        "/servizi", "Servizi", ul([("/servizi/servizi-sociali", "Servizi sociali"), ("/servizi/anagrafe", "Anagrafe")])
    )
    s.page(
        "/servizi/servizi-sociali",
        "Servizi sociali",
        ul(
            [
                ("/servizi/servizi-sociali/ufficio-di-piano", "Ufficio di Piano"),
                ("/servizi/servizi-sociali/nidi", "Nidi"),
            ]
        ),
    )
    s.page(
        "/servizi/servizi-sociali/ufficio-di-piano",
        "Ufficio di Piano",
        "<p>Lissone fa parte dell'Ambito di Carate Brianza; l'Ufficio di Piano ha sede a Carate Brianza.</p>",
        fact=True,
    )
    months = [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "settembre",
        "ottobre",
        "novembre",
    ]
    releases = [f"/novita/comunicato-{slug(t)}-{m}" for _, t in old_news("/", 12) for m in months]
    s.sitemap["/sitemap.xml"] = [(path, "2019-05-01") for path in releases]
    return s


def wordpress_pdf_pagina_ambito_muggio() -> Site:
    """WordPress: 'Famiglia e minori', a page whose text speaks of the Piano di Zona, lists five PDFs
    named 'Allegato N' of one URL template; the fifth is the accordo."""
    nav = [("/il-comune/", "Il Comune"), ("/famiglia/", "Famiglia e minori"), ("/notizie/", "Notizie")]
    s = Site("Comune di Muggiò", "wordpress", nav, search=None)
    s.page("/", "Comune di Muggiò", "<p>Benvenuti.</p>")
    files = [(f"/wp-content/uploads/2024/05/scheda-{n}.pdf", f"Allegato {n}") for n in range(1, 6)]
    s.page(
        "/famiglia/",
        "Famiglia e minori",
        "<p>Gli interventi per le famiglie seguono il Piano di Zona dell'Ambito di Desio.</p>" + ul(files),
    )
    for h, t in files[:-1]:
        s.document(h, t)
    s.document(files[-1][0], "Accordo di programma, Ambito di Desio: Muggiò, Desio, Nova Milanese", fact=True)
    return s


def wordpress_precedenti_bresso() -> Site:
    """WordPress whose news list links only the next page ('Articoli meno recenti'): the Ufficio di
    Piano's notice is on page 6, six clicks from the home page by that one link."""
    nav = [("/il-comune/", "Il Comune"), ("/notizie/", "Notizie")]
    s = Site("Comune di Bresso", "wordpress", nav, search=None)
    s.page("/", "Comune di Bresso", "<p>Benvenuti.</p>")
    items = old_news("/notizie/", 31) + [("/notizie/ufficio-di-piano-orari", "Ufficio di Piano: i nuovi orari")]
    items += old_news("/notizie/c-", 10)
    pages = [items[i : i + 6] for i in range(0, len(items), 6)]
    for n, chunk in enumerate(pages, 1):
        more = f'<a href="/notizie/page/{n + 1}/">Articoli meno recenti</a>' if n < len(pages) else ""
        s.page("/notizie/" if n == 1 else f"/notizie/page/{n}/", "Notizie", ul(chunk) + f"<nav>{more}</nav>")
    for h, t in items:
        s.page(h, t, f"<p>{t}.</p>")
    s.page(
        "/notizie/ufficio-di-piano-orari",
        "Ufficio di Piano: i nuovi orari",
        "<p>L'Ufficio di Piano dell'Ambito di Cinisello Balsamo (Bresso, Cinisello Balsamo, Cologno Monzese, "
        "Cusano Milanino) riceve il martedì e il giovedì.</p>",
        fact=True,
    )
    return s


def round5_sites() -> list[Site]:
    return [
        joomla_intestazione_meda(),
        wordpress_anni_cabiate(),
        halley_cap_nova(),
        designers_novita_cinisello(),
        designers_sitemap_lissone(),
        wordpress_pdf_pagina_ambito_muggio(),
        wordpress_precedenti_bresso(),
    ]
