"""Many reports at once: batched through spaCy's `nlp.pipe`, optionally over several processes, in order."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from extractor.normalize import normalize
from extractor.pipeline import get_nlp
from extractor.report import build_report
from extractor.statements import read
from extractor.types import Report

if TYPE_CHECKING:
    from concurrent.futures import Future

DEFAULT_BATCH_SIZE = 32


def parse_reports(
    texts: Iterable[str],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    reference_date: dt.date | None = None,
    sources: Iterable[str | None] | None = None,
) -> Iterator[Report]:
    """Yield the report of each text, lazily and in input order.

    `n_process` > 1 spreads batches over that many worker processes; the output is the same as with one.
    `sources`, if given, runs alongside `texts` and is recorded as each report's path.
    """
    if n_process < 1:
        raise ValueError("n_process must be at least 1")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    items = zip(texts, sources if sources is not None else itertools.repeat(None))  # noqa: B905 (lazy, unequal)
    batches = _batched(items, batch_size)
    if n_process == 1:
        for batch in batches:
            yield from parse_batch(batch, reference_date)
        return
    from concurrent.futures import ProcessPoolExecutor  # only here: it costs start-up time for one process

    with ProcessPoolExecutor(max_workers=n_process) as pool:
        pending: deque[Future[list[Report]]] = deque()
        for batch in batches:
            pending.append(pool.submit(parse_batch, batch, reference_date))
            # keep every worker busy, and no more than that in memory
            while len(pending) > 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def parse_batch(batch: list[tuple[str, str | None]], reference_date: dt.date | None) -> list[Report]:
    for text, _ in batch:
        if not isinstance(text, str):
            raise TypeError(f"parse_reports expects str items, not {type(text).__name__}")
    normalized = [normalize(text) for text, _ in batch]
    docs = get_nlp().pipe([n.text for n in normalized], batch_size=len(batch))
    return [
        build_report(text, norm, read(doc), reference_date=reference_date, source=source)
        for (text, source), norm, doc in zip(batch, normalized, docs, strict=True)
    ]


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
