"""How long a post's text is as its platform counts it.

X wraps every link in a short link of 23 characters, whatever the address's length,
and the post's link field is sent after the text; the other platforms count plainly.
"""

from __future__ import annotations

import re

from planner.core.domain import Platform

X_LINK_LENGTH = 23
_URL = re.compile(r"(?i)\bhttps?://\S+")


def counted_length(text: str, link: str, platform: Platform) -> int:
    """The characters ``platform`` counts for ``text`` followed by ``link``."""
    link = link.strip()
    if platform is not Platform.X:
        return len(text)
    length = len(_URL.sub("x" * X_LINK_LENGTH, text))
    if link:
        length += (1 if text else 0) + X_LINK_LENGTH  # a space, then the short link
    return length
