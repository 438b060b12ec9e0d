"""A page changed in a way a reader does not notice gives the same facts (tests/invariance.py has the transforms and
the tool that runs them on every spent page; here a few pages that a transform once changed, each fix's witness)."""

from __future__ import annotations

import pytest

from tests.invariance import FIXTURES, TRANSFORMS, facts

CASES = [
    # soft hyphens and word joiners inside long words: "Comuni asso\u00adciati", "Trez\u2060zano Rosa"
    ("soft-hyphens", "heldout4/pages/h4_03_designers_chips_trezzo.html"),
    ("word-joiners", "heldout4/pages/h4_03_designers_chips_trezzo.html"),
    ("soft-hyphens", "heldout3/pages/h3_09_cp1252_table_corsico.html"),
    # a span inside a word of a table cell ("Bucci<span>nasco</span>"), of the title, of the site's footer
    ("span-in-words", "heldout3/pages/h3_09_cp1252_table_corsico.html"),
    ("span-in-words", "heldout2/pages/h2_42_wp_valle_imagna_footer.html"),
    ("span-in-words", "heldout12/pages/h12_02_wp_privacy_tabella_legnanese.html"),
    # ... and of a footer's member list heading ("I Com<span>uni</span> dell'Ambito")
    ("span-in-words", "heldout6/pages/h6_12_azienda_footer_members_lodi.html"),
    # ... and a zero-width space inside a word of a menu's member list heading ("Comuni ade\u200brenti")
    ("zero-width-spaces", "pages/331_menu_submenu_comuni_aderenti_corsico.html"),
    # an anchor without a target around a word of the footer's note is no link of a member list
    ("anchor-names", "heldout19/pages/h19_06_banda_loghi_alt_castanese.html"),
    # a header row of bold cells heads its columns as a row of <th> does (one row; two, under a rowspan)
    ("th-as-td-strong", "heldout2/pages/h2_27_multi_asst_table_cremasco_casalasco.html"),
    ("th-as-td-strong", "pages/563_table_two_row_header_rowspan_cremonese.html"),
]


@pytest.mark.parametrize(("transform", "page"), CASES, ids=[f"{t}-{p.split('/')[-1][:24]}" for t, p in CASES])
def test_facts_survive_the_transform(transform: str, page: str) -> None:
    body = (FIXTURES / page).read_bytes()
    changed = TRANSFORMS[transform](body)
    assert changed is not None and changed != body
    before = facts(body, page)
    assert before  # the page states facts
    assert facts(changed, page) == before


def test_a_header_of_bold_cells_reads_as_one_of_th_cells() -> None:
    """Over a table listing the ambito's comuni one a row, an "Ente capofila" header marks no comune, written in
    `<th>` or in bold `<td>` (both read it as the list's column, not as the first row's role)."""
    rows = "".join(f"<tr><td>{c}</td><td>Piazza {n}</td></tr>" for n, c in enumerate(["Rho", "Pero", "Arese"]))
    found = []
    for head in ("<th>Ente capofila</th><th>Sede</th>", "<td><b>Ente capofila</b></td><td><strong>Sede</strong></td>"):
        html = (
            "<html><body><h1>Ambito Rhodense</h1><p>Aderiscono all'Ambito Rhodense i Comuni di Arese, Cornaredo, "
            "Lainate, Pero, Pogliano Milanese, Pregnana Milanese, Rho, Settimo Milanese e Vanzago.</p>"
            f"<table><tr>{head}</tr>{rows}</table></body></html>"
        )
        found.append(facts(html.encode(), "p.html"))
    assert found[0] == found[1]
    assert not any(f.startswith("ambito[Ambito Rhodense].capofila") for f in found[0])
