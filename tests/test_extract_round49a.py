"""Round 49a: a comune named inside another thing's name, and a box of places near the page's town, under a true list
of members (docs/members.md §93)."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, gold_by_ambito


@pytest.mark.parametrize(
    "name",
    [
        "2950_text_road_named_by_its_ends_under_list_rho.txt",
        "2951_text_institutions_of_a_town_under_list_garbagnate.txt",
        # read right before the round too: the bulleted list with a service's and a road's lines under it
        "2952_text_services_and_pass_of_a_town_under_list_tirano.txt",
        # counter-case: services named after two members, under a list in prose: the members stay whole
        "2957_text_counter_list_then_address_in_comune_rho.txt",
    ],
)
def test_a_comune_that_completes_a_roads_or_a_bodys_name_is_no_item(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "2953_text_comune_page_box_dintorni_senago.txt",
        "2954_text_comune_page_towns_with_distance_pero.txt",
        "2955_text_comune_page_nei_pressi_dash_distance_villa_di_tirano.txt",
        # counter-case: the ambito's own list after a box of neighbours keeps all its comuni
        "2956_text_counter_limitrofi_then_own_list_garbagnate.txt",
    ],
)
def test_a_box_of_places_near_the_town_gives_no_members(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)
