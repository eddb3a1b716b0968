"""Statistical disclosure control for documents that leave the organisation (funders).

Counts of people between 1 and 4 are not printed ("<5"). That alone is not enough: a total
and its other parts give a hidden count back by subtraction (women <5, men 6, total 8 →
women 2), and so do two tables that count the same placements in different ways.

A `Publication` holds every count of one document and the linear facts that tie them
together (a row's parts make its total; two tables that split the same placements have
equal column sums). `protect()` hides the small counts, then asks what an attacker who knows
those facts could work out: each hidden count is bounded by interval arithmetic over every
fact, and over every sum or difference of two facts, until nothing narrows any more. While a
small count would be pinned to fewer than two possible values, one more count that shares a
fact with it is hidden as well (complementary suppression: the smallest such count, printed
"..") and the question is asked again. See docs/decisions/0013-disclosure-control.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

SMALL_LIMIT = 5  # counts 1–4 are never printed
SMALL = f"<{SMALL_LIMIT}"
SUPPRESSED = ".."


@dataclass(frozen=True)
class Fact:
    """Σ coefficient × count = constant, over the counts named by key."""

    terms: tuple[tuple[str, int], ...]
    constant: int = 0


@dataclass
class Publication:
    values: dict[str, int] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def add(self, key: str, value: int) -> str:
        if key in self.values and self.values[key] != value:
            raise ValueError(f"{key} added twice with different values")
        self.values[key] = value
        return key

    def parts_make_total(self, parts: Sequence[str], total: str) -> None:
        """The parts (women, men) and what is left (other or no stated gender) make the total."""
        rest = self.values[total] - sum(self.values[p] for p in parts)
        self.relate([*parts], [total], -rest)

    def equal_sums(self, left: Iterable[str], right: Iterable[str]) -> None:
        """Two sets of counts add up to the same number; recorded only when they do."""
        left, right = list(left), list(right)
        if left and right and sum(self.values[k] for k in left) == sum(self.values[k] for k in right):
            self.relate(left, right, 0)

    def relate(self, plus: Iterable[str], minus: Iterable[str], constant: int = 0) -> None:
        terms: dict[str, int] = {}
        for key in plus:
            terms[key] = terms.get(key, 0) + 1
        for key in minus:
            terms[key] = terms.get(key, 0) - 1
        kept = tuple((k, c) for k, c in terms.items() if c)
        if len(kept) > 1:
            self.facts.append(Fact(kept, constant))

    def protect(self) -> dict[str, str]:
        """Every count as printed: the number, "<5", or ".." (hidden so that no small count can be worked out)."""
        small = {k for k, v in self.values.items() if 0 < v < SMALL_LIMIT}
        printed_small, dots = set(small), set[str]()
        for _ in range(2 * len(self.values) + 1):
            bounds = feasible_bounds(self.values, printed_small | dots, self.facts, small=printed_small)
            exposed = sorted(k for k in small if bounds[k][1] - bounds[k][0] < 1)
            if not exposed:
                break
            added: set[str] = set()
            for key in exposed:  # one more hidden count beside each exposed one, then look again
                if any(k in added for f in self.facts if any(t == key for t, _c in f.terms) for k, _c in f.terms):
                    continue  # a count hidden this round beside it may be enough
                extra = self._complement(key, printed_small | dots)
                if extra is None:
                    # Only other small counts are near: one of them printed ".." instead of "<5" no longer
                    # tells that it lies between 1 and 4, which is what pinned the exposed one.
                    extra = self._complement(key, dots | {key}, among=printed_small) or key
                    printed_small.discard(extra)
                dots.add(extra)
                added.add(extra)
        if dots:  # a hidden count that can be worked out exactly anyway is printed: hiding it protects nothing
            bounds = feasible_bounds(self.values, printed_small | dots, self.facts, small=printed_small)
            dots = {k for k in dots if k in small or bounds[k][0] != bounds[k][1]}
        return {k: SMALL if k in printed_small else SUPPRESSED if k in dots else str(v) for k, v in self.values.items()}

    def _complement(self, key: str, hidden: set[str], among: set[str] | None = None) -> str | None:
        """The smallest shown count (or one of `among`) nearest to `key`: in a fact with it, else further on."""
        reached, frontier = {key}, {key}
        while frontier:
            facts = [f for f in self.facts if any(k in frontier for k, _c in f.terms)]
            near = {k for f in facts for k, _c in f.terms}
            candidates = (near & among if among is not None else near) - hidden
            if candidates:
                return min(candidates, key=lambda k: (self.values[k] == 0, self.values[k], k))
            frontier = near - reached
            reached |= near
        return None


def _combined(facts: Sequence[Fact], hidden: set[str]) -> list[Fact]:
    """The facts, and each sum or difference of two that cancels a hidden count they share."""
    result = list(facts)
    for a, b in combinations(facts, 2):
        shared = {k for k, _c in a.terms} & {k for k, _c in b.terms} & hidden
        for key in shared:
            ca, cb = dict(a.terms)[key], dict(b.terms)[key]
            sign = -1 if ca * cb > 0 else 1  # a − b or a + b removes `key`
            terms: dict[str, int] = dict(a.terms)
            for k, c in b.terms:
                terms[k] = terms.get(k, 0) + sign * c
            kept = tuple((k, c) for k, c in terms.items() if c)
            if kept:
                result.append(Fact(kept, a.constant + sign * b.constant))
    return result


def feasible_bounds(
    values: dict[str, int], hidden: set[str], facts: Sequence[Fact], small: set[str]
) -> dict[str, tuple[float, float]]:
    """For every count, the narrowest interval an attacker can prove from the printed figures and the facts.

    A "<5" count starts at [1, 4], a ".." count at [0, ∞), a printed count at itself. Each fact
    bounds each of its counts by the others' bounds; facts whose counts narrowed are looked at
    again until nothing narrows (a worklist, so a large document stays fast).
    """
    inf = float("inf")
    keys = list(values)
    index = {k: i for i, k in enumerate(keys)}
    lo = [float(values[k]) for k in keys]
    hi = list(lo)
    for k in hidden:
        lo[index[k]], hi[index[k]] = (1.0, 4.0) if k in small else (0.0, inf)
    everything = [([(index[k], c) for k, c in f.terms], f.constant) for f in _combined(facts, hidden)]
    touching: dict[int, list[int]] = {}
    for n, (terms, _constant) in enumerate(everything):
        for i, _c in terms:
            touching.setdefault(i, []).append(n)
    pending = set(range(len(everything)))
    steps = 0
    while pending and steps < MAX_STEPS:
        steps += 1
        n = pending.pop()
        terms, constant = everything[n]
        low_parts = [min(c * lo[i], c * hi[i]) for i, c in terms]
        high_parts = [max(c * lo[i], c * hi[i]) for i, c in terms]
        low_sum, high_sum = _finite_sum(low_parts), _finite_sum(high_parts)
        for (i, c), low_part, high_part in zip(terms, low_parts, high_parts, strict=True):
            low_rest = _without(low_sum, low_part)
            high_rest = _without(high_sum, high_part)
            a, b = sorted(((constant - high_rest) / c, (constant - low_rest) / c))
            new_lo, new_hi = max(lo[i], _ceil(a)), min(hi[i], _floor(b))
            if (new_lo, new_hi) != (lo[i], hi[i]) and new_lo <= new_hi:
                lo[i], hi[i] = new_lo, new_hi
                pending.update(touching[i])
    return {k: (lo[index[k]], hi[index[k]]) for k in keys}


MAX_STEPS = 200_000  # facts looked at, at most: bounds only narrow, so this ends long before


def _finite_sum(parts: list[float]) -> tuple[float, int, int]:
    """The sum of the finite parts, and how many parts are +∞ and −∞."""
    inf = float("inf")
    return sum(p for p in parts if abs(p) != inf), sum(1 for p in parts if p == inf), sum(1 for p in parts if p == -inf)


def _without(total: tuple[float, int, int], part: float) -> float:
    """The sum of all parts but `part`."""
    inf = float("inf")
    finite, up, down = total
    if part == inf:
        up -= 1
    elif part == -inf:
        down -= 1
    else:
        finite -= part
    if up and down:
        return float("nan")
    return inf if up else -inf if down else finite


def _ceil(x: float) -> float:
    return x if x != x or x in (float("inf"), float("-inf")) else float(-(-x // 1))


def _floor(x: float) -> float:
    return x if x != x or x in (float("inf"), float("-inf")) else float(x // 1)
