"""The resolve step of intake: candidates for N distinct village names nothing recognised (goal for 500: < 1 s).

    python bench/bench_intake_resolve.py --n 500

Draws N real Maluku village names (seeded) and misspells each as lists do — a letter changed, doubled or dropped,
words joined or split, a "Negeri"/"Desa" prefix — keeping only spellings that no longer match exactly. Times, in the
same run: building the reference index once (`PlaceIndex` + `PlaceCandidates`, as a preview does per file), the
exact reading of the N correct names (the anchor: what every recognised row costs), and the ranked candidates of the
N misspelled ones. Also reports how often the intended village is the first candidate and among the five shown.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from _common import report
from pekerja_desktop.assets import packaged_former_district_names, packaged_region_index
from pekerja_desktop.services.intake.candidates import Context, PlaceCandidates
from pekerja_desktop.services.intake.places import PlaceIndex

PREFIXES = ("", "", "Negeri ", "Desa ", "Ohoi ")


def misspell(name: str, rng: random.Random) -> str:
    letters = list(name)
    position = rng.randrange(1, max(2, len(letters) - 1))
    kind = rng.choice(("change", "double", "drop", "space"))
    if kind == "change":
        letters[position] = rng.choice("aeiouhkltw")
    elif kind == "double":
        letters.insert(position, letters[position])
    elif kind == "drop" and len(letters) > 4:
        del letters[position]
    else:
        letters.insert(position, " ")
    return rng.choice(PREFIXES) + "".join(letters)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    regions = packaged_region_index()
    started = time.perf_counter()
    places = PlaceIndex(regions, packaged_former_district_names())
    candidates = PlaceCandidates(places)
    built = time.perf_counter()
    villages = rng.sample(regions.villages(), min(args.n, len(regions.villages())))
    wrong = []
    for village in villages:
        spelling = misspell(village.name, rng)
        while places.villages_named(spelling):
            spelling = misspell(village.name, rng)
        wrong.append((village, spelling))
    exact_started = time.perf_counter()
    for village in villages:
        places.villages_named(village.name)
    exact_done = time.perf_counter()
    context = Context("81.71")
    found = [(village, candidates.villages_for(text, context)) for village, text in wrong]
    ranked = time.perf_counter()
    first = sum(1 for village, shown in found if shown and shown[0].code == village.code)
    among = sum(1 for village, shown in found if any(c.code == village.code for c in shown))
    report("intake_resolve_index_build", (built - started) * 1000, "ms")
    report(f"intake_resolve_exact_{len(villages)}_names", (exact_done - exact_started) * 1000, "ms")
    report(f"intake_resolve_candidates_{len(wrong)}_unknown_names", ranked - exact_done, "s")
    report("intake_resolve_goal", 1, "s")
    report("intake_resolve_intended_first", 100 * first / len(found), "%")
    report("intake_resolve_intended_among_shown", 100 * among / len(found), "%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
