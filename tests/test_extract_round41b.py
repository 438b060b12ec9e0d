"""Round 41b (issue 11): what news about an ambito names beside its members (guests present as well, the meeting's
venue, an area called after a compass point), each in its general form; the positive cases fail on extractor 0.4.65
(fixtures 2330 and up, `docs/members.md` §73)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold_by_ambito

PAGES = [
    # G: guests present beside the members ("come invitati anche gli assessori di"), and its counter-case: members
    # who signed later ("hanno firmato anche i sindaci di"), a presence word in an aside before them
    "2330_news_seriate_invitati_anche_sindaci.html",
    "2331_controcaso_firmato_anche_sindaci_seriate.html",
    # A: an area's name, a compass point and a city ("nel Sud Ovest Milano - A, B, ...")
    "2332_news_abbiatense_sud_ovest_milano_area.html",
    # V: the meeting's venue as an aside ("riuniti nell'aula magna della scuola media di X,"), and its counter-case: a
    # library network's comuni, the library no venue aside
    "2333_news_abbiatense_riuniti_nella_scuola.html",
    "2334_controcaso_biblioteche_di_rete_festival.html",
    # U: an ambito the page names only as "l'ambito", its capofila one of its listed comuni: named after it; and its
    # counter-case, "nell'ambito dell'iniziativa" (within) with the initiative's capofila
    "2335_news_seriate_unnamed_ambito_capofila_after.html",
    "2336_news_abbiatense_unnamed_comuni_dell_ambito.html",
    "2337_controcaso_nell_ambito_iniziativa_capofila.html",
    "2340_controcaso_atc_caccia_comuni_capofila.html",  # a hunting ATC's "ambito" and its "capofila": another body's
    # M: the mayors with their comuni's other officers ("i sindaci o i loro delegati di") in a photo's caption, under
    # paragraphs that stay on the ambito's Assemblea; its counter-case, a caption under a paragraph on another event
    "2338_news_seriate_caption_sindaci_o_delegati.html",
    "2339_controcaso_caption_sindaci_premiazione.html",
    # C: what the ambito's service or measure covers ("il servizio coinvolgerà", "la misura interessa"), one comune set
    # aside first ("Oltre a X,"); its counter-case, another kind of service ("il servizio di trasporto pubblico")
    "2341_news_seriate_oltre_a_servizio_coinvolgera.html",
    "2342_news_abbiatense_la_misura_interessa.html",
    "2343_controcaso_servizio_trasporto_pubblico_riguarda.html",
    # K: a list with its capofila named right after it ("..., con il capofila X,", "con X quale ente capofila"), in a
    # paragraph about the ambito; its counter-case, another body's capofila ("X capofila del Distretto del Commercio")
    "2344_news_seriate_quote_con_il_capofila.html",
    "2345_news_abbiatense_quale_ente_capofila.html",
    "2346_controcaso_capofila_del_distretto_commercio.html",
    # R: a partner ambito's comuni in a relative clause after the page's own ambito or plan ("in collaborazione con
    # l'Ambito di X, che riunisce A, B"); its counter-case, a comune's page whose only ambito is "con l'Ambito di X, che
    # comprende A, B"
    "2347_news_abbiatense_in_collaborazione_con_ambito_che_riunisce.html",
    "2348_controcaso_comune_con_ambito_che_comprende.html",
]


@pytest.mark.parametrize("name", PAGES)
def test_news_names_members_apart_from_guests_venues_and_areas(name: str) -> None:
    facts = extracted(name)
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
