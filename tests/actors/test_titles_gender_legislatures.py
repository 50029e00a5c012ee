"""Title + surname on a date, names in odd case, he/she agreement, legislatures by context."""
from __future__ import annotations

from spacy.language import Language

from newsevents.actors import ActorResolver
from newsevents.actors.mentions.offices import office_fits


# -- 1. title + surname on the article's date -------------------------------------------
def test_title_picks_the_office_holder_of_the_day(actor_codes) -> None:
    assert actor_codes("President Bush flew to Texas.", "2007-03-02")["President Bush"] == "USAGOV"
    # the data start in 2000: the elder Bush is not in it, and no one else is guessed
    got = actor_codes("President Bush met Chancellor Kohl in Bonn.", "1990-06-01")
    assert got["President Bush"] is None


def test_title_must_fit_the_office(actor_codes) -> None:
    # one Johnson was prime minister in 2021 (the U.S. House member is not a prime minister)
    assert actor_codes("Prime Minister Johnson spoke on Monday.", "2021-03-01")["Prime Minister Johnson"] == "GBRGOV"
    # in 2017 he was foreign secretary, not prime minister
    assert actor_codes("Prime Minister Johnson spoke on Monday.", "2017-08-01")["Prime Minister Johnson"] is None
    got = actor_codes("Foreign Secretary Johnson spoke on Monday.", "2017-08-01")
    assert got["Foreign Secretary Johnson"] == "GBRGOV"


def test_office_fits() -> None:
    assert office_fits("president", "")
    assert not office_fits("president", "vice-president")
    assert office_fits("minister", "defence minister (dates approximate)")
    assert office_fits("prime minister", "prime minister then president")
    assert not office_fits("foreign minister", "prime minister")


# -- 2. names in odd case ----------------------------------------------------------------
def test_lowercase_name_after_a_capitalised_title(actor_codes) -> None:
    got = actor_codes("President obama met President putin in Moscow.", "2010-06-01")
    assert got["President obama"] == "USAGOV" and got["President putin"] == "RUSGOV"


def test_lowercase_words_stay_words(actor_codes) -> None:
    got = actor_codes("He played his trump card as bush fires spread.", "2020-01-10")
    assert "USAGOV" not in got.values()


def test_headline_in_capitals(actor_codes) -> None:
    assert actor_codes("PUTIN SAYS RUSSIA WILL RESPOND", "2022-03-01")["PUTIN"] == "RUSGOV"
    assert "USAGOV" not in actor_codes("A TRUMP CARD FOR THE UNIONS", "2020-01-10").values()
    got = actor_codes("TRUMP VISITS OHIO. Donald Trump arrived on Monday.", "2020-01-10")
    assert got["TRUMP"] == "USAGOV"


# -- 3. he/she agreement -------------------------------------------------------------------
def test_she_does_not_take_a_man(actor_codes, bare_nlp: Language) -> None:
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("Foreign Secretary Jeremy Hunt spoke on Monday. She said the plan was wrong.")
    doc._.published = "2019-02-20"
    she = [m for m in resolver(doc)._.actor_mentions if m["text"] == "She"]
    assert she and she[0]["code"] is None


def test_mentions_carry_their_gender(bare_nlp: Language) -> None:
    # the event stage checks he/she agreement with it (events/arguments.py)
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("Foreign Secretary Jeremy Hunt met Mrs Okafor. She said the plan was wrong.")
    doc._.published = "2019-02-20"
    ms = {m["text"]: m for m in resolver(doc)._.actor_mentions}
    assert ms["Foreign Secretary Jeremy Hunt"].get("gender") == "m"
    assert ms["She"].get("gender") == "f"


def test_she_takes_the_woman(actor_codes, bare_nlp: Language) -> None:
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("Theresa May met Jeremy Hunt in London. She said Britain would act.")
    doc._.published = "2019-02-20"
    she = [m for m in resolver(doc)._.actor_mentions if m["text"] == "She"][0]
    assert she["code"] == "GBRGOV" and she["name"] == "Theresa May"


def test_honorific_and_private_person_block(actor_codes, bare_nlp: Language) -> None:
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("Boris Johnson spoke to Mrs Okafor, a nurse. She said he had listened.")
    doc._.published = "2020-05-01"
    ms = {m["text"]: m for m in resolver(doc)._.actor_mentions}
    assert ms["She"]["code"] is None  # the nurse, not the prime minister


def test_unknown_gender_keeps_linking(actor_codes, bare_nlp: Language) -> None:
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("Recep Tayyip Erdogan met Kallas. He said the talks went well.")
    doc._.published = "2020-05-01"
    he = [m for m in resolver(doc)._.actor_mentions if m["text"] == "He"][0]
    assert he["code"] is not None


# -- 4. legislatures -----------------------------------------------------------------------
def test_congress_is_the_us_congress(actor_codes) -> None:
    got = actor_codes("Trump says troops must leave Syria, while Congress says they must stay.", "2019-02-01")
    assert got["Congress"] == "USALEG"


def test_congress_in_india_is_a_party(actor_codes) -> None:
    got = actor_codes("Narendra Modi met Indian officials. Modi attacked Congress over the deal.", "2019-02-01")
    assert got.get("Congress") is None


def test_parliament_and_mps_take_the_country_of_the_context(actor_codes) -> None:
    got = actor_codes("Theresa May faced MPs on Tuesday. Parliament rejected her deal.", "2019-01-15")
    assert got["MPs"] == "GBRLEG" and got["Parliament"] == "GBRLEG"
    assert actor_codes("The Commons voted late.", "2019-01-15")["The Commons"] == "GBRLEG"


def test_chamber_needs_a_country_that_has_it(actor_codes) -> None:
    # no country that has a Senate is named before it
    got = actor_codes("Iran threatened Israel. The Senate met later.", "2019-01-15")
    assert got.get("The Senate") is None


def test_islamic_state_is_a_transnational_militant_group(actor_codes) -> None:
    got = actor_codes("Islamic State claimed the attack. Daesh fighters fled.", "2019-02-01")
    assert got["Islamic State"] == "IMGMUSISI" and got["Daesh fighters"] == "IMGMUSISI"


def test_private_surname_later_blocks_a_she(bare_nlp: Language) -> None:
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("Diane Abbott criticised the decision. Teresa Okafor left in 2015. "
                   "Okafor was 15 when she travelled.")
    doc._.published = "2019-03-09"
    she = [m for m in resolver(doc)._.actor_mentions if m["text"] == "she"][0]
    assert she["code"] is None


def test_apposition_across_an_honorific(bare_nlp: Language) -> None:
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("The Foreign Office permanent secretary, Sir Simon Brackley, would be sanctioned "
                   "since he sits on the board.")
    doc._.published = "2019-02-15"
    got = {m["text"]: m["code"] for m in resolver(doc)._.actor_mentions}
    assert got["Simon Brackley"] == "GBRGOV" and got["he"] == "GBRGOV"


def test_possessor_gives_way_to_the_subject(bare_nlp: Language) -> None:
    resolver = ActorResolver(bare_nlp)
    doc = bare_nlp("Differences emerged on Monday when Jeremy Hunt spoke openly about Donald "
                   "Trump's plan to withdraw troops. He told MPs the fight was not over.")
    doc._.published = "2019-02-11"
    he = [m for m in resolver(doc)._.actor_mentions if m["text"] == "He"][0]
    assert he["name"] == "Jeremy Hunt"


def test_legislature_of_a_named_country(actor_codes) -> None:
    got = actor_codes("Donald Trump spoke in Washington. The parliament of Kenya rejected the plan.", "2019-02-01")
    assert got["The parliament"] == "KENLEG"
