"""Office terms from Wikidata (position held, P39): read, turn into dated actor rows, compare.

``read_statements`` parses SPARQL JSON results or filtered dump lines; ``build_terms`` turns
statements into dated terms; ``compare`` lists what they add to, end in or change about the
built-in data and gives the rows of an actors file (``write_actor_file``).
"""
from __future__ import annotations
