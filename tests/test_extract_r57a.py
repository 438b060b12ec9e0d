"""Round 57a. A comune named in a short, abbreviated or former form: a qualifier's initials run together with no dot
("Gardone VT", "Sesto SG", "Ponte SP"; never a province's sigla, "Gardone BS"), and a former name abbreviated as
lists wrote it before the change ("Puegnago s/G", "S. Omobono I.", "Borgofranco s/Po"). The same forms in another
body's list (a Distretto del Commercio's, football clubs') give no member.

A bare first word two comuni of the province share ("Cassano", "Gardone") is the one that borders the list's other
comuni; when none or both do ("Gorla") it is reported unresolved."""

from __future__ import annotations

import pytest

from crawler.reference.comuni import lombardia
from tests.fixture_pages import extracted, extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3450_txt_ambito_isola_comuni_sigle_unite.txt",
        "3451_txt_comune_news_distretto_sesto_sg_cologno.txt",
        "3452_txt_vecchio_sito_valle_imagna_nomi_storici_abbreviati.txt",
        "3453_txt_ambito_ostiglia_elenco_comuni_prima_della_fusione.txt",
        "3454_txt_controcaso_distretto_commercio_sesto_sg_ponte_sp.txt",
        "3455_txt_controcaso_squadre_torneo_sigle_provincia.txt",
    ],
)
def test_joined_initials_and_former_names_abbreviated_name_the_comune(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("written", "istat"),
    [
        ("Gardone VT", "017075"),  # a qualifier's initials run together
        ("Sesto SG", "015209"),
        ("Darfo BT", "017065"),
        ("Gardone BS", None),  # the province's sigla, not Val Trompia's initials
        ("Claino CO", None),  # Claino con Osteno, in the province of Como: the sigla is the province
        ("PUEGNAGO S/G", "017158"),  # a former name abbreviated: Puegnago sul Garda, today Puegnago del Garda
        ("S. Omobono I.", "016252"),  # Sant'Omobono Imagna, today Sant'Omobono Terme
        ("Borgofranco s/Po", "020073"),  # today Borgocarbonara
        ("Borgofranco", None),  # a former name's bare first word is no short form
    ],
)
def test_short_and_former_forms_resolve_unless_a_sigla(written: str, istat: str | None) -> None:
    assert lombardia().code(written) == istat


@pytest.mark.parametrize(
    "name",
    [
        "3456_txt_ambito_gallarate_cassano_senza_qualificativo.txt",
        "3457_txt_valcuvia_bollettino_comuni_cassano.txt",
        "3458_txt_controcaso_ambito_castellanza_gorla_ambiguo.txt",
        "3459_txt_controcaso_gardone_fra_comuni_che_non_confinano.txt",
    ],
)
def test_a_bare_homonym_is_the_one_that_borders_the_list(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    ("name", "unresolved"),
    [
        ("3458_txt_controcaso_ambito_castellanza_gorla_ambiguo.txt", ["Gorla"]),  # both Gorla border the list
        ("3459_txt_controcaso_gardone_fra_comuni_che_non_confinano.txt", ["Gardone"]),  # neither Gardone does
    ],
)
def test_a_homonym_no_border_settles_is_reported(name: str, unresolved: list[str]) -> None:
    assert extracted(name).unresolved_names == unresolved
