"""How fast the guard is: import and word lists, and one check of a 280- and a 2,000-
character post (medians).

    python bench/guard_speed.py [--runs N]

The goals (PRODUCT.md): a post of up to 2,000 characters is checked within 1 ms (median);
importing ``planner.core.guard`` and loading the word lists takes at most 30 ms. Import is
measured in fresh processes twice: "cold" right after Python starts, and "in the app",
after what the window has already imported (dataclasses, the domain, pathlib).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
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


def post_of(length: int) -> str:
    """A realistic post of exactly ``length`` characters, clean and flagged parts mixed."""
    text = ""
    i = 0
    while len(text) < length:
        text += PARAGRAPHS[i % len(PARAGRAPHS)] + "\n\n"
        i += 1
    return text[:length]


def median_ms(text: str, runs: int) -> float:
    check_text(text, CONTEXT)  # the first check loads phonenumbers' region data
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        check_text(text, CONTEXT)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


IMPORT_SNIPPET = """
import sys, time
{before}
start = time.perf_counter()
import planner.core.guard as guard
guard.load_word_lists()
elapsed = (time.perf_counter() - start) * 1000
print(f"{{elapsed:.3f}} {{'phonenumbers' in sys.modules}}")
"""
APP_IMPORTS = "import dataclasses, enum, re, datetime, pathlib, functools; import planner.core.domain"


def import_ms(before: str, runs: int) -> tuple[float, bool]:
    samples = []
    loaded = False
    code = IMPORT_SNIPPET.format(before=before)
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.split()
        samples.append(float(out[0]))
        loaded = loaded or out[1] == "True"
    return statistics.median(samples), loaded


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 2000
    load_word_lists()
    print("| figure | median | goal |")
    print("| --- | ---: | ---: |")
    for length in (280, 2000):
        print(f"| check one post of {length:,} characters | {median_ms(post_of(length), runs):.3f} ms | ≤ 1 ms |")
    processes = max(5, runs // 200)
    cold, cold_phones = import_ms("", processes)
    warm, warm_phones = import_ms(APP_IMPORTS, processes)
    print(f"| import guard + load word lists, cold | {cold:.1f} ms | ≤ 30 ms |")
    print(f"| import guard + load word lists, in the app | {warm:.1f} ms | ≤ 30 ms |")
    print()
    print(f"phonenumbers imported by the import: {cold_phones or warm_phones} (it loads on "
          "the first text with something shaped like a phone number)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
