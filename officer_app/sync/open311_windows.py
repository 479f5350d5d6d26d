"""Reading a GeoReport v2 collection completely, whatever the server does with paging.

GeoReport v2 leaves paging to each server. Some cap every answer (100, 200, 500,
1000) and ignore ``page``/``page_size``; some page with ``page``/``page_size`` but cap
the page size below what was asked; some say "next" in a ``Link`` header, some in a
header of their own; some answer newest first. The spec's own tool for completeness
is the date window (``start_date``/``end_date``), and this module relies on it:

- a window's answer is read with every paging hint the server gives (``Link:
  rel="next"``, a custom next-page header holding a URL or a page number, or
  ``page``/``page_size`` where the server honours them), in whatever order the items
  come; items are kept by id, so overlaps and repeats count once;
- an answer that may have been cut (its size reaches the cap this server is known to
  have, or the largest answer seen so far, or the spec's 1000, or a stated total is
  larger) is split in two halves, and each half read the same way;
- a window that cannot be split further (one second) and may still be cut, or that
  the server refuses, is a **gap**: reported with its bounds and reason, never taken
  as complete.

Windows overlap at their bounds (``[a, m]`` and ``[m, b]``), so a server that reads
``end_date`` as exclusive misses nothing either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .open311_format import parse_datetime, text, w3c

log = logging.getLogger(__name__)

SPEC_CAP = 1000  # "the maximum number of requests returned" the spec suggests
# No server caps its answers below this: a smaller answer is never suspected of
# being cut just because it is the largest seen so far (sparse data would split
# down to one second otherwise). Learned and stated caps still apply.
MIN_PLAUSIBLE_CAP = 10
MAX_PAGES = 10_000  # a server that keeps saying "next" forever is cut off here
DATE_SLACK_S = 2 * 86_400  # items this far outside the window: the server ignores dates


@dataclass
class Answer:
    """One HTTP answer of a collection: its items and the paging hints it carried."""

    items: list[dict[str, Any]]
    next_url: str | None = None  # Link rel="next", or a custom header holding a URL
    next_page: int | None = None  # a custom header holding a page number
    total: int | None = None  # a stated total (X-Total-Count and the like)


class WindowRefused(Exception):
    """The server refused a window's question (4xx); ``message`` is its description."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class DatesIgnored(Exception):
    """The server answered items far outside the window asked: it ignores the dates."""


# (resource, params) -> Answer, or (resource=None, url) for a next link; raises
# WindowRefused for a 4xx answer.
Fetch = Callable[[str | None, Mapping[str, str], str | None], Answer]


@dataclass
class Sizes:
    """What the client has learned about how this server cuts its answers (kept in
    the profile's Open311 state between syncs)."""

    largest: int = 0  # the largest single answer seen
    cap: int | None = None  # an answer size proven to be a cap (a split found more)
    page_cap: int | None = None  # a page size proven full (a next page held more)
    stated_cap: int | None = None  # a cap the operator configured

    def may_be_cut(self, n: int, asked: int | None = None) -> bool:
        if n <= 0:
            return False
        limits = [SPEC_CAP]
        if self.stated_cap:
            limits.append(self.stated_cap)
        if asked:
            limits.append(asked)
        if self.cap:
            limits.append(self.cap)
        elif n >= MIN_PLAUSIBLE_CAP:
            limits.append(max(self.largest, MIN_PLAUSIBLE_CAP))
        return n >= min(limits)

    def as_dict(self) -> dict[str, int | None]:
        return {"largest": self.largest, "cap": self.cap, "page_cap": self.page_cap}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], stated_cap: int | None) -> Sizes:
        def num(key: str) -> int | None:
            value = data.get(key)
            return int(value) if isinstance(value, int) and value > 0 else None

        return cls(
            largest=num("largest") or 0,
            cap=num("cap"),
            page_cap=num("page_cap"),
            stated_cap=stated_cap,
        )


@dataclass
class Gap:
    kind: str
    start: int  # epoch seconds
    end: int
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "reason": self.reason}

    def label(self) -> str:
        a = datetime.fromtimestamp(self.start, UTC).isoformat(timespec="seconds")
        b = datetime.fromtimestamp(self.end, UTC).isoformat(timespec="seconds")
        return f"{self.kind} {a} – {b} ({self.reason})"


@dataclass
class WindowResult:
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)
    requests: int = 0


@dataclass
class WindowReader:
    """Reads one kind of collection by date windows (see the module's docstring)."""

    fetch: Fetch
    resource: str  # "requests" or "servicerequestupdates"
    kind: str  # a name for reports: "requests", "updates", "changed"
    key_of: Callable[[Mapping[str, Any]], str | None]
    time_field: str  # the item field the window bounds
    params: tuple[str, str] = ("start_date", "end_date")
    sizes: Sizes = field(default_factory=Sizes)
    paging: bool = False  # the server honours page/page_size
    page_size: int = SPEC_CAP
    check_dates: bool = True
    extra: Mapping[str, str] = field(default_factory=dict)

    def read(self, start: int, end: int) -> WindowResult:
        """Every item of [start, end] (epoch seconds), or the gaps that remain."""
        out = WindowResult()
        self._read(start, end, out)
        return out

    def read_undated(self) -> WindowResult:
        """The server's default answer (no dates), with every paging hint followed;
        a gap when it may have been cut and there is no way to ask for the rest."""
        out = WindowResult()
        items, complete = self._pages(dict(self.extra), out, undated=True)
        out.items.update(items)
        if not complete:
            now = int(datetime.now(UTC).timestamp())
            out.gaps.append(
                Gap(self.kind, 0, now, f"answer of {len(items)} may be cut; no dates, no paging")
            )
        return out

    # --- internals --------------------------------------------------------------------

    def _read(self, start: int, end: int, out: WindowResult) -> None:
        params = {
            **self.extra,
            self.params[0]: w3c(datetime.fromtimestamp(start, UTC)),
            self.params[1]: w3c(datetime.fromtimestamp(end, UTC)),
        }
        try:
            items, complete = self._pages(params, out)
        except WindowRefused as refused:
            if end - start > 86_400 and refused.status == 400:  # perhaps a span limit
                self._split(start, end, out)
                return
            out.gaps.append(Gap(self.kind, start, end, f"{refused.status}: {refused.message}"))
            return
        if self.check_dates:
            self._check_dates(items.values(), start, end)
        if complete:
            out.items.update(items)
            return
        if end - start <= 1:
            out.items.update(items)  # keep what came: it is real, just maybe not all
            out.gaps.append(
                Gap(self.kind, start, end, f"answer of {len(items)} may be cut in one second")
            )
            return
        before = len(out.items)
        merged: dict[str, dict[str, Any]] = {}
        halves = WindowResult()
        self._split(start, end, halves)
        out.requests += halves.requests
        out.gaps.extend(halves.gaps)
        merged.update(items)
        merged.update(halves.items)
        if len(halves.items) > len(items) >= MIN_PLAUSIBLE_CAP and self.sizes.cap is None:
            # The halves held more than the whole: that answer size is a cap.
            self.sizes.cap = len(items)
            log.info("open311 %s: answers are cut at %d", self.kind, len(items))
        out.items.update(merged)
        log.debug("open311 %s window split: %d -> %d", self.kind, before, len(out.items))

    def _split(self, start: int, end: int, out: WindowResult) -> None:
        middle = (start + end) // 2
        self._read(start, middle, out)
        self._read(middle, end, out)

    def _pages(
        self, params: dict[str, str], out: WindowResult, undated: bool = False
    ) -> tuple[dict[str, dict[str, Any]], bool]:
        """Items of one question with every paging hint followed; whether complete."""
        first_params = dict(params)
        if self.paging:
            first_params.update(page="1", page_size=str(self.page_size))
        answer = self.fetch(self.resource, first_params, None)
        out.requests += 1
        items = self._keyed(answer.items)
        page = 1
        pages = 1
        last = answer
        hinted = False
        while pages < MAX_PAGES:
            if last.next_url:
                nxt = self.fetch(None, {}, last.next_url)
            elif last.next_page is not None and last.next_page > page:
                page = last.next_page
                nxt = self.fetch(self.resource, {**params, "page": str(page)}, None)
            elif self.paging and self._page_full(len(last.items)):
                page += 1
                nxt = self.fetch(
                    self.resource,
                    {**params, "page": str(page), "page_size": str(self.page_size)},
                    None,
                )
            else:
                break
            out.requests += 1
            pages += 1
            hinted = True
            fresh = self._keyed(nxt.items)
            new = {k: v for k, v in fresh.items() if k not in items}
            if nxt.items and self.sizes.page_cap is None and len(last.items) < self.page_size:
                self.sizes.page_cap = len(last.items)  # a full page, smaller than asked
            items.update(new)
            if nxt.items and not new:
                log.warning("open311 %s: next page repeated the last one", self.kind)
                last = nxt
                return items, False
            last = nxt
        else:
            return items, False
        if hinted:
            # Followed to the end: the server said there is no more (or a short page).
            self.sizes.largest = max(self.sizes.largest, len(answer.items))
            return items, True
        n = len(answer.items)
        if self.sizes.cap is not None and n > self.sizes.cap:
            # A larger answer disproves a cap learned while the data moved.
            self.sizes.cap = None
        stated_more = answer.total is not None and answer.total > n
        if undated:  # the same question every time: only a known cap can tell
            caps = [c for c in (SPEC_CAP, self.sizes.cap, self.sizes.stated_cap) if c]
            cut = stated_more or n >= min(caps)
        else:
            cut = stated_more or self.sizes.may_be_cut(n, asked=None)
        self.sizes.largest = max(self.sizes.largest, n)
        return items, not cut

    def _page_full(self, n: int) -> bool:
        if n <= 0:
            return False
        if n >= self.page_size:
            return True
        if self.sizes.page_cap:
            return n >= self.sizes.page_cap
        return self.sizes.may_be_cut(n)

    def _keyed(self, items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for item in items:
            key = self.key_of(item)
            if key:
                out[key] = item
        return out

    def _check_dates(self, items: Any, start: int, end: int) -> None:
        for item in items:
            when = parse_datetime(item.get(self.time_field))
            if when is None:
                continue
            ts = when.timestamp()
            if ts < start - DATE_SLACK_S or ts > end + DATE_SLACK_S:
                raise DatesIgnored(text(item.get(self.time_field)) or "")
