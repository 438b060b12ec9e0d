"""Sites of the twenty-second round, written and measured before the rules changed.

A link with no words to the ambito's site, under the social area's own name:

- a Designers Italia comune's *Vivere il comune > Sociale e welfare* (its breadcrumb "Home", its heading "Sociale e
  welfare") lists a few services and, last, "Sito dell'ente gestore": the azienda that runs the ambito's plan, on
  its own host. The breadcrumb and the heading, joined ("Home Sociale e welfare"), named no social area, so the
  page's content was not read and the link, with no words of its own, scored nothing.

An assembly's minutes under its own section of acts, named without a preposition:

- a union's *Atti* lists "Determine", "Albo" and "Delibere assemblea"; there, "Verbale n. 2/2025" is the plan's
  approval, a PDF named by number and years. "Delibere assemblea" was no section of acts (round 20 knew "Delibere
  dell'Assemblea"): once the union's Servizi sociali and its news of the plan were found, the section was left as a
  link of low priority.

A record of Amministrazione trasparente that attaches the plan, in a section of records no rule knew:

- an ISWEB comune's *Altri contenuti* lists its records; "Dato ulteriore n. 5/2025" attaches the plan as "Allegato
  n. 2 (2025-2027)" behind `scarica.php?id=N`. The section was read (its words name a section), but it was no page
  of documents (only grants and the bodies a comune controls were sections of records), so once the comune's pages
  on the ambito were read its records, two hops from planning words, were left.
"""

from __future__ import annotations

from .layout import ul
from .round21 import _ambito_site, attached_record, social_area
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
    social_area(s, area, services, ul([(f"{site_link(AZIENDA)}/", "Sito dell'ente gestore")]))
    return s


def azienda_valcuvia() -> Site:
    """The azienda's site: its home page names the ambito's Piano di Zona."""
    plan = f"<p>L'Azienda gestisce il Piano di Zona 2025-2027 dell'{AMBITO} e il suo Ufficio di Piano.</p>"
    return _ambito_site(AZIENDA, plan, ("/servizi.html", "Servizi", "<p>I servizi dell'Azienda ai comuni soci.</p>"))


UNIONE = "Unione dei Comuni di Cerano d'Intelvi"
INARZO = "Comune di Inarzo"


def _settling(s: Site, social: str, news: tuple[str, str], text: str) -> None:
    """A site's two pages on the ambito, found first: its Servizi sociali, and the news of the plan its home page
    shows. Once both are read the site has settled: its links of low priority, two hops from planning words, are
    left."""
    s.page("/", s.name, f"<p>Il sito istituzionale.</p><h2>In evidenza</h2>{ul([news])}")
    s.page(social, "Servizi sociali", f"<p>I servizi sociali sono gestiti nell'{AMBITO}.</p>", fact=True)
    s.page(news[0], news[1], f"<p>{text}</p>", fact=True)


def assembly_minutes_cerano() -> Site:
    """Joomla: Servizi sociali and a news item name the ambito (the site settles: its slow *Atti* answers after
    them); *Atti > Delibere assemblea* lists the minutes, the plan's approval among them."""
    nav = [("/l-ente.html", "L'Ente"), ("/servizi-sociali.html", "Servizi sociali"), ("/atti.html", "Atti")]
    s = Site(UNIONE, "joomla", nav, search=None)
    news = ("/notizie/41-approvato-il-piano-di-zona.html", "Approvato il Piano di Zona 2025-2027")
    _settling(s, "/servizi-sociali.html", news, f"L'Assemblea ha approvato il Piano di Zona dell'{AMBITO}.")
    s.page("/l-ente.html", "L'Ente", "<p>Statuto, organi e sede dell'Unione.</p>")
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


def records_inarzo() -> Site:
    """An ISWEB portal: Servizi sociali and the news of the plan are found first (its slow *Amministrazione
    trasparente* answers after them); *Altri contenuti* lists the records, one of which attaches the plan
    ("Allegato n. 2 (2025-2027)", a download script's address)."""
    at = "/pagina26_amministrazione-trasparente.html"
    nav = [("/pagina10_il-comune.html", "Il Comune"), ("/pagina14_servizi-sociali.html", "Servizi sociali")]
    nav += [(at, "Amministrazione trasparente")]
    s = Site(INARZO, "isweb", nav, search=None)
    news = ("/pagina90_firmato-il-piano-di-zona.html", "Firmato il Piano di Zona 2025-2027")
    _settling(s, nav[1][0], news, f"I sindaci hanno firmato il Piano di Zona dell'{AMBITO}.")
    s.page(nav[0][0], "Il Comune", "<p>Storia e territorio.</p>")
    sections = [("/pagina27_disposizioni-generali.html", "Disposizioni generali")]
    sections += [("/pagina39_altri-contenuti.html", "Altri contenuti")]
    s.page(at, "Amministrazione trasparente", ul(sections))
    s.slow[at] = 1.0
    s.page(sections[0][0], "Disposizioni generali", "<p>Atti generali e oneri informativi.</p>")
    records = [("/pagina301_dato-ulteriore-n-4-2025.html", "Dato ulteriore n. 4/2025")]
    records += [("/pagina302_dato-ulteriore-n-5-2025.html", "Dato ulteriore n. 5/2025")]
    s.page(sections[1][0], "Altri contenuti", ul(records))
    texts = (
        "Elenco delle sale civiche. Nessun allegato.",
        "Accordi con altri enti: oggetto, data e allegati.",
    )
    attachment = ("/scarica.php?id=3120", "Allegato n. 2 (2025-2027)")
    attached_record(s, records, texts, attachment, f"Piano di Zona 2025-2027 dell'{AMBITO}")
    return s


def round22_sites() -> list[Site]:
    return [social_area_cuvio(), azienda_valcuvia(), assembly_minutes_cerano(), records_inarzo()]
