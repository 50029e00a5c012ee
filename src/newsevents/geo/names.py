"""Runs of capitalised words that may be place names ("Montes Claros", "Rostov-on-Don",
"Rio de Janeiro"), with the hyphens and joining words inside them."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.nlp import lexicon

#: lower-case words that join the parts of a place name ("Rio de Janeiro", "Stratford upon Avon")
CONNECTORS = lexicon.NAME_PARTICLES | frozenset({"des", "di", "les", "los", "las"})
#: joining words only inside hyphenated names ("Rostov-on-Don", "Frankfurt-am-Main")
HYPHEN_CONNECTORS = frozenset({"on", "upon", "am", "an", "der", "sur", "en", "sous", "lès", "the", "au", "aux"})


def name_token(tok: Token) -> bool:
    """A token that can be part of a proper name: capitalised, not punctuation or a number."""
    text = tok.text
    return bool(text) and text[0].isupper() and not tok.is_punct and not tok.like_num and \
        (tok.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB", "ADV") or tok.tag_ in ("NNP", "NNPS"))


def _joins(doc: Doc, j: int) -> bool:
    """A lower-case word that joins two parts of one name: "de" in "Rio de Janeiro", "on" in
    "Rostov-on-Don" (hyphenated: only there)."""
    tok, prev, nxt = doc[j], doc[j - 1], doc[j + 1]
    if prev.text == "-" and not prev.whitespace_ and not tok.whitespace_ and nxt.text == "-":
        return tok.lower_ in CONNECTORS or tok.lower_ in HYPHEN_CONNECTORS
    if tok.lower_ in CONNECTORS and nxt.lower_ in CONNECTORS and j + 2 < len(doc):
        return name_token(doc[j + 2])  # "Santa Cruz de la Sierra", "Villa de los Santos"
    return tok.lower_ in CONNECTORS and name_token(nxt)


def hyphen_follows(doc: Doc, j: int) -> bool:
    """Token ``j`` is a hyphen joined to the words on both sides ("Al-Shabaab")."""
    tok = doc[j]
    return tok.text == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalised names, with hyphens and joining words inside them."""
    runs = []
    i, n = 0, len(doc)
    while i < n:
        if not name_token(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = doc[j]
            if name_token(tok):
                j += 1
            elif tok.text == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_ and j + 1 < n \
                    and (name_token(doc[j + 1]) or doc[j + 1].text.islower()):
                j += 1
            elif tok.text.islower() and j + 1 < n and _joins(doc, j):
                j += 1
            else:
                break
        while j > i and not name_token(doc[j - 1]):
            j -= 1
        runs.append((i, j))
        i = j
    return runs
