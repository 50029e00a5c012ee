"""Closed-class words and grammatical word lists, defined once for every stage.

Pronouns, auxiliaries, subordinators, dependency labels, entity labels, and the small,
fixed verb lists that decide modality and control (which verbs report speech, deny, plan,
embed an infinitive). Open-class vocabulary that users may extend (armed nouns, crowd
nouns, weapons, agent nouns ...) is data: the ``classes`` of the pattern files
(``events/data/patterns.yml``) and the actor data files.

This module imports nothing from newsevents, so any stage may use it.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

# -- pronouns ---------------------------------------------------------------------------
#: personal pronouns and possessive determiners that refer to an actor
PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their",
                      "theirs", "it", "its", "we", "us", "our"})
#: pronouns that are never possessive determiners
OBJECT_PRONOUNS = frozenset({"him", "it", "them", "us"})
REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
#: third-person singular pronouns with their gender
PRONOUN_GENDER: Mapping[str, str] = MappingProxyType(
    {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"})
#: pronouns that never name an actor of their own (unknown-actor reports skip them)
BARE_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his"})

# -- determiners and modifiers ------------------------------------------------------------
DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
FORMER = frozenset({"former", "ex", "ex-", "late", "ousted", "exiled"})

# -- auxiliaries and particles -------------------------------------------------------------
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "'d", "can", "ca"})
#: auxiliaries of a stated refusal ("will not", "would not", "cannot")
REFUSAL_AUX = frozenset({"will", "would", "wo", "'ll", "shall", "can", "ca", "could"})
OBLIGATION_AUX = frozenset({"must"})
#: auxiliaries of a clause about what will or may happen ("warned that it would respond")
PROSPECTIVE_AUX = FUTURE_AUX | frozenset({"would", "could", "might", "may", "'d"})
#: auxiliaries of a subjunctive clause ("demanded that control be handed over")
SUBJUNCTIVE_AUX = frozenset({"be", "should"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
#: adverbs that make a clause a report of someone else's claim
REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

# -- subordinators and prepositions --------------------------------------------------------
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: subordinators after which a present-tense clause has not happened yet ("before X heads to")
PROSPECTIVE_MARKS = frozenset({"before", "until", "ahead"})
#: prepositions that tie plural officials to the place whose government they are ("officials in Moscow")
SEAT_PREPS = frozenset({"in", "from", "of", "at"})
#: prepositions that open a sentence and are not stop words ("Despite the talks, ...")
OPENING_PREPS = frozenset({"despite", "amid", "amidst", "following", "regarding", "concerning",
                           "including", "unlike", "besides", "beyond", "towards", "toward",
                           "throughout", "within", "without", "near", "inside", "outside"})
#: prepositions of a place phrase ("in Harare", "near the border")
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "throughout"})
#: prepositions whose object places an uncoded group ("protesters in Gaza")
BELONGING_PREPS = frozenset({"in", "from", "throughout", "across"})
#: prepositions of a place phrase looked up in ``doc._.places``
AROUND_PREPS = frozenset({"in", "at", "across", "throughout", "near"})
#: prepositions that name the event an act answers ("sorrow for the shootings", "an inquiry
#: into the riots", "condolences after the bombing")
ANSWERED_PREPS = frozenset({"for", "over", "into", "about", "after", "following", "on"})
#: prepositions that attach a violent event noun to the clause whose subject fought it
#: ("took the town after days of fighting with rebels")
ADJUNCT_PREPS = frozenset({"after", "during", "in", "following"})

# -- dependency and entity labels ---------------------------------------------------------
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
#: dependencies of the noun phrases that can be an actor in a clause
ARGUMENT_DEPS = SUBJECT_DEPS - {"csubj"} | OBJECT_DEPS | frozenset({"appos", "conj"})
NP_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "appos")
#: entity labels of places and of things named after people or places
PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})
NAMED_THING_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT"})
#: entity labels of countries and organisations
COLLECTIVE_ENTS = frozenset({"GPE", "ORG", "NORP"})
TIME_ENTS = frozenset({"DATE", "TIME"})

# -- verbs that shape the grammar of a clause ---------------------------------------------
#: the core reporting verbs: their clause complement is reported, not asserted
REPORTING_VERBS = frozenset({"say", "tell", "state", "claim", "report", "announce", "add", "note",
                             "declare", "allege", "assert", "write", "post", "confirm", "insist",
                             "explain", "stress", "warn", "believe", "think", "suggest", "argue",
                             "acknowledge", "indicate", "reveal", "quote"})
#: verbs that state a position, so "X declared that Y must ..." is a demand by X
DECLARE_VERBS = frozenset({"reiterate", "demand", "conclude", "urge", "insist", "repeat",
                           "maintain", "emphasize", "emphasise", "remind", "announce"})
#: reporting verbs that accuse: any hostile act they report is an accusation by the speaker
ACCUSING_VERBS = frozenset({"allege", "claim", "charge", "accuse"})
#: verbs whose clause complement did not happen by the subject's own account
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disclaim", "dispute",
                          "disavow", "contest"})
#: verbs whose infinitive complement has not happened yet ("plans to visit")
FUTURE_GOVERNORS = frozenset({"plan", "intend", "expect", "prepare", "schedule", "go", "aim",
                              "hope", "want", "set", "due", "consider"})
#: words whose infinitive complement may or may not happen ("seeks to", "is likely to", "unable to")
HYPOTHETICAL_GOVERNORS = frozenset({"seek", "likely", "unlikely", "able", "unable", "possible", "impossible"})
#: governors whose infinitive complement did not happen ("failed to reach agreement")
NEGATING_GOVERNORS = frozenset({"fail", "neglect"})
#: verbs and nouns whose subjunctive "that" clause is asked for, not reported
DEMAND_GOVERNORS = frozenset({"demand", "insist", "urge", "ask", "request", "propose",
                              "recommend", "require", "call", "appeal", "plea", "ultimatum"})
#: verbs whose object is the understood subject of their infinitive ("urged Iran to ...")
OBJECT_CONTROL = frozenset({"urge", "ask", "tell", "call", "invite", "force", "order", "persuade",
                            "press", "encourage", "allow", "permit", "help", "request", "want"})
#: verbs that only pass their infinitive's event through ("tried to", "began to")
TRANSPARENT_VERBS = frozenset({"try", "attempt", "begin", "start", "continue", "resume", "decide",
                               "move", "manage", "help", "work", "be", "go"})
#: verbs whose infinitive the parser may attach as a purpose clause ("have sworn to fight")
COMMISSIVE_VERBS = frozenset({"swear", "vow", "pledge", "promise", "threaten", "agree", "refuse",
                              "decline", "undertake", "resolve", "commit", "pressure", "pressurize",
                              "pressurise", "press", "urge", "force", "order", "encourage"})
#: verbs of acts done to someone that are (almost) never used without an object: as a bare
#: participle with a subject and no object ("Two soldiers killed in ambush") they are passive
ALWAYS_TRANSITIVE = frozenset({"kill", "wound", "injure", "abduct", "kidnap", "arrest", "detain",
                               "shoot", "behead", "torture", "rape", "lynch", "jail", "imprison",
                               "deport", "evict", "displace", "hang", "stab", "murder", "slay",
                               "hurt", "maim", "execute", "assassinate", "capture", "free", "release"})
#: participles that, after "be" and without a by-phrase, state their subject's own stance
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "determine", "dedicate", "devote"})
#: participles whose agent did the act or holds the thing ("crimes committed by X")
DOER_PARTICIPLES = frozenset({"commit", "carry", "launch", "lead", "conduct", "stage",
                              "perpetrate", "mount", "wage", "make", "issue", "order", "organise",
                              "organize", "orchestrate", "impose", "hold", "occupy", "control",
                              "plant", "fire", "plan", "seize", "capture", "confiscate"})

# -- nouns that shape the grammar of a clause ---------------------------------------------
#: nouns of statements whose "that" clause their issuer says ("issued a reminder that ...")
SPEECH_NOUNS = frozenset({"statement", "reminder", "warning", "message", "declaration",
                          "communique", "note", "letter", "announcement", "notice"})
#: nouns of documents that speak for their issuer ("a statement condemning ...")
STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "letter", "report",
                             "resolution", "message", "note", "document", "appeal"})
#: nouns for claims whose clause a denial verb negates ("dismissed reports that ...")
CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "charge", "suggestion",
                         "assertion", "rumor", "rumour", "speculation", "notion", "idea"})
#: nouns whose infinitive names an act they license, not one that happened
LICENCE_NOUNS = frozenset({"permission", "authorization", "authorisation", "approval", "mandate",
                           "licence", "license", "right", "order", "go-ahead", "clearance"})
