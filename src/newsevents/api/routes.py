"""The read-only JSON endpoints under /api."""
from collections.abc import Callable
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from newsevents.api.detail import event_detail
from newsevents.api.params import DateParam, Paging, StatsBy, event_filter, paging_dependency
from newsevents.api.reader import Reader
from newsevents.store.browse import (
    Page,
    event_stats,
    get_article,
    query_actors,
    query_articles,
    query_quotes,
    stats_sample,
)
from newsevents.store.places import FEATURES, query_places
from newsevents.store.queries import (
    EventFilter,
    count_events,
    filter_samples,
    query_events,
    store_counts,
    summary_filter,
)

#: most rows /api/stats returns
MAX_STATS_ROWS = 10_000
#: largest SQLite row id (a signed 64-bit integer): no event has a larger one
MAX_ROWID = 2**63 - 1


#: events counted at most for a page's total (a larger total is given as "more than this")
COUNT_CAP = 10_000


def _page(items: list[dict[str, Any]], paging: Paging, total: int | None = None, exact: bool = False
          ) -> dict[str, Any]:
    """The list envelope; ``more`` is known from one extra row fetched past the page; a counted
    total over :data:`COUNT_CAP` is given as the cap with ``total_capped`` (``exact``: it was not capped)."""
    more = len(items) > paging.limit
    capped = not exact and total is not None and total > COUNT_CAP
    return {"total": COUNT_CAP if capped else total, "total_capped": capped, "limit": paging.limit,
            "offset": paging.offset, "more": more, "items": items[:paging.limit]}


def _stats_note(sample: int | None) -> list[str]:
    return [f"more than {sample:,} events match: counted over the {sample:,} most recent"] if sample else []


def build_router(get_reader: Callable[..., Any], max_page_size: int) -> APIRouter:
    """All /api routes, reading through ``get_reader`` with pages capped at ``max_page_size``."""
    router = APIRouter(prefix="/api")
    paging_dep = paging_dependency(max_page_size)
    ReaderDep = Annotated[Reader, Depends(get_reader)]
    PagingDep = Annotated[Paging, Depends(paging_dep)]
    FilterDep = Annotated[EventFilter, Depends(event_filter)]

    counted: dict[tuple[int, ...], dict[str, int]] = {}   # this router's: the counts for one state of the store

    @router.get("/summary", tags=["store"], summary="Row counts of the store's tables")
    def summary(reader: ReaderDep) -> dict[str, int]:
        stamp = reader.stamp()
        if stamp not in counted:   # every page asks: count once per change of the store
            counts = reader.run(store_counts)
            counted.clear()
            counted[stamp] = counts
        return counted[stamp]

    @router.get("/events", tags=["events"], summary="Distinct events matching the filters, with first evidence")
    def events(reader: ReaderDep, f: FilterDep, paging: PagingDep) -> dict[str, Any]:
        page = replace(f, limit=paging.limit + 1, offset=paging.offset)
        items = reader.run(query_events, page)
        body = _page(items, paging, reader.run(count_events, f, cap=COUNT_CAP), exact=summary_filter(f))
        body["sampled"] = reader.run(filter_samples, f)
        return body

    @router.get("/events/{event_id}", tags=["events"], summary="One event with all its mentions and evidence")
    def event(reader: ReaderDep, event_id: Annotated[int, Path(ge=0)]) -> dict[str, Any]:
        found = reader.run(event_detail, event_id) if event_id <= MAX_ROWID else None
        if found is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        return found

    _add_browse_routes(router, ReaderDep, PagingDep)

    @router.get("/stats", tags=["events"], summary="Event counts grouped by one dimension, with the event filters")
    def stats(reader: ReaderDep, f: FilterDep, by: StatsBy,
              limit: Annotated[int, Query(ge=1, description=f"at most {MAX_STATS_ROWS} groups")] = 1000,
              count: Annotated[bool, Query(description="also count the matching events (total)")] = True,
              ) -> dict[str, Any]:
        sample = reader.run(stats_sample, by, f)
        rows = reader.run(event_stats, by, f, limit=min(limit, MAX_STATS_ROWS), sample=sample)
        total = reader.run(count_events, f, cap=COUNT_CAP) if count else None
        capped = total is not None and total > COUNT_CAP and not summary_filter(f)
        return {"by": by, "total": COUNT_CAP if capped else total, "total_capped": capped,
                "sampled": [*reader.run(filter_samples, f), *_stats_note(sample)], "items": rows}

    return router


def _add_browse_routes(router: APIRouter, ReaderDep: Any, PagingDep: Any) -> None:  # noqa: N803 - type aliases
    """The routes that list the store's articles, quotes, actors and places."""
    @router.get("/articles", tags=["articles"], summary="Articles (without text), newest first")
    def articles(reader: ReaderDep, paging: PagingDep,
                 text: Annotated[str | None, Query(max_length=500, description="FTS5 query")] = None,
                 source: Annotated[str | None, Query(max_length=200)] = None,
                 since: DateParam = None, until: DateParam = None) -> dict[str, Any]:
        items = reader.run(query_articles, text=text or None, source=source or None, since=since, until=until,
                           page=Page(paging.limit + 1, paging.offset))
        return _page(items, paging)

    @router.get("/articles/{key:path}", tags=["articles"],
                summary="One article (by content hash or id) with its text, events, quotes, actors and dates")
    def article(reader: ReaderDep, key: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
        found = reader.run(get_article, key)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no article {key!r}")
        return found

    @router.get("/quotes", tags=["quotes"], summary="Quotes with their speakers")
    def quotes(reader: ReaderDep, paging: PagingDep,
               speaker: Annotated[str | None, Query(max_length=100, description="code prefix or speaker text")] = None,
               text: Annotated[str | None, Query(max_length=500, description="substring of the quote")] = None,
               since: DateParam = None, until: DateParam = None) -> dict[str, Any]:
        items = reader.run(query_quotes, speaker=speaker or None, text=text or None, since=since, until=until,
                           page=Page(paging.limit + 1, paging.offset))
        return _page(items, paging)

    @router.get("/actors", tags=["actors"], summary="Actor codes with mention and event counts")
    def actors(reader: ReaderDep, paging: PagingDep,
               code: Annotated[str | None, Query(max_length=50, description="code prefix")] = None,
               name: Annotated[str | None, Query(max_length=100, description="substring of name or text")] = None,
               ) -> dict[str, Any]:
        items = reader.run(query_actors, code=code or None, name=name or None,
                           page=Page(paging.limit + 1, paging.offset))
        return _page(items, paging)

    @router.get("/places", tags=["places"],
                summary="Places named in the articles with their precision, mentions, articles and events there")
    def places(reader: ReaderDep, paging: PagingDep,
               name: Annotated[str | None, Query(max_length=100, description="words of the name")] = None,
               country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 code")] = None,
               feature: Annotated[Literal[FEATURES] | None, Query(description="precision")] = None,  # type: ignore[valid-type]
               since: DateParam = None, until: DateParam = None,
               sort: Literal["mentions", "articles", "name"] = "mentions") -> dict[str, Any]:
        items = reader.run(query_places, name=name or None, country=country, feature=feature, since=since,
                           until=until, sort=sort, limit=paging.limit + 1, offset=paging.offset)
        return _page(items, paging)
