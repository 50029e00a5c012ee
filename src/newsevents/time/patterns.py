"""Regular expressions for English temporal expressions, compiled once.

One combined pattern (``TIMEX_RE``) is run over the whole document text. Each top-level
alternative is a named group whose name says which resolver handles it (``m.lastgroup``);
inner groups carry the parts (month, day, year, unit, ...), prefixed by the alternative's
name so that every group name is unique. Spans never start with a preposition.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping

MONTHS: Mapping[str, int] = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
})
WEEKDAYS: Mapping[str, int] = MappingProxyType({
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
})
SEASONS: Mapping[str, str] = MappingProxyType({
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
})
NUMBER_WORDS: Mapping[str, int] = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "a few": -1, "few": -1, "several": -1, "many": -1, "a couple of": 2, "couple of": 2,
})
ORDINALS: Mapping[str, int] = MappingProxyType({
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "last": 4, "final": 4,
})
#: unit word (singular) -> ISO duration letter / period kind
UNITS: Mapping[str, str] = MappingProxyType({
    "second": "S", "minute": "TM", "hour": "H", "day": "D", "week": "W", "month": "M",
    "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q",
})
PART_OF_DAY: Mapping[str, str] = MappingProxyType({
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
})

# --------------------------------------------------------------------------- pieces
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|a\s+hundred|hundred|a\s+few|few|several|many|a\s+couple\s+of)"
)
_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century)"
_PERIOD = r"(?:week(?:end)?|month|year|quarter|decade|century|(?:fiscal|financial)\s+year)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:morning|afternoon|evening|night)"
_MOD = r"(?:early|earlier|late|later|mid|the\s+middle\s+of|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)"
_REL = r"(?:this|last|next|past|coming|previous|current)"

_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    # 2025-06-04
    ("iso", r"\b(?P<iso_y>" + _YEAR + r")-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b"),
    # 6/4/2025 (US order)
    ("slash", r"\b(?P<slash_m>1[0-2]|0?[1-9])/(?P<slash_d>[12]\d|3[01]|0?[1-9])/(?P<slash_y>" + _YEAR + r"|\d\d)\b"),
    # (Wednesday,) March 5(, 2024)
    ("mdy", r"(?:(?P<mdy_wd>" + _WEEKDAY + r"),?\s+)?\b(?P<mdy_m>" + _MONTH + r")\s+(?P<mdy_d>" + _DAY
            + r")\b(?!\s*(?:%|percent|million|billion|people|votes))(?:,?\s+(?P<mdy_y>" + _YEAR + r")\b)?"),
    # (Wednesday,) 5 March( 2024)
    ("dmy", r"(?:(?P<dmy_wd>" + _WEEKDAY + r"),?\s+)?\b(?P<dmy_d>" + _DAY + r")\s+(?:of\s+)?(?P<dmy_m>"
            + _MONTH + r")(?:,?\s+(?P<dmy_y>" + _YEAR + r")\b)?"),
    # the end of March, early December, late last July, mid-2019, early this year ...
    ("modrel", r"(?i:(?P<modrel_mod>" + _MOD + r")[\s-]+(?:the\s+)?(?P<modrel_rel>this|last|next|past)\s+)"
               r"(?P<modrel_what>(?i:" + _PERIOD + r"|" + _SEASON + r")|" + _MONTH + r")\b"),
    # early December 2012 / the end of March / late 2019 / mid-2019
    ("modabs", r"(?i:(?P<modabs_mod>" + _MOD + r")[\s-]+)(?:(?P<modabs_m>" + _MONTH + r")(?:,?\s+(?P<modabs_my>"
               + _YEAR + r"))?|(?P<modabs_y>" + _YEAR + r"))\b"),
    # the end of the year / end of year
    ("modper", r"(?i:(?P<modper_mod>the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)"
               r"\s+(?:the\s+)?(?P<modper_what>year|month|week|decade|quarter))\b"),
    # March 2024, March of 2024
    ("my", r"\b(?P<my_m>" + _MONTH + r")\s+(?:of\s+)?(?P<my_y>" + _YEAR + r")\b"),
    # the first quarter of 2024 / the third quarter / the first half of 2024
    ("quarter", r"(?i:(?:the\s+)?(?P<quarter_n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
                r"(?P<quarter_u>quarter|half))(?:\s+of\s+(?P<quarter_y>" + _YEAR + r")|(?i:\s+of\s+(?:the|this)\s+year))?\b"),
    ("qshort", r"\b(?P<qshort_q>Q[1-4])\s+(?P<qshort_y>" + _YEAR + r")\b"),
    # earlier this month, later this year, this week, last month, next year, the past year
    ("rel", r"(?i:(?:(?P<rel_mod>earlier|later|early|late)\s+)?(?:(?P<rel_the>the)\s+)?(?P<rel_rel>" + _REL
            + r")\s+(?P<rel_what>" + _PERIOD + r"|" + _SEASON + r"))\b"),
    # last July, this March, next May (month after a relative word)
    ("relmonth", r"(?i:(?P<relmonth_rel>this|last|next|past)\s+)(?P<relmonth_m>" + _MONTH + r")\b"),
    # two days ago, a year ago
    ("ago", r"(?i:(?P<ago_n>" + _NUM + r")\s+(?P<ago_u>" + _UNIT + r")s?\s+ago)\b"),
    # the 1990s, the '90s, the 20th century
    ("decade", r"(?i:\b(?:the\s+)?(?:(?P<decade_y>1[6-9]\d0|20\d0)|'(?P<decade_s>\d0))s)\b"),
    ("century", r"(?i:(?:the\s+)?(?P<century_n>1[5-9]|2[01])(?:st|nd|rd|th)[\s-]+century)\b"),
    # summer 2019, the summer of 2019
    ("season", r"(?i:(?:the\s+)?(?P<season_s>" + _SEASON + r")(?:\s+of)?)\s+(?P<season_y>" + _YEAR + r")\b"),
    # Wednesday night, late on Tuesday, next Friday, Friday
    ("wd", r"(?:(?i:(?P<wd_mod>late|early)\s+on\s+)|(?i:(?P<wd_rel>last|next|this|this\s+coming|coming)\s+))?\b"
           r"(?P<wd_d>" + _WEEKDAY + r")(?:\s+(?P<wd_part>" + _PART + r"))?\b"),
    # yesterday, today, tonight, last night, this morning, now, currently
    ("deictic", r"(?i:\b(?P<deictic_w>yesterday|today|tomorrow|tonight|(?:last|this|tomorrow)\s+"
                r"(?:morning|afternoon|evening|night)|yesterday\s+(?:morning|afternoon|evening)|nowadays"
                r"|currently|at\s+present|at\s+the\s+time)\b"
                r"|(?<=\b[Ii]n\s)the\s+past\b(?!\s+(?:\w+\s+)?(?:few|several|two|three|\d|week|month|year|decade|day)))"),
    ("clock", r"\b(?P<clock_h>[01]?\d|2[0-3])(?::(?P<clock_m>[0-5]\d))?\s*(?P<clock_ap>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"
              r"|\b(?P<clock_h24>[01]\d|2[0-3]):(?P<clock_m24>[0-5]\d)(?=\s*(?:GMT|UTC|ET\b|EST|EDT|BST|CET|local))"),
    ("now", r"(?i:\bnow\b)(?!\s+that\b)"),
    # durations: 90 days, five years, a decade, a four-week, the past two years, for years
    ("dur", r"(?i:(?:(?:the\s+)?(?:past|last|next|coming|previous|first|recent)\s+)?(?P<dur_n>" + _NUM
            + r")[\s-]+(?P<dur_u>" + _UNIT + r")(?P<dur_pl>s|s')?)\b(?!-old|\s+old|\s+and\s+older|\s+of\s+age)"),
    ("durbare", r"(?i:(?:(?P<durbare_pre>for|recent|over\s+the\s+past|in\s+recent|over\s+the\s+last)\s+)"
                r"(?P<durbare_u>minutes|hours|days|weeks|months|years|decades))\b"),
    ("set", r"(?i:\b(?:every|each)\s+(?P<set_u>day|week|month|year|morning|evening|night|season|summer|winter)"
            r"|\b(?P<set_adv>annually|yearly)\b)"),
    # in 2019, 2009-2010, 1957-58
    ("year", r"(?<![$£€\d.,/])\b(?P<year_y>" + _YEAR + r")\b(?![\d%]|,\d|\.\d|\s*(?:percent|people|votes|"
             r"troops|jobs|members|acres|miles|feet|meters))(?:-(?P<year_y2>\d\d)\b(?!-))?"),
    # May, August: a month name alone (context checked by the tagger)
    ("month", r"\b(?P<month_m>January|February|March|April|May|June|July|August|September|October"
              r"|November|December|Sept\.)(?!\w)"),
)

#: the combined pattern; ``m.lastgroup`` names the alternative that matched
#: cheap guard tried before the alternatives: a word start that can begin some timex
_FIRST = (
    r"(?<!\w)(?=[0-9'A-Z]|(?:early|earlier|late|later|mid|the|this|last|next|past|coming|previous"
    r"|current|first|second|third|fourth|final|a|an|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|few|several|many|yesterday"
    r"|today|tomorrow|tonight|nowadays|currently|at|now|for|recent|over|in|every|each|annually"
    r"|yearly|spring|summer|autumn|fall|winter)\b)"
)
TIMEX_RE: re.Pattern[str] = re.compile(
    _FIRST + "(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in _ALTERNATIVES) + ")"
)

#: words before a bare month name that make it a date ("in May", "since June")
MONTH_CONTEXT_RE: re.Pattern[str] = re.compile(
    r"(?i:\b(?:in|since|by|until|till|from|through|during|before|after|of|on|between|and|or|to|"
    r"early|late|mid|last|next|this|since|that|each|every|as\s+of)[\s-]+)$"
)
#: words that make a capitalised month a name, not a date ("Theresa May", "May Day")
MONTH_BLOCK_BEFORE_RE: re.Pattern[str] = re.compile(r"(?:Theresa|Mrs\.?|Ms\.?|Minister|Brian|Mr\.?)\s+$")
#: future cues in a clause
FUTURE_RE: re.Pattern[str] = re.compile(
    r"(?i:\b(?:will|shall|'ll|going\s+to|due\s+to|scheduled|expected\s+to|set\s+to|plans?\s+to|"
    r"planned|planning|intends?\s+to|upcoming|would\s+be\s+held)\b)"
)
