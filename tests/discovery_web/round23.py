"""Sites of the twenty-third round, written and measured before the rules changed.

An Albo's archive by year shown as teasers, the title a heading with no link, a blurb of two sentences, and the
only link "Leggi di più" (a WordPress theme's `anteprima`):

- a comune's *Albo pretorio* shows "Anno 2025" ... "Anno 2021" as teasers; under "Anno 2022" the accordo of
  2021-2023. The links' words said nothing, so they were taken from their block, heading and blurb run together
  ("Anno 2022Gli atti pubblicati nell'anno."): no year of an archive. Once the comune's Servizi sociali and its news
  of the plan were read the site had settled, and the years, links of low priority, were left.
"""

from __future__ import annotations

from html import escape

from .round22 import _settling
from .sites import Site

CERETE = "Comune di Cerete"
AMBITO = "Ambito territoriale di Alto Sebino"


def teasers(items: list[tuple[str, str, str]]) -> str:
    """Teasers: a heading with no link, a blurb of two sentences, a link that says nothing."""
    label = {True: "Scarica il documento", False: "Leggi di più"}
    return (
        '<div class="elenco-anteprime">'
        + "".join(
            f'<div class="anteprima"><h3 class="anteprima__titolo">{escape(title)}</h3>'
            f'<p class="anteprima__testo">{escape(blurb)}</p>'
            f'<a class="anteprima__link" href="{href}">{label[href.endswith(".pdf")]}</a>'
            "</div>"
            for href, title, blurb in items
        )
        + "</div>"
    )


def teaser_years_cerete() -> Site:
    """WordPress: Servizi sociali and the news its home page shows name the ambito (the site settles on them); its
    slow *Albo pretorio* shows its archive by year as teasers, and under "Anno 2022" the accordo of 2021-2023."""
    nav = [("/servizi-sociali/", "Servizi sociali"), ("/albo-pretorio/", "Albo pretorio"), ("/uffici/", "Uffici")]
    nav += [("/turismo/", "Turismo")]
    s = Site(CERETE, "wordpress", nav, search=None)
    news = ("/2025/01/firmato-il-piano-di-zona/", "Firmato il Piano di Zona 2025-2027")
    _settling(s, nav[0][0], news, f"I sindaci hanno firmato il Piano di Zona dell'{AMBITO}.")
    s.page("/uffici/", "Uffici", "<p>Anagrafe, tributi e ufficio tecnico.</p>")
    blurb = "Gli atti pubblicati nell'anno. Consultabili fino alla scadenza."
    years = [(f"/albo-pretorio/anno-{year}/", f"Anno {year}", blurb) for year in (2025, 2024, 2023, 2022, 2021)]
    s.page(nav[1][0], "Albo pretorio", teasers(years))
    s.slow[nav[1][0]] = 1.0  # read once the site has settled on its two pages on the ambito
    for path, title, _ in years:
        acts = [(f"/wp-content/uploads/{title[-4:]}/03/{k}_{title[-4:]}.pdf", f"Atto n. {k}", "Pubblicato. Scade.")
                for k in (12, 31)]  # fmt: skip
        s.page(path, title, teasers(acts))
    accordo = ("/wp-content/uploads/2022/05/accordo-di-programma-2021-2023.pdf", "Accordo di programma 2021-2023")
    s.page(years[3][0], years[3][1], teasers([(*accordo, "Approvato dall'Assemblea dei sindaci. In vigore.")]))
    s.document(accordo[0], f"Accordo di programma 2021-2023 dell'{AMBITO}", fact=True)
    return s


def round23_sites() -> list[Site]:
    return [teaser_years_cerete()]
