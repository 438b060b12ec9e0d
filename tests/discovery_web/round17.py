"""Sites of the seventeenth round, written and measured before the rules changed.

For the reason the eleventh simulated web (a diagnosis web from this round on) fetched five fact pages and kept
none of them: a cookie wall. Until a visitor accepts cookies, every page of the site answers 200 with a banner
in its place, whose link accepts them; the choice is kept in a cookie. The crawl archived the banner for the
page (the pages its sitemap names are asked first, before any banner is accepted), and the accept link, followed
as any link, sent it back to a page it had, where the wall stood again.

- a comune on Designers Italia behind a wall whose accept link (`?cookie=accetto`) sets a cookie and redirects
  to the page; its sitemap names the Ufficio di Piano's page, which links the Piano di Zona's PDF (documents are
  served without a banner).

For the reason it missed nine fact pages of sites that navigate by script: links that are no `<a href>`.

- a comune whose header menu is data for a script (`<script type="application/json">`, its entries under
  "items" with "label" and "href"), and whose Servizi sociali page lists its documents in a table whose rows
  navigate by `onclick="window.location.href=..."`: the accordo's PDF is one of them;
- a comune whose Documenti page lists its acts as `<div class="card" data-url="atto-45-2025/">` (relative), and
  whose act links its attachment through a download page that only sends the browser on by script
  (`location.replace(...)`).

And for the reason it never asked a comune's transparency portal on another host: the link's words lead to the
section ("Accedi al portale della trasparenza"), not only name it.

- a comune whose Amministrazione page links "Accedi al portale della trasparenza" on its provider's host, where
  Provvedimenti lists the act of the Piano di Zona with its attachment.
"""

from __future__ import annotations

import json

from .layout import ul
from .sites import Site, site_link

BEDIZZOLE = "Comune di Bedizzole"


def cookie_wall_bedizzole() -> Site:
    """Servizi > Servizi sociali > Ufficio di Piano, behind a cookie wall; the page in the sitemap too."""
    nav = [("/servizi/", "Servizi"), ("/novita/", "Novità"), ("/amministrazione/", "Amministrazione")]
    s = Site(BEDIZZOLE, "designers", nav, search=None, consent="cookie")
    s.page("/", BEDIZZOLE, "<p>Il portale istituzionale del Comune.</p>")
    social, office = "/servizi/servizi-sociali/", "/servizi/servizi-sociali/ufficio-di-piano/"
    s.page("/servizi/", "Servizi", ul([(social, "Servizi sociali"), ("/servizi/tributi/", "Tributi")]))
    s.page(social, "Servizi sociali", ul([(office, "Ufficio di Piano"), (f"{social}assistenza/", "Assistenza")]))
    plan = "/documenti/piano-di-zona-2025-2027.pdf"
    text = "<p>L'Ufficio di Piano dell'Ambito territoriale del Garda, via Roma 3, riceve su appuntamento.</p>"
    s.page(office, "Ufficio di Piano", text + ul([(plan, "Piano di Zona 2025-2027")]), fact=True)
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale del Garda", fact=True)
    s.sitemap = {"/sitemap.xml": [(p, "2025-03-01") for p in ("/", "/servizi/", social, office)]}
    return s


def script_menu_calcinato() -> Site:
    """Home page's menu as a script's data; Servizi sociali's documents as rows that navigate by `onclick`."""
    s = Site("Comune di Calcinato", "joomla", [], search=None)
    social = "/index.php/servizi-sociali"
    entries = [{"label": "Servizi sociali", "href": social}, {"label": "Tributi", "href": "/index.php/tributi"}]
    menu = json.dumps({"items": entries})
    script = f'<script type="application/json" id="nav-data">{menu}</script>'
    s.page("/", "Comune di Calcinato", f"<p>Benvenuti.</p>{script}")
    accordo = "/images/documenti/accordo-di-programma-2025-2027.pdf"
    rows = [("Regolamento ISEE", "/images/documenti/regolamento-isee.pdf"), ("Accordo di programma 2025-2027", accordo)]
    table = "".join(
        f"""<tr class="doc" onclick="window.location.href='{href}'"><td>{n}</td><td>{title}</td></tr>"""
        for n, (title, href) in enumerate(rows, 1)
    )
    s.page(social, "Servizi sociali", f"<table><tr><th>N.</th><th>Documento</th></tr>{table}</table>")
    s.document(accordo, "Accordo di programma 2025-2027 dell'Ambito territoriale di Montichiari", fact=True)
    s.document("/images/documenti/regolamento-isee.pdf", "Regolamento ISEE")
    return s


def script_hop_botticino() -> Site:
    """Documenti lists its acts as cards with `data-url`; an act's attachment is behind a download page whose
    script sends the browser to the PDF."""
    nav = [("/documenti/", "Documenti"), ("/eventi/", "Eventi")]
    s = Site("Comune di Botticino", "plain", nav, search=None)
    s.page("/", "Comune di Botticino", "<p>Sito istituzionale.</p>")
    act = "/documenti/atto-45-2025/"
    cards = [("/documenti/atto-44-2025/", "Atto n. 44/2025 - Strade"), (act, "Atto n. 45/2025 - Piano di Zona")]
    # each card's address relative to the list's, as a browser's script resolves it
    card = '<div class="card" data-url="{}"><h3>{}</h3><p>Dettagli</p></div>'
    listing = "".join(card.format(h.removeprefix("/documenti/"), t) for h, t in cards)
    s.page("/documenti/", "Documenti", listing)
    s.page("/documenti/atto-44-2025/", "Atto n. 44/2025", "<p>Manutenzione delle strade comunali.</p>")
    hop = "/scarica.php?doc=45"
    s.page(act, "Atto n. 45/2025", f"<p>Approvazione del Piano di Zona.</p>{ul([(hop, 'Allegato 2025-2027')])}")
    plan = "/allegati/piano-di-zona-2025-2027.pdf"
    s.pages[hop] = (
        "<html><head><title>Download</title></head><body>"
        f"<script>location.replace('{plan}');</script><p>Download in corso...</p></body></html>"
    )
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale Brescia Est", fact=True)
    return s


PORTALE = "Portale trasparenza del Comune di Castegnato"


def portal_link_castegnato() -> Site:
    """Amministrazione > "Accedi al portale della trasparenza", on the provider's host."""
    nav = [("/amministrazione/", "Amministrazione"), ("/vivere/", "Vivere Castegnato")]
    s = Site("Comune di Castegnato", "plain", nav, search=None)
    s.page("/", "Comune di Castegnato", "<p>Benvenuti.</p>")
    links = [
        ("/amministrazione/sindaco/", "Il Sindaco"),
        (f"{site_link(PORTALE)}/", "Accedi al portale della trasparenza"),
    ]
    s.page("/amministrazione/", "Amministrazione", ul(links))
    s.page("/amministrazione/sindaco/", "Il Sindaco", "<p>Ricevimento su appuntamento.</p>")
    return s


def portale_castegnato() -> Site:
    """The provider's portal, reached only from the comune's Amministrazione page."""
    nav = [("/trasparenza/provvedimenti/", "Provvedimenti"), ("/trasparenza/bilanci/", "Bilanci")]
    s = Site(PORTALE, "plain", nav, search=None, seed=False)
    s.page("/", PORTALE, "<p>Amministrazione trasparente.</p>")
    act = "/trasparenza/provvedimenti/delibera-18-2025/"
    s.page("/trasparenza/provvedimenti/", "Provvedimenti", ul([(act, "Delibera di Giunta n. 18/2025")]))
    plan = "/trasparenza/allegati/delibera-18-2025-allegato-a.pdf"
    s.page(act, "Delibera di Giunta n. 18/2025", "<p>Approvazione del documento di programmazione.</p>"
           + ul([(plan, "Allegato A - Piano di Zona 2025-2027")]))  # fmt: skip
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito territoriale Brescia Ovest", fact=True)
    return s


def round17_sites() -> list[Site]:
    return [
        cookie_wall_bedizzole(),
        script_menu_calcinato(),
        script_hop_botticino(),
        portal_link_castegnato(),
        portale_castegnato(),
    ]
