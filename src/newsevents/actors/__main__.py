"""``python -m newsevents.actors [info]``: what the built-in actor data holds and how far
its office terms were checked."""
from __future__ import annotations

import json
import sys

from newsevents.actors.lexicon.dictionary import data_info


def main(argv: list[str] | None = None) -> int:
    """Print :func:`data_info` as JSON; the only command is ``info`` (the default)."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] not in ("info", "-h", "--help"):
        print(f"unknown command {args[0]!r}; usage: python -m newsevents.actors [info]", file=sys.stderr)
        return 2
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    print(json.dumps(data_info(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
