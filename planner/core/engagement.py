"""What a network says about one published post, and the engagement rate it gives.

An engagement record comes from a network's export (planner/io/engagement/) or from the
app's own engagement CSV. It is pure data: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

from planner.core.domain import Kind, Platform

# PRODUCT.md, "Learn what works": texts "begin the same" over their first 30 characters.
TEXT_KEY_CHARS = 30


@dataclass(frozen=True, slots=True)
class EngagementRecord:
    """One published post as a network reports it.

    ``published`` is the practice's local wall-clock time, naive. When the file gives only
    the day (``time_known`` is False) it holds midnight of that day; such a record can
    still be matched by its text on that day but has no hour on the heat map.
    ``reach`` is the reach, or the impressions or views when the file has no reach.
    ``engagements`` adds up reactions, comments, shares and clicks, whichever the file
    has. ``network_id`` (the network's post id, or its permalink) is the key that makes
    importing the same file again update its records rather than add them twice; it is
    unique within one platform.
    """

    platform: Platform
    published: dt.datetime
    text: str
    reach: int | None
    engagements: int | None
    network_id: str
    link: str = ""
    time_known: bool = True

    @property
    def rate(self) -> Fraction | None:
        return engagement_rate(self.reach, self.engagements)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one published post earned, where it sits in the week, and its kind if known.

    The unit every insight counts. Build one from an imported record (with the kind of
    the post it matched) or from a post whose reach and engagements were typed by hand.
    """

    platform: Platform
    published: dt.datetime
    reach: int | None
    engagements: int | None
    kind: Kind | None = None
    time_known: bool = True

    @property
    def rate(self) -> Fraction | None:
        return engagement_rate(self.reach, self.engagements)

    @classmethod
    def from_record(cls, record: EngagementRecord, kind: Kind | None = None) -> Outcome:
        return cls(
            platform=record.platform,
            published=record.published,
            reach=record.reach,
            engagements=record.engagements,
            kind=kind,
            time_known=record.time_known,
        )


def engagement_rate(reach: int | None, engagements: int | None) -> Fraction | None:
    """Engagements / reach, exactly; the engagements alone where the reach is missing.

    A reach of zero counts as missing: a network that saw nobody reach the post has no
    rate to divide by. None when the engagements are unknown.
    """
    if engagements is None:
        return None
    if reach is None or reach <= 0:
        return Fraction(engagements)
    return Fraction(engagements, reach)


def text_key(text: str) -> str:
    """The start of a text as matching compares it: no case, no spaces, 30 characters.

    NFKC first, so a caption a network re-encoded (a no-break space, a ligature, a
    full-width letter) still compares equal to the planned text.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(folded.split())[:TEXT_KEY_CHARS]


def texts_begin_the_same(first: str, second: str) -> bool:
    """True when the texts agree over their first 30 characters (case and spaces aside).

    A text shorter than that (a network that exports only the first words) agrees when
    it is the start of the other. Two empty texts say nothing, so they never agree.
    """
    a, b = text_key(first), text_key(second)
    if not a or not b:
        return False
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]
