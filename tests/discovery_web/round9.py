"""Sites of the ninth round, written and measured before the rules changed, one for each reason the
fourth simulated web (`tests/simweb4/`, used for diagnosis from this round on) still missed a page:

- a news list whose next page is an eZ Publish view parameter, `/novita/notizie/(offset)/8` (OpenCity
  Italia's lists): not known for a pager, so its cards were no list's and page 2 waited in the reserve;
- Atti e pubblicazioni > Bandi: "Bandi" was no word of documents, two generic hops from the home page;
- a comune's Servizi sociali page that lists, among its services, the azienda that runs the ambito, on
  another host: the page names a planning section, not the ambito, and the linked-site rule wanted
  a page that speaks of the ambito;
- a site whose sitemap lists its inner pages, which answer before its slow home page: their footers
  name Amministrazione trasparente one hop further than the home page does, and the first way a link
  was found fixed how far from planning words its page was.
"""

from __future__ import annotations

from .layout import ul
from .round3 import DI_NAV
from .round7 import _articles, _paged
from .round8 import joomla_bandi, wordpress_post_on_page_2
from .sites import AT_SECTIONS, Site, old_news, site_link, slug

AZIENDA_SITE = "Azienda territoriale dei servizi Alta Valle"
JOOMLA_NAV = [
    ("/index.php/il-comune", "Il Comune"),
    ("/index.php/uffici", "Uffici"),
    ("/index.php/servizi", "Servizi"),
    ("/index.php/atti-e-pubblicazioni", "Atti e pubblicazioni"),
    ("/index.php/news", "News"),
]
AT = "/amministrazione-trasparente"


def opencity_notizia_offset_morbegno() -> Site:
    """Designers Italia on OpenCity Italia (eZ Publish): Novità, eight news a page, the next ones under
    `/novita/(offset)/8`; on the second page 'Mercato contadino - 10/2024', whose attachment is
    'Allegato 2025/2027' (`/content/download/612/202504/file/612_2025-2027.pdf`)."""
    s = Site("Comune di Morbegno", "designers", DI_NAV, search=None)
    s.page("/", "Comune di Morbegno", ul([("/novita", "Tutte le novità"), ("/servizi", "Tutti i servizi")]))
    article = ("/novita/mercato-contadino-10-2024", "Mercato contadino - 10/2024")
    items = old_news("/novita/n-", 11) + [article] + old_news("/novita/m-", 20)  # 12th: on page 2
    _paged(s, "/novita", items, 8, lambda n: f"/novita/(offset)/{8 * (n - 1)}", "Novità")
    pdf = "/content/download/612/202504/file/612_2025-2027.pdf"
    _articles(
        s,
        items,
        article,
        f'<p>Il mercato torna in piazza.</p><h2>Allegati</h2><ul><li><a href="{pdf}">Allegato 2025/2027</a></li></ul>',
        (pdf, "Piano di Zona 2025-2027 dell'Ambito di Morbegno: Morbegno, Talamona, Cosio Valtellino"),
    )
    return s


def joomla_bandi_iseo() -> Site:
    """Joomla: Atti e pubblicazioni > Bandi lists notices as PDFs, 'Avviso pubblico 2025'
    (`avviso-2025-2027.pdf`) the ambito's; nothing else of the site speaks of it, and its other sections
    (Albo, Delibere, Regolamenti, Servizi) hold more generic pages than the reserve's floor."""
    s = Site("Comune di Iseo", "joomla", JOOMLA_NAV, search=None)
    s.page("/", "Home", "<p>Benvenuti nel sito istituzionale.</p>")
    sections = ["Albo pretorio", "Delibere", "Determinazioni", "Ordinanze", "Regolamenti", "Bandi", "Concorsi"]
    others = [("bando-mensa-2025", "Bando servizio mensa scolastica 2025"), ("avviso-orti-2025", "Avviso orti 2025")]
    joomla_bandi(
        s, sections, others, 1, "Avviso pubblico: Piano di Zona 2025-2027 dell'Ambito del Sebino, capofila Iseo"
    )
    return s


def table_servizi_sociali_edolo() -> Site:
    """An old site of tables: Servizi sociali lists the comune's services, the last of them the azienda
    that runs the ambito's plan, by its name and on its own host; the page says nothing of the ambito."""
    nav = [
        ("/il-comune.htm", "Il Comune"),
        ("/uffici.htm", "Uffici"),
        ("/servizi-sociali.htm", "Servizi sociali"),
        ("/notizie.htm", "Notizie"),
    ]
    s = Site("Comune di Edolo", "table", nav, search=None)
    s.page("/", "Benvenuti", "<p>Sito ufficiale del Comune.</p>")
    services = [
        ("/servizi-sociali/assistenza-domiciliare.htm", "Assistenza domiciliare"),
        ("/servizi-sociali/pasti-a-domicilio.htm", "Pasti a domicilio"),
        ("/servizi-sociali/trasporto-anziani.htm", "Trasporto anziani"),
        (f"{site_link(AZIENDA_SITE)}/", AZIENDA_SITE),
    ]
    s.page("/servizi-sociali.htm", "Servizi sociali", ul(services))
    for h, t in services[:3]:
        s.page(h, t, "<p>Rivolgersi all'assistente sociale, il martedì dalle 9 alle 12.</p>")
    return s


def azienda_alta_valle_camonica() -> Site:
    """The azienda's own site, reached only from a comune's Servizi sociali page: Chi siamo > Ufficio di
    Piano, and Documenti > 'PdZ 2025-2027'."""
    nav = [("/chi-siamo/", "Chi siamo"), ("/servizi/", "Servizi"), ("/documenti/", "Documenti")]
    nav += [("/trasparenza/", "Trasparenza"), ("/avvisi/", "Avvisi"), ("/contatti/", "Contatti")]
    s = Site(AZIENDA_SITE, "plain", nav, search=None, seed=False)
    s.page("/", AZIENDA_SITE, "<p>Servizi alla persona per i comuni dell'alta valle.</p>")
    s.page("/chi-siamo/", "Chi siamo", ul([("/chi-siamo/ufficio-di-piano/", "Ufficio di Piano")]))
    _ufficio_di_piano(s, "Vallecamonica", "Breno")
    s.page("/documenti/", "Documenti", ul([("/download/77/pdz-2025-2027.pdf", "PdZ 2025-2027")]))
    s.document("/download/77/pdz-2025-2027.pdf", "Piano di Zona 2025-2027 dell'Ambito di Vallecamonica", fact=True)
    return s


SLOW_HOME, SLOW_AT = 1.0, 2.0  # seconds: the sitemap's pages answer meanwhile, then the home page


def designers_home_lenta_teglio() -> Site:
    """Designers Italia: the home page answers `SLOW_HOME` seconds late, and the sitemap lists the
    site's menu sections, whose pages (footer and all) answer first; Amministrazione trasparente, which
    their footers and the home page link, answers later still. Amministrazione trasparente >
    Sovvenzioni, contributi, sussidi, vantaggi economici > 'Pubblicazione n. 3 - 2025'
    (`/content/download/549/202504/file/549_2025-2027.pdf`)."""
    s = Site("Comune di Teglio", "designers", DI_NAV, search=None)
    s.slow["/"], s.slow[AT] = SLOW_HOME, SLOW_AT
    s.page("/", "Comune di Teglio", ul([("/novita", "Tutte le novità"), ("/servizi", "Tutti i servizi")]))
    sovvenzioni = f"{AT}/{slug(AT_SECTIONS[11])}"
    s.page(AT, "Amministrazione trasparente", ul([(f"{AT}/{slug(t)}", t) for t in AT_SECTIONS]))
    pdf = "/content/download/549/202504/file/549_2025-2027.pdf"
    grants = [
        (f"/content/download/{540 + i}/202504/file/{540 + i}_2025.pdf", f"Pubblicazione n. {i} - 2025") for i in (1, 2)
    ]
    s.page(sovvenzioni, AT_SECTIONS[11], ul([*grants, (pdf, "Pubblicazione n. 3 - 2025")]))
    for h, t in grants:
        s.document(h, t)
    s.document(pdf, "Avviso: voucher del Piano di Zona 2025-2027, Ambito di Tirano, capofila Tirano", fact=True)
    sections = [h for h, _ in DI_NAV] + [
        f"{h}/{slug(t)}"
        for h in ("/servizi", "/amministrazione")
        for t in ("Uffici", "Orari di apertura", "Modulistica")
    ]
    s.sitemap["/sitemap.xml"] = [(h, "2025-03-01") for h in sections]
    return s


def azienda_bandi_pg_lodi() -> Site:
    """An azienda speciale's own site (a seed): its Ufficio di Piano and Documenti > the accordo's
    PDF, found first (the site settles); Servizi > Bandi e avvisi, six notices a page under `?pg=N`, the
    ambito's 'Avviso 6/2025' (`avviso-2025-2027.pdf`) on the second page."""
    nav = [("/chi-siamo/", "Chi siamo"), ("/servizi/", "Servizi"), ("/documenti/", "Documenti"), ("/news/", "News")]
    s = Site("Azienda speciale consortile del Lodigiano", "plain", nav, search=None)
    s.page("/", "Azienda speciale consortile del Lodigiano", ul([("/chi-siamo/ufficio-di-piano/", "Ufficio di Piano")]))
    _ufficio_di_piano(s, "Lodi", "Lodi, piazza Broletto 1")
    s.page(
        "/documenti/", "Documenti", ul([("/download/301/accordo-di-programma-2021-2023.pdf", "Accordo di programma")])
    )
    s.document(
        "/download/301/accordo-di-programma-2021-2023.pdf", "Accordo di programma 2021-2023, Ambito di Lodi", True
    )
    s.page(
        "/servizi/",
        "Servizi",
        ul([("/bandi-e-avvisi/", "Bandi e avvisi"), ("/servizi/sad/", "Assistenza domiciliare")]),
    )
    notices = [
        (f"/bandi-e-avvisi/determinazione-n-{200 - i}-del-2024/", f"Determinazione n. {200 - i} del 2024")
        for i in range(6)
    ]
    pdf = "/download/318/avviso-2025-2027.pdf"
    notices += [(pdf, "Avviso 6/2025")] + [
        (f"/bandi-e-avvisi/avviso-{i}-2024/", f"Avviso {i}/2024") for i in range(9, 4, -1)
    ]
    _paged(s, "/bandi-e-avvisi/", notices, 6, lambda n: f"/bandi-e-avvisi/?pg={n}", "Bandi e avvisi")
    for h, t in notices:
        if h != pdf:
            s.page(h, t, "<p>Atto dell'Azienda.</p>")
    s.document(pdf, "Avviso pubblico: voucher del Piano di Zona 2025-2027, Ambito di Lodi", fact=True)
    return s


def wordpress_documento_e_notizia_valfurva() -> Site:
    """WordPress: Servizi sociali > Documenti lists the ambito's notice 'Pubblicazione n. 3 - 2025'
    (a PDF, found first: before, one document settled the site); the plan's PDF hangs under a post on the
    news list's second page, 'Scarica (2025-2027)'."""
    nav = [("/il-comune/", "Il Comune"), ("/servizi-sociali/", "Servizi sociali"), ("/category/notizie/", "Notizie")]
    s = Site("Comune di Valfurva", "wordpress", nav, search=None)
    s.page("/", "Comune di Valfurva", "<p>Benvenuti.</p>")
    notice = "/wp-content/uploads/2025/03/549_2025-2027.pdf"
    s.page("/servizi-sociali/", "Servizi sociali", ul([("/servizi-sociali/documenti/", "Documenti")]))
    s.page("/servizi-sociali/documenti/", "Documenti", ul([(notice, "Pubblicazione n. 3 - 2025")]))
    s.document(notice, "Avviso: voucher dell'Ambito territoriale di Bormio, capofila Bormio", fact=True)
    wordpress_post_on_page_2(s, "Piano di Zona 2025-2027 dell'Ambito di Bormio: Bormio, Valdidentro, Valfurva")
    return s


def joomla_albo_anno_villongo() -> Site:
    """Joomla: Atti e pubblicazioni > Albo, an archive by year (Anno 2021 ... Anno 2025, acts of each);
    under Anno 2022 'Atto n. 33 - 2021/2023' (`/images/documenti/2022/612_2021-2023.pdf`), the accordo of
    the plan in force then. Only the two newest years continue the trail; the older ones waited in the
    reserve behind the site's generic pages."""
    s = Site("Comune di Villongo", "joomla", JOOMLA_NAV, search=None)
    s.page("/", "Home", "<p>Benvenuti nel sito istituzionale.</p>")
    acts = "/index.php/atti-e-pubblicazioni"
    s.page(acts, "Atti e pubblicazioni", ul([(f"{acts}/albo", "Albo"), (f"{acts}/regolamenti", "Regolamenti")]))
    years = list(range(2021, 2026))
    s.page(f"{acts}/albo", "Albo", ul([(f"{acts}/albo/anno-{y}", f"Anno {y}") for y in years]))
    pdf = "/images/documenti/2022/612_2021-2023.pdf"
    for y in years:
        items = [(f"{acts}/albo/anno-{y}/atto-{n}-{y}", f"Atto n. {n}/{y}") for n in range(1, 4)]
        items += [(pdf, "Atto n. 33 - 2021/2023")] if y == 2022 else []
        s.page(f"{acts}/albo/anno-{y}", f"Anno {y}", ul(items))
        for h, t in items[:3]:
            s.page(h, t, "<p>Determinazione del responsabile del servizio tecnico.</p>")
    s.document(pdf, "Accordo di programma del Piano di Zona 2021-2023, Ambito del Basso Sebino, capofila Sarnico", True)
    return s


def _ufficio_di_piano(s: Site, ambito: str, seat: str) -> None:
    """An azienda's page of the Ufficio di Piano it runs for an ambito (a fact page)."""
    text = f"<p>L'Ufficio di Piano dell'Ambito territoriale di {ambito} ha sede a {seat}.</p>"
    s.page("/chi-siamo/ufficio-di-piano/", "Ufficio di Piano", text, fact=True)


def round9_sites() -> list[Site]:
    return [
        opencity_notizia_offset_morbegno(),
        joomla_bandi_iseo(),
        table_servizi_sociali_edolo(),
        azienda_alta_valle_camonica(),
        designers_home_lenta_teglio(),
        azienda_bandi_pg_lodi(),
        wordpress_documento_e_notizia_valfurva(),
        joomla_albo_anno_villongo(),
    ]
