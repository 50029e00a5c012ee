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
#: lower-case particles inside the names of people and places ("Rio de Janeiro", "Bashar al-Assad")
NAME_PARTICLES = frozenset({"of", "de", "del", "la", "le", "el", "al", "du", "do", "da", "dos", "das", "y"})

# -- auxiliaries and particles -------------------------------------------------------------
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "'d", "can", "ca"})
#: auxiliaries of the perfect ("has signed", "they'd left")
PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "'d"})
#: auxiliaries of a past or perfect verb ("did not sign", "was signed", "had signed")
PAST_AUX = PERFECT_AUX | frozenset({"did", "was", "were"})
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

# -- conjunctions, subordinators and prepositions ------------------------------------------
COORDINATORS = frozenset({"and", "but", "or"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: subordinators of time ("when", "after", "until" ...)
TIME_MARKS = frozenset({"when", "while", "as", "before", "after", "since", "until"})
#: subordinators of reason and result ("because", "since", "as", "so")
REASON_MARKS = frozenset({"because", "since", "as", "so"})
#: subordinators of concession ("although", "though")
CONCESSIVE_MARKS = frozenset({"although", "though"})
#: subordinators after which a present-tense clause has not happened yet ("before X heads to")
PROSPECTIVE_MARKS = frozenset({"before", "until", "ahead"})
#: prepositions that tie plural officials to the place whose government they are ("officials in Moscow")
SEAT_PREPS = frozenset({"in", "from", "of", "at"})
#: the preposition "toward" in both spellings
TOWARD_PREPS = frozenset({"toward", "towards"})
#: prepositions that open a sentence and are not stop words ("Despite the talks, ...")
OPENING_PREPS = TOWARD_PREPS | frozenset({"despite", "amid", "amidst", "following", "regarding", "concerning",
                                          "including", "unlike", "besides", "beyond", "throughout",
                                          "within", "without", "near", "inside", "outside"})
#: prepositions of a place phrase ("in Harare", "near the border")
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "throughout"})
#: prepositions whose object places an uncoded group ("protesters in Gaza")
BELONGING_PREPS = frozenset({"in", "from", "throughout", "across"})
#: prepositions of a place phrase looked up in ``doc._.places``
AROUND_PREPS = frozenset({"in", "at", "across", "throughout", "near"})
#: prepositions of a topic ("talks on the border", "a row over tariffs", "news about X")
ABOUT_PREPS = frozenset({"about", "on", "over"})
#: prepositions that name the event an act answers ("sorrow for the shootings", "an inquiry
#: into the riots", "condolences after the bombing")
ANSWERED_PREPS = ABOUT_PREPS | frozenset({"for", "into", "after", "following"})
#: prepositions that attach a violent event noun to the clause whose subject fought it
#: ("took the town after days of fighting with rebels")
ADJUNCT_PREPS = frozenset({"after", "during", "in", "following"})

# -- dependency and entity labels ---------------------------------------------------------
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: a clause's patient: the object, or the subject of a passive
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
#: auxiliaries of a verb, active and passive
AUX_DEPS = frozenset({"aux", "auxpass"})
#: parts of speech that head a clause, and that name things or people
CLAUSE_POS = frozenset({"VERB", "AUX"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
#: plural noun tags
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SUBJECT_DEPS = NOMINAL_SUBJECT_DEPS | frozenset({"csubj"})
#: dependencies of a clause's doer: its subject, passive subject or by-agent
DOER_DEPS = NOMINAL_SUBJECT_DEPS | frozenset({"agent"})
#: auxiliaries and negation of a verb
AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
#: dependencies of a clause joined to another clause: complements, adverbial clauses, conjuncts
CLAUSE_LINK_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
#: dependencies of the noun phrases that can be an actor in a clause
ARGUMENT_DEPS = NOMINAL_SUBJECT_DEPS | OBJECT_DEPS | frozenset({"appos", "conj"})
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
#: verbs that commit their subject to a future act, or threaten one
PROMISE_VERBS = frozenset({"promise", "vow", "threaten"})
#: verbs that take on or turn down an act ("pledged to", "agreed to", "refused to")
PLEDGE_VERBS = frozenset({"pledge", "agree", "refuse", "decline"})
#: verbs that push someone to act ("urged Iran to")
PUSH_VERBS = frozenset({"urge", "press", "encourage", "order"})
#: verbs that ask for an act ("called for talks", "demanded a ceasefire")
ASK_VERBS = frozenset({"ask", "call", "demand", "propose", "recommend", "appeal"})
#: verbs that state a position, so "X declared that Y must ..." is a demand by X
DECLARE_VERBS = frozenset({"reiterate", "demand", "conclude", "urge", "insist", "repeat",
                           "maintain", "emphasize", "emphasise", "remind", "announce"})
#: reporting verbs that accuse: any hostile act they report is an accusation by the speaker
ACCUSING_VERBS = frozenset({"allege", "claim", "charge", "accuse"})
#: verbs whose clause complement did not happen by the subject's own account
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disclaim", "dispute",
                          "disavow", "contest"})
#: verbs that say an act was made up ("the massacre was faked"); not "stage", which also
#: means carried out ("the attack was staged by militants")
FABRICATION_VERBS = frozenset({"fabricate", "fake", "invent", "concoct"})
#: verbs whose infinitive complement has not happened yet ("plans to visit")
FUTURE_GOVERNORS = frozenset({"plan", "intend", "expect", "prepare", "schedule", "go", "aim",
                              "hope", "want", "set", "due", "consider", "poise"})
#: future governors that say what is expected or ready, not what someone announced ("are
#: poised to storm", "is expected to attack")
READINESS_GOVERNORS = frozenset({"poise", "set", "due", "expect"})
#: adjectives of likelihood ("is likely to", "it is possible that")
LIKELIHOOD_ADJS = frozenset({"likely", "unlikely", "possible", "impossible"})
#: words whose infinitive complement may or may not happen ("seeks to", "is likely to", "unable to")
HYPOTHETICAL_GOVERNORS = LIKELIHOOD_ADJS | frozenset({"seek", "able", "unable", "unwilling", "reluctant", "need"})
#: verbs that hedge the clause they govern ("it seems the UK is happy to discuss ...")
HEDGE_VERBS = frozenset({"seem", "appear"})
#: antecedents of a generic relative clause ("those who fought against Assad")
GENERIC_ANTECEDENTS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody"})
#: what an event is said to be when it has not happened ("clashes are now a distinct possibility")
POSSIBILITY_NOUNS = frozenset({"possibility", "risk", "prospect", "danger", "option", "likelihood", "scenario"})
#: modifiers of an event noun that has not happened ("a projected attack", "a planned offensive")
PROSPECTIVE_ADJS = frozenset({"projected", "planned", "expected", "threatened", "feared", "possible",
                              "potential", "imminent", "proposed", "looming", "impending", "future",
                              "mooted", "anticipated", "prospective", "likely"})
#: governors whose infinitive complement did not happen ("failed to reach agreement")
NEGATING_GOVERNORS = frozenset({"fail", "neglect"})
#: governors that end the act of their -ing or infinitive complement ("ceased arming the rebels")
HALTING_GOVERNORS = frozenset({"cease", "stop", "halt", "end", "suspend", "quit", "discontinue"})
#: verbs and nouns whose subjunctive "that" clause is asked for, not reported
DEMAND_GOVERNORS = ASK_VERBS | frozenset({"insist", "urge", "request", "require", "plea", "ultimatum"})
#: verbs whose object is the understood subject of their infinitive ("urged Iran to ...")
OBJECT_CONTROL = PUSH_VERBS | frozenset({"ask", "tell", "call", "invite", "force", "persuade", "allow",
                                        "permit", "help", "request", "want"})
#: verbs that only pass their infinitive's event through ("tried to", "began to")
TRANSPARENT_VERBS = frozenset({"try", "attempt", "begin", "start", "continue", "resume", "decide",
                               "move", "manage", "help", "work", "be", "go"})
#: verbs whose infinitive the parser may attach as a purpose clause ("have sworn to fight")
COMMISSIVE_VERBS = PROMISE_VERBS | PLEDGE_VERBS | PUSH_VERBS | frozenset({
    "swear", "undertake", "resolve", "commit", "pressure", "pressurize", "pressurise", "force"})
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
#: nouns for something said ("a statement", "the message", "a warning")
UTTERANCE_NOUNS = frozenset({"statement", "message", "warning"})
#: nouns of statements whose "that" clause their issuer says ("issued a reminder that ...")
SPEECH_NOUNS = UTTERANCE_NOUNS | frozenset({"reminder", "announcement", "declaration", "communique", "note",
                                            "letter", "notice"})
#: nouns of documents that speak for their issuer ("a statement condemning ...")
STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "letter", "report",
                             "resolution", "message", "note", "document", "appeal"})
#: nouns for claims whose clause a denial verb negates ("dismissed reports that ...")
CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "charge", "suggestion",
                         "assertion", "rumor", "rumour", "speculation", "notion", "idea"})
#: words whose clause may say an act was made up ("claimed the attack was staged", "evidence that it was staged")
FAKE_CLAIM_GOVERNORS = frozenset({"claim", "say", "allege", "insist", "suggest", "evidence", "proof"})
#: nouns whose infinitive names an act they license, not one that happened
LICENCE_NOUNS = frozenset({"permission", "authorization", "authorisation", "approval", "mandate",
                           "licence", "license", "right", "order", "go-ahead", "clearance"})

# -- nouns of people and offices that several stages read ----------------------------------
#: one-word titles of a government office ("the minister", "Health Secretary", "the ambassador")
OFFICE_TITLES = frozenset({"minister", "secretary", "ambassador"})
#: prepositions that name what a protest is about ("against", "over", "following")
GRIEVANCE_PREPS = frozenset({"against", "over", "following", "after"})
#: honorifics written before a name ("Sir Simon McDonald", "Mr Brown"), never a given name
HONORIFIC_WORDS = frozenset({"sir", "dame", "lord", "lady", "baroness", "mr", "mrs", "ms", "dr"})
#: collective nouns for a state's forces ("the army", "Chinese police"; plural in sense)
FORCE_COLLECTIVES = frozenset({"police", "military", "army", "forces", "troops"})
#: verbs of arrest: with no one named as doing it, the police of the place did
ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison"})
#: verbs whose "of"/"for" + -ing complement is alleged, not established ("accused of torturing",
#: "jailed for helping militants")
SUSPICION_VERBS = ARREST_VERBS | frozenset({"accuse", "suspect", "charge", "blame", "convict", "acquit", "clear",
                                            "sentence", "prosecute", "punish", "fine"})
