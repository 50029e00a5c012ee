"""Events in real reporting: generic actors, unknown doers, nominal events, riots and
repression, quotations, narrative dates. Sentences of the project's own writing, in the
style of wire and conflict reports; the whole pipeline runs (agents need the places)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Triple = tuple[str | None, str, str | None]


@pytest.fixture(scope="module")
def events(pipeline) -> Callable[..., list[dict]]:
    def run(text: str, published: str = "2021-03-10") -> list[dict]:
        return [e for e in pipeline.extract(text, published=published)["events"]
                if e["modality"] in ("asserted", "reported")]
    return run


def triples(evs: list[dict]) -> set[Triple]:
    return {(e["source"], e["cameo"], e["target"]) for e in evs}


def test_police_arrest_of_activists_is_coded_with_the_place_country(events) -> None:
    got = triples(events("Police arrested 14 opposition activists in Bulawayo on Sunday."))
    assert ("ZWECOP", "173", "ZWEOPP") in got


def test_a_demonstration_by_nurses_is_a_protest_of_their_country(events) -> None:
    got = events("About 300 nurses demonstrated outside the health ministry in Nairobi over unpaid wages.")
    assert any(e["root"] == "14" and e["source"] == "KENHLH" for e in got)


def test_a_protest_with_no_named_organiser_is_placed(events) -> None:
    got = events("A protest against fuel prices was held in Mombasa on Friday.")
    assert any(e["root"] == "14" and (e["source"] or "").startswith("KEN") for e in got)


def test_an_unknown_bomber_is_an_unidentified_armed_group(events) -> None:
    got = events("A roadside bomb exploded near an army convoy in Kandahar province, wounding three soldiers.")
    assert any(e["cameo"].startswith("183") and e["source"] == "AFGUAF" and e["target"] == "AFGMIL" for e in got)


def test_killing_by_unnamed_attackers_is_coded_with_the_victims(events) -> None:
    got = events("Two farmers were shot dead in Zamfara state on Tuesday.")
    assert any(e["root"] == "18" and e["source"] == "NGAUAF" and e["target"] == "NGAAGR" for e in got)


def test_coordinated_passives_share_their_agent(events) -> None:
    got = triples(events("Seven villagers were abducted and beaten by Boko Haram fighters near Maiduguri."))
    assert ("NGAREB", "181", "NGACVL") in got
    assert any(s == "NGAREB" and c.startswith("18") and c != "181" for s, c, _ in got)


def test_clashes_between_rebels_and_troops_are_a_battle(events) -> None:
    got = triples(events("Heavy clashes broke out between rebels and government troops in North Kivu."))
    assert {("CODREB", "190", "CODMIL"), ("CODMIL", "190", "CODREB")} <= got


def test_state_forces_shooting_protesters_is_repression(events) -> None:
    got = triples(events("Soldiers shot and wounded five protesters in Mandalay on Saturday."))
    assert ("MMRMIL", "175", "MMROPP") in got


def test_gunmen_killing_traders_is_unconventional_violence(events) -> None:
    got = triples(events("Gunmen shot dead three traders at a market in Jos."))
    assert ("NGAUAF", "180", "NGABUS") in got


def test_an_unarmed_crowd_that_attacks_is_rioting(events) -> None:
    got = events("Angry youths attacked a police station in Kisii and set a vehicle on fire.")
    assert any(e["cameo"] == "145" and e["source"] == "KENCVL" for e in got)


def test_burning_tyres_on_a_road_is_a_violent_protest(events) -> None:
    got = events("Residents of Soweto burned tyres and blocked roads to protest power cuts.")
    assert any(e["cameo"] == "145" for e in got)
    assert any(e["cameo"] == "144" for e in got)


def test_a_verb_after_a_quotation_takes_its_subject_from_outside_it(events) -> None:
    got = triples(events("Biden said he stressed that \u201cRussia cannot win this war\u201d and criticized Moscow "
                         "for its attacks.", "2023-03-10"))
    assert ("USAGOV", "111", "RUSGOV") in got
    assert not any(s == "RUS" and c == "111" for s, c, _ in got)


def test_a_narrative_date_dates_the_sentences_that_follow(events) -> None:
    got = events("On 3 March 2021, gunmen attacked a village in Kaduna state. They abducted twelve villagers.",
                 "2021-03-05")
    abduction = [e for e in got if e["cameo"] == "181"]
    assert abduction and abduction[0]["date"] == "2021-03-03" and abduction[0]["date_source"] == "narrative"


def test_an_accident_is_no_attack(events) -> None:
    assert not any(e["root"] in ("18", "19") for e in events("Three workers were killed in a road accident in Lagos."))


def test_an_attack_on_a_post_of_an_armed_body_targets_that_body(events) -> None:
    got = triples(events("Militants stormed an army checkpoint near Maiduguri on Monday."))
    assert ("NGAREB", "190", "NGAMIL") in got
    got = triples(events("Gunmen attacked a police station in Zamfara state."))
    assert any(t == "NGACOP" and c[:2] in ("18", "19") for _, c, t in got)


def test_a_post_is_no_doer_of_its_own(events) -> None:
    got = events("The army chief visited a police station in Mombasa.")
    assert not any((e["source"] or "").endswith("COP") for e in got)


def test_force_from_aircraft_is_aerial(events) -> None:
    got = triples(events("Israeli aircraft struck Hamas positions in Gaza on Tuesday."))
    assert ("ISRMIL", "195", "PSEREB") in got


def test_a_blast_that_hits_something_is_one_event(events) -> None:
    got = events("An explosion hit a police vehicle in Kabul on Sunday.")
    violent = [e for e in got if e["root"] in ("18", "19")]
    assert len(violent) == 1 and violent[0]["target"] == "AFGCOP"


def test_shells_fired_by_a_side_that_hit_a_clinic_hit_its_civilians(events) -> None:
    got = triples(events("Shells fired by government forces struck a clinic in Tripoli, Libya."))
    assert ("LBYMIL", "194", "LBYCVL") in got


def test_people_held_then_freed_are_the_target_of_the_release(events) -> None:
    got = triples(events("Protesters arrested during the rally were released by police in Harare on Tuesday."))
    assert ("ZWECOP", "0841", "ZWEOPP") in got
    assert not any(c == "173" for _, c, _ in got)  # the arrest describes who was released


def test_generic_sides_with_no_country_are_still_coded(events) -> None:
    assert ("---COP", "173", "---OPP") in triples(events("Police arrested 12 activists."))


def test_protesters_who_gather_protest(events) -> None:
    got = events("Hundreds of protesters gathered outside parliament in Nairobi on Tuesday.")
    assert any(e["cameo"] == "141" and e["source"] == "KENOPP" for e in got)
    assert not events("Fans gathered outside the stadium in Nairobi.")


def test_insisting_on_a_fact_is_no_demand(events) -> None:
    assert not any(e["cameo"] == "100" for e in events("Russia insisted that the rebels had staged the attack."))
    assert any(e["cameo"] == "100" for e in events("Russia insisted that the rebels leave Aleppo."))


def test_word_senses_of_deny_and_sanction(events) -> None:
    assert ("IRQ", "120", "TURREB") in triples(events("Iraq denied sanctuary to PKK fighters."))
    got = triples(events("Russia sanctioned the Turkish incursion into Afrin."))
    assert not any(c == "163" for _, c, _ in got)
    assert ("USA", "163", "IRN") in triples(events("The US sanctioned Iran's central bank."))


def test_a_word_of_a_name_at_the_start_of_a_sentence_is_no_verb(events) -> None:
    got = events("Free Syrian Army fighters captured the town on Monday.")
    assert not any(e["cameo"] == "0841" for e in got)


def test_capturing_a_named_place_is_taking_territory(events) -> None:
    got = triples(events("The Taliban took Kabul in August."))
    assert ("AFGREB", "192", "AFG") in got
    assert not events("The minister took London by surprise.")


def test_what_a_protest_is_against_is_no_event_of_its_own(events) -> None:
    got = events("Hundreds protested in Nairobi on Monday against the killings of traders by police.")
    assert any(e["root"] == "14" for e in got)
    assert not any(e["root"] in ("18", "19") or e["cameo"] == "175" for e in got)


def test_a_blockade_with_burning_tyres_is_a_violent_protest(events) -> None:
    got = events("On 28 April 2021, demonstrators barricaded roads with burning tyres in Sfax to demand jobs.",
                 "2021-04-30")
    assert any(e["cameo"] == "145" and e["source"] == "TUNOPP" for e in got)
    got = events("Protesters marched in Dhaka against the burning of a mosque.")
    assert not any(e["cameo"] == "145" for e in got)
    got = events("On 2 May 2021, residents blocked the main road in Aden, burning tyres and branches.",
                 "2021-05-04")
    assert any(e["cameo"] == "145" and e["source"] == "YEMCVL" for e in got)


def test_drivers_and_sellers_are_civilian_victims(events) -> None:
    got = triples(events("Police shot a taxi driver in Kampala on Monday."))
    assert ("UGACOP", "175", "UGALAB") in got
    got = events("Rebels assaulted a vegetable seller in Dhamar.")
    assert any(e["target"] == "YEMBUS" and e["root"] == "18" for e in got)


def test_a_person_no_side_claims_is_a_civilian_victim(events) -> None:
    got = triples(events("A basketball player was at home in Petare when the police came. Police officers "
                         "shot him dead."))
    assert ("VENCOP", "175", "VENCVL") in got
    assert not any(t and t.endswith("CVL") for _, _, t in triples(events(
        "Laura Ashley has been hit by reports of poor sales in London.")))


def test_a_raid_takes_its_victims_from_the_toll(events) -> None:
    got = triples(events("Bandits raided a settlement in Marakwet East on Saturday, injuring two herders."))
    assert any(c[:2] == "18" and t == "KENAGR" for _, c, t in got)


def test_what_protesters_ask_the_police_to_stop_is_no_event(events) -> None:
    got = events("On 7 May 2021, residents marched to the police station in Kenitra, demanding the authorities "
                 "to arrest drug traffickers attacking them.", "2021-05-09")
    assert any(e["root"] == "14" for e in got)
    assert not any(e["root"] == "19" for e in got)


def test_sides_named_together_are_no_targets_of_each_other(events) -> None:
    got = triples(events("Thailand and India declined the offer of a debt freeze."))
    assert not any(s and t and {s, t} == {"THA", "IND"} for s, _, t in got)
    got = triples(events("Russian and Ukrainian troops fought street battles in Krasnohorivka on Thursday."))
    assert any(s == "RUS" and t == "UKRMIL" for s, _, t in got)  # fighting with no foe named: each other
    got = triples(events("Brazil and the United States agreed to deepen ties."))
    assert any(s == "BRA" and t == "USA" for s, _, t in got)


def test_taking_control_of_a_place_is_taking_territory(events) -> None:
    assert ("IRQMIL", "192", "IRQ") in triples(events("The Iraqi army regained control of Mosul."))
    assert not any(c == "192" for _, c, _ in triples(events(
        "In Hermosillo, several armed men took control of an agricultural factory.")))


def test_audit_word_senses_call_upon_barrage_and_names(events) -> None:
    got = triples(events("The UN said it would call upon all relevant authorities in Syria to preserve the sites."))
    assert not any(c == "041" for _, c, _ in got)
    got = events("MPs bombarded the minister in London with a barrage of requests for the letter.")
    assert not any(e["root"] in ("18", "19") for e in got)
    got = events("Their war against the forces known as the Free [Syrian] Army has entered a new phase.")
    assert not any(e["cameo"] == "0841" for e in got)


def test_those_fighting_alongside_are_no_targets(events) -> None:
    got = triples(events("US troops and British special forces have fought alongside the Syrian Democratic Forces."))
    assert not any(s and t and s[:3] in ("USA", "GBR") and t[:3] in ("USA", "GBR", "SYR") for s, _, t in got)


def test_an_attack_said_not_to_have_happened_is_not_reported_as_one(events) -> None:
    assert not [e for e in events("Officials in Kabul said that no attack on the convoy had taken place.")
                if e["root"] in ("18", "19")]
    assert not events("The Afghan ministry does not recall any Pakistani attacks on the border posts.")


def test_an_act_in_case_or_for_someone_to_do_is_not_done(events) -> None:
    assert not [e for e in events("The Iraqi army will respond in case the militants attack civilians.")
                if e["root"] == "18"]
    assert not [e for e in events("The envoy said Kenya would give no opportunity for Somalia to attack it.")
                if e["root"] == "19"]


def test_the_one_asked_a_question_is_not_the_one_asking(events) -> None:
    assert not [e for e in events("Asked about the sanctions, the Iranian foreign minister said talks "
                                  "would continue.") if e["cameo"].startswith("02")]


def test_it_and_the_group_refer_back_to_one_state_or_organisation(events, pipeline) -> None:
    got = triples(events("Erdogan lashed out at the United States on Monday, accusing it of arming militants."))
    assert {("TURGOV", "111", "USA"), ("TURGOV", "112", "USA")} <= got
    assert not any(c.startswith("18") for _, c, _ in got)  # words, not blows
    got = triples(events("Islamic State fighters stormed the town. The group withdrew two days later."))
    assert ("IMGMUSISI", "087", None) in got
    actors = pipeline.extract("The deal was signed by Iran in 2015. It limits enrichment.",
                              published="2021-03-10")["actors"]
    assert all(a["code"] is None for a in actors if a["text"] == "It")  # a thing came between


def test_a_participle_clause_that_says_who_someone_is_is_no_event(events) -> None:
    assert not events("Allowed to return in 1990, the Iraqi politician briefly led a small party.")
    got = triples(events("Kidnapped in Kaduna in 2019, two Nigerian pastors were freed on Monday."))
    assert any(c == "181" for _, c, _ in got)


def test_the_killing_a_protest_follows_is_its_grievance(events) -> None:
    got = events("On 8 May, young people blocked streets in Goma to express their anger "
                 "following the killing of a trader by gunmen.")
    assert any(e["root"] == "14" for e in got) and not any(e["root"] == "18" for e in got)
    assert any(e["root"] == "17" or e["root"] == "18" for e in events(
        "Police killed two men in Goma following the attack on a patrol."))


def test_private_journeys_and_formulas_are_no_events(events) -> None:
    assert not events("Joe Robinson, a former British soldier, went to Syria in 2015.")
    assert not events("Some 83 British MPs gave their answers in 100 hours of taped interviews.")
    assert not events("Mahmoud, who worked for the free Idlib police, said the Syrian group disbanded.")
    assert not events("Blair said it is wrong to deny British people the relaxed hours.")
    assert ("GRCGOV", "080", None) in triples(events("The Greek government gave in to the demands."))
    assert not events("A Syrian resident, who asked not to be named for fear of reprisals, said the town was quiet.")


def test_politicians_attacked_for_faults_are_criticised_not_hit(events) -> None:
    got = triples(events("Liberal Democrat leader Charles Kennedy attacked Gordon Brown for failing to "
                         "mention the environment.", "2005-03-01"))
    assert any(c == "111" for _, c, _ in got) and not any(c.startswith("19") for _, c, _ in got)
    got = events("Villagers said they were attacked for demonstrating against the Bangladeshi government.")
    assert not any(e["cameo"] == "111" for e in got)


def test_idioms_of_force_and_purposes_are_no_events(events) -> None:
    assert not events("Irish shares hit record highs on Thursday.")
    assert not events("Brown said he had hit his growth target of 3.1% for 2004.")
    assert not events("He said the British budget struck a balance between tax cuts and investment.")
    assert not events("The British police said they would help fight terror and crime.")
    assert not events("Howard predicted the British budget would do nothing to help Labour's campaign.")
    assert ("RUSMIL", "195", "SYR") in triples(events("Russian jets hit targets in Idlib."))


def test_warnings_of_a_state_of_affairs_and_acts_without_are_no_threats_or_acts(events) -> None:
    assert not [e for e in events("Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war "
                                  "could be illegal.", "2005-03-01") if e["root"] == "13"]
    assert ("USA", "130", "IRN") in triples(events("The US warned Iran that sanctions would follow."))
    assert not [e for e in events("Goldsmith said the war could be illegal without a UN resolution "
                                  "sanctioning military action.") if e["source"] == "IGOUNO"]


def test_a_person_named_by_occupation_who_is_shot_dead_is_a_civilian_victim(events) -> None:
    got = triples(events("On 2 May 2020, a former bodyguard was shot dead by unidentified assailants "
                         "in Hinigaran, Negros Occidental.", "2020-05-04"))
    assert ("PHLUAF", "180", "PHLCVL") in got


def test_targets_from_relatives_purposes_by_phrases_and_coordinated_acts(events) -> None:
    assert ("RUS", "060", "IRN") in triples(events("Also active in the region is Iran, with which Russia has "
                                                   "partnered to win the war."))
    got = triples(events("US troops have fought alongside the Syrian Democratic Forces to oust Isis from Raqqa."))
    assert ("USAMIL", "190", "IMGMUSISI") in got
    got = triples(events("Cavusoglu accused the US of bad faith and delivered an ultimatum.", "2018-02-01"))
    assert ("TURGOV", "139", "USA") in got
    got = triples(events("Kenya welcomed the decision by Uganda to reopen the border."))
    assert any(s == "KEN" and t == "UGA" for s, _, t in got)
    assert not events("Labour defeated the Conservatives in the election.")


def test_an_arrest_with_no_side_named_is_by_the_police_where_it_happened(events) -> None:
    got = triples(events("Twelve opposition activists were detained in Harare on Monday."))
    assert ("ZWECOP", "173", "ZWEOPP") in got


def test_forces_poised_to_attack_and_judged_acts_are_not_threats_or_acts(events) -> None:
    assert not events("Russian and Syrian forces are poised to storm Idlib province.")
    assert not [e for e in events("Goldsmith warned Blair that it would have been safer to seek a "
                                  "second UN resolution.", "2005-03-01") if e["root"] in ("03", "13")]


def test_a_government_announcing_what_its_forces_will_do_expresses_the_intent(events) -> None:
    got = triples(events("In December Donald Trump announced that the remaining 2,000 US troops in Syria "
                         "would withdraw.", "2019-01-06"))
    assert ("USAGOV", "0356", None) in got


def test_dismissing_allegations_denies_and_dismissing_questions_declines_comment(events) -> None:
    assert ("RUS", "016", "GBR") in triples(events("Russia dismissed the British allegations as absurd."))
    got = triples(events("Tony Blair has dismissed questions about the attorney general's advice.", "2005-03-01"))
    assert ("GBRGOV", "011", None) in got


def test_prospective_hedged_and_generic_acts_are_not_reported_as_done(events) -> None:
    assert not [e for e in events("Nothing was said about the Russians' projected attack on the residents "
                                  "of Idlib.") if e["root"] == "18"]
    assert not events("It seems the UK, US and France are happy to discuss punishing Russia.")
    assert not events("Idlib is likely to be the last stand for those who first fought against Assad.")
    got = events("Turkish forces will enter Idlib to support rebel forces opposing both the Syrian "
                 "regime and jihadist insurgents.")
    assert not any(e["cameo"].startswith("11") for e in got)


def test_strikes_by_an_air_force_are_force_and_a_pause_ordered_is_a_truce(events) -> None:
    got = triples(events("The monitor said the strikes had been carried out by the Syrian air force."))
    assert not any(c == "143" for _, c, _ in got)
    got = triples(events("Vladimir Putin has ordered a daily humanitarian pause in eastern Ghouta, Syria.",
                         "2018-02-27"))
    assert any(s == "RUSGOV" and c == "0871" for s, c, _ in got)


def test_other_senses_of_demonstrate_and_dismiss_and_allies_fought_with(events) -> None:
    assert not [e for e in events("Mr Putin met Egypt's president in Cairo, demonstrating Russia's new "
                                  "clout.", "2017-12-12") if e["root"] == "14"]
    assert not events("Syrian midfielder Mahmoud Al Mawas was dismissed after a second yellow card.")
    got = triples(events("Kurdish militants who had fought with US forces in the fight against Islamic "
                         "State have now allied with Syrian regime forces."))
    assert not any(c.startswith("19") and t and t.startswith("USA") for _, c, t in got)
    got = triples(events("Syrian refugees staged a protest outside the stadium against the Assad regime.",
                         "2017-10-12"))
    assert any(c.startswith("14") and t == "SYRGOV" for _, c, t in got)


def test_warning_against_a_change_and_things_as_doers_are_no_threats_or_force(events) -> None:
    assert not events("Backbench Labour MP Karen Buck warned against proposed changes in such benefits.")
    assert ("ISR", "130", "PSEREB") in triples(events("Israel warned Hamas against further attacks."))
    assert not events("Britain's open door approach is hitting low wage British workers.")
    assert not events("Mr Clarke said he recognised people's concerns about the costume.")


def test_proxies_are_not_their_backers_and_an_arrest_elsewhere_has_no_police(events, pipeline) -> None:
    actors = pipeline.extract("Iranian-backed militias attacked a US base.", published="2020-01-05")["actors"]
    assert not any(a["code"] and a["code"].startswith("IRN") for a in actors)
    got = triples(events("Some Britons have been arrested upon returning from Syria."))
    assert not any(s and s.startswith("SYR") for s, _, _ in got)


def test_stopping_aid_reduces_it_and_destroying_ones_own_records_is_no_attack(events) -> None:
    got = triples(events("When Iran and the US ceased arming the Kurdish rebels in Iraq in March 1975, "
                         "Talabani fled to Damascus.", "2017-10-04"))
    assert ("IRN", "1622", "IRQREB") in got and not any(c == "072" for _, c, _ in got)
    assert not events("Russia and the US claim to have destroyed their chemical stocks.")
    assert not events("He warned the Abstentions Party was the real challenge to Labour.", "2005-03-01")


def test_troops_sent_somewhere_to_fight_are_the_fight(events) -> None:
    got = triples(events("Last month Turkey sent troops into the Syrian enclave of Afrin to fight Kurdish militias.",
                         "2018-03-19"))
    assert ("TUR", "190", "SYRREB") in got and not any(c == "154" for _, c, _ in got)


def test_people_killed_in_strikes_were_hit_from_the_air(events) -> None:
    got = events("At least 14 civilians were killed in strikes on Sunday in eastern Ghouta, Syria.", "2018-02-26")
    assert any(e["cameo"] == "195" for e in got)


def test_a_response_to_an_attack_is_aimed_at_the_attacker_not_the_attacked(events) -> None:
    got = triples(events("Israel vowed to respond to Iran's attack on its cities."))
    assert ("ISR", "1384", "IRN") in got and not any(s == "ISR" and t == "ISR" for s, _, t in got)


def test_possible_clashes_and_things_hitting_home_are_no_events(events) -> None:
    assert not events("Direct clashes between Turkish forces and US troops in Manbij are now a distinct possibility.")
    assert not events("Now, due to its complexity, the Syrian conflict is hitting home.")
    got = events("Omar Alloush told Agence France-Presse a deal had been reached.")
    assert not any(e["target"] == "FRA" for e in got)


def test_a_news_agency_passing_on_an_attack_accuses_no_one(events) -> None:
    got = events("Reuters reported that Russian jets bombed Idlib.")
    assert not any(e["cameo"] == "112" for e in got)


def test_an_attack_claimed_to_be_staged_and_one_in_case_are_not_reported_as_done(events) -> None:
    assert not events("Lavrov claimed Moscow had evidence that the suspected chemical weapons attack in Syria "
                      "was staged with the help of a foreign secret service.")
    got = events("Ja'afari said the government will respond as it deems appropriate in case those armed "
                 "groups are targeting civilians in any part of Syria.")
    assert not any(e["root"] == "18" for e in got)
