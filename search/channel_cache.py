"""What a query's search computed, kept while the index has not changed.

Members ask the same query again and again: the next page, another sort, back from a document,
a facet count the UI asks for. The channels' candidate lists and the channel scores computed
for them depend only on the query, the filter and the index's contents, so at the same
`VectorStore.revision()` they are reused (as Solr reuses its query result cache until the next
commit). A write changes the revision: entries of older revisions are never read again and
age out. A store that cannot see every write (a shared Qdrant server) has no revision, and
nothing is reused.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value")

ENTRIES = 128  # queries kept; one entry holds ~400 candidate points without their texts


class RevisionCache(Generic[Value]):
    """A small LRU map from (index revision, key) to a value; safe across threads. Values are
    stored and returned as given: callers that change what they get must put copies in."""

    def __init__(self, entries: int = ENTRIES) -> None:
        self.entries = entries
        self._items: OrderedDict[tuple[int, Hashable], Value] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, revision: int | None, key: Hashable) -> Value | None:
        if revision is None:
            return None
        with self._lock:
            value = self._items.get((revision, key))
            if value is not None:
                self._items.move_to_end((revision, key))
            return value

    def put(self, revision: int | None, key: Hashable, value: Value) -> None:
        if revision is None or self.entries <= 0:
            return
        with self._lock:
            self._items[(revision, key)] = value
            self._items.move_to_end((revision, key))
            while len(self._items) > self.entries:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
