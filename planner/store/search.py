"""Finding posts by words of their text, notes or link (the FTS5 index of step 6).

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


def search_posts(store: Store, text: str, limit: int | None = None) -> list[Post]:
    """The posts whose text, notes or link hold every word of ``text`` (as a prefix).

    Dated posts newest first, then ideas; at most ``limit`` of them. Nothing to look
    for (only spaces or punctuation) finds nothing.
    """
    query = fts_query(text)
    if query is None:
        return []
    sql = (
        f"SELECT {_SELECT} FROM post_search JOIN post ON post.id = post_search.rowid "
        "WHERE post_search MATCH ? "
        "ORDER BY post.date IS NULL, post.date DESC, post.time DESC, post.id DESC"
    )
    params: tuple[object, ...] = (query,)
    if limit is not None:
        sql += " LIMIT ?"
        params += (max(limit, 0),)
    return store._posts(sql, params)
