"""Place-name recognition and geocoding on the geoparsing gold sets, and event places on ACLED notes.

    python benchmarks/geo_accuracy.py [--sets lgl geovirus acled] [--out /tmp/geo-bench]

Runs ``newsevents extract`` on each gold file and scores the output with the shared scorers
(``../shared/eval/score_geo.py``, ``../shared/eval/score_acled.py``), printing their reports.
The gold files are read in place; nothing from them is copied into the repository.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = {"lgl": EVAL / "places" / "lgl.jsonl", "geovirus": EVAL / "places" / "geovirus.jsonl",
        "acled": EVAL / "events" / "acled_dev.jsonl"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsevents-geo-bench"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets:
        pred = args.out / f"{name}.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            subprocess.run([sys.executable, "-m", "newsevents.cli", "extract", str(SETS[name])], stdout=out, check=True)
        if name == "acled":
            cmd = [sys.executable, str(EVAL / "score_acled.py"), "--gold", str(SETS[name]), "--pred", f"newsevents={pred}"]
        else:
            cmd = [sys.executable, str(EVAL / "score_geo.py"), str(SETS[name]), str(pred), "--name", name]
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
