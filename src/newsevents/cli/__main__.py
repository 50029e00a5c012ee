"""``python -m newsevents.cli``."""
from newsevents.cli import main

main()
