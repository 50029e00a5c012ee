"""Quotations fence the parse: a word inside quotation marks is no argument of a verb outside.

The parser often coordinates a verb after a quotation with the quotation's own verb ("Trump
said he emphasized that “Iran cannot have a nuclear weapon” and criticized Tehran"): read that
way, Iran would be the critic and "cannot" would negate the criticism. Verbs outside a
quotation take their subject and modality from the clause that governs the quotation instead.

The quoted token indices are computed once per doc by the coder and kept in
``doc.user_data`` only while the coder runs (:func:`fenced`).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Token

#: opening -> closing quotation marks
PAIRS = {"“": "”", "‘": "’", '"': '"', "«": "»"}
#: key of the quoted token indices in ``doc.user_data`` while the coder runs
KEY = "newsevents.quoted_tokens"


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of tokens between a quotation mark and its closing mark in one paragraph
    (a quotation left open ends at the paragraph's end)."""
    inside: set[int] = set()
    closer: str | None = None
    for tok in doc:
        if closer is not None:
            if tok.is_space and "\n" in tok.text:
                closer = None  # a paragraph break ends an unbalanced quotation
            elif tok.text == closer:
                closer = None
            else:
                inside.add(tok.i)
        elif tok.text in PAIRS:
            closer = PAIRS[tok.text]
    return frozenset(inside)


@contextmanager
def fenced(doc: Doc) -> Iterator[None]:
    """Make the doc's quotations known to :func:`inside_quote` while the block runs."""
    doc.user_data[KEY] = quoted_tokens(doc)
    try:
        yield
    finally:
        doc.user_data.pop(KEY, None)


def inside_quote(tok: Token) -> bool:
    """True when ``tok`` lies inside a quotation (False outside :func:`fenced`)."""
    return tok.i in tok.doc.user_data.get(KEY, frozenset())


def across_quote(verb: Token, head: Token) -> Token:
    """``head``, or, when ``head`` is inside a quotation that ``verb`` is outside of, the first
    word governing the quotation from outside it (the clause the verb really belongs to)."""
    if inside_quote(verb) or not inside_quote(head):
        return head
    node = head
    for _ in range(8):
        if not inside_quote(node) or node.head.i == node.i:
            break
        node = node.head
    return node
