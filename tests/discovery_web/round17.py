"""Sites of the seventeenth round, written and measured before the rules changed.

For the reason the eleventh simulated web (a diagnosis web from this round on) fetched five fact pages and kept
none of them: a cookie wall. Until a visitor accepts cookies, every page of the site answers 200 with a banner
in its place, whose link accepts them; the choice is kept in a cookie. The crawl archived the banner for the
page (the pages its sitemap names are asked first, before any banner is accepted), and the accept link, followed
as any link, sent it back to a page it had, where the wall stood again.

- a comune on Designers Italia behind a wall whose accept link (`?cookie=accetto`) sets a cookie and redirects
  to the page; its sitemap names the Ufficio di Piano's page, which links the Piano di Zona's PDF (documents are
  served without a banner).
"""

from __future__ import annotations

from .layout import ul
from .sites import Site

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


def round17_sites() -> list[Site]:
    return [cookie_wall_bedizzole()]
