"""``NAME: words`` attributions: transcripts (``PENCE: Well, ...``) and headlines
(``Pence: Flowers won't be at debate``).

A line that opens with a short capitalised name and a colon attributes the rest of the
line to that name. Section labels (``The Latest:``, ``UPDATE:``) and times (``4:30 p.m.``)
are not names. A transcript quoted paragraph by paragraph (each paragraph reopens the
quote: ``"WALLACE: ...`` / ``"PENCE: ...``) is one turn per speaker, not one quotation.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from newsevents.quotes.spans import QuoteSpan
from newsevents.quotes.speaker import covering_mention

_NAME = r"[A-Z][\w.’'-]*(?:[ \u00a0](?:[A-Z][\w.’'-]*|of|de|van|von|al-\w+)){0,4}"
_LINE_RE = re.compile(rf"^[ \t\u00a0]*[\"“]?({_NAME}):[ \t\u00a0]+(?=\S)", re.MULTILINE)
_LEAD_RE = re.compile(rf"({_NAME}):[ \t\u00a0]+(?=\S)")
#: labels that end with a colon but name nobody
_LABELS = frozenset({
    "the latest", "update", "updated", "breaking", "breaking news", "note", "editor's note",
    "editor’s note", "watch", "related", "read more", "photos", "photo", "video", "opinion",
    "analysis", "exclusive", "live", "q", "a", "warning", "correction", "source", "sources",
    "credit", "caption", "see also", "more", "listen", "subscribe", "advertisement", "by",
    "contact", "email", "follow", "transcript", "summary", "context", "background", "why",
    "what", "how", "when", "where", "who", "here", "today", "now", "plus", "also", "and",
    "but", "so", "yes", "no", "ps", "p.s", "n.b", "nb", "fact", "verdict", "bottom line",
})
_MAX_LINE = 1500


class ColonAttribution(NamedTuple):
    """Speaker name span and the attributed words (char offsets)."""

    name_start: int
    name_end: int
    start: int
    end: int


def _is_name(name: str) -> bool:
    low = name.lower().rstrip(".")
    return low not in _LABELS and not low.split(" ", 1)[0] in ("the", "a", "an")


def colon_lines(text: str) -> list[ColonAttribution]:
    """Every ``NAME: words`` line not inside quotation marks (the line is the content)."""
    out: list[ColonAttribution] = []
    for m in _LINE_RE.finditer(text):
        if not _is_name(m.group(1)) or text[m.start():m.start(1)].strip():
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        end = len(text[:line_end].rstrip(" \t\u00a0\"”"))
        if m.end() < end and end - m.end() <= _MAX_LINE:
            out.append(ColonAttribution(m.start(1), m.end(1), m.end(), end))
    return out


def leading_name(text: str, start: int, end: int) -> ColonAttribution | None:
    """``NAME:`` opening the quotation [start, end) (a quoted transcript turn)."""
    m = _LEAD_RE.match(text, start, end)
    if m is None or not _is_name(m.group(1)):
        return None
    return ColonAttribution(m.start(1), m.end(1), m.end(), end)


def split_turns(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """``spans`` with each quotation that runs over paragraphs cut before every fragment
    that opens with ``NAME:`` (a new speaker's turn in a quoted transcript)."""
    out: list[QuoteSpan] = []
    for q in spans:
        if len(q.fragments) < 2:
            out.append(q)
            continue
        group: list[tuple[int, int]] = []
        for frag in q.fragments:
            if group and leading_name(text, frag[0], frag[1]) is not None:
                out.append(QuoteSpan(group[0][0], group[-1][1], group))
                group = []
            group.append(frag)
        out.append(QuoteSpan(group[0][0], group[-1][1], group))
    return out


def named_speaker(text: str, turn: ColonAttribution,
                  mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The speaker record of a ``NAME:`` attribution."""
    m = covering_mention(mentions, turn.name_start, turn.name_end)
    return {"start": turn.name_start, "end": turn.name_end,
            "text": text[turn.name_start:turn.name_end],
            "code": m.get("code") if m else None, "name": m.get("name") if m else None}
