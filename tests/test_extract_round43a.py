"""Round 43a (issue 11, docs/members.md §78): heldout58's losses as general classes, with counter-cases."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold_by_ambito

# the residents who may take part in or apply to the ambito's call, any verb a modal leads ("Potranno presentare
# domanda i nuclei familiari residenti nei Comuni di", "Possono beneficiare del voucher le famiglie residenti a"): the
# territory's comuni; counter-cases: those who may not ("Non possono partecipare i residenti ..."), and comuni that
# may take part in a regional call ("Possono partecipare i Comuni di ..."): applicants, not members
RESIDENTS_WHO_MAY_APPLY = [
    "2500_wp_bando_potranno_presentare_domanda_nuclei_residenti_casalasco.html",
    "2501_txt_avviso_possono_beneficiare_famiglie_residenti_a_valle_seriana.txt",
    "2502_controcaso_non_possono_partecipare_residenti_vigevano.html",
    "2503_controcaso_possono_partecipare_i_comuni_partner_voghera.html",
]


@pytest.mark.parametrize("name", RESIDENTS_WHO_MAY_APPLY)
def test_the_residents_who_may_apply_are_the_territorys(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)


# the capofila's role named as a noun with its holder in the genitive, no verb between ("Conferma delle funzioni di
# ente capofila della Città di X", "ha preso atto del ruolo di capofila del Comune di X"); counter-case: the role
# of another body ("... del Comune di X per il Distretto del Commercio")
ROLE_WITH_ITS_HOLDER = [
    "2504_albo_tabella_conferma_funzioni_capofila_della_citta_vigevano.html",
    "2505_txt_verbale_preso_atto_del_ruolo_capofila_comune_sondrio.txt",
    "2506_controcaso_ruolo_capofila_del_comune_distretto_commercio_voghera.html",
]


@pytest.mark.parametrize("name", ROLE_WITH_ITS_HOLDER)
def test_the_role_as_a_noun_with_its_holder_in_the_genitive(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
