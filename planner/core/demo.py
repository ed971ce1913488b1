"""A sample fortnight for a dental practice, to try the app on.

Pure data: the posts carry no ids and nothing here touches a store. The first week
breaks the Facebook daily limit on its Tuesday on purpose, so the warnings can be
seen; otherwise both weeks keep to the 30/60/10 mix. No post is about a patient.
"""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Kind, Platform, Post, Status, parse_time
from planner.core.weeks import Week

FB, X, LI, IG = Platform.FACEBOOK, Platform.X, Platform.LINKEDIN, Platform.INSTAGRAM
ORIGINAL, SHARED, PROMO = Kind.ORIGINAL, Kind.SHARED, Kind.PROMOTIONAL

ADA = "https://www.ada.org"
MOUTH_HEALTHY = "https://www.mouthhealthy.org"
BDA = "https://www.bda.org"
FDI = "https://www.fdiworlddental.org"
OHF = "https://www.dentalhealth.org"
NHS = "https://www.nhs.uk/live-well/healthy-teeth-and-gums/"

# (week 0 or 1, weekday 0 = Monday, time, platform, kind, text, link, notes)
_DATED: tuple[tuple[int, int, str, Platform, Kind, str, str, str], ...] = (
    # First week: 3 original, 6 shared, 1 promotional; two Facebook posts on Tuesday.
    (0, 0, "08:30", FB, ORIGINAL,
     "New week, same smiles. Our Monday tip: brush for two full minutes, twice a day. "
     "A favourite song makes a handy timer.", "", ""),
    (0, 0, "12:30", LI, SHARED,
     "Worth a read from the FDI World Dental Federation: how the health of your mouth "
     "links to the health of your heart. Credit: FDI World Dental Federation.", FDI, ""),
    (0, 1, "09:00", FB, SHARED,
     "Spit, don't rinse! The Oral Health Foundation explains why leaving toothpaste on "
     "your teeth after brushing lets the fluoride keep working. Credit: Oral Health "
     "Foundation.", OHF, ""),
    (0, 1, "12:00", X, SHARED,
     "Chewing sugar-free gum after a meal helps your saliva protect your teeth. "
     "Via the American Dental Association.", MOUTH_HEALTHY, ""),
    (0, 1, "18:00", FB, PROMO,
     "Ready for a brighter smile? Professional teeth whitening is 20% off this month. "
     "Ask at reception or book online.", "",
     "Second Facebook post today: move it to Wednesday. Check the offer end date first."),
    (0, 2, "10:00", IG, ORIGINAL,
     "What our hygienists look for in a toothbrush: soft bristles, a small head, and "
     "a fresh one every three months. #DentalTips #HealthySmiles", "",
     "Photo: new toothbrushes on the reception desk."),
    (0, 2, "13:00", X, SHARED,
     "Sports season is here. A well-fitted mouthguard protects young smiles on the "
     "pitch. Advice from the American Dental Association.", ADA, ""),
    (0, 3, "08:45", LI, SHARED,
     "The British Dental Association on why regular check-ups catch small problems "
     "before they become big ones. Credit: British Dental Association.", BDA, ""),
    (0, 4, "16:00", IG, ORIGINAL,
     "Friday flossing tip from our team: curve the floss into a C around each tooth "
     "and slide it gently below the gumline. #FlossFriday", "",
     "Short video; film hands only."),
    (0, 5, "10:00", FB, SHARED,
     "Good advice from the NHS on looking after children's teeth, from the first tooth "
     "onwards. Credit: NHS.", NHS, ""),
    # Second week: 3 original, 5 shared, 1 promotional; within every limit.
    (1, 0, "08:30", FB, ORIGINAL,
     "Nervous about visiting the dentist? You are not alone. Tell us when you book and "
     "we will take things at your pace.", "", ""),
    (1, 0, "12:30", X, SHARED,
     "Three habits for a healthy mouth at any age, from the FDI World Dental "
     "Federation.", FDI, ""),
    (1, 1, "09:00", LI, ORIGINAL,
     "We are proud that our whole team has completed this year's infection-control "
     "training. Clean hands, clean instruments, safe care.", "",
     "Team photo only with everyone's written consent."),
    (1, 2, "12:00", FB, SHARED,
     "Fluoride varnish is a quick, simple way to help protect children's teeth. "
     "Read more from the American Dental Association. Credit: ADA.", MOUTH_HEALTHY, ""),
    (1, 2, "19:00", IG, SHARED,
     "Know the signs: the Oral Health Foundation's guide to checking your mouth for "
     "ulcers, red or white patches and lumps. Credit: Oral Health Foundation.", OHF, ""),
    (1, 3, "10:30", X, ORIGINAL,
     "Flu season tip: once you feel better after a cold or flu, start again with a "
     "fresh toothbrush, and keep the family's brushes apart in the cup.", "", ""),
    (1, 3, "17:00", FB, PROMO,
     "Due a check-up? Early-morning and Saturday appointments are open for the next "
     "two weeks. Book online or call reception.", "", ""),
    (1, 4, "12:00", LI, SHARED,
     "The British Dental Association's advice for people who work long shifts: keep "
     "water close and sugary snacks to mealtimes. Credit: BDA.", BDA, ""),
    (1, 5, "10:00", IG, SHARED,
     "Flossing in four simple steps, from the American Dental Association's "
     "MouthHealthy site. #DentalTips", MOUTH_HEALTHY, ""),
)  # fmt: skip

_IDEAS: tuple[tuple[Platform, Kind, str, str, str], ...] = (
    (IG, ORIGINAL,
     "Meet the team: one photo and one fun fact for each member of staff.", "",
     "Ask each person for written consent before taking photos."),
    (FB, SHARED,
     "Share the Oral Health Foundation's National Smile Month materials when they are "
     "published.", OHF, ""),
    (LI, ORIGINAL,
     "Our new step-free entrance: a short post once the work is finished.", "", ""),
)  # fmt: skip


def sample_fortnight(first_week: Week) -> list[Post]:
    """About twenty sample posts over ``first_week`` and the week after, plus ideas.

    The first week's Tuesday has two Facebook posts, over the daily limit of one.
    """
    weeks = (first_week, first_week.next())
    posts: list[Post] = []
    for week_index, weekday, time, platform, kind, text, link, notes in _DATED:
        day = weeks[week_index].monday + dt.timedelta(days=weekday)
        posts.append(
            Post(
                platform=platform,
                kind=kind,
                text=text,
                status=Status.SCHEDULED if week_index == 0 else Status.DRAFT,
                date=day,
                time=parse_time(time),
                link=link,
                notes=notes,
            )
        )
    for platform, kind, text, link, notes in _IDEAS:
        idea = Post(platform, kind, text, status=Status.IDEA, link=link, notes=notes)
        posts.append(idea)
    return posts
