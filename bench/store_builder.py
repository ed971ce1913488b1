"""A store that looks like twenty years of a busy practice's plan.

About 48 posts a week, spread over the four platforms the way a practice posts (X
several times a day, Facebook and LinkedIn about once, Instagram once or twice), with
the kinds near the 30/60/10 mix, now and then a day over a limit, texts of the lengths
each platform sees, some links and notes, and a few hundred ideas. Deterministic for a
given seed, so every run measures the same plan.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week

POSTS_PER_WEEK = 48
IDEA_SHARE = 0.004  # 200 ideas in 50,000 posts
CHUNK = 5_000  # posts per add_many call: one transaction each, memory stays flat

# Posts a week per platform (sums to 48) and the text lengths each platform sees.
WEEKLY: dict[Platform, int] = {
    Platform.X: 28,
    Platform.FACEBOOK: 7,
    Platform.INSTAGRAM: 8,
    Platform.LINKEDIN: 5,
}
LENGTHS: dict[Platform, tuple[int, int]] = {
    Platform.X: (60, 270),
    Platform.FACEBOOK: (120, 900),
    Platform.INSTAGRAM: (150, 1_200),
    Platform.LINKEDIN: (300, 1_500),
}
KIND_WEIGHTS = ((Kind.ORIGINAL, 30), (Kind.SHARED, 60), (Kind.PROMOTIONAL, 10))

SENTENCES = (
    "New week, same smiles: brush for two full minutes, twice a day.",
    "Spit, don't rinse, so the fluoride keeps working after you brush.",
    "Our hygienists recommend a soft brush with a small head, changed every three months.",
    "Flu clinic dates are out: ask at reception or book online.",
    "Sugar-free gum after a meal helps saliva protect your teeth.",
    "Back pain at your desk? Stand up and stretch every half hour.",
    "The NHS has clear advice on looking after children's teeth from the first tooth.",
    "Physio tip: warm up for ten minutes before your weekend run.",
    "We are closed on the bank holiday; the out-of-hours number is on our website.",
    "Meet the team: our new practice nurse joins us on Monday.",
    "Worth a read from the World Health Organization on staying active at any age.",
    "Whitening is 20% off this month for registered patients.",
    "Credit: British Dental Association.",
    "A well-fitted mouthguard protects young smiles on the pitch.",
    "Drink water between meals; it is kind to teeth and to joints.",
    "Our car park is being resurfaced on Thursday, so please allow extra time.",
    "Regular check-ups catch small problems before they become big ones.",
    "Thank you to everyone who came to the open evening ✨",
    "Blood pressure checks are free in the waiting room, no appointment needed.",
    "Evening appointments now run until 8pm on Tuesdays and Thursdays.",
)
HASHTAGS = ("#DentalTips", "#HealthySmiles", "#FlossFriday", "#Physio", "#Wellbeing", "#NHS")
LINKS = (
    "https://www.nhs.uk/live-well/",
    "https://www.who.int/news-room/fact-sheets",
    "https://www.bda.org/advice",
    "https://www.csp.org.uk/public-patient",
    "https://example-practice.co.uk/book",
)
NOTES = (
    "Photo: reception desk, no patients in shot.",
    "Check the offer end date first.",
    "Ask Sam to approve the wording.",
    "Reuse the spring graphic.",
)


@dataclass(frozen=True)
class BenchPlan:
    """What was built, and the weeks and year the figures use."""

    path: Path
    posts: int
    ideas: int
    first: dt.date
    last: dt.date
    week: Week  # a full week in the middle of the span
    year: int  # a full year for the CSV export

    def year_span(self) -> tuple[dt.date, dt.date]:
        return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)


def post_text(rng: random.Random, platform: Platform) -> str:
    """Text of a length this platform sees, from sentences a practice would write."""
    low, high = LENGTHS[platform]
    target = rng.randint(low, high)
    parts: list[str] = []
    length = 0
    while length < target:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence)
        length += len(sentence) + 1
    if platform in (Platform.INSTAGRAM, Platform.X) and rng.random() < 0.6:
        parts.append(" ".join(rng.sample(HASHTAGS, 2)))
    separator = "\n\n" if platform is not Platform.X and rng.random() < 0.4 else " "
    text = separator.join(parts)
    limit = platform.info.max_chars
    return text[:limit].rstrip() or "Tip of the week."


def week_posts(rng: random.Random, week: Week, today: dt.date) -> list[Post]:
    """About 48 dated posts for ``week``."""
    posts: list[Post] = []
    for platform, per_week in WEEKLY.items():
        count = max(0, per_week + rng.randint(-2, 2))
        for _ in range(count):
            day = week.monday + dt.timedelta(days=rng.randrange(7))
            minutes = rng.randrange(7 * 60, 21 * 60, 5)  # working hours, 5-minute steps
            kind = rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
            if day < today:
                status = Status.PUBLISHED if rng.random() < 0.95 else Status.DRAFT
            else:
                status = Status.SCHEDULED if rng.random() < 0.5 else Status.DRAFT
            posts.append(
                Post(
                    platform=platform,
                    kind=kind,
                    text=post_text(rng, platform),
                    status=status,
                    date=day,
                    time=dt.time(minutes // 60, minutes % 60),
                    link=rng.choice(LINKS) if rng.random() < 0.4 else "",
                    notes=rng.choice(NOTES) if rng.random() < 0.15 else "",
                )
            )
    return posts


def idea(rng: random.Random) -> Post:
    platform = rng.choice(list(WEEKLY))
    kind = rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
    return Post(platform=platform, kind=kind, text=post_text(rng, platform), status=Status.IDEA)


def plan_posts(total: int, seed: int = 7, today: dt.date | None = None) -> list[Post]:
    """``total`` posts (a few of them ideas) in weeks running up to about today."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    ideas = max(1, round(total * IDEA_SHARE))
    weeks = max(1, (total - ideas) // POSTS_PER_WEEK)
    start = Week.containing(today).shifted(-(weeks - weeks // 20))  # 5% in the future
    posts: list[Post] = []
    week = start
    while len(posts) < total - ideas:
        posts.extend(week_posts(rng, week, today))
        week = week.next()
    del posts[total - ideas :]
    posts.extend(idea(rng) for _ in range(ideas))
    return posts


def build_store(path: Path, total: int, seed: int = 7) -> BenchPlan:
    """Write ``total`` posts to a new store at ``path`` through Store.add_many."""
    from planner.store import open_store

    posts = plan_posts(total, seed)
    store = open_store(path)
    try:
        for start in range(0, len(posts), CHUNK):
            store.add_many(posts[start : start + CHUNK])
        span = store.date_span()
        count = store.count()
        ideas = len(store.ideas())
    finally:
        store.close()
    assert span is not None, "the bench store holds dated posts"
    first, last = span
    middle = first + (last - first) / 2
    # A whole year inside the span when there is one, else the middle one.
    whole_years = [y for y in range(first.year + 1, last.year) if y]
    year = whole_years[len(whole_years) // 2] if whole_years else middle.year
    return BenchPlan(path, count, ideas, first, last, Week.containing(middle), year)
