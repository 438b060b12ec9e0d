"""Sites of the twenty-first round, written and measured before the rules changed.

A main menu entry of no word the scoring knows, where the comune names its ambito (the official WordPress theme of
Designers Italia has "Vivere il Comune" as its fourth entry, and the real pages of tests/real_markup.py put the
ambito's members and capofila there):

- a comune's main menu is "Amministrazione", "Novità", "Servizi" and "Conoscere Brinzio"; the last lists the
  ambito the comune belongs to, its members and capofila; *Servizi > Servizi sociali* names the ambito too.
"""

from __future__ import annotations

from .layout import ul
from .sites import Site

BRINZIO = "Comune di Brinzio"
AMBITO = "Ambito distrettuale del Campo dei Fiori"


def main_menu_brinzio() -> Site:
    """The home page names no ambito; the main menu's last entry, words the scoring knows nothing of, lists it."""
    nav = [("/amministrazione/", "Amministrazione"), ("/novita/", "Novità"), ("/servizi/", "Servizi")]
    nav += [("/conoscere-brinzio/", "Conoscere Brinzio")]
    s = Site(BRINZIO, "designers", nav, search=None)
    s.page("/", BRINZIO, "<p>Il portale istituzionale del Comune, ai piedi del Campo dei Fiori.</p>")
    offices = [(f"/amministrazione/{p}/", t) for p, t in [("giunta", "Giunta"), ("consiglio", "Consiglio"),
                                                          ("uffici", "Uffici"), ("sindaco", "Sindaco")]]  # fmt: skip
    s.page("/amministrazione/", "Amministrazione", ul(offices))
    for path, title in offices:
        s.page(path, title, f"<p>{title} del Comune di Brinzio.</p>")
    news = [(f"/novita/{n}/", t) for n, t in [("mercatino", "Mercatino di Natale"), ("neve", "Piano neve")]]
    s.page("/novita/", "Novità", ul(news))
    for path, title in news:
        s.page(path, title, f"<p>{title}: le informazioni per i cittadini.</p>")
    services = [("/servizi/servizi-sociali/", "Servizi sociali"), ("/servizi/tributi/", "Tributi")]
    s.page("/servizi/", "Servizi", ul(services))
    s.page("/servizi/tributi/", "Tributi", "<p>IMU e TARI: scadenze e modulistica.</p>")
    social = f"<p>I servizi sociali del Comune sono gestiti in forma associata nell'{AMBITO}.</p>"
    s.page("/servizi/servizi-sociali/", "Servizi sociali", social, fact=True)
    members = "Bedero, Castello Cabiaglio e Orino"
    known = (
        f"<p>Brinzio fa parte dell'{AMBITO}, con i Comuni di {members}; "
        "capofila è il Comune di Orino.</p><p>Storia, territorio e sentieri del paese.</p>"
    )
    s.page("/conoscere-brinzio/", "Conoscere Brinzio", known, fact=True)
    return s


def round21_sites() -> list[Site]:
    return [main_menu_brinzio()]
