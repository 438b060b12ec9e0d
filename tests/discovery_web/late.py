"""Two sites written after the rules were tuned on the others and measured once before any change
to the rules: 3 of 4 fact pages (Corbetta's page found only by its search was missed, because the
first version of this file also gave it the Designers Italia layout, whose search form points
elsewhere: fixed here, in the site, not in the rules). They stay in the dev web."""

from __future__ import annotations

from .layout import ul
from .sites import Site, news_list, old_news, slug


def drupal_corbetta() -> Site:
    """A Drupal site under /it/ with its own search field name; the accordo is an 'Allegato' of an
    Albo act whose text names it; an ambito page under 'Vivere il comune > Sociale e salute'."""
    nav = [
        ("/it/amministrazione", "Amministrazione"),
        ("/it/servizi", "Servizi"),
        ("/it/novita", "Novità"),
        ("/it/vivere-il-comune", "Vivere il comune"),
        ("/it/albo-online", "Albo online"),
    ]
    s = Site("Comune di Corbetta", "plain", nav, search=("/it/search", "search_api_fulltext"))
    form = '<form action="/it/search" method="get"><input type="search" name="search_api_fulltext"></form>'
    s.page("/", "Comune di Corbetta", form + "<p>Benvenuti.</p>")
    s.page(
        "/it/vivere-il-comune",
        "Vivere il comune",
        ul(
            [
                ("/it/vivere-il-comune/cultura", "Cultura"),
                ("/it/vivere-il-comune/sociale-e-salute", "Sociale e salute"),
                ("/it/vivere-il-comune/sport", "Sport"),
            ]
        ),
    )
    s.page(
        "/it/vivere-il-comune/sociale-e-salute",
        "Sociale e salute",
        ul(
            [
                ("/it/page/consultorio", "Consultorio familiare"),
                ("/it/page/rete-territoriale", "La rete territoriale"),
                ("/it/page/centro-anziani", "Centro anziani"),
            ]
        ),
    )
    s.page(
        "/it/page/rete-territoriale",
        "La rete territoriale",
        "<p>Corbetta appartiene all'ambito territoriale del Magentino: 13 comuni, capofila Magenta.</p>",
        fact=True,
    )
    acts = [
        (f"/it/albo-online/atto/{900 + i}", t)
        for i, t in enumerate(
            ["Avviso di gara", "Determina n. 44", "Ordinanza viabilità", "Delibera C.C. n. 12/2024", "Matrimonio"]
        )
    ]
    news_list(s, "/it/albo-online", acts, 3, lambda n: f"/it/albo-online?page={n - 1}", "<p>Atto.</p>")
    s.page(
        acts[3][0],
        acts[3][1],
        "<p>Approvazione del nuovo accordo di programma per il Piano di Zona.</p>"
        + ul([("/sites/default/files/2024-03/delibera_cc_12_2024.pdf", "Allegato")]),
        fact=True,
    )
    s.document("/sites/default/files/2024-03/delibera_cc_12_2024.pdf", "Accordo di programma Magentino", fact=True)
    return s


def big_sitemap_gorgonzola() -> Site:
    """A site whose sitemap lists 80 pages: the Ufficio di Piano page only there, under a path that
    names it; robots.txt keeps the crawl out of a reserved area linked from the home page."""
    nav = [("/comune", "Il comune"), ("/uffici", "Uffici"), ("/notizie", "Notizie")]
    s = Site("Comune di Gorgonzola", "plain", nav, robots="User-agent: *\nDisallow: /area-riservata/\n")
    s.page("/", "Comune di Gorgonzola", ul([("/area-riservata/verbali-assemblea-sindaci", "Verbali dell'Assemblea")]))
    s.forbidden.add("/area-riservata/verbali-assemblea-sindaci")
    s.page("/area-riservata/verbali-assemblea-sindaci", "Verbali", "<p>Ambito di Melzo.</p>")
    s.page(
        "/uffici/sportelli/ufficio-di-piano-ambito",
        "Ufficio di Piano",
        "<p>Gorgonzola è nell'Ambito di Melzo; Ufficio di Piano a Melzo.</p>",
        fact=True,
    )
    pages = [(f"/notizie/{slug(t)}", "2025-02-01") for _, t in old_news("/", 40)]
    pages += [(f"/comune/pagina-{i}", "2020-01-01") for i in range(39)]
    pages.insert(50, ("/uffici/sportelli/ufficio-di-piano-ambito", "2025-06-01"))
    s.sitemap["/sitemap.xml"] = pages
    return s


def late_sites() -> list[Site]:
    return [drupal_corbetta(), big_sitemap_gorgonzola()]
