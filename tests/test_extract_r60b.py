"""Round 60b. A table that a web page's text gives one cell a line, its rows parted by blank lines, under a typed
header ("Comune   Abitanti   Ruolo" over "Suzzara" / "21.302" / "capofila"): the row whose last cell is the
capofila's role alone names the capofila, and that role cell is no label of the next row's comune ("Ente capofila" /
"Pomponesco" was read "Ente capofila: Pomponesco"). Not a project's table ("Ruolo nel progetto"), not a table of
another service's comuni."""

from __future__ import annotations

import pytest

from tests.fixture_pages import assert_gives_no_member, extracted, gold


@pytest.mark.parametrize(
    "name",
    [
        "3690_txt_tabella_una_cella_per_riga_capofila_viadana.txt",
        "3691_txt_tabella_una_cella_per_riga_comune_capofila_tirano.txt",
        "3693_txt_controcaso_tabella_celle_progetto_capofila_tirano.txt",
    ],
)
def test_the_role_cell_closing_a_row_written_one_cell_a_line_names_the_capofila(name: str) -> None:
    """The capofila is the gold's (none for a project's lead), and every member read is the gold's: the row after the
    capofila's is still lost on these pages (the role line ends the member run, docs/members.md §125)."""
    want = gold(name)["ambiti"]
    got = extracted(name).ambiti
    assert [a.capofila for a in got] == [a["capofila"] for a in want]
    assert all(set(g.members) <= set(w["members"]) for g, w in zip(got, want, strict=True))


def test_another_services_table_with_a_capofila_row_gives_no_ambito() -> None:
    assert_gives_no_member("3692_txt_controcaso_tabella_celle_polizia_locale_bormio.txt")
    assert not extracted("3692_txt_controcaso_tabella_celle_polizia_locale_bormio.txt").ambiti
