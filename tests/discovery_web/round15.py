"""Sites of the fifteenth round, written and measured before the rules changed.

For the reason the eighth simulated web (a diagnosis web from this round on) never requested two sites: a
comune's Albo pretorio and Amministrazione trasparente on its provider's host, as many real comuni have them.

- a comune whose "Albo on line" page shows the provider's albo in an `<iframe>` (no `<a>` leads there);
  the albo lists an avviso of the ambito with its attachment;
- a comune whose footer, on every page, sends "Amministrazione trasparente" to the provider's portal,
  where *Sovvenzioni, contributi* lists the ambito's notice.
"""

from __future__ import annotations

from .layout import ul
from .sites import Site, site_link

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
    """The provider's portal: its sections, *Sovvenzioni, contributi* listing the ambito's notice."""
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
    s.page(sovvenzioni, "Sovvenzioni, contributi, sussidi, vantaggi economici", ul([(notice, "Contributo caregiver")]))
    text = (
        "<p>Contributo ai caregiver familiari dell'Ambito territoriale di Mariano Comense, misura regionale 2025.</p>"
    )
    s.page(notice, "Contributo caregiver familiari", text, fact=True)
    return s


def round15_sites() -> list[Site]:
    return [albo_in_iframe_calolziocorte(), albo_calolziocorte(), trasparenza_nel_footer_figino(), trasparenza_figino()]
