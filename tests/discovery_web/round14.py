"""Sites of the fourteenth round, written and measured before the rules changed.

One for each reason the ninth simulated web (a diagnosis web from this round on) missed pages, on other
comuni with markup of their own:

- a portal whose links are no `<a>`: its Servizi page jumps to its sections with a `<select onchange>`
  ("Famiglia e persona", the social area under a name of its own), its Albo pretorio lists the acts of a
  year through a GET form whose action and default values (hidden `sezione`, the selected year) give the
  list, whose second page is linked only by the head's `<link rel="next">`, and its Uffici page is an image
  map whose `<area>` is named by its `alt` alone;
- a comune whose documents page links an "Indice degli allegati" PDF, whose link annotations lead to the
  accordo (the PDF's only way in), and whose sitemap lists the plan's PDF, linked by no page;
- a comune with Italian and German twins (`/it/`, `/de/`, hreflang both ways, the sitemap listing both),
  whose facts sit under Vivere > Sociale: the German twins spoke of the ambito too, and the site settled
  on them;
- a comune whose Servizi page ends with the site of the azienda consortile that runs its social services,
  on another host no seed names.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from fpdf import FPDF

from .layout import Links, ul
from .sites import Site, site_link

AZIENDA = "Azienda Consortile Servizi alla Persona della Bassa Bresciana"
INDEX_PDF = "/documenti/indice-degli-allegati-2025.pdf"
ACCORDO_PDF = "/allegati/2025/4471.pdf"
PLAN_MAP = "/allegati/2025/4472.pdf"
SITEMAP_PDF = "/allegati/2025/4473.pdf"
ACT_PAGE = "/c017067/zf/index.php/servizi-aggiuntivi/index/index/idtesto/"
FILLERS = ("Orari", "Modulistica", "Tariffe", "Referenti", "Sportello", "Graduatorie", "Iscrizioni", "Avvisi")


def _section(n: int) -> str:
    return f"/c017067/hh/index.php?jvs=0&acc=1&id_sezione={n}"


def _fillers(s: Site, under: str, first: int) -> Links:
    """A section's generic pages, each one more `idtesto` of the portal."""
    links = [(f"{ACT_PAGE}{first + k}", f"{t} - {under}") for k, t in enumerate(FILLERS)]
    for h, t in links:
        s.page(h, t, f"<p>{escape(t)}: orari e uffici competenti.</p>")
    return links


def halley_senza_ancore_erbusco() -> Site:
    """Links no `<a>` holds: Servizi's select menu, the Albo's form for 2025 and the head's next page of its
    results, Uffici's image map; an Ufficio di Piano, a verbale and the accordo behind them."""
    nav = [(_section(3), "Amministrazione"), (_section(12), "Albo pretorio"), (_section(21), "Servizi")]
    nav += [(_section(30), "Uffici")]
    s = Site("Comune di Erbusco", "table", nav, search=None)
    s.page("/", "Comune di Erbusco", "<p>Sito istituzionale del Comune.</p>")
    s.page(_section(3), "Amministrazione", ul(_fillers(s, "Amministrazione", 100)))
    # Servizi: a select menu of its sections, the social area among them
    options = [(_section(41), "Tributi"), (_section(42), "Famiglia e persona"), (_section(43), "Scuola")]
    select = "".join(f'<option value="{escape(h)}">{escape(t)}</option>' for h, t in options)
    menu = (
        '<label>Vai alla sezione <select onchange="location.href=this.value">'
        f'<option value="">Scegli</option>{select}</select></label>'
    )
    s.page(_section(21), "Servizi", ul(_fillers(s, "Servizi", 110)) + menu)
    for k, (h, t) in enumerate(options):
        s.page(h, t, ul(_fillers(s, t, 120 + 10 * k)))
    udp = f"{ACT_PAGE}70"
    family = _fillers(s, "Famiglia", 150) + [(udp, "Ufficio di Piano")]
    s.page(_section(42), "Famiglia e persona", ul(family))
    s.page(udp, "Ufficio di Piano", "<p>L'Ufficio di Piano dell'Ambito territoriale di Franciacorta.</p>", fact=True)
    # Albo pretorio: a form whose defaults list the acts of 2025 (as a browser sends it, the empty subject
    # too); their second page only in the head
    results = "/c017067/hh/index.php?sezione=atti&anno=2025&oggetto="
    years = "".join(
        f'<option value="{y}"{" selected" if y == 2025 else ""}>{y}</option>' for y in range(2025, 2020, -1)
    )
    form = (
        '<form method="get" action="/c017067/hh/index.php"><fieldset><legend>Atti e documenti</legend>'
        f'<input type="hidden" name="sezione" value="atti"><label>Anno <select name="anno">{years}</select></label>'
        '<label>Oggetto <input type="text" name="oggetto"></label><button type="submit">Cerca</button>'
        "</fieldset></form>"
    )
    s.page(_section(12), "Albo pretorio", ul(_fillers(s, "Albo", 160)) + form)
    acts = [(f"{ACT_PAGE}{200 + n}", f"Determina n. {n}/2025 - servizio tecnico") for n in range(1, 11)]
    for h, t in acts:
        s.page(h, t, "<p>Determina del servizio tecnico.</p>")
    accordo = "/c017067/allegati/1069.pdf"
    s.page(results, "Atti e documenti 2025", ul(acts + [(accordo, "Allegato n. 3 - 2021/2023")]))
    s.document(accordo, "Accordo di programma 2021-2023, Ambito territoriale di Franciacorta", fact=True)
    page2 = f"{results}&page=2"
    s.pages[results] = s.pages[results].replace("</head>", f'<link rel="next" href="{escape(page2)}"></head>', 1)
    verbale = f"{ACT_PAGE}251"
    s.page(page2, "Atti e documenti 2025 - pagina 2", ul([(verbale, "Atto n. 51")]))
    s.page(verbale, "Atto n. 51", "<p>Verbale dell'Assemblea dei Sindaci dell'Ambito di Franciacorta.</p>", fact=True)
    # Uffici: an image map, each area named by its alt
    areas = [(f"{ACT_PAGE}{300 + k}", t) for k, t in enumerate(("Tecnico", "Anagrafe", "Servizi sociali"))]
    tags = "".join(
        f'<area shape="rect" coords="{10 + 60 * k},10,{60 + 60 * k},60" href="{escape(h)}" alt="{escape(t)}">'
        for k, (h, t) in enumerate(areas)
    )
    image = f'<img src="/img/uffici.png" usemap="#uffici" alt="Uffici"><map name="uffici">{tags}</map>'
    s.page(_section(30), "Uffici", image)
    for h, t in areas[:2]:
        s.page(h, t, "<p>Orari dell'ufficio.</p>")
    social = "<p>L'ufficio servizi sociali del Comune, capofila dell'Ambito territoriale di Franciacorta.</p>"
    s.page(areas[2][0], "Servizi sociali", social, fact=True)
    return s


def _index_pdf(links: Links) -> bytes:
    """An "Indice degli allegati": each attachment's name and address, linked by an annotation (an address
    from the site's root: the PDF cannot know the port it is served from)."""
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_creation_date(datetime(2025, 3, 1, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "INDICE DEGLI ALLEGATI 2025", new_x="LMARGIN", new_y="NEXT")
    for href, text in links:
        pdf.multi_cell(0, 6, f"{text}: {href}", new_x="LMARGIN", new_y="NEXT", link=href)
    return bytes(pdf.output())


def indice_pdf_ospitaletto() -> Site:
    """Documenti > "Indice degli allegati 2025" (a PDF) > annotation "Allegato A - Accordo"; the plan's PDF is in
    the sitemap only."""
    nav = [("/documenti/", "Documenti"), ("/notizie/", "Notizie"), ("/servizi/", "Servizi")]
    s = Site("Comune di Ospitaletto", "plain", nav, search=None)
    s.page("/", "Comune di Ospitaletto", "<p>Benvenuti.</p>")
    docs: Links = [(INDEX_PDF, "Indice degli allegati 2025 (PDF)"), ("/documenti/modulistica/", "Modulistica")]
    s.page("/documenti/", "Documenti", ul(docs))
    s.pages[INDEX_PDF] = _index_pdf([(ACCORDO_PDF, "Allegato A - Accordo"), (PLAN_MAP, "Allegato B - Planimetria")])
    s.document(ACCORDO_PDF, "Accordo di programma 2025-2027, Ambito territoriale di Ospitaletto", fact=True)
    s.document(PLAN_MAP, "Planimetria")
    s.document(SITEMAP_PDF, "Piano di Zona 2021-2023 dell'Ambito territoriale di Ospitaletto", fact=True)
    pages = [(p, "2025-01-10") for p in ("/", "/documenti/", "/notizie/", "/servizi/")]
    # forty records of documents, each worth more than a bare file: the sitemap's PDF waited behind them
    records = [(f"/documenti/allegato-{n}/", f"Allegato {n}") for n in range(40)]
    pages += [(h, "2025-01-10") for h, _ in records]
    s.sitemap = {"/sitemap.xml": pages + [(SITEMAP_PDF, "2021-06-01")]}  # an old plan: no recent lastmod
    for n in range(40):
        s.page(records[n][0], records[n][1], "<p>Allegato a una determina del servizio tecnico.</p>")
    s.page("/servizi/", "Servizi", "<p>I servizi del Comune.</p>")
    return s


def _twin(lang: str, title: str, body: str, it: str, de: str, nav: Links) -> str:
    """A page of a site with Italian and German twins: its language, its alternates, its menu."""
    alternates = f'<link rel="alternate" hreflang="it" href="{it}"><link rel="alternate" hreflang="de" href="{de}">'
    menu = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in nav)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>{alternates}'
        f'</head><body><nav class="menu"><ul>{menu}</ul></nav><main><h1>{escape(title)}</h1>{body}</main></body></html>'
    )


def bilingue_bellagio() -> Site:
    """`/it/` and `/de/` twins; Vivere > Sociale holds the Ufficio di Piano and the regolamento d'ambito (PDF);
    the German twins of both name the Ufficio di Piano too."""
    s = Site("Comune di Bellagio", "plain", [], search=None)
    choose = '<a href="/it/">Italiano</a> <a href="/de/">Deutsch</a>'
    s.pages["/"] = f"<!doctype html><html><head><title>Bellagio</title></head><body>{choose}</body></html>"
    sections = ["vivere", "amministrazione", "documenti", "turismo", "eventi", "territorio"]
    it_nav = [(f"/it/{x}/", x.capitalize()) for x in sections]
    de_nav = [(f"/de/{x}/", x.capitalize()) for x in sections]
    udp, reg = "/it/vivere/sociale/ufficio-di-piano/", "/fileadmin/sociale/regolamento-di-ambito.pdf"
    vivere: Links = [("/it/vivere/sociale/", "Sociale"), ("/it/vivere/sport/", "Sport")]
    children = {"vivere": vivere + [("/it/vivere/cultura/", "Cultura")]}

    def both(path: str, title: str, body: str, links: Links | None = None, fact: bool = False) -> None:
        links = links or []
        de = "/de/" + path.removeprefix("/it/")
        s.pages[path] = _twin("it", title, body + ul(links), path, de, it_nav)
        german = [("/de/" + h.removeprefix("/it/"), t) for h, t in links if h.startswith("/it/")]
        only = "<p>Diese Seite ist nur auf Italienisch verfügbar.</p>"
        s.pages[de] = _twin("de", f"{title} (DE)", only + ul(german), path, de, de_nav)
        if fact:
            s.facts.add(path)

    both("/it/", "Comune di Bellagio", "<p>Benvenuti.</p>")
    for x in sections:
        links = children.get(x, [(f"/it/{x}/pagina-{n}/", f"Pagina {n}") for n in range(8)])
        both(f"/it/{x}/", x.capitalize(), "<p>Sezione.</p>", links)
        for h, t in links:
            if h != "/it/vivere/sociale/":
                both(h, t, "<p>Informazioni.</p>")
    social: Links = [(udp, "Ufficio di Piano"), (reg, "Regolamento (PDF)")]
    both("/it/vivere/sociale/", "Sociale", "<p>I servizi alla persona.</p>", social)
    both(
        udp, "Ufficio di Piano", "<p>L'Ufficio di Piano dell'Ambito territoriale di Bellagio e Menaggio.</p>", fact=True
    )
    s.document(reg, "Regolamento dell'Ambito territoriale di Bellagio e Menaggio", fact=True)
    listed = [p for p in s.pages if p.endswith("/") and p != "/"]
    s.sitemap = {"/sitemap.xml": [(p, "2025-01-10") for p in listed]}
    return s


def servizi_azienda_bagnolo() -> Site:
    """Servizi (no ambito named) lists the comune's services and, last, "Azienda consortile - sito", the
    azienda's own site on another host, where the ambito's pages are."""
    nav = [("/servizi/", "Servizi"), ("/notizie/", "Notizie"), ("/amministrazione/", "Amministrazione")]
    s = Site("Comune di Bagnolo Mella", "plain", nav, search=None)
    s.page("/", "Comune di Bagnolo Mella", "<p>Benvenuti.</p>")
    services: Links = [("/servizi/tributi/", "Tributi"), ("/servizi/anagrafe/", "Anagrafe")]
    services += [("/servizi/biblioteca/", "Biblioteca"), (f"{site_link(AZIENDA)}/", "Azienda consortile - sito")]
    s.page("/servizi/", "Servizi", ul(services))
    return s


def azienda_bassa_bresciana() -> Site:
    """The azienda's site, reached only from Bagnolo Mella's Servizi page."""
    nav = [("/chi-siamo/", "Chi siamo"), ("/documenti/", "Documenti")]
    s = Site(AZIENDA, "plain", nav, search=None, seed=False)
    s.page("/", AZIENDA, "<p>L'azienda gestisce i servizi dei comuni della Bassa Bresciana.</p>")
    udp = "/chi-siamo/ufficio-di-piano/"
    s.page("/chi-siamo/", "Chi siamo", ul([(udp, "Ufficio di Piano"), ("/chi-siamo/storia/", "Storia")]))
    s.page(udp, "Ufficio di Piano", "<p>L'Ufficio di Piano dell'Ambito territoriale Bassa Bresciana.</p>", fact=True)
    return s


def round14_sites() -> list[Site]:
    return [
        halley_senza_ancore_erbusco(),
        indice_pdf_ospitaletto(),
        bilingue_bellagio(),
        servizi_azienda_bagnolo(),
        azienda_bassa_bresciana(),
    ]
