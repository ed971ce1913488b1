"""``search QUERY``: posts whose text, notes or link hold every word, as ``list`` prints them.

Words match by their beginning, case and accents ignored ("zahnarz" finds "Zahnärztin").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import post_line, post_to_json, store_for_reading
from planner.console import say, say_json
from planner.store.search import search_posts


def search_command(args: argparse.Namespace, path: Path) -> int:
    with store_for_reading(path) as store:
        found = search_posts(store, args.query) if store else []
    if args.json:
        say_json({"query": args.query, "posts": [post_to_json(p) for p in found]}, indent=2)
        return 0
    noun = "post" if len(found) == 1 else "posts"
    say(f"Search: {args.query} · {len(found)} {noun}")
    if not found:
        say("No posts match.")
    for post in found:
        say(post_line(post))
    return 0
