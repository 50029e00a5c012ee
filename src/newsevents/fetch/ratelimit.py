"""A per-host rate limit: at least ``interval`` seconds between two requests to one host."""
from __future__ import annotations

import time
from collections.abc import Callable


class HostRateLimiter:
    """Waits before a request until the host's last request is ``interval`` seconds old.

    ``clock`` and ``sleep`` default to :func:`time.monotonic` and :func:`time.sleep`; a host
    may ask for a longer wait (robots.txt ``Crawl-delay``) with :meth:`wait`'s ``at_least``.
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, host: str, at_least: float = 0.0) -> float:
        """Sleep as long as ``host`` needs; the seconds slept."""
        gap = max(self.interval, at_least)
        last = self._last.get(host)
        pause = 0.0 if last is None else max(0.0, last + gap - self.clock())
        if pause > 0:
            self.sleep(pause)
        self._last[host] = self.clock()
        return pause
