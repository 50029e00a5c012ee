"""Conservative coreference: name linking, "he"/"she", and definite titles.

Only what event coding needs: a later "Putin" gets the code an earlier "Russian President
Vladimir Putin" got; "He" takes the most recent person in the same or the previous sentence
(or two); "the president"/"the pontiff" take the most recent person whose code fits.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from newsevents.actors.mentions.record import Mention, role_of

#: how many sentences back a pronoun may look
LOOKBACK_SENTENCES = 2
#: how far back a definite description tied to one country may look ("the pontiff")
LOOKBACK_DEFINITE = 6


def _name_keys(name: str) -> tuple[str, ...]:
    parts = name.split()
    keys = [name.lower()]
    if len(parts) > 1 and parts[-1][:1].isupper():
        keys.append(parts[-1].lower())
    return tuple(keys)


def name_links(mentions: Sequence[Mention]) -> dict[str, tuple[str, str]]:
    """Full name and surname (lower-cased) -> (code, canonical name) of resolved people.

    Names linked to more than one code in the article are left out.
    """
    links: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()
    for m in mentions:
        if m.kind == "person" and m.code and m.name:
            for key in _name_keys(m.name):
                if key in links and links[key][0] != m.code:
                    clash.add(key)
                links.setdefault(key, (m.code, m.name))
    for key in clash:
        links.pop(key, None)
    return links


def private_surnames(mentions: Sequence[Mention]) -> dict[str, tuple[None, str]]:
    """Surname -> (None, full name) of uncoded people named in full, when no coded person
    of the article carries that surname."""
    coded = {m.name.split()[-1].lower() for m in mentions
             if m.kind == "person" and m.code and m.name}
    out: dict[str, tuple[None, str]] = {}
    for m in mentions:
        if m.kind == "person" and m.code is None and m.name and len(m.name.split()) > 1 \
                and m.name.split()[-1][:1].isupper():
            key = m.name.split()[-1].lower()
            if key not in coded:
                out.setdefault(key, (None, m.name))
    return out


def link_names(
    mentions: Sequence[Mention], texts: Sequence[str], links: dict[str, tuple[str, str]]
) -> None:
    """Give unresolved person mentions the code their full name or surname got elsewhere.

    ``texts[i]`` is the surface text of ``mentions[i]``'s name (without any title).
    """
    if not links:
        return
    for m, text in zip(mentions, texts):
        if m.kind not in ("person", "unknown") or m.code is not None or not text:
            continue
        hit = links.get(text.lower()) or links.get(text.split()[-1].lower())
        if hit:
            m.code, m.name = hit
            m.kind, m.person_like = "person", True  # an ORG-tagged name of a known person


def resolve_back(
    mentions: Sequence[Mention],
    index: int,
    sent_of: Callable[[int], int],
    accept: Callable[[Mention], bool],
    lookback: int = LOOKBACK_SENTENCES,
) -> Mention | None:
    """The closest earlier person-like mention within ``lookback`` sentences that ``accept``s."""
    target = mentions[index]
    first_sent = sent_of(target.start) - lookback
    for j in range(index - 1, -1, -1):
        cand = mentions[j]
        if sent_of(cand.start) < first_sent:
            break
        if cand.person_like and cand.code is not None and accept(cand):
            return cand
    return None


def pronoun_antecedent(
    mentions: Sequence[Mention], index: int, sent_of: Callable[[int], int]
) -> Mention | None:
    """The closest earlier coded person-like mention a "he"/"she" can refer to.

    A candidate whose known gender differs from the pronoun's is passed over; an uncoded
    person of the pronoun's gender who is the subject of a main clause (a private person:
    "Begum, 19, left the UK ... she") is the likelier referent, so the search stops there and
    the pronoun stays uncoded. A possessor in an earlier sentence ("Trump's call") gives way to a
    coded subject before it in that sentence. Without gender on either side and without a
    possessor this is :func:`resolve_back` with no condition.
    """
    target = mentions[index]
    want = target.gender
    first_sent = sent_of(target.start) - LOOKBACK_SENTENCES
    for j in range(index - 1, -1, -1):
        cand = mentions[j]
        if sent_of(cand.start) < first_sent:
            break
        if not cand.person_like:
            continue
        if want and cand.gender and cand.gender != want:
            continue
        if cand.code is not None:
            if cand.possessor and sent_of(cand.start) < sent_of(target.start):
                return _subject_before(mentions, j, sent_of, want) or cand
            return cand
        if want and cand.gender == want and cand.kind == "person" and cand.main_subject:
            return None
    return None


def _subject_before(mentions: Sequence[Mention], j: int, sent_of: Callable[[int], int],
                    want: str | None) -> Mention | None:
    """A coded subject of the same sentence before the possessor ``mentions[j]``, whose
    gender agrees: "when Hunt was open about Trump's call. He told MPs" is Hunt."""
    sent = sent_of(mentions[j].start)
    for k in range(j - 1, -1, -1):
        c = mentions[k]
        if sent_of(c.start) != sent:
            break
        if c.person_like and c.code is not None and c.subject \
                and not (want and c.gender and c.gender != want):
            return c
    return None


def resolve_references(mentions: Sequence[Mention], sent_of: Callable[[int], int]) -> None:
    """Fill pronoun and definite-title mentions from their antecedents, in text order."""
    for i, m in enumerate(mentions):
        if m.kind == "pronoun":
            ante = pronoun_antecedent(mentions, i, sent_of)
            if ante is not None:
                m.code, m.name = ante.code, ante.name
                m.gender = m.gender or ante.gender
        elif m.definite and m.kind != "group":  # bodies ("the government"): definite.py
            want_country = m.code[:3] if m.code else None
            want_role = role_of(m.code) or m.role

            def fits(c: Mention, country=want_country, role=want_role) -> bool:
                if c.kind not in ("person", "title", "pronoun") or not c.name:
                    return False
                if country and (c.code or "")[:3] != country:
                    return False
                return role is None or role_of(c.code) == role

            ante = None
            if m.title and not want_country:  # "the president": the last one so titled
                ante = resolve_back(mentions, i, sent_of,
                                    lambda c, t=m.title: c.title == t and fits(c),
                                    LOOKBACK_DEFINITE)
            reach = LOOKBACK_DEFINITE if want_country else LOOKBACK_SENTENCES
            ante = ante or resolve_back(mentions, i, sent_of, fits, reach)
            if ante is not None:
                m.code = m.code or ante.code
                m.name = ante.name
                m.gender = m.gender or ante.gender
