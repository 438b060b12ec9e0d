"""Sites of the twenty-second round, written and measured before the rules changed.

A link with no words to the ambito's site, under the social area's own name:

- a Designers Italia comune's *Vivere il comune > Sociale e welfare* (its breadcrumb "Home", its heading "Sociale e
  welfare") lists a few services and, last, "Sito dell'ente gestore": the azienda that runs the ambito's plan, on
  its own host. The breadcrumb and the heading, joined ("Home Sociale e welfare"), named no social area.

An assembly's minutes under its own section of acts, named without a preposition:

- a union's *Atti* lists "Determine", "Albo" and "Delibere assemblea"; there, "Verbale n. 2/2025" is the plan's
  approval, a PDF named by number and years. "Delibere", the plural, was no word of documents, and "Delibere
  assemblea" no section of acts (round 20 knew "Delibere dell'Assemblea"): once the union's Servizi sociali and its
  news of the plan were found, the section was left as a link of low priority.
"""

from __future__ import annotations

from .layout import ul
from .round21 import _ambito_site
from .sites import Site, site_link

CUVIO = "Comune di Cuvio"
AMBITO = "Ambito distrettuale della Valcuvia"
AZIENDA = "Azienda sociale Valcuvia e Valtravaglia"


def social_area_cuvio() -> Site:
    """The home page names no ambito; *Vivere il comune > Sociale e welfare* links the azienda's site as "Sito
    dell'ente gestore", words of no planning and no body's name."""
    nav = [("/amministrazione/", "Amministrazione"), ("/novita/", "Novità"), ("/servizi/", "Servizi")]
    nav += [("/vivere-il-comune/", "Vivere il comune")]
    s = Site(CUVIO, "designers", nav, search=None)
    s.page("/", CUVIO, "<p>Il portale istituzionale del Comune di Cuvio.</p>")
    s.page("/amministrazione/", "Amministrazione", "<p>Sindaco, Giunta e Consiglio comunale.</p>")
    s.page("/novita/", "Novità", "<p>Nessuna notizia in evidenza.</p>")
    s.page("/servizi/", "Servizi", "<p>Anagrafe, tributi e scuola.</p>")
    area = "/vivere-il-comune/sociale-e-welfare/"
    town = [(area, "Sociale e welfare"), ("/vivere-il-comune/sport/", "Sport")]
    s.page("/vivere-il-comune/", "Vivere il comune", ul(town))
    s.page("/vivere-il-comune/sport/", "Sport", "<p>Palestre e campi sportivi.</p>")
    services = [(f"{area}pasti-a-domicilio/", "Pasti a domicilio"), (f"{area}trasporto-anziani/", "Trasporto anziani")]
    s.page(area, "Sociale e welfare", ul([*services, (f"{site_link(AZIENDA)}/", "Sito dell'ente gestore")]))
    for path, title in services:
        s.page(path, title, f"<p>{title}: come fare domanda.</p>")
    return s


def azienda_valcuvia() -> Site:
    """The azienda's site: its home page names the ambito's Piano di Zona."""
    plan = f"<p>L'Azienda gestisce il Piano di Zona 2025-2027 dell'{AMBITO} e il suo Ufficio di Piano.</p>"
    return _ambito_site(AZIENDA, plan, ("/servizi.html", "Servizi", "<p>I servizi dell'Azienda ai comuni soci.</p>"))


UNIONE = "Unione dei Comuni di Cerano d'Intelvi"


def assembly_minutes_cerano() -> Site:
    """Joomla: Servizi sociali and a news item name the ambito (the site settles: its slow *Atti* answers after
    them); *Atti > Delibere assemblea* lists the minutes, the plan's approval among them."""
    nav = [("/l-ente.html", "L'Ente"), ("/servizi-sociali.html", "Servizi sociali"), ("/atti.html", "Atti")]
    nav += [("/notizie.html", "Notizie")]
    s = Site(UNIONE, "joomla", nav, search=None)
    news = [("/notizie/41-approvato-il-piano-di-zona.html", "Approvato il Piano di Zona 2025-2027")]
    news += [("/notizie/40-sagra-di-paese.html", "Sagra di paese")]
    s.page("/", UNIONE, f"<p>Il sito dell'Unione dei Comuni.</p><h2>In evidenza</h2>{ul(news[:1])}")
    s.page("/l-ente.html", "L'Ente", "<p>Statuto, organi e sede dell'Unione.</p>")
    social = f"<p>L'Unione gestisce i servizi sociali dei comuni soci nell'{AMBITO} e ne ospita l'Ufficio di Piano.</p>"
    s.page("/servizi-sociali.html", "Servizi sociali", social, fact=True)
    s.page("/notizie.html", "Notizie", ul(news))
    s.page(news[0][0], news[0][1], f"<p>L'Assemblea ha approvato il Piano di Zona dell'{AMBITO}.</p>", fact=True)
    s.page(news[1][0], news[1][1], "<p>Il programma della sagra.</p>")
    acts = [("/atti/determine.html", "Determine"), ("/atti/albo.html", "Albo")]
    acts += [("/atti/delibere-assemblea.html", "Delibere assemblea")]
    s.page("/atti.html", "Atti", ul(acts))
    s.slow["/atti.html"] = 1.0  # read once the site has settled on its two pages on the ambito, as on a real server
    s.page(acts[0][0], "Determine", ul([("/images/allegati/2025/770_2025.pdf", "Determina n. 12/2025")]))
    s.page(acts[1][0], "Albo", "<p>Nessun atto in pubblicazione.</p>")
    minutes = [("/images/allegati/2025/779_2025.pdf", "Verbale n. 1/2025")]
    minutes += [("/images/allegati/2025/781_2025-2027.pdf", "Verbale n. 2/2025")]
    s.page(acts[2][0], "Delibere assemblea", ul(minutes))
    s.document(minutes[0][0], "Verbale dell'Assemblea: bilancio di previsione 2025")
    approval = f"Verbale dell'Assemblea: approvazione del Piano di Zona 2025-2027 dell'{AMBITO}"
    s.document(minutes[1][0], approval, fact=True)
    return s


def round22_sites() -> list[Site]:
    return [social_area_cuvio(), azienda_valcuvia(), assembly_minutes_cerano()]
