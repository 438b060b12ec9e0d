"""Round 60e. The ambito named, then a relative clause of membership whose object is the list ("l'Ambito di X, del
quale fanno parte A, B e C", "il Distretto di X, al quale aderiscono i Comuni di", "di cui Y fa parte insieme ai
Comuni di A e B"): the clause binds the list to the ambito whatever the main clause tells (a service, a call, a
measure). The same clause after a shops' district, a hunting district or a partner ambito ("insieme all'Ambito di
X, del quale fanno parte") gives no member."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "3750_txt_comune_notizia_distretto_al_quale_aderiscono.txt",
        "3751_txt_giornale_ambito_nel_quale_rientrano.txt",
        "3752_txt_comune_servizio_di_cui_fa_parte_insieme_ai_comuni.txt",
        "3753_txt_controcaso_distretto_commercio_del_quale_fanno_parte.txt",
        "3754_txt_controcaso_progetto_insieme_all_ambito_di_cui_fanno_parte.txt",
        "3755_txt_controcaso_ambito_di_caccia_di_cui_fanno_parte.txt",
    ],
)
def test_a_relative_clause_of_membership_after_the_ambitos_name_gives_its_comuni(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
