"""Sites of the seventh round, written and measured before the rules changed: a news article's
attachment on the news list's second or third page, the article's title and card saying nothing of
planning; PDFs named only by a number and years three or four clicks deep under the sub-trees of
Amministrazione trasparente (Sovvenzioni > Atti di concessione; Provvedimenti > Provvedimenti organi
indirizzo politico, a list in pages; Bandi di gara e contratti; Altri contenuti > Dati ulteriori)."""

from __future__ import annotations

from html import escape

from .layout import ul
from .round3 import DI_NAV
from .sites import AT_SECTIONS, Site, old_news, site_link, slug

AT = "/amministrazione-trasparente"
FILES = "/sites/default/files"


def _cards(items: list[tuple[str, str]], label: str = "Comunicato") -> str:
    """News cards as Designers Italia and the Italia WordPress themes print them: a category, a date,
    the title, a summary and 'Leggi di più'."""
    return "".join(
        f'<div class="card"><span class="category">{label}</span><span class="data">{10 + i % 18} marzo 2025</span>'
        f'<h3 class="card-title"><a href="{h}">{escape(t)}</a></h3><p>Avviso alla cittadinanza.</p>'
        f'<a class="read-more" href="{h}">Leggi di più</a></div>'
        for i, (h, t) in enumerate(items)
    )


def _paged(s: Site, first: str, items: list[tuple[str, str]], per: int, url, title: str, label: str = "") -> None:
    """A listing in pages, each linking every page and the next one; `url(n)` is page n's (from 1)."""
    pages = [items[i : i + per] for i in range(0, len(items), per)]
    for n, chunk in enumerate(pages, 1):
        pager = " ".join(f'<a href="{url(k)}">{k}</a>' for k in range(1, len(pages) + 1) if k != n)
        if n < len(pages):
            pager += f' <a class="next" href="{url(n + 1)}">Pagina successiva</a>'
        body = _cards(chunk, label) if label else ul(chunk)
        s.page(first if n == 1 else url(n), title, f'{body}<nav class="pagination">{pager}</nav>')


def designers_notizia_pagina3_dalmine() -> Site:
    """Designers Italia on Drupal: Novità > Notizie, a list of forty cards in five pages (`?page=N` from
    0); on the third, 'Nuove opportunità per le famiglie del territorio', whose attachment is 'Allegato
    (2025-2027)' (`/sites/default/files/2025-03/allegato_2025-2027.pdf`)."""
    s = Site("Comune di Dalmine", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Dalmine", ul([("/novita", "Tutte le novità")]))
    s.page(
        "/novita",
        "Novità",
        ul([("/novita/notizie", "Notizie"), ("/novita/comunicati", "Comunicati"), ("/novita/eventi", "Eventi")]),
    )
    article = ("/novita/notizie/nuove-opportunita-per-le-famiglie-del-territorio", "Nuove opportunità per le famiglie")
    items = old_news("/novita/notizie/", 19) + [article] + old_news("/novita/notizie/b-", 20)
    _paged(s, "/novita/notizie", items, 8, lambda n: f"/novita/notizie?page={n - 1}", "Notizie", "Notizia")
    pdf = f"{FILES}/2025-03/allegato_2025-2027.pdf"
    _articles(
        s,
        items,
        article,
        "<p>Il Consiglio comunale ha approvato il documento che guiderà gli interventi dei prossimi tre anni.</p>"
        f'<h2>Documenti</h2><div class="card"><a href="{pdf}">Allegato (2025-2027)</a> <small>PDF 812 kB</small></div>',
        (pdf, "Piano di Zona 2025-2027 dell'Ambito di Dalmine: Dalmine, Treviolo, Osio Sotto"),
    )
    return s


def _articles(
    s: Site, items: list[tuple[str, str]], article: tuple[str, str], body: str, fact: tuple[str, str]
) -> None:
    """The pages of a list's articles; `article` says `body`, which links the fact's document."""
    for h, t in items:
        s.page(h, t, f"<p>{escape(t)}: notizia del Comune.</p>")
    s.page(*article, body)
    s.document(*fact, fact=True)


def wordpress_notizia_pagina2_chiari() -> Site:
    """WordPress: Notizie (`/category/notizie/`, ten posts a page, `/category/notizie/page/N/`); on the
    second page a post 'Un nuovo percorso condiviso con i comuni vicini' (`/2023/05/12/.../`) ends with
    'Scarica l'allegato (2021-2023)' (`/wp-content/uploads/2023/05/2021-2023.pdf`)."""
    nav = [("/il-comune/", "Il Comune"), ("/category/notizie/", "Notizie"), ("/servizi/", "Servizi")]
    s = Site("Comune di Chiari", "wordpress", nav, search=None)
    s.page("/", "Comune di Chiari", "<p>Benvenuti.</p>")
    post = ("/2023/05/12/un-nuovo-percorso-condiviso/", "Un nuovo percorso condiviso con i comuni vicini")
    items = [(f"/2025/0{1 + i % 9}/{10 + i}/{slug(t)}/", t) for i, (_, t) in enumerate(old_news("/", 14))]
    items += [post] + [(f"/2023/0{1 + i % 9}/{10 + i}/{slug(t)}-b/", t) for i, (_, t) in enumerate(old_news("/", 25))]
    _paged(s, "/category/notizie/", items, 10, lambda n: f"/category/notizie/page/{n}/", "Notizie", "Notizie")
    pdf = "/wp-content/uploads/2023/05/2021-2023.pdf"
    _articles(
        s,
        items,
        post,
        "<p>La Giunta ha approvato il documento condiviso con i comuni vicini.</p>"
        f'<p><a href="{pdf}">Scarica l\'allegato (2021-2023)</a></p>',
        (pdf, "Piano di Zona 2021-2023 dell'Ambito Oglio Ovest: Chiari, Rovato, Castrezzato"),
    )
    return s


def _transparency(s: Site) -> None:
    s.page("/", s.name, ul([("/novita", "Tutte le novità")]))
    s.page(AT, "Amministrazione trasparente", ul([(f"{AT}/{slug(t)}", t) for t in AT_SECTIONS]))


def designers_atti_concessione_lumezzane() -> Site:
    """Designers Italia: Amministrazione trasparente > Sovvenzioni, contributi, sussidi, vantaggi
    economici > Atti di concessione, a list of acts as PDFs 'Atto n. N - 2025'; 'Atto n. 14 - 2025/2027'
    (`14_2025-2027.pdf`) is the ambito's."""
    s = Site("Comune di Lumezzane", "designers", DI_NAV, search=None)
    _transparency(s)
    grants = f"{AT}/sovvenzioni-contributi-sussidi-vantaggi-economici"
    s.page(
        grants,
        "Sovvenzioni, contributi, sussidi, vantaggi economici",
        ul(
            [
                (f"{grants}/criteri-e-modalita", "Criteri e modalità"),
                (f"{grants}/atti-di-concessione", "Atti di concessione"),
            ]
        ),
    )
    s.page(f"{grants}/criteri-e-modalita", "Criteri e modalità", "<p>Regolamento per la concessione.</p>")
    acts = [(f"{FILES}/atti/{n}_2025.pdf", f"Atto n. {n} - 2025") for n in range(6, 14)]
    acts.insert(5, (f"{FILES}/atti/14_2025-2027.pdf", "Atto n. 14 - 2025/2027"))
    s.page(f"{grants}/atti-di-concessione", "Atti di concessione", ul(acts))
    for h, t in acts:
        s.document(h, f"Concessione di contributo: {t}")
    s.document(
        f"{FILES}/atti/14_2025-2027.pdf",
        "Piano di Zona 2025-2027 dell'Ambito Valle Trompia: voucher per la famiglia; Lumezzane, Gardone Val Trompia",
        fact=True,
    )
    return s


def designers_provvedimenti_pagine_gallarate() -> Site:
    """Designers Italia: Amministrazione trasparente > Provvedimenti > Provvedimenti organi indirizzo
    politico, thirty acts ten a page (`?page=N`); on the second page 'Deliberazione n. 47/2024', whose
    page lists 'Allegato 2 – 2024-2026'."""
    s = Site("Comune di Gallarate", "designers", DI_NAV, search=None)
    _transparency(s)
    prov = f"{AT}/provvedimenti"
    organi = f"{prov}/provvedimenti-organi-indirizzo-politico"
    s.page(
        prov,
        "Provvedimenti",
        ul([(organi, "Provvedimenti organi indirizzo politico"), (f"{prov}/dirigenti", "Provvedimenti dirigenti")]),
    )
    acts = [(f"{organi}/deliberazione-{n}-2024", f"Deliberazione n. {n}/2024") for n in range(58, 28, -1)]
    _paged(s, organi, acts, 10, lambda n: f"{organi}?page={n - 1}", "Provvedimenti organi indirizzo politico")
    for h, t in acts:
        s.page(h, t, f"<p>{t}: deliberazione della Giunta comunale.</p>")
    s.page(
        f"{organi}/deliberazione-47-2024",
        "Deliberazione n. 47/2024",
        "<p>Deliberazione della Giunta comunale. Allegati:</p>"
        + ul(
            [
                (f"{FILES}/delibere/47_all1.pdf", "Allegato 1 – 2024"),
                (f"{FILES}/delibere/47_all2.pdf", "Allegato 2 – 2024-2026"),
            ]
        ),
    )
    s.document(f"{FILES}/delibere/47_all1.pdf", "Relazione")
    s.document(
        f"{FILES}/delibere/47_all2.pdf",
        "Accordo di programma del Piano di Zona 2024-2026, Ambito di Gallarate: Gallarate, Cassano Magnago",
        fact=True,
    )
    return s


def designers_bandi_gara_codogno() -> Site:
    """Designers Italia: Amministrazione trasparente > Bandi di gara e contratti > Atti delle
    amministrazioni aggiudicatrici > 'Procedura n. 3/2025' > 'Documento 2025-2027', the ambito's
    tender for its services, among procedures for roads and schools."""
    s = Site("Comune di Codogno", "designers", DI_NAV, search=None)
    _transparency(s)
    gare = f"{AT}/bandi-di-gara-e-contratti"
    atti = f"{gare}/atti-delle-amministrazioni-aggiudicatrici"
    s.page(
        gare,
        "Bandi di gara e contratti",
        ul(
            [
                (f"{gare}/informazioni-sulle-singole-procedure", "Informazioni sulle singole procedure"),
                (atti, "Atti delle amministrazioni aggiudicatrici"),
            ]
        ),
    )
    procs = [(f"{atti}/procedura-{n}-2025", f"Procedura n. {n}/2025") for n in range(1, 9)]
    s.page(atti, "Atti delle amministrazioni aggiudicatrici", ul(procs))
    for h, t in procs:
        s.page(h, t, f"<p>{t}: manutenzione.</p>" + ul([(f"{FILES}/gare/{slug(t)}.pdf", "Capitolato 2025")]))
        s.document(f"{FILES}/gare/{slug(t)}.pdf", "Capitolato")
    s.page(
        f"{atti}/procedura-3-2025",
        "Procedura n. 3/2025",
        "<p>Procedura aperta per l'affidamento di servizi.</p>"
        + ul(
            [(f"{FILES}/gare/proc3_2025-2027.pdf", "Documento 2025-2027"), (f"{FILES}/gare/proc3_bando.pdf", "Bando")]
        ),
    )
    s.document(f"{FILES}/gare/proc3_bando.pdf", "Bando")
    s.document(
        f"{FILES}/gare/proc3_2025-2027.pdf",
        "Capitolato dei servizi del Piano di Zona 2025-2027, Ambito di Lodi: Codogno, Casalpusterlengo, Lodi",
        fact=True,
    )
    return s


def designers_dati_ulteriori_crema() -> Site:
    """Designers Italia: Amministrazione trasparente > Altri contenuti > Dati ulteriori > a list of
    'Documento n. N - YYYY'; 'Documento n. 5 - 2025/2027' is the accordo."""
    s = Site("Comune di Crema", "designers", DI_NAV, search=None)
    _transparency(s)
    altri = f"{AT}/altri-contenuti"
    s.page(
        altri,
        "Altri contenuti",
        ul(
            [
                (f"{altri}/prevenzione-della-corruzione", "Prevenzione della corruzione"),
                (f"{altri}/accesso-civico", "Accesso civico"),
                (f"{altri}/dati-ulteriori", "Dati ulteriori"),
            ]
        ),
    )
    docs = [(f"{FILES}/dati/{n}.pdf", f"Documento n. {n} - 2024") for n in range(1, 9) if n != 5]
    docs.insert(4, (f"{FILES}/dati/5_2025-2027.pdf", "Documento n. 5 - 2025/2027"))
    s.page(f"{altri}/dati-ulteriori", "Dati ulteriori", ul(docs))
    for h, t in docs:
        s.document(h, t)
    s.document(
        f"{FILES}/dati/5_2025-2027.pdf",
        "Accordo di programma del Piano di Zona 2025-2027, Ambito Cremasco: Crema, Offanengo, Pandino",
        fact=True,
    )
    return s


# --- CMS families the dev web had few of ------------------------------------------------------------


def maggioli_albo_anno_ostiglia() -> Site:
    """A Maggioli/Halley portal (`/zf/index.php/...`): Albo pretorio > Archivio, by year (`?anno=2025`,
    a year per link, no month or day) > 'Atto n. 215/2025' (a detail page `dettaglio/id/N`) > 'Allegato
    2025/2027', served from `download/id/N/` with no `.pdf` in its URL."""
    zf = "/zf/index.php"
    nav = [
        (f"{zf}/trasparenza/index/index", "Amministrazione trasparente"),
        (f"{zf}/albo-pretorio/index/index", "Albo pretorio"),
        (f"{zf}/servizi-aggiuntivi/index/index/idtesto/1", "Il Comune"),
        (f"{zf}/servizi-aggiuntivi/index/index/idtesto/2", "Uffici"),
    ]
    s = Site("Comune di Ostiglia", "table", nav, search=None)
    s.page("/", "Benvenuti", "<p>Portale istituzionale.</p>")
    albo = f"{zf}/albo-pretorio"
    current = [(f"{albo}/dettaglio/id/{5100 + n}", f"Avviso n. {n}/2026") for n in range(1, 6)]
    s.page(f"{albo}/index/index", "Albo pretorio", ul(current) + ul([(f"{albo}/archivio", "Archivio atti")]))
    s.page(
        f"{albo}/archivio", "Archivio atti", ul([(f"{albo}/archivio?anno={y}", str(y)) for y in range(2026, 2018, -1)])
    )
    for y in range(2026, 2018, -1):
        acts = [(f"{albo}/dettaglio/id/{y * 10 + n}", f"Atto n. {200 + n}/{y}") for n in range(1, 9)]
        s.page(f"{albo}/archivio?anno={y}", f"Archivio {y}", ul(acts))
        for h, t in acts:
            s.page(h, t, f"<p>{t}: pubblicazione.</p>")
    download = f"{zf}/atti-amministrativi/index/download/id/881/"
    s.page(
        f"{albo}/dettaglio/id/20255",
        "Atto n. 205/2025",
        "<p>Deliberazione della Giunta comunale. Allegati:</p>" + ul([(download, "Allegato 2025/2027")]),
    )
    s.document(download, "Piano di Zona 2025-2027 dell'Ambito di Ostiglia: Ostiglia, Sermide e Felonica", fact=True)
    for i in (1, 2):
        s.page(f"{zf}/servizi-aggiuntivi/index/index/idtesto/{i}", "Pagina", "<p>Informazioni.</p>")
    return s


def joomla_non_sef_casalmaggiore() -> Site:
    """Joomla without friendly URLs: every page `index.php?option=com_content&view=...&id=N&Itemid=M`
    (one URL template); Servizi > 'Servizi alla persona' (a category) > 'Documento n. 12 - 2025/2027'
    (an article) > 'Scarica' (`images/documenti/doc12.pdf`); the menus' categories first."""

    def cat(n: int, item: int) -> str:
        return f"/index.php?option=com_content&view=category&id={n}&Itemid={item}"

    def art(n: int, item: int) -> str:
        return f"/index.php?option=com_content&view=article&id={n}&Itemid={item}"

    nav = [
        (cat(8, 101), "Il Comune"),
        (cat(9, 102), "Uffici"),
        (cat(10, 103), "Territorio"),
        (cat(11, 104), "Eventi"),
        (cat(12, 105), "Servizi"),
        (cat(13, 106), "Notizie"),
    ]
    s = Site("Comune di Casalmaggiore", "joomla", nav, search=None)
    s.page("/", "Home", "<p>Benvenuti nel sito del Comune.</p>")
    for n, item in ((8, 101), (9, 102), (10, 103), (11, 104), (13, 106)):
        s.page(cat(n, item), "Categoria", ul([(art(n * 10 + k, item), f"Articolo {k}") for k in range(5)]))
    s.page(cat(12, 105), "Servizi", ul([(cat(21, 105), "Servizi alla persona"), (cat(22, 105), "Tributi")]))
    docs = [(art(300 + n, 105), f"Documento n. {n} - 2025") for n in range(8, 15) if n != 12]
    docs.insert(3, (art(312, 105), "Documento n. 12 - 2025/2027"))
    s.page(cat(21, 105), "Servizi alla persona", ul(docs))
    for h, t in docs:
        s.page(h, t, f"<p>{t}.</p>" + ul([(f"images/documenti/doc{h.split('id=')[1][:3]}.pdf", "Scarica")]))
        s.document(f"/images/documenti/doc{h.split('id=')[1][:3]}.pdf", "Documento")
    s.document(
        "/images/documenti/doc312.pdf",
        "Accordo di programma del Piano di Zona 2025-2027, Ambito di Casalmaggiore: Casalmaggiore, Viadana",
        fact=True,
    )
    return s


def designers_documenti_cards_treviolo() -> Site:
    """Designers Italia on Drupal: Amministrazione > Documenti e dati, cards of documents in pages
    (`?page=N` from 0, nine a page); on the third, 'Allegato tecnico n. 4 (2025-2027)', a card leading
    to the document's page and its file."""
    s = Site("Comune di Treviolo", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Treviolo", ul([("/amministrazione", "Amministrazione")]))
    s.page("/amministrazione", "Amministrazione", ul([("/amministrazione/documenti-e-dati", "Documenti e dati")]))
    base = "/amministrazione/documenti-e-dati"
    kinds = ["Modulo", "Regolamento", "Tariffe", "Graduatoria", "Istruzioni", "Informativa"]
    docs = [(f"{base}/documento-{n}", f"{kinds[n % len(kinds)]} n. {n}") for n in range(1, 26)]
    docs.insert(20, (f"{base}/allegato-tecnico-4", "Allegato tecnico n. 4 (2025-2027)"))
    _paged(s, base, docs, 9, lambda n: f"{base}?page={n - 1}", "Documenti e dati", "Documento")
    for h, t in docs:
        s.page(h, t, f"<p>{t}.</p>" + ul([(f"{FILES}/{h.rsplit('/', 1)[1]}.pdf", "Scarica il file")]))
        s.document(f"{FILES}/{h.rsplit('/', 1)[1]}.pdf", t)
    s.document(
        f"{FILES}/allegato-tecnico-4.pdf",
        "Piano di Zona 2025-2027 dell'Ambito di Dalmine, allegato tecnico: Treviolo, Dalmine",
        fact=True,
    )
    return s


def splash_casalpusterlengo() -> Site:
    """A home page that is a splash without a menu (a logo and 'Entra nel sito', a JavaScript
    redirect); the site is under `/portale/`, its Ufficio di Piano page under Servizi > Servizi sociali."""
    nav = [("/portale/servizi", "Servizi"), ("/portale/novita", "Novità"), ("/portale/comune", "Il Comune")]
    s = Site("Comune di Casalpusterlengo", "designers", nav, search=None)
    s.pages["/"] = (
        "<!doctype html><html><head><title>Comune di Casalpusterlengo</title>"
        "<script>window.location.href='/portale/';</script></head><body>"
        '<img src="/logo.png" alt="Stemma"><p><a href="/portale/">Entra nel sito</a></p></body></html>'
    )
    s.page("/portale/", "Comune di Casalpusterlengo", "<p>Benvenuti.</p>")
    s.page("/portale/servizi", "Servizi", ul([("/portale/servizi/servizi-sociali", "Servizi sociali")]))
    s.page(
        "/portale/servizi/servizi-sociali",
        "Servizi sociali",
        "<p>Casalpusterlengo fa parte dell'Ambito di Lodi; l'Ufficio di Piano ha sede a Lodi, piazza Broletto 1.</p>",
        fact=True,
    )
    return s


AZIENDA = "Azienda Territoriale per i Servizi alla Persona"


def wordpress_azienda_rovato() -> Site:
    """WordPress: Servizi > Servizi sociali says the comune is in the Ambito Oglio Ovest, whose plan an
    azienda speciale runs, and links the azienda's own site (another host, no seed of the crawl)."""
    nav = [("/il-comune/", "Il Comune"), ("/servizi/", "Servizi"), ("/notizie/", "Notizie")]
    s = Site("Comune di Rovato", "wordpress", nav, search=None)
    s.page("/", "Comune di Rovato", "<p>Benvenuti.</p>")
    s.page(
        "/servizi/", "Servizi", ul([("/servizi/servizi-sociali/", "Servizi sociali"), ("/servizi/scuola/", "Scuola")])
    )
    s.page(
        "/servizi/servizi-sociali/",
        "Servizi sociali",
        "<p>Rovato fa parte dell'Ambito territoriale Oglio Ovest. Il Piano di Zona e i servizi dell'ambito sono "
        f'gestiti dall\'<a href="{site_link(AZIENDA)}/">{AZIENDA}</a>, di cui il Comune è socio.</p>',
        fact=True,
    )
    return s


def azienda_oglio_ovest() -> Site:
    """The azienda speciale's own site, reached only from a comune's page: Ufficio di Piano (its
    contacts) and Documenti > the Piano di Zona's PDF."""
    nav = [
        ("/chi-siamo.html", "Chi siamo"),
        ("/ufficio-di-piano.html", "Ufficio di Piano"),
        ("/documenti.html", "Documenti"),
    ]
    s = Site(AZIENDA, "plain", nav, search=None, seed=False)
    s.page("/", AZIENDA, "<p>Azienda speciale consortile dei comuni dell'Ovest bresciano.</p>")
    s.page("/chi-siamo.html", "Chi siamo", "<p>Nata nel 2008.</p>")
    s.page(
        "/ufficio-di-piano.html",
        "Ufficio di Piano",
        "<p>L'Ufficio di Piano dell'Ambito Oglio Ovest ha sede a Chiari, via Cavalli 6; capofila Chiari.</p>",
        fact=True,
    )
    s.page("/documenti.html", "Documenti", ul([("/doc/pdz-2025-2027.pdf", "Piano di Zona 2025-2027")]))
    s.document("/doc/pdz-2025-2027.pdf", "Piano di Zona 2025-2027 dell'Ambito Oglio Ovest: Chiari, Rovato", fact=True)
    return s


def round7_sites() -> list[Site]:
    return [
        designers_notizia_pagina3_dalmine(),
        wordpress_notizia_pagina2_chiari(),
        designers_atti_concessione_lumezzane(),
        designers_provvedimenti_pagine_gallarate(),
        designers_bandi_gara_codogno(),
        designers_dati_ulteriori_crema(),
        maggioli_albo_anno_ostiglia(),
        joomla_non_sef_casalmaggiore(),
        designers_documenti_cards_treviolo(),
        splash_casalpusterlengo(),
        wordpress_azienda_rovato(),
        azienda_oglio_ovest(),
    ]
