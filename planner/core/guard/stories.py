"""A patient's story told through a name: "Zoe Hartley's new veneers", "Kevin O'Brien
crushed his last session", "Tomasz in the chair after his root canal".

A person (a capitalised name, or a title and surname) tied to a treatment word in the same
sentence, by a possessive on the name or by "his/her/their" after it, reads as a patient's
story. The same shapes are often about someone else, and those are left alone:

- the team: a role before the name ("our hygienist Sarah", "Nurse Priya"), or a sentence
  about their work ("her implant training", "new lenses for the practice", "joins us");
- pets, public figures, characters and history ("the vet", "tennis star", "BBC article",
  "Halloween costume", "#DentalHistory");
- general advice, where the pronoun belongs to someone else named between ("Ask Dr Rivera:
  can a child wear their contact lenses");
- capitalised words that are not people: acronyms, days, months, holidays, family words
  and brands ("Monday's sessions", "Invisalign's aligners", "the NHS's flu vaccine").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from planner.core.guard.findings import PATIENT_STORY, Finding

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What someone has done to them or wears because of their care (folded, without "'s").
_TREATMENTS = _words(
    """
    treatment treatments surgery surgeries operation op procedure procedures transplant
    replacement implant implants veneer veneers crown crowns filling fillings braces
    aligners denture dentures extraction extractions canal whitening rehab physio
    physiotherapy therapy session sessions jab jabs vaccine vaccination injection
    injections lenses glasses specs frames chemo chemotherapy radiotherapy diagnosis
    recovery stitches cast crutches hearing-aids
    """
)
_PRONOUNS = _words("his her their")
# Titles that make the next capitalised word a person, whatever starts the sentence.
_TITLES = _words("mr mrs ms miss mx dr")
_TEAM_TITLES = _words("dr")
# Up to this many words between the tie and the treatment ("his new cataract lenses"),
# and between the name and the pronoun ("Jenna Morales, 16, back on the ... after her").
_GAP = 2
_ENDS_SENTENCE = re.compile(r"[.!?\n]")
_REACH = 12
# A word in the gap that makes the treatment something else than theirs: "his love of
# crowns", "her talk on hearing aids".
_GAP_BREAKS = _words("of on about for with to from at in and or but")
# Capitalised words that are not a person.
_NOT_NAMES = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december christmas easter halloween
    movember diwali ramadan eid hanukkah xmas mum dad mom mummy mommy daddy grandma grandpa
    granny grandad grandmother grandfather nan nana nanna i we our you your the a an my
    his her their this that these those if when after before while once every each
    invisalign zeiss theraband boots specsavers colgate sensodyne oral-b botox google
    facebook instagram tiktok practice clinic surgery team dentist doctor hospital centre
    center today tomorrow
    """
)
# A role just before the name: the person is one of the team.
_ROLES = _words(
    """
    hygienist hygienists nurse nurses receptionist receptionists dentist dentists doctor
    doctors optician opticians optometrist optometrists pt pta physio physios
    physiotherapist therapist therapists manager managers colleague colleagues teammate
    assistant assistants trainee trainees surgeon gp gps associate coordinator hero
    technician technicians
    """
)
# A word in the sentence that says whose story it is: the team's work, a pet, a public or
# historical figure, a character.
_NOT_A_PATIENT = _words(
    """
    training trained course courses certification certified certificate qualification
    qualified lecture lectures talk talks conference webinar sabbatical joins joined
    joining retirement retiring retires dog dogs cat cats puppy pup kitten pet pets vet
    vets spaniel labrador pooch star olympian olympic champion presenter actor actress
    singer footballer celebrity queen king prince princess president minister article
    interview podcast documentary bbc famous historical history
    """
)
# A word anywhere in the post that makes its people characters or history: "Spider-Man's
# mask would make his glasses steam up. ... a Halloween costume", "#DentalHistory".
_STORYBOOK = _words("halloween costume costumes cartoon character characters superhero fancy-dress")
# "for the practice", "for our clinic": the kit is the practice's.
_OWNERS = _words("practice clinic surgery team office")
# Someone else named between the name and the pronoun, whom the pronoun is about.
_OTHER_PEOPLE = _words(
    """
    child children kid kids son daughter patient patients person people someone anyone
    everyone you your teenager teen baby family wife husband partner friend
    """
)
_MESSAGE = (
    'This seems to tell a person\'s treatment ("{excerpt}") and no valid consent is linked. '
    "If they are a patient, link their consent to the post, or rewrite it without them."
)


def find_named_stories(scan: Scan) -> list[Finding]:
    """A named person tied to a treatment word by a possessive or "his/her/their", in a
    post with no valid consent linked (not in review replies, which the reply lists read)."""
    context = scan.context
    if context.has_consent or context.reply_mode or not scan.has_any(_TREATMENTS):
        return []
    folded = scan.folded
    if not scan.has_any(_PRONOUNS) and "'" not in folded:
        return []
    tokens = scan.tokens
    words = tokens.words
    findings: list[Finding] = []
    breaks: list[int] | None = None
    for at in scan.word_indices(_TREATMENTS):
        # Most treatment words have no pronoun or possessive just before them: skip those
        # before finding their sentence.
        tie = next((i for i in range(at - 1, max(0, at - _GAP - 1) - 1, -1)
                    if _is_tie(words[i])), None)  # fmt: skip
        if tie is None or _ENDS_SENTENCE.search(scan.folded, tokens.ends[tie], tokens.starts[at]):
            continue
        if breaks is None:
            breaks = scan.sentence_breaks()
        low, high = _sentence(scan, breaks, at)
        first = _teller(scan, low, at)
        if first is None or not _about_a_patient(words, low, high) or _storybook(scan):
            continue
        start, end = tokens.starts[first], tokens.ends[at]
        findings.append(scan.finding(PATIENT_STORY, start, end, _MESSAGE))
    return findings


def _is_tie(word: str) -> bool:
    return word in _PRONOUNS or word.endswith(("'s", "s'"))


def _sentence(scan: Scan, breaks: list[int], at: int) -> tuple[int, int]:
    """The first token of token ``at``'s sentence, and one past its last."""
    starts = scan.tokens.starts
    where = bisect_left(breaks, starts[at])
    low = breaks[where - 1] if where else 0
    high = breaks[where] if where < len(breaks) else len(scan.folded)
    return bisect_left(starts, low), bisect_left(starts, high)


def _about_a_patient(words: list[str], low: int, high: int) -> bool:
    """The sentence (tokens ``low`` to ``high``) says nothing that makes its person the
    team, a pet or a public figure."""
    if not _NOT_A_PATIENT.isdisjoint(map(_key, words[low:high])):
        return False
    for i in range(low, high - 2):
        if words[i] == "for" and words[i + 1] in ("the", "our") and words[i + 2] in _OWNERS:
            return False
    return True


def _storybook(scan: Scan) -> bool:
    """The post is about characters or history, not anyone treated here."""
    if scan.has_any(_STORYBOOK):
        return True
    return any(key.startswith("#") and key.endswith("history") for key in scan.keys)


def _teller(scan: Scan, low: int, at: int) -> int | None:
    """The first token of the person whose treatment token ``at`` is, or None."""
    words = scan.tokens.words
    for tie in range(at - 1, max(low, at - _GAP - 1) - 1, -1):
        word = words[tie]
        if word in _PRONOUNS:
            return _named_before(scan, low, tie)
        if word.endswith(("'s", "s'")):
            return _name_start(scan, low, tie)
        if word in _GAP_BREAKS:
            return None
    return None


def _named_before(scan: Scan, low: int, pronoun: int) -> int | None:
    """The nearest person named before ``pronoun`` in its sentence, unless someone else
    ("a child", "your", "a patient") stands between them."""
    words = scan.tokens.words
    for i in range(pronoun - 1, max(low, pronoun - _REACH) - 1, -1):
        if _key(words[i]) in _OTHER_PEOPLE:
            return None
        first = _name_start(scan, low, i)
        if first is not None:
            return first
    return None


def _name_start(scan: Scan, low: int, last: int) -> int | None:
    """The first token of the name ending at token ``last``, if it is a person's name."""
    if not _capitalised(scan, last):
        return None
    first = last
    while first > low and _joined(scan, first - 1, first) and _capitalised(scan, first - 1):
        first -= 1
    words = scan.tokens.words
    if first > low and words[first - 1] in _TITLES:
        if words[first - 1] in _TEAM_TITLES:
            return None  # in a practice's post, "Dr Patel" is its clinician
        first -= 1  # "Mrs Shah": the title makes it a person
    elif first == low and first == last and not words[last].endswith(("'s", "s'")):
        return None  # one capitalised word starting a sentence: "After her treatment"
    if any(_key(words[i]) in _ROLES for i in range(max(low, first - 2), last)):
        return None  # "our hygienist Sarah", "Nurse Priya": the team
    return first


def _capitalised(scan: Scan, index: int) -> bool:
    """Token ``index`` is written like a name: a capital, then not all capitals (an
    acronym), and not a capitalised word that is no one's name."""
    word = scan.tokens.words[index]
    key = _key(word)
    if len(key) < 2 or key in _NOT_NAMES or key in _TITLES or not key.replace("'", "").isalpha():
        return False
    start, end = scan.text.span(scan.tokens.starts[index], scan.tokens.ends[index])
    written = scan.original[start:end]
    return written[:1].isupper() and not written[: len(key)].isupper()


def _joined(scan: Scan, left: int, right: int) -> bool:
    """Two tokens sit one space or a hyphen apart: parts of one name."""
    gap = scan.folded[scan.tokens.ends[left] : scan.tokens.starts[right]]
    return gap in (" ", "-")


def _key(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "s'")) else word
