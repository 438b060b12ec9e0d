"""Sites of the nineteenth round, written and measured before the rules changed (the fourteenth simulated web,
scored clean before and after round 18, missed 10 of its 63 fact pages, all PDFs behind two structures):

- an accordion whose items are `<a href="#">` with the address only in `data-target` (Bootstrap's attribute for
  the panel an item opens, which some themes fill with the document's address instead): a comune's "Documenti e
  dati" lists its regulations in a collapsing panel (`data-target="#..."`, a panel, no page) and the Piano di
  Zona's PDF as an item whose `data-target` is the file;
- a "Scarica" button that is a GET `<form>` whose action is the file itself, with no field: a comune's documents
  page lists each document's title beside such a form.
"""

from __future__ import annotations

from .layout import ul
from .sites import Site

VAILATE = "Comune di Vailate"
AGNADELLO = "Comune di Agnadello"


def accordion_vailate() -> Site:
    """Documenti e dati: a panel of regulations opened by `data-target="#regolamenti"`, and the Piano di Zona as an
    accordion item whose only address is its `data-target`."""
    nav = [("/documenti-e-dati/", "Documenti e dati"), ("/servizi/", "Servizi"), ("/novita/", "Novità")]
    s = Site(VAILATE, "designers", nav, search=None)
    s.page("/", VAILATE, "<p>Il portale istituzionale del Comune.</p>")
    plan = "/allegati/piano-di-zona-2025-2027-ambito-cremasco.pdf"
    panel = (
        '<div class="accordion-item"><a href="#" data-toggle="collapse" data-target="#regolamenti">Regolamenti</a>'
        '<div id="regolamenti" class="collapse">' + ul([("/documenti-e-dati/regolamento-tari/", "Regolamento TARI")])
    )
    item = f'<div class="accordion-item"><a href="#" class="accordion-link" data-target="{plan}">Piano di Zona</a>'
    s.page("/documenti-e-dati/", "Documenti e dati", f'<div class="accordion">{panel}</div></div>{item}</div></div>')
    s.page("/documenti-e-dati/regolamento-tari/", "Regolamento TARI", "<p>Il regolamento della tassa rifiuti.</p>")
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito distrettuale Cremasco", fact=True)
    return s


def download_forms_agnadello() -> Site:
    """Documenti: each document's title, then a GET form whose action is its PDF and whose only control is a
    "Scarica" button."""
    s = Site(AGNADELLO, "plain", [("/documenti/", "Documenti"), ("/comune/", "Il Comune")], search=None)
    s.page("/", AGNADELLO, "<p>Benvenuti nel sito del Comune.</p>")
    files = [
        ("/allegati/bilancio-2025.pdf", "Bilancio di previsione 2025"),
        ("/allegati/accordo-di-programma-2025-2027.pdf", "Accordo di programma del Piano di Zona 2025-2027"),
    ]
    rows = "".join(
        f'<div class="documento"><h3>{title}</h3><form method="get" action="{path}">'
        '<button type="submit" class="btn">Scarica</button></form></div>'
        for path, title in files
    )
    s.page("/documenti/", "Documenti", rows)
    s.document(files[1][0], "Accordo di programma 2025-2027 dell'Ambito distrettuale Cremasco", fact=True)
    return s


def round19_sites() -> list[Site]:
    return [accordion_vailate(), download_forms_agnadello()]
