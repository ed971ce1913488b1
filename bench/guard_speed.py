"""How fast the guard is: import and word lists, and one check of a 280- and a 2,000-
character post (medians).

    python bench/guard_speed.py [--runs N]

The goals (PRODUCT.md): a post of up to 2,000 characters is checked within 1 ms (median);
importing ``planner.core.guard`` and loading the word lists takes at most 30 ms. Import is
measured in fresh processes twice: "cold" right after Python starts, and "in the app",
after what the window has already imported (dataclasses, the domain, pathlib).

Checks are timed in CPU time of this process (time.process_time), so other programs on a
busy machine do not count; the "calibration" line (sum(range(10000)), about 0.1 ms on a
current laptop) says how fast this machine is. Two texts per length: "dense" repeats a
paragraph mix full of numbers, names and offers; "plain" is a clean health article. The
re-check figure checks the same text again and again, as the editor does on keystrokes;
"new text" changes a number and a word each time, so no cache helps.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.core.domain import Kind  # noqa: E402
from planner.core.guard import GuardContext, check_text, load_word_lists  # noqa: E402

CONTEXT = GuardContext(
    kind=Kind.ORIGINAL,
    practice_phones=("0113 496 0000", "0113 496 0001"),
    practice_email="hello@riversidedental.co.uk",
    practice_address="14 Mill Lane, Leeds LS6 2QB",
    practice_website="www.riversidedental.co.uk",
    country="GB",
    do_not_mention=("Margaret Ellis", "Zoë Hartley", "Tomasz Nowak", "Siobhán Kelly"),
)

PARAGRAPHS = [
    "Bleeding gums when you brush? It is often an early sign of gum disease, and it is "
    "quicker to treat early. Our hygienists can show you how to clean between your teeth.",
    "Our flu vaccine clinics start on Saturday 3 October. Everyone over 65, pregnant women "
    "and people with long-term conditions can have theirs free on the NHS. Call us on "
    "0113 496 0000 or email hello@riversidedental.co.uk to book a slot.",
    "The surgery is closed on 25 December and 26 December. For urgent help call NHS 111. "
    "Happy holidays from everyone at Riverside Dental Care! #NHS2026 #SmileMonth2026",
    "Patient of the month: Zoë came to us terrified of dentists and now sails through her "
    "check-ups. Whitening is just £199 this month – ring 07700 900123 for details!",
    "Find us at 14 Mill Lane, Leeds LS6 2QB – there is parking behind the building. "
    "Opening times: Mon–Thu 8:00–18:30, Fri 8:00–17:00, Sat 9:00–12:00.",
]


PLAIN = (
    "Gum disease is common, and it is often painless in its early stages, which is why "
    "regular check-ups matter. Plaque that is not removed by brushing hardens into tartar, "
    "and the gums around it become red, swollen and may bleed when you brush. Left alone, "
    "the inflammation can spread to the bone that holds the teeth in place. The good news "
    "is that early gum disease can be reversed with careful brushing twice a day, cleaning "
    "between the teeth with floss or interdental brushes, and a professional clean from the "
    "hygienist. Smoking makes gum disease worse and hides its warning signs, and people with "
    "diabetes are more likely to develop it. "
)


def post_of(length: int, paragraphs: list[str] | None = None) -> str:
    """A realistic post of exactly ``length`` characters, clean and flagged parts mixed."""
    paragraphs = PARAGRAPHS if paragraphs is None else paragraphs
    text = ""
    i = 0
    while len(text) < length:
        text += paragraphs[i % len(paragraphs)] + "\n\n"
        i += 1
    return text[:length]


def variant(text: str, i: int) -> str:
    """``text`` with one number and one word changed, so no cache remembers it."""
    return f"Week {i}: " + text.replace("Leeds", f"Leeds {i % 97}", 1)[: len(text) - 12]


def cpu_ms(texts: list[str]) -> float:
    """Median CPU milliseconds to check each text in turn."""
    samples = []
    for text in texts:
        start = time.process_time()
        check_text(text, CONTEXT)
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def calibration_ms(runs: int = 50) -> float:
    samples = []
    for _ in range(runs):
        start = time.process_time()
        sum(range(10000))
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


IMPORT_SNIPPET = """
import sys, time
{before}
start = time.process_time()
import planner.core.guard as guard
guard.load_word_lists()
elapsed = (time.process_time() - start) * 1000
print(f"{{elapsed:.3f}} {{'phonenumbers' in sys.modules}}")
"""
APP_IMPORTS = (
    "import dataclasses, enum, re, datetime, pathlib, functools; import planner.core.domain"
)


def import_ms(before: str, runs: int, pycache: str) -> tuple[float, bool]:
    """Median CPU milliseconds to import the guard and load its lists in a new process.

    Byte code is cached in ``pycache`` (and the first run, which writes it, is dropped), as
    an installed or frozen app has it: compiling the sources would be measured otherwise.
    """
    env = {**os.environ, "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    samples = []
    loaded = False
    code = IMPORT_SNIPPET.format(before=before)
    for _ in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        ).stdout.split()
        samples.append(float(out[0]))
        loaded = loaded or out[1] == "True"
    return statistics.median(samples[1:]), loaded


FIRST_PHONE_SNIPPET = """
import time
import planner.core.guard as guard
guard.load_word_lists()
start = time.process_time()
guard.check_text("Ring Sue on 07700 900123.", guard.GuardContext())
print((time.process_time() - start) * 1000)
"""


def first_phone_ms() -> float:
    """CPU milliseconds of the first check that meets a phone number, in a new process."""
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PHONE_SNIPPET],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return float(out.stdout)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 2000
    load_word_lists()
    for text in PARAGRAPHS:
        check_text(text, CONTEXT)  # the first checks load phonenumbers' region data
    print(f"calibration: sum(range(10000)) takes {calibration_ms():.3f} ms of CPU here")
    print()
    print("| figure | median CPU | goal |")
    print("| --- | ---: | ---: |")
    for length in (280, 2000):
        for name, paragraphs in (("dense", PARAGRAPHS), ("plain", [PLAIN])):
            text = post_of(length, paragraphs)
            again = cpu_ms([text] * runs)
            new = cpu_ms([variant(text, i) for i in range(runs)])
            label = f"check a {name} post of {length:,} characters"
            print(f"| {label}, re-check | {again:.3f} ms | ≤ 1 ms |")
            print(f"| {label}, new text | {new:.3f} ms | ≤ 1 ms |")
    processes = max(5, runs // 200)
    with tempfile.TemporaryDirectory() as pycache:
        cold, cold_phones = import_ms("", processes, pycache)
        warm, warm_phones = import_ms(APP_IMPORTS, processes, pycache)
    print(f"| import guard + load word lists, cold | {cold:.1f} ms | ≤ 30 ms |")
    print(f"| import guard + load word lists, in the app | {warm:.1f} ms | ≤ 30 ms |")
    print()
    print(
        f"phonenumbers imported by the import: {cold_phones or warm_phones} (it loads on "
        "the first text with something shaped like a phone number)"
    )
    print(f"first check with a phone number (imports phonenumbers): {first_phone_ms():.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
