"""The guard's labelled set: realistic practice posts and review replies, each with the
findings a careful reader of the product notes expects.

The texts live in four modules (clean posts, privacy posts, wording posts, review
replies); this one holds their shape, the practices they were written for, and the
severities that the product notes give each category. The set is data, not a copy of the
guard's patterns: the labels say what a person checking the post would want caught.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Each category's severity, as the product notes define it.
SEVERITY: dict[str, str] = {
    "privacy": "stop",
    "disparaging": "stop",
    "profanity": "stop",
    "confirms-patient": "stop",
    "patient-story": "caution",
    "hot-button": "caution",
    "selling": "caution",
    "claims": "caution",
    "argues": "caution",
}


@dataclass(frozen=True)
class Practice:
    """The settings a post was written under."""

    name: str
    phones: tuple[str, ...]
    email: str
    address: str
    website: str
    country: str
    do_not_mention: tuple[str, ...]


PRACTICES: dict[str, Practice] = {
    "dental": Practice(
        name="Riverside Dental Care",
        phones=("0113 496 0000", "0113 496 0001"),
        email="hello@riversidedental.co.uk",
        address="14 Mill Lane, Leeds LS6 2QB",
        website="www.riversidedental.co.uk",
        country="GB",
        do_not_mention=("Margaret Ellis", "Zoë Hartley", "Tomasz Nowak"),
    ),
    "gp": Practice(
        name="Hollybank Surgery",
        phones=("020 7946 0500",),
        email="hollybank.surgery@nhs.net",
        address="2 Chapel Road, Bristol BS3 4LT",
        website="hollybanksurgery.nhs.uk",
        country="GB",
        do_not_mention=("Siobhán Kelly", "Arthur Penhaligon"),
    ),
    "physio": Practice(
        name="Cedar Park Physical Therapy",
        phones=("(512) 555-0140",),
        email="frontdesk@cedarparkpt.com",
        address="2200 Whitestone Blvd, Cedar Park, TX 78613",
        website="https://cedarparkpt.com",
        country="US",
        do_not_mention=("Dolores Ramírez", "Kevin O'Brien"),
    ),
    "optom": Practice(
        name="Lakeview Eye Care",
        phones=("(503) 555-0162", "(503) 555-0163"),
        email="hello@lakevieweyecare.com",
        address="1830 SW Morrison St, Portland, OR 97205",
        website="lakevieweyecare.com",
        country="US",
        do_not_mention=("Harold Jenkins", "Mei-Ling Chen"),
    ),
}


@dataclass(frozen=True)
class Labelled:
    """One post (or, with ``reply``, one review reply) and the categories it should raise."""

    text: str
    categories: frozenset[str]
    practice: str = "dental"
    kind: str = "original"
    reply: bool = False
    reviewer: str = ""
    consented: tuple[str, ...] = ()
    consent: bool = False
    expected: frozenset[tuple[str, str]] = field(init=False)

    def __post_init__(self) -> None:
        unknown = self.categories - SEVERITY.keys()
        if unknown:
            raise ValueError(f"unknown categories {sorted(unknown)} in {self.text!r}")
        pairs = frozenset((c, SEVERITY[c]) for c in self.categories)
        object.__setattr__(self, "expected", pairs)

    @property
    def clean(self) -> bool:
        return not self.categories


def post(
    text: str,
    *categories: str,
    practice: str = "dental",
    kind: str = "original",
    consented: tuple[str, ...] = (),
    consent: bool = False,
) -> Labelled:
    return Labelled(
        text,
        frozenset(categories),
        practice=practice,
        kind=kind,
        consented=consented,
        consent=consent or bool(consented),
    )


def reply(text: str, *categories: str, practice: str = "dental", reviewer: str = "") -> Labelled:
    return Labelled(text, frozenset(categories), practice=practice, reply=True, reviewer=reviewer)


def labelled_set() -> list[Labelled]:
    """Every labelled item: clean posts, flagged posts, then review replies."""
    from labelled_clean import CLEAN
    from labelled_privacy import PRIVACY_POSTS
    from labelled_replies import REPLIES
    from labelled_wording import WORDING_POSTS

    return [*CLEAN, *PRIVACY_POSTS, *WORDING_POSTS, *REPLIES]
