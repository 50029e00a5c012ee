"""Query parameters shared by the endpoints, validated by FastAPI (bad values answer 422)."""
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Query

from newsevents.config import ALL_MODALITIES, DEFAULT_MODALITIES
from newsevents.store.queries import EventFilter

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Modality = Literal["asserted", "negated", "future", "hypothetical", "reported", "all"]
EventSort = Literal["date", "-date", "mentions", "goldstein", "-goldstein"]
StatsBy = Literal["root", "quad_class", "day", "day_quad", "dyad", "actor", "country", "place", "grid"]

DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")]


@dataclass(frozen=True)
class Paging:
    """A page request after the cap was applied."""

    limit: int
    offset: int


def paging_dependency(max_page_size: int, default: int = 50) -> Callable[..., Paging]:
    """A dependency reading ``limit``/``offset``; ``limit`` is capped at ``max_page_size``."""

    def paging(
        limit: Annotated[int, Query(ge=1, description=f"page size, at most {max_page_size}")] = min(default,
                                                                                                   max_page_size),
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Paging:
        return Paging(min(limit, max_page_size), offset)

    return paging


def event_filter(
    actor: Annotated[str | None, Query(max_length=100, description="actor code prefix (RUS, USAGOV) or mention text")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}[A-Za-z0-9]*$", max_length=12,
                                         description="source or target country (ISO alpha-3)")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code prefix (04, 041)")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop … 4 material conflict")] = None,
    since: DateParam = None,
    until: DateParam = None,
    modality: Annotated[list[Modality], Query(description="repeat for several; 'all' for every event; by default "
                                                          "those said to have happened (asserted, reported)")
                        ] = [],  # noqa: B006 (FastAPI copies)
    place: Annotated[str | None, Query(max_length=100, description="place name or country code")] = None,
    text: Annotated[str | None, Query(max_length=500, description="full-text query over the reporting articles "
                                                                  "(SQLite FTS5 syntax)")] = None,
    sort: EventSort = "-date",
) -> EventFilter:
    """An :class:`EventFilter` from the request's query string (without paging)."""
    modalities = ALL_MODALITIES if "all" in modality else tuple(modality) or DEFAULT_MODALITIES
    return EventFilter(actor=actor or None, cameo=cameo, since=since, until=until, modalities=modalities,
                       country=country, quad_class=quad_class, place=place or None, text=text or None, sort=sort)
