"""Sites of the eleventh round, written and measured before the rules changed.

Two for the reasons the fourth and fifth simulated webs still missed a page:

- an azienda's site whose Assemblea dei Sindaci minutes hang under *Chi siamo > Organi*: "Organi" said
  nothing, a generic link two hops from planning words, left to the reserve while news cards filled it;
- a WordPress site whose search finds a news post on the list's second page: the list's first page,
  linked from the home page's menu at the lowest priority, answered after the site had settled on two fact
  pages, and its cards (one of them holding the accordo of 2021-2023) were refused.

And one comune, two hosts, for the plumbing of real sites rather than their words: the same page under
several URLs (tracking parameters, a fragment, a directory's `index.php`), old paths redirected twice after
a migration, a `<meta http-equiv="refresh">`, `<base href>` and `../` links, a `data-href` card with its
plain `<a>`, a PDF served as `application/octet-stream` under `/download/4711`, an upper-case `.PDF`, soft
404s, a mega-menu of 200 entries, a slow documents page; and the ambito's site on another host, linked
from the comune's Servizi sociali, which lists its member comuni's sites (not to be followed).
"""

from __future__ import annotations

from .layout import Links, ul
from .sites import Site, news_list, old_news, site_link, slug

AZIENDA = "Azienda Sociale del Cremonese"
AMBITO_SITE = "Ufficio di Piano dell'Ambito di Lodi"
MEMBERS = ("Borghetto Lodigiano", "Graffignana", "Livraga", "Orio Litta", "Ospedaletto Lodigiano", "Salerano")
# A Designers Italia portal's mega-menu: its sections and their entries, a topic index, on every page.
MEGA_MENU = {
    "Amministrazione": ("Organi di governo", "Aree amministrative", "Uffici", "Enti e fondazioni", "Politici",
                        "Personale amministrativo", "Documenti e dati"),
    "Servizi": ("Anagrafe e stato civile", "Cultura e tempo libero", "Vita lavorativa", "Imprese e commercio",
                "Appalti pubblici", "Catasto e urbanistica", "Turismo", "Mobilità e trasporti",
                "Educazione e formazione", "Giustizia e sicurezza pubblica", "Tributi, finanze e contravvenzioni",
                "Ambiente", "Salute, benessere e assistenza", "Autorizzazioni", "Agricoltura e pesca"),
    "Novità": ("Notizie", "Comunicati", "Avvisi"),
    "Vivere il comune": ("Luoghi", "Eventi", "Storia", "Gemellaggi", "Mercati", "Impianti sportivi"),
    "Argomenti": ("Accesso all'informazione", "Acqua", "Agricoltura", "Animale domestico", "Associazioni",
                  "Bilancio", "Casa", "Commercio", "Comunicazione istituzionale", "Cultura", "Elezioni",
                  "Energie rinnovabili", "Famiglia", "Giovani", "Gestione rifiuti", "Igiene pubblica",
                  "Inquinamento", "Istruzione", "Lavori pubblici", "Matrimonio", "Mobilità sostenibile",
                  "Parcheggi", "Patrimonio culturale", "Polizia", "Protezione civile", "Residenza", "Scuola",
                  "Sport", "Sicurezza pubblica", "Tasse", "Tempo libero", "Trasporto pubblico", "Turismo",
                  "Urbanistica", "Verde pubblico", "Volontariato", "Zone pedonali"),
    "Uffici": ("Ufficio anagrafe", "Ufficio tributi", "Ufficio tecnico", "Ufficio commercio", "Ufficio cultura",
               "Ufficio scuola", "Ufficio sport", "Ufficio protocollo", "Ufficio ragioneria", "Ufficio personale",
               "Ufficio elettorale", "Ufficio stato civile", "Ufficio messi", "Ufficio relazioni con il pubblico"),
    "Documenti e dati": ("Documenti albo pretorio", "Modulistica", "Documenti funzionamento interno",
                         "Atti normativi", "Documenti attività politica", "Documenti tecnici di supporto",
                         "Istanze", "Dataset", "Statistiche", "Rapporti tecnici"),
}  # fmt: skip
SLOW = 3.0  # seconds the documents page takes to answer


def asc_organi_cremonese() -> Site:
    """An azienda's site (a seed that speaks of the ambito): Chi siamo > Organi > 'Seduta 2025'
    (`/download/491/491_2025-2027.pdf`, the Assemblea dei Sindaci's minutes), and three pages of news."""
    nav = [("/chi-siamo/", "Chi siamo"), ("/servizi/", "Servizi"), ("/documenti/", "Documenti")]
    nav += [("/news/", "News"), ("/contatti/", "Contatti")]
    s = Site(AZIENDA, "plain", nav, search=None)
    s.page("/", AZIENDA, "<p>L'azienda gestisce i servizi dell'Ambito territoriale di Cremona.</p>")
    body = ul([("/soci/", "Soci"), ("/organi/", "Organi"), ("/storia/", "Storia")])
    s.page("/chi-siamo/", "Chi siamo", body + ul([("/chi-siamo/carta-dei-servizi/", "Carta dei servizi")]))
    for h, t in (("/soci/", "Soci"), ("/storia/", "Storia")):
        s.page(h, t, "<p>Diciotto comuni soci dal 2008.</p>")
    minutes = "/download/491/491_2025-2027.pdf"
    s.page("/organi/", "Organi", ul([(minutes, "Seduta 2025"), ("/organi/trasporto-scolastico/", "Trasporti")]))
    s.document(
        minutes, "Verbale dell'Assemblea dei Sindaci, Ambito territoriale di Cremona, Piano 2025-2027", fact=True
    )
    pdz = "/download/490/490_2025-2027.pdf"
    s.page("/documenti/", "Documenti", ul([(pdz, "PdZ 2025-2027"), ("/documenti/modulistica/", "Modulistica")]))
    s.document(pdz, "Piano di Zona 2025-2027 dell'Ambito territoriale di Cremona", fact=True)
    news_list(s, "/news/", old_news("/news/", 24), 8, lambda n: f"/news/?pg={n}", "<p>Notizia.</p>")
    return s


def wordpress_prima_pagina_zelo() -> Site:
    """WordPress: the site's search finds 'Firmato il Piano di Zona 2025-2027' on the news list's second
    page, while the first (linked as 'Notizie') waits behind the menu's sections of documents; on it, 'Corsi
    di nuoto per over 65' holds 'Scarica (2021-2023)', the accordo's PDF. Servizi sociali speaks of the
    ambito: with the post, two fact pages, and the site settles."""
    nav = [("/il-comune/", "Il Comune"), ("/uffici/", "Uffici"), ("/documenti/", "Documenti"), ("/atti/", "Atti")]
    nav += [("/albo-pretorio-online/", "Albo pretorio online"), ("/bandi-e-avvisi/", "Bandi e avvisi")]
    nav += [("/pubblicazioni/", "Pubblicazioni"), ("/category/notizie/", "Notizie")]
    s = Site("Comune di Zelo Buon Persico", "wordpress", nav, search=("/", "s"))
    s.page("/", "Comune di Zelo Buon Persico", "<p>Benvenuti.</p>")
    s.page("/uffici/", "Uffici", ul([("/uffici/servizi-sociali/", "Servizi sociali"), ("/uffici/tecnico/", "Tecnico")]))
    s.page(
        "/uffici/servizi-sociali/",
        "Servizi sociali",
        "<p>Il Comune fa parte dell'Ambito territoriale di Lodi.</p>",
        fact=True,
    )
    post = "/2025/03/firmato-il-piano-di-zona-2025-2027/"
    swim = "/2024/08/corsi-di-nuoto-per-over-65/"
    items: Links = [(f"/2024/{9 + n % 3}/{h.rsplit('/', 1)[-1]}/", t) for n, (h, t) in enumerate(old_news("", 7))]
    items[3:3] = [(swim, "Corsi di nuoto per over 65")]
    items += [(post, "Firmato il Piano di Zona 2025-2027")]
    items += [(f"/2023/0{1 + n % 9}/{h.rsplit('/', 1)[-1]}/", t) for n, (h, t) in enumerate(old_news("", 14))]
    pages = lambda n: f"/category/notizie/page/{n}/" if n > 1 else "/category/notizie/"  # noqa: E731
    news_list(s, "/category/notizie/", items, 8, pages, "<p>Notizia.</p>")
    s.page(
        post, "Firmato il Piano di Zona", "<p>Firmato il Piano di Zona 2025-2027 dell'Ambito di Lodi.</p>", fact=True
    )
    pdf = "/wp-content/uploads/2022/04/571_2021-2023.pdf"
    s.page(swim, "Corsi di nuoto per over 65", f"<p>Iscrizioni aperte.</p>{ul([(pdf, 'Scarica (2021-2023)')])}")
    s.document(pdf, "Accordo di programma 2021-2023 dell'Ambito territoriale di Lodi", fact=True)
    return s


def _mega_menu() -> Links:
    """Over a hundred entries: every section of the portal and its entries, on every page."""
    menu: Links = []
    for section, entries in MEGA_MENU.items():
        menu += [(f"/{slug(section)}/", section)]
        menu += [(f"/{slug(section)}/{slug(entry)}/", entry) for entry in entries]
    return menu


LODI_VECCHIO = "Comune di Lodi Vecchio"


def moved_lodi_vecchio() -> Site:
    """The seed: the comune's old address, which sends every path to the new host (a site's migration,
    as `comune.it` to `www.comune.it` or http to https): the crawl's site and budget follow it."""
    return Site(f"{LODI_VECCHIO} (vecchio indirizzo)", "plain", [], search=None, moved_to=LODI_VECCHIO)


def designers_plumbing_lodi_vecchio() -> Site:
    """Designers Italia with a mega-menu, on the host its old address moved to: its pages linked under
    several URLs, moved, refreshed, based, served as files of no extension; its Servizi sociali links the
    ambito's site (another host)."""
    nav = [("/servizi-sociali/index.php", "Servizi sociali"), ("/documenti/", "Documenti")]
    nav += [("/novita/", "Novità"), ("/udp/", "Ufficio di Piano"), *_mega_menu()]
    s = Site(LODI_VECCHIO, "designers", nav, search=None, soft404=True, seed=False)
    social = "/servizi-sociali/"
    # the social page under a campaign's parameters, a fragment and a social network's click id; a card
    # that a script opens (data-href, onclick) with its plain link inside
    home = [(f"{social}?utm_source=home&utm_medium=banner", "Sportello sociale"), (f"{social}#orari", "Orari")]
    home += [(f"{social}?fbclid=IwAR0x7Yq", "Servizi sociali: condividi")]
    card = '<div class="card" data-href="/novita/bando-affitti/" onclick="location.href=\'/novita/bando-affitti/\'">'
    s.page("/", LODI_VECCHIO, f'{ul(home)}{card}<a href="/novita/bando-affitti/">Bando affitti</a></div>')
    # the plan at its address before the site moved: two redirects; a link to a page that is gone (a soft 404)
    links = [("/portale/pdz.asp", "Il Piano di Zona"), ("/download/4711", "Allegato n. 2")]
    links += [("/assistenza-domiciliare-vecchia/", "Assistenza domiciliare")]
    s.page(
        social,
        "Servizi sociali",
        "<p>Lodi Vecchio fa parte dell'Ambito territoriale di Lodi. Il Piano di Zona è gestito dall'"
        f'<a href="{site_link(AMBITO_SITE)}/">{AMBITO_SITE}</a>.</p>{ul(links)}',
        fact=True,
    )
    s.pages[f"{social}index.php"] = s.pages[social]  # the same page under its index file
    s.redirects["/portale/pdz.asp"] = "/vecchio/piano-di-zona/"
    s.redirects["/vecchio/piano-di-zona/"] = "/piano-di-zona/"
    s.page("/piano-di-zona/", "Piano di Zona", "<p>Il Piano di Zona dell'Ambito territoriale di Lodi.</p>", fact=True)
    s.attachments["/download/4711"] = "accordo-di-programma-2025-2027.pdf"  # octet-stream, no extension
    s.document("/download/4711", "Accordo di programma 2025-2027 dell'Ambito territoriale di Lodi", fact=True)
    upper = "/allegati/2022/ALLEGATO_A_2021-2023.PDF"
    s.page("/documenti/", "Documenti", ul([(upper, "Allegato A - 2021/2023"), ("/documenti/atti/", "Atti")]))
    s.slow["/documenti/"] = SLOW
    s.document(upper, "Piano di Zona 2021-2023, Ambito di Lodi", fact=True)
    # a page whose links are relative to the <base> in its head, and one that climbs with ../
    acts = ul([("assemblea-2025.pdf", "Verbale dell'Assemblea dei Sindaci"), ("../../pdz/", "Piano 2025-2027")])
    s.page("/documenti/atti/", "Atti", acts)
    s.pages["/documenti/atti/"] = str(s.pages["/documenti/atti/"]).replace("<head>", '<head><base href="/files/x/">')
    s.document("/files/x/assemblea-2025.pdf", "Assemblea dei Sindaci dell'Ambito di Lodi, 2025", fact=True)
    s.page("/pdz/", "Piano di Zona 2025-2027", "<p>Il Piano di Zona 2025-2027 dell'Ambito di Lodi.</p>", fact=True)
    s.page("/novita/", "Novità", ul([("/novita/bando-affitti/", "Bando affitti")]))
    s.page("/novita/bando-affitti/", "Bando affitti", "<p>Domande entro il 30 aprile.</p>")
    # the menu's Ufficio di Piano: a page that only refreshes to its new address
    refresh = '<meta http-equiv="refresh" content="0; url=/servizi/ufficio-di-piano/">'
    s.pages["/udp/"] = f"<html><head>{refresh}</head><body></body></html>"
    s.page(
        "/servizi/ufficio-di-piano/",
        "Ufficio di Piano",
        "<p>L'Ufficio di Piano dell'Ambito territoriale di Lodi riceve il martedì.</p>",
        fact=True,
    )
    return s


def ambito_lodi() -> Site:
    """The ambito's own site on another host, reached only from the comune's Servizi sociali: its plan's
    PDF, and its member comuni's sites (addresses no crawl of this web serves: never to be followed)."""
    nav = [("/documenti.html", "Documenti"), ("/comuni.html", "I comuni dell'ambito")]
    s = Site(AMBITO_SITE, "plain", nav, search=None, seed=False)
    s.page("/", AMBITO_SITE, "<p>L'Ufficio di Piano dell'Ambito territoriale di Lodi, capofila Lodi.</p>")
    members = [(f"http://127.0.0.1:9/{slug(m)}/", f"Comune di {m}") for m in MEMBERS]
    s.page("/comuni.html", "I comuni dell'ambito", f"<p>I comuni dell'Ambito territoriale di Lodi.</p>{ul(members)}")
    s.page("/documenti.html", "Documenti", ul([("/doc/piano-di-zona-2025-2027.pdf", "Piano di Zona 2025-2027")]))
    s.document("/doc/piano-di-zona-2025-2027.pdf", "Piano di Zona 2025-2027 dell'Ambito di Lodi", fact=True)
    return s


def round11_sites() -> list[Site]:
    return [
        asc_organi_cremonese(),
        wordpress_prima_pagina_zelo(),
        moved_lodi_vecchio(),
        designers_plumbing_lodi_vecchio(),
        ambito_lodi(),
    ]
