"""Figures, their goals and the table: the part of the bench that only does arithmetic."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Goal(Enum):
    RATIO = "ratio"  # subject / baseline at most `limit`
    ABSOLUTE = "absolute"  # subject at most `limit`, in the figure's unit
    EXTRA = "extra"  # subject - baseline at most `limit`, in the figure's unit
    NONE = "none"  # subject - baseline, shown for comparison with no goal


@dataclass
class Figure:
    """One line of the table: samples of the app and of its baseline, and the goal."""

    name: str
    unit: str  # "ms" or "MiB"
    goal: Goal
    limit: float
    baseline_name: str
    subject: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def subject_median(self) -> float:
        return statistics.median(self.subject)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        base = self.baseline_median
        return self.subject_median / base if base > 0 else float("inf")

    @property
    def met(self) -> bool:
        if self.goal is Goal.NONE:
            return True
        if self.goal is Goal.RATIO:
            return self.ratio <= self.limit
        if self.goal is Goal.ABSOLUTE:
            return self.subject_median <= self.limit
        return self.subject_median - self.baseline_median <= self.limit

    def goal_text(self) -> str:
        if self.goal is Goal.NONE:
            return "none"
        if self.goal is Goal.RATIO:
            return f"≤ {self.limit:g}×"
        if self.goal is Goal.ABSOLUTE:
            return f"≤ {self.limit:g} {self.unit}"
        return f"≤ +{self.limit:g} {self.unit}"

    def outcome_text(self) -> str:
        if self.goal is Goal.RATIO:
            return f"{self.ratio:.2f}×"
        if self.goal is Goal.ABSOLUTE:
            return f"{self.subject_median:.1f} {self.unit}"
        return f"{self.subject_median - self.baseline_median:+.1f} {self.unit}"

    def verdict(self) -> str:
        if self.goal is Goal.NONE:
            line = f"{self.name}: for comparison, no goal ({self.outcome_text()})"
            return line + (f"; {self.note}" if self.note else "")
        word = "met" if self.met else "MISSED"
        line = f"{self.name}: goal {self.goal_text()} {word} ({self.outcome_text()})"
        return line + (f"; {self.note}" if self.note else "")


def interleaved(
    runs: int, baseline: Callable[[], float], subject: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Run both ``runs`` times, alternating which goes first, so that machine load
    falls on both alike."""
    base: list[float] = []
    subj: list[float] = []
    for run in range(runs):
        if run % 2 == 0:
            base.append(baseline())
            subj.append(subject())
        else:
            subj.append(subject())
            base.append(baseline())
    return base, subj


def table(figures: list[Figure], runs: int) -> str:
    """The figures as a Markdown table (medians), then one verdict line per figure."""
    head = ["figure", "app (median)", "baseline (median)", "baseline is", "goal", "result"]
    rows = [head, ["---"] * len(head)]
    for fig in figures:
        rows.append(
            [
                fig.name,
                _amount(fig.subject_median, fig.unit),
                _amount(fig.baseline_median, fig.unit),
                fig.baseline_name,
                fig.goal_text(),
                fig.outcome_text() + _word(fig),
            ]
        )
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.append("")
    lines.append(f"Medians of {runs} interleaved runs each.")
    lines.extend(fig.verdict() for fig in figures)
    return "\n".join(lines)


def _word(fig: Figure) -> str:
    if fig.goal is Goal.NONE:
        return ""
    return " met" if fig.met else " MISSED"


def _amount(value: float, unit: str) -> str:
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    return f"{value:.1f} {unit}" if unit == "MiB" else f"{value:.0f} {unit}"
