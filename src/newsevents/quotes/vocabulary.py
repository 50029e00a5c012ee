"""The quote stage's vocabulary: verbs and nouns of saying, each word list defined once.

Grammar shared with the other stages (the core reporting verbs, the verbs of pledging and
asking, claim and speech nouns) comes from ``nlp/lexicon.py``. The words only the quote
stage reads are defined here, once, in small groups that do not overlap; the lists the
finders use are unions of those groups (``tests/test_lexicon.py`` checks both).
"""
from __future__ import annotations

from newsevents.nlp.lexicon import (
    ACCUSING_VERBS,
    ASK_VERBS,
    CLAIM_NOUNS,
    DECLARE_VERBS,
    LIKELIHOOD_ADJS,
    PLEDGE_VERBS,
    PROMISE_VERBS,
    PUSH_VERBS,
    REPORTING_VERBS,
    UTTERANCE_NOUNS,
)

# -- groups of verbs --------------------------------------------------------------------
#: verbs of saying beyond the lexicon's reporting verbs: each introduces a quotation and
#: reports a clause alike
TALK_VERBS = frozenset({
    "reply", "respond", "remark", "comment", "admit", "recall", "complain", "predict", "promise",
    "vow", "deny", "testify", "mention", "observe", "contend", "concede", "caution", "boast",
    "proclaim", "counter", "pledge", "hint", "agree", "wonder", "assure", "inform", "advise", "ask",
    "continue", "speculate", "theorize", "brag", "lament", "grumble", "joke", "quip", "muse", "swear",
})
#: nouns and verbs alike for a posted, quoted or answered remark ("his tweet", "she tweeted")
POST_WORDS = frozenset({"post", "tweet", "quote", "answer"})
#: verbs that introduce a quotation but report no clause: the manner, medium or mood of
#: speaking ("shouted", "emailed", "laughed") and citing ("quoted", "cited", "read")
QUOTING_VERBS = frozenset({
    "quote", "cite", "read", "recount", "refer", "echo", "wrote", "chant", "sing", "shout", "yell",
    "scream", "whisper", "exclaim", "interject", "retort", "snap", "scoff", "sigh", "laugh", "mutter",
    "murmur", "intone", "thunder", "bellow", "holler", "crow", "gush", "rave", "rant",
    "fume", "gripe", "grouse", "marvel", "tease", "taunt", "chide", "scold", "rebuke", "mock",
    "thank", "tout", "beg", "implore", "plead", "reassure", "confide", "confess", "concur",
    "disagree", "object", "protest", "rebut", "opine", "venture", "clarify", "elaborate",
    "summarize", "underscore", "reflect", "reminisce", "preach", "lecture", "email", "text",
    "blog", "retweet",
})
#: verbs whose clause is reported but that introduce no quotation: belief, perception,
#: inference and disclosure ("believes that", "learned that", "revealed that")
CLAUSE_VERBS = frozenset({
    "believe", "think", "feel", "doubt", "suspect", "wish", "worry", "assume", "guess", "figure",
    "fathom", "envision", "realize", "realise", "recognize", "recognise", "hear", "learn", "find",
    "show", "indicate", "signal", "imply", "reveal", "disclose", "highlight", "underline", "point",
    "repeat", "affirm", "certify", "attest", "guarantee", "posit", "notify", "convince",
    "determine", "rule", "question",
})
#: verbs that raise the subject of the report they mark (``X seems to ...``)
RAISING_LEMMAS: frozenset[str] = frozenset({"seem", "appear"})
#: verbs of knowing and expecting, whose passive raises the subject of the report
#: (``X is known to ...``, ``the vote is forecast to ...``)
BELIEF_VERBS = frozenset({"know", "understand", "see", "fear", "estimate", "forecast", "project", "reckon"})
#: verbs that name what their object is (``called the talks "positive"``)
NAMING_VERBS = frozenset({"call", "describe", "characterize", "characterise", "label", "dub", "brand",
                          "term", "hail", "praise"})
#: verbs that pass a verdict on their object (``deemed it illegal``, ``condemned it as``)
VERDICT_VERBS = frozenset({"deem", "condemn", "denounce"})
#: verbs of criticism (``slammed the deal``)
CRITICISING_VERBS = frozenset({"criticize", "criticise", "blast", "slam"})

#: the lexicon's verbs of saying
_LEXICON_SAYING = REPORTING_VERBS | DECLARE_VERBS | ACCUSING_VERBS
#: verbs of saying that introduce a quotation and report a clause alike
SAYING = (_LEXICON_SAYING | POST_WORDS) - CLAUSE_VERBS - QUOTING_VERBS | TALK_VERBS

# -- the verb lists the finders read ---------------------------------------------------------
#: lemmas of verbs that introduce speech, writing or a characterisation
SPEECH_LEMMAS: frozenset[str] = SAYING | QUOTING_VERBS | NAMING_VERBS | CRITICISING_VERBS
#: verbs whose clausal complement is something their subject said, wrote, claimed, holds
#: true or perceives
SAY_LEMMAS: frozenset[str] = SAYING | CLAUSE_VERBS | RAISING_LEMMAS | BELIEF_VERBS | frozenset({
    "expect", "hope", "threaten", "decide", "propose", "recommend", "blame"})
#: verbs whose infinitive or object states what their subject wants done
INTENT_LEMMAS: frozenset[str] = PROMISE_VERBS | PLEDGE_VERBS | PUSH_VERBS | ASK_VERBS | frozenset({
    "plan", "want", "seek", "intend", "aim", "hope", "decide", "offer", "vote", "push",
    # telling someone to act
    "tell", "warn", "advise", "remind", "instruct", "implore",
})
#: verbs whose "as"/object quotation is a characterisation ("described X as 'Y'")
CHARACTERISE_QUOTED: frozenset[str] = NAMING_VERBS | VERDICT_VERBS
#: verbs whose object is characterised by a predicate (``called X Y``, ``described X as Y``)
CHARACTERISE_LEMMAS: frozenset[str] = CHARACTERISE_QUOTED | CRITICISING_VERBS | frozenset({
    "portray", "depict", "accuse", "blame"})
#: verbs whose passive raises the subject of the report (``X is expected to ...``)
PASSIVE_LEMMAS: frozenset[str] = BELIEF_VERBS | frozenset({
    "expect", "say", "report", "believe", "think", "rumor", "rumour", "consider", "predict",
    "suppose", "allege", "feared", "anticipate", "claim", "view", "deem", "presume",
})
#: verbs whose object is what their subject talked about, cited or took a stand on
OBJECT_LEMMAS: frozenset[str] = CRITICISING_VERBS | frozenset({
    "cite", "attack", "mention", "discuss", "praise", "condemn", "defend", "reject", "endorse",
    "support", "oppose", "question", "demand", "deny", "accuse", "blame", "announce", "propose",
    "reference", "highlight", "tout", "dismiss", "applaud", "welcome", "denounce", "mock",
    "ridicule", "decry", "dispute", "challenge", "acknowledge", "admit", "predict", "recommend",
    "unveil",
    # putting forward, backing or voicing a position
    "offer", "show", "back", "examine", "promote", "detail", "publish", "stress", "describe",
    "invoke", "document", "declare", "want", "ignore", "bemoan", "believe", "note", "express",
    "outline", "voice", "issue", "sign", "pitch", "champion", "advocate", "embrace", "laud",
    "lament", "deliver",
})

# -- nouns ----------------------------------------------------------------------------------
#: nouns of a view held or voiced: their clause and their topic alike are what was said or
#: held (``the concern that ...``, ``concern about ...``)
STANCE_NOUNS = frozenset({
    "argument", "belief", "complaint", "concern", "doubt", "hope", "insistence", "opinion",
    "position", "testimony", "theory", "worry",
})
#: nouns for words said in answer or comment
REMARK_NOUNS = frozenset({"comment", "remark", "reply", "response", "question"})
#: nouns of talk or stance whose ``of`` object is the topic (``criticism of X``), not the holder
#: (``the views of X``)
OF_TOPIC_NOUNS: frozenset[str] = frozenset({
    "criticism", "condemnation", "praise", "defense", "defence", "admiration", "adulation",
    "skepticism", "scepticism", "description", "denunciation", "endorsement", "opponent",
    "supporter", "critic", "proponent", "advocate", "champion", "defender", "admirer",
    "skeptic", "sceptic", "fear", "obsession", "opposition", "assessment",
})
#: nouns that name something said, written, believed or intended (``the claim that ...``)
CUE_NOUNS: frozenset[str] = CLAIM_NOUNS | UTTERANCE_NOUNS | STANCE_NOUNS | frozenset({
    "view", "announcement", "reminder", "promise", "pledge", "threat", "vow", "fear",
    "comment", "remark", "finding", "conclusion", "assessment", "prediction", "estimate",
    "acknowledgment", "acknowledgement", "admission", "denial", "demand", "proposal", "plan",
    "decision", "contention", "assurance", "suspicion", "sense", "impression", "criticism",
    "confirmation", "indication", "signal", "recommendation", "request", "call", "push",
    "commitment", "intention", "determination", "desire", "willingness", "refusal",
    "expectation", "assumption", "explanation", "insinuation", "implication",
})
#: nouns of talk or stance whose ``about``/``of``/``on`` object is what was said or held
TOPIC_NOUNS: frozenset[str] = OF_TOPIC_NOUNS | STANCE_NOUNS | REMARK_NOUNS | UTTERANCE_NOUNS | frozenset({
    "claim", "idea", "allegation", "accusation", "remarks",
    "rhetoric", "stance", "reservation", "illusion", "discussion", "ire", "outrage",
    "anger", "dismay", "frustration", "enthusiasm",
})
#: nouns for someone's words (a colon after ``this statement by X`` quotes X)
WORDS_NOUNS: frozenset[str] = REMARK_NOUNS | POST_WORDS | (UTTERANCE_NOUNS - {"warning"}) | frozenset({
    "claim", "words", "line"})

# -- adjectives ------------------------------------------------------------------------------
#: adjectives whose clause or ``about``/``of`` object is what their subject holds or fears
STANCE_HOLDER_ADJS: frozenset[str] = frozenset({
    "afraid", "confident", "sure", "certain", "convinced", "concerned", "worried", "fearful",
    "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical", "aware", "adamant",
    "positive", "insistent", "doubtful", "unsure", "uncertain", "critical", "supportive",
    "wary", "mindful", "proud", "angry", "upset", "furious", "disappointed", "frustrated",
    "happy", "glad", "pleased", "thrilled", "excited", "eager", "anxious", "nervous",
    "determined", "clear", "open", "firm", "unequivocal", "emphatic", "vocal",
})
#: adjectives of ``it is ADJ that ...``
STANCE_ADJS: frozenset[str] = LIKELIHOOD_ADJS | frozenset({
    "clear", "obvious", "evident", "true",
    "apparent", "certain", "doubtful", "plain", "undeniable",
    "inevitable", "probable", "improbable", "important", "crucial", "essential", "vital",
    "necessary", "wrong", "right", "ironic", "telling", "notable", "remarkable",
    "surprising", "striking",
})
