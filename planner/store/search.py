"""Finding posts by words of their text, notes or link (the FTS5 index of step 10).

What a person types becomes a safe FTS5 query (``planner.core.search_text.fts_query``):
every word matched by its beginning, case and accents ignored. The newest posts come
first, then the ideas.
"""

from __future__ import annotations

from planner.core.domain import Post
from planner.core.search_text import fts_query
from planner.store.post_columns import NAMES

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.store.repository import Store

_SELECT = ", ".join(f"post.{name}" for name in NAMES)


_BY_DATE = "ORDER BY post.date IS NULL, post.date DESC, post.time DESC, post.id DESC"


def search_posts(store: Store, text: str, limit: int | None = None) -> list[Post]:
    """The posts whose text, notes or link hold every word of ``text`` (as a prefix),
    dated posts newest first, then ideas. Nothing to look for (only spaces or
    punctuation) finds nothing.

    With ``limit``, the ``limit`` posts added last among those found, in the same order:
    the index gives them at once, where sorting every match by date would take a
    search for one common letter a tenth of a second on twenty years of posts.
    """
    query = fts_query(text)
    if query is None:
        return []
    if limit is None:
        sql = (
            f"SELECT {_SELECT} FROM post_search JOIN post ON post.id = post_search.rowid "
            f"WHERE post_search MATCH ? {_BY_DATE}"
        )
        return store._posts(sql, (query,))
    sql = (
        f"SELECT {_SELECT} FROM post JOIN (SELECT rowid AS found FROM post_search "
        "WHERE post_search MATCH ? ORDER BY rowid DESC LIMIT ?) ON post.id = found "
        f"{_BY_DATE}"
    )
    return store._posts(sql, (query, max(limit, 0)))
