"""Sites of the fifteenth round, written and measured before the rules changed.

For the reason the eighth simulated web (a diagnosis web from this round on) never requested two sites: a
comune's Albo pretorio and Amministrazione trasparente on its provider's host, as many real comuni have them.

- a comune whose "Albo on line" page shows the provider's albo in an `<iframe>` (no `<a>` leads there);
  the albo lists an avviso of the ambito with its attachment;
- a comune whose footer, on every page, sends "Amministrazione trasparente" to the provider's portal,
  where *Sovvenzioni, contributi* lists the ambito's notice;
- a Designers Italia comune whose service sheet "Aiuti ai nuclei in difficoltà", listed on the page of the
  category *Salute, benessere e assistenza*, attaches the Piano di Zona under its "Documenti": the sheet's
  name says nothing, it is two generic hops from the home page, and the site has settled on two fact pages;
- a Halley comune whose Albo pretorio > Storico atti > "Anno 2024" (a page whose title names only its year)
  lists the act that approves the accordo.
"""

from __future__ import annotations

from .layout import Links, ul
from .sites import Site, news_list, old_news, site_link, slug

ALBO = "Albo pretorio on line - Comune di Calolziocorte"
PORTAL_NAME = "Amministrazione trasparente - Comune di Figino Serenza"


def albo_in_iframe_calolziocorte() -> Site:
    """Documenti > "Albo on line": the provider's albo in an iframe, titled as the section."""
    nav = [("/servizi/", "Servizi"), ("/documenti/", "Documenti"), ("/notizie/", "Notizie")]
    s = Site("Comune di Calolziocorte", "wordpress", nav, search=None)
    s.page("/", "Comune di Calolziocorte", "<p>Benvenuti nel sito del Comune.</p>")
    s.page(
        "/documenti/", "Documenti", ul([("/documenti/albo-on-line/", "Albo on line"), ("/documenti/moduli/", "Moduli")])
    )
    frame = f'<iframe src="{site_link(ALBO)}/" title="Albo pretorio on line" width="100%" height="800"></iframe>'
    s.page("/documenti/albo-on-line/", "Albo on line", f"<p>Gli atti pubblicati dal Comune.</p>{frame}")
    return s


def albo_calolziocorte() -> Site:
    """The provider's albo: a list of acts, the ambito's avviso among them, its attachment a PDF."""
    s = Site(ALBO, "table", [("/", "Elenco atti")], search=None, seed=False)
    acts = [(f"/atto/{n}", f"Atto n. {n}/2025 - Ordinanza viabilità") for n in range(301, 306)]
    acts.insert(2, ("/atto/299", "Atto n. 299/2025 - Avviso pubblico"))
    s.page("/", "Albo pretorio on line", ul(acts))
    for h, t in acts:
        if h != "/atto/299":
            s.page(h, t, "<p>Ordinanza di chiusura temporanea al traffico.</p>")
    pdf = "/allegati/299/avviso-voucher-2025.pdf"
    avviso = "<p>Avviso dell'Ambito territoriale di Lecco per i voucher sociali 2025.</p>"
    s.page("/atto/299", "Atto n. 299/2025 - Avviso pubblico", avviso + ul([(pdf, "Allegato")]), fact=True)
    s.document(pdf, "Avviso voucher sociali 2025, Ambito territoriale di Lecco", fact=True)
    return s


def trasparenza_nel_footer_figino() -> Site:
    """Every page's footer sends "Amministrazione trasparente" to the provider's portal."""
    nav = [("/vivere/", "Vivere Figino Serenza"), ("/uffici/", "Uffici"), ("/eventi/", "Eventi")]
    s = Site("Comune di Figino Serenza", "joomla", nav, search=None)
    s.page("/", "Comune di Figino Serenza", "<p>Sito ufficiale del Comune.</p>")
    s.page("/uffici/", "Uffici", ul([("/uffici/tributi/", "Tributi"), ("/uffici/anagrafe/", "Anagrafe")]))
    portal = f"{site_link(PORTAL_NAME)}/"
    for path, html in s.pages.items():
        assert isinstance(html, str)
        s.pages[path] = html.replace('href="/amministrazione-trasparente"', f'href="{portal}"')
    return s


def trasparenza_figino() -> Site:
    """The provider's portal: its sections, *Sovvenzioni, contributi* listing the ambito's notice by its number."""
    s = Site(PORTAL_NAME, "isweb", [("/", "Amministrazione trasparente")], search=None, seed=False)
    sections = [
        ("/pagina1_disposizioni-generali.html", "Disposizioni generali"),
        ("/pagina2_personale.html", "Personale"),
    ]
    sovvenzioni = "/pagina7_sovvenzioni-contributi-sussidi-vantaggi-economici.html"
    sections += [(sovvenzioni, "Sovvenzioni, contributi, sussidi, vantaggi economici")]
    sections += [("/pagina9_bilanci.html", "Bilanci"), ("/pagina11_opere-pubbliche.html", "Opere pubbliche")]
    s.page("/", "Amministrazione trasparente", ul(sections))
    notice = "/pagina7_contributo-caregiver-familiari.html"
    s.page(
        sovvenzioni,
        "Sovvenzioni, contributi, sussidi, vantaggi economici",
        ul([(notice, "Contributo n. 12/2025 - caregiver familiari")]),
    )
    text = (
        "<p>Contributo ai caregiver familiari dell'Ambito territoriale di Mariano Comense, misura regionale 2025.</p>"
    )
    s.page(notice, "Contributo caregiver familiari", text, fact=True)
    return s


def scheda_servizio_inveruno() -> Site:
    """Servizi > Salute, benessere e assistenza > "Aiuti ai nuclei in difficoltà" > "Allegato (2025-2027)"."""
    nav = [("/servizi/", "Servizi"), ("/novita/", "Novità"), ("/amministrazione/", "Amministrazione")]
    s = Site("Comune di Inveruno", "designers", nav, search=None)
    s.page("/", "Comune di Inveruno", "<p>Benvenuti nel portale del Comune.</p>")
    post = "/novita/firmato-il-piano-di-zona-2025-2027/"
    items: Links = [(post, "Firmato il Piano di Zona 2025-2027"), *old_news("/novita/", 6)]
    news_list(s, "/novita/", items, 8, lambda n: f"/novita/?page={n}", "<p>Notizia.</p>")
    s.page(post, "Firmato il Piano di Zona", "<p>Firmato il Piano di Zona dell'Ambito di Castano Primo.</p>", fact=True)
    udp = "/amministrazione/ufficio-di-piano/"
    s.page(
        "/amministrazione/", "Amministrazione", ul([(udp, "Ufficio di Piano"), ("/amministrazione/giunta/", "Giunta")])
    )
    s.page(udp, "Ufficio di Piano", "<p>L'Ufficio di Piano dell'Ambito territoriale di Castano Primo.</p>", fact=True)
    categories = ["Educazione e formazione", "Salute, benessere e assistenza", "Tributi e finanze", "Ambiente"]
    s.page("/servizi/", "Servizi", ul([(f"/servizi/{slug(c)}/", c) for c in categories]))
    salute = "/servizi/salute-benessere-e-assistenza/"
    sheets = ["Trasporto scolastico", "Cimiteri comunali", "Sale civiche", "Aiuti ai nuclei in difficoltà"]
    s.page(salute, "Salute, benessere e assistenza", ul([(f"/servizio/{slug(t)}/", t) for t in sheets]))
    for t in sheets[:-1]:
        s.page(f"/servizio/{slug(t)}/", t, "<h2>Come fare</h2><p>Presentare la domanda allo sportello.</p>")
    plan = "/allegati/3391.pdf"
    sheet = "<h2>Come fare</h2><p>Presentare la domanda con ISEE.</p><h2>Documenti</h2>"
    s.page(f"/servizio/{slug(sheets[-1])}/", sheets[-1], sheet + ul([(plan, "Allegato (2025-2027)")]))
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale di Castano Primo", fact=True)
    return s


def storico_per_anno_zanica() -> Site:
    """Albo pretorio > Storico atti > "Anno 2024" > "Atto n. 61/2024": a year's page whose title names only its
    year; the site's other sections (news, services, each page one `idtesto` of the portal) spend its floor."""
    nav = [(_idtesto(10), "Il Comune"), (_idtesto(14), "Servizi"), (_idtesto(18), "Albo pretorio")]
    nav += [("/zf/index.php/notizie/index/index", "Notizie")]
    s = Site("Comune di Zanica", "table", nav, search=None)
    s.page("/", "Comune di Zanica", "<p>Sito istituzionale.</p>")
    fillers = ("Orari", "Modulistica", "Tariffe", "Referenti", "Sportello", "Graduatorie", "Iscrizioni", "Avvisi")
    n = 100
    for section, name in ((10, "Il Comune"), (14, "Servizi")):
        links = [(_idtesto(n + k), f"{t} - {name}") for k, t in enumerate(fillers)]
        n += len(fillers)
        s.page(_idtesto(section), name, ul(links))
        for h, t in links:
            s.page(
                h, t, "<p>Uffici e orari.</p>" + ul([(_idtesto(n + k), f"{x} {t}") for k, x in enumerate(fillers[:4])])
            )
            n += 4
    news: Links = [(f"/zf/index.php/notizie/index/dettaglio/id/{k}", f"Notizia n. {k}") for k in range(300, 324)]
    news_list(
        s,
        "/zf/index.php/notizie/index/index",
        news,
        8,
        lambda p: f"/zf/index.php/notizie/index/index/page/{p}",
        "<p>Notizia.</p>",
    )
    s.page(_idtesto(18), "Albo pretorio", ul([(_idtesto(19), "Atti in corso"), (_idtesto(20), "Storico atti")]))
    s.page(_idtesto(19), "Atti in corso", ul([(_idtesto(200 + k), f"Ordinanza viabilità {k}") for k in range(3)]))
    years = [(_idtesto(21 + k), f"Anno {2021 + k}") for k in range(5)]
    s.page(_idtesto(20), "Storico atti", ul(years))
    for h, t in years:
        acts = [(_idtesto(600 + k), f"Ordinanza viabilità {k}") for k in range(3)] if t != "Anno 2024" else []
        s.page(h, t, ul(acts + ([(_idtesto(540), "Atto n. 61/2024")] if t == "Anno 2024" else [])))
    text = "<p>Approvazione dell'accordo di programma dell'Ambito territoriale di Dalmine 2025-2027.</p>"
    s.page(_idtesto(540), "Atto n. 61/2024 - Deliberazione", text, fact=True)
    return s


def _idtesto(n: int) -> str:
    return f"/zf/index.php/servizi-aggiuntivi/index/index/idtesto/{n}"


def round15_sites() -> list[Site]:
    return [
        scheda_servizio_inveruno(),
        storico_per_anno_zanica(),
        albo_in_iframe_calolziocorte(),
        albo_calolziocorte(),
        trasparenza_nel_footer_figino(),
        trasparenza_figino(),
    ]
