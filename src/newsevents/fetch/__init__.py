"""Fetching news from the web: a polite HTTP client, robots.txt, feeds, sitemaps and pages.

Nothing here touches the store; ``runners/watch.py`` puts these pieces together with the
store's record of what has been seen (``store/seen.py``).
"""
