"""The actor component on hand-written sentences and on the sample article."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.actors import ActorResolver

KEYS = {"text", "start", "end", "tok_start", "tok_end", "code", "name", "kind", "sentence"}


@pytest.fixture(scope="module")
def resolver(bare_nlp: Language) -> ActorResolver:
    return ActorResolver(bare_nlp)


@pytest.fixture(scope="module")
def run(bare_nlp: Language, resolver: ActorResolver):
    def _run(text: str, published: str | None = "2025-06-05") -> list[dict]:
        doc = bare_nlp(text)
        doc._.published = published
        return resolver(doc)._.actor_mentions

    return _run


def find(mentions: list[dict], text: str) -> dict:
    hits = [m for m in mentions if m["text"] == text]
    assert hits, f"{text!r} not among {[m['text'] for m in mentions]}"
    return hits[0]


def test_mention_shape(run) -> None:
    text = "Officials in Moscow met envoys from Brazil. Later, Canadian troops arrived."
    mentions = run(text)
    assert mentions == sorted(mentions, key=lambda m: m["start"])
    for m in mentions:
        assert set(m) == KEYS
        assert text[m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(
    ("published", "code"), [("2019-06-01", "USAGOV"), ("2023-06-01", "USA"), ("2025-06-05", "USAGOV")]
)
def test_trump_by_date(run, published: str, code: str) -> None:
    mentions = run("Donald Trump spoke to reporters on the lawn.", published)
    assert find(mentions, "Donald Trump")["code"] == code


def test_biden_by_date(run) -> None:
    assert find(run("Joe Biden visited Ohio.", "2023-06-01"), "Joe Biden")["code"] == "USAGOV"
    assert find(run("Joe Biden visited Ohio.", "2019-06-01"), "Joe Biden")["code"] == "USA"


def test_missing_date_means_today(run) -> None:
    assert find(run("Emmanuel Macron visited Berlin.", None), "Emmanuel Macron")["code"] == "FRAGOV"


@pytest.mark.parametrize(
    ("sentence", "span", "code", "kind"),
    [
        ("Chilean President Tomasa Quispe flew to Lima on Monday.",
         "Chilean President Tomasa Quispe", "CHLGOV", "person"),
        ("Iran's foreign minister warned against new sanctions.",
         "Iran's foreign minister", "IRNGOV", "title"),
        ("A Ukrainian army spokesman denied the report.", "A Ukrainian army spokesman", "UKRMIL", "title"),
        ("Chinese police detained three men.", "Chinese police", "CHNCOP", "group"),
        ("Syrian rebels seized the town.", "Syrian rebels", "SYRREB", "group"),
        ("Russian troops crossed the river.", "Russian troops", "RUSMIL", "group"),
        ("The talks collapsed after the Ukrainian government walked out.",
         "the Ukrainian government", "UKRGOV", "group"),
        ("Drones struck Russian airfields overnight.", "Russian airfields", "RUS", "country"),
        ("Kenyan rebel leader Otieno Wekesa vowed to fight on.",
         "Kenyan rebel leader Otieno Wekesa", "KENREB", "person"),
        ("Former Peruvian president Aurelio Mamani was arrested.",
         "Former Peruvian president Aurelio Mamani", "PERELI", "person"),
        ("Ghanaian Energy Minister Kofi Mensah-Boateng opened the plant.",
         "Ghanaian Energy Minister Kofi Mensah-Boateng", "GHAGOV", "person"),
        ("The Indonesian Trade Ministry rejected the claim.", "The Indonesian Trade Ministry", "IDNGOV", "group"),
        ("She later called her Chilean counterpart.", "Chilean counterpart", "CHLGOV", "title"),
    ],
)
def test_title_inference(run, sentence: str, span: str, code: str, kind: str) -> None:
    m = find(run(sentence), span)
    assert (m["code"], m["kind"]) == (code, kind)


def test_former_title_is_elite(run) -> None:
    m = find(run("The former Egyptian president Fathi Mansour died."), "The former Egyptian president Fathi Mansour")
    assert m["code"] == "EGYELI"


def test_metonyms(run) -> None:
    mentions = run(
        "The Kremlin rejected the offer, while Washington and Beijing kept silent. "
        "Downing Street and the Elysee welcomed it, and the Vatican offered to mediate."
    )
    assert find(mentions, "The Kremlin")["code"] == "RUSGOV"
    assert find(mentions, "Washington")["code"] == "USAGOV"
    assert find(mentions, "Beijing")["code"] == "CHNGOV"
    assert find(mentions, "Downing Street")["code"] == "GBRGOV"
    assert find(mentions, "the Elysee")["code"] == "FRAGOV"
    assert find(mentions, "the Vatican")["code"] == "VATGOV"


def test_igos_and_case(run) -> None:
    mentions = run("The UN and NATO urged restraint. Tell us what the US wants, said the IMF.")
    assert find(mentions, "UN")["code"] == "IGOUNO"
    assert find(mentions, "NATO")["code"] == "IGOWSTNAT"
    assert find(mentions, "IMF")["code"] == "IGOBUSIMF"
    assert find(mentions, "US")["code"] == "USA"
    assert all(m["text"] != "us" for m in mentions)


def test_surname_linked_to_title(run) -> None:
    mentions = run(
        "Israeli Prime Minister Avner Golan arrived in Cairo on Sunday. "
        "Egyptian officials said Golan would stay two days."
    )
    assert find(mentions, "Israeli Prime Minister Avner Golan")["code"] == "ISRGOV"
    linked = find(mentions, "Golan")
    assert (linked["code"], linked["name"]) == ("ISRGOV", "Avner Golan")
    assert find(mentions, "Egyptian officials")["code"] == "EGYGOV"


def test_pronoun_takes_recent_person(run) -> None:
    mentions = run(
        "German Chancellor Friedrich Merz met Polish officials in Warsaw. He promised more aid."
    )
    he = find(mentions, "He")
    assert (he["code"], he["kind"], he["sentence"]) == ("DEUGOV", "pronoun", 1)


def test_pronoun_without_antecedent_stays_unresolved(run) -> None:
    he = find(run("The storm passed. He said nothing."), "He")
    assert he["code"] is None


def test_definite_title_resolves(run) -> None:
    mentions = run("Pope Leo XIV met pilgrims on Sunday. The pontiff then blessed the crowd.")
    m = find(mentions, "The pontiff")
    assert (m["code"], m["name"]) == ("VATGOV", "Pope Leo XIV")


def test_user_file_in_component(bare_nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("name,code,start,end\nBlorvania,BLVGOV,,\nAcme Drones,USABUS,,\n", encoding="utf-8")
    resolver = ActorResolver(bare_nlp, actors_files=[str(path)])
    doc = bare_nlp("Blorvania bought parts from Acme Drones.")
    doc._.published = "2025-01-01"
    mentions = resolver(doc)._.actor_mentions
    assert find(mentions, "Blorvania")["code"] == "BLVGOV"
    assert find(mentions, "Acme Drones")["code"] == "USABUS"


def test_sample_article(bare_nlp: Language, resolver: ActorResolver, sample_path: Path) -> None:
    doc = bare_nlp(sample_path.read_text(encoding="utf-8"))
    doc._.published = "2025-06-05"
    mentions = resolver(doc)._.actor_mentions
    assert find(mentions, "U.S. President Donald Trump")["code"] == "USAGOV"
    assert find(mentions, "Russian President Vladimir Putin")["code"] == "RUSGOV"
    assert find(mentions, "the Kremlin")["code"] == "RUSGOV"
    assert find(mentions, "Pope Leo XIV")["code"].startswith("VAT")
    assert find(mentions, "the Ukrainian government")["code"] == "UKRGOV"
    # "He" opening the sentence after "Putin accused ..." is Putin
    sents = list(doc.sents)
    putin_sent = next(i for i, s in enumerate(sents) if s.text.startswith("Putin accused"))
    he = next(m for m in mentions if m["kind"] == "pronoun" and m["sentence"] == putin_sent + 1)
    assert he["text"] == "He" and he["code"] == "RUSGOV" and he["name"] == "Vladimir Putin"
    assert all(m["code"] == "RUSGOV" for m in mentions if m["text"] == "Putin")


def test_igo_titles_keep_igo_code(run) -> None:
    m = find(run("UN Secretary-General Antonio Guterres called for calm.", "2024-01-01"),
             "UN Secretary-General Antonio Guterres")
    assert (m["code"], m["name"]) == ("IGOUNO", "Antonio Guterres")


def test_sample_pontiff_and_president(bare_nlp: Language, resolver: ActorResolver, sample_path: Path) -> None:
    doc = bare_nlp(sample_path.read_text(encoding="utf-8"))
    doc._.published = "2025-06-05"
    mentions = resolver(doc)._.actor_mentions
    pontiff = next(m for m in mentions if m["text"].endswith("pontiff"))
    assert (pontiff["code"], pontiff["name"]) == ("VATGOV", "Pope Leo XIV")
    president = find(mentions, "The Russian president")
    assert (president["code"], president["name"]) == ("RUSGOV", "Vladimir Putin")


def test_mentions_survive_serialisation(bare_nlp: Language) -> None:
    from spacy.tokens import Doc

    doc = bare_nlp("Russian President Vladimir Putin met Chinese officials.")
    doc._.published = "2025-06-05"
    ActorResolver(bare_nlp)(doc)
    again = Doc(bare_nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.actor_mentions == doc._.actor_mentions


def test_plural_references_carry_codes(run) -> None:
    mentions = run(
        "U.S. President Donald Trump spoke to Russian President Vladimir Putin on Wednesday. "
        "The two leaders discussed Ukraine. Moscow and Kyiv traded accusations. "
        "Both countries blamed each other."
    )
    leaders = find(mentions, "The two leaders")
    assert leaders["codes"] == ["USAGOV", "RUSGOV"] and leaders["code"] == "USAGOV"
    assert leaders["kind"] == "plural"
    assert find(mentions, "Both countries")["codes"] == ["RUS", "UKR"]
    assert find(mentions, "Kyiv")["code"] == "UKRGOV"
    assert all("codes" not in m for m in mentions if m["kind"] != "plural")


def test_unresolved_plural_has_no_codes(run) -> None:
    m = find(run("The storm passed. Both sides said nothing."), "Both sides")
    assert m["code"] is None and "codes" not in m


def test_definite_leader_and_president(run) -> None:
    mentions = run(
        "Russian President Vladimir Putin met Chinese officials. The talks lasted hours. "
        "Reporters waited outside. Cameras were set up. The Russian leader later spoke. "
        "Officials said the president was tired."
    )
    assert find(mentions, "The Russian leader")["name"] == "Vladimir Putin"
    assert find(mentions, "the president")["code"] == "RUSGOV"


def test_title_name_linked_for_the_rest_of_the_article(run) -> None:
    mentions = run(
        "Chilean President Tomasa Quispe flew to Lima on Monday. Quispe met Peruvian officials. "
        "On Tuesday Tomasa Quispe left."
    )
    assert [m["code"] for m in mentions if "Quispe" in m["text"]] == ["CHLGOV"] * 3


def test_groups_resolve_by_date(run) -> None:
    assert find(run("The Taliban seized the town.", "2010-05-01"), "Taliban")["code"] == "AFGREB"
    assert find(run("The Taliban seized the town.", "2023-05-01"), "Taliban")["code"] == "AFGGOV"


@pytest.mark.parametrize(("text", "published", "span", "code"), [
    # the phrase names a government, also outside the leader's term
    ("The Bush administration criticised Cuba.", "2000-01-01", "Bush administration", "USAGOV"),
    ("The Obama administration imposed sanctions.", "2019-03-01", "Obama administration", "USAGOV"),
    # a surname shared across countries resolves through the term valid on the date
    ("The Blair government sent troops.", "2003-05-10", "Blair government", "GBRGOV"),
])
def test_leader_government(run, text: str, published: str, span: str, code: str) -> None:
    m = find(run(text, published), span)
    assert (m["code"], m["kind"]) == (code, "group")


@pytest.mark.parametrize(("text", "published", "span", "code"), [
    ("The Revolutionary United Front freed the hostages.", "1999-06-01", "Revolutionary United Front", "SLEREB"),
    ("The SPLM signed the deal.", "2004-06-01", "SPLM", "SDNREB"),
    ("The SPLM signed the deal.", "2013-06-01", "SPLM", "SSDGOV"),
    ("UNITA fighters attacked the town.", "1998-06-01", "UNITA fighters", "AGOREB"),
])
def test_armed_groups_by_date(run, text: str, published: str, span: str, code: str) -> None:
    assert find(run(text, published), span)["code"] == code


def test_congo_in_news_english(run) -> None:
    assert find(run("Congo accused Rwanda of backing the rebels."), "Congo")["code"] == "COD"
    drc = run("Envoys of the Democratic Republic of Congo's government arrived in Doha.")
    assert find(drc, "the Democratic Republic of Congo's government")["code"] == "CODGOV"
    assert find(run("The Republic of Congo held elections."), "Republic of Congo")["code"] == "COG"
