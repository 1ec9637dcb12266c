#!/usr/bin/env python3
"""Independent oracle for modules/results/estimates.ts (issue 10): the weighted proportion, the ANOVA intra-village
correlation, the clustering and Kish design effects and the 95 % Wilson interval on the effective sample size,
written out from the textbook formulas without looking at the TypeScript, using only the Python standard library
(exact fractions where possible). Writes modules/results/estimates-oracle.json, which estimates.test.ts reads.

    python3 scripts/bench/wilson-oracle.py
"""
import json
import math
from fractions import Fraction
from pathlib import Path
from statistics import NormalDist

Z = NormalDist().inv_cdf(0.975)


def units(*clusters):
    """clusters: (name, [(weight, event), ...]) → flat list of units."""
    return [{"cluster": name, "weight": w, "event": bool(e)} for name, rows in clusters for (w, e) in rows]


def same(name, count, events, weight):
    return (name, [(weight, 1 if i < events else 0) for i in range(count)])


CASES = {
    # One unit per village, equal weights: no design effect, the plain Wilson interval.
    "plain-10-of-40": units(*[(f"v{i}", [(1, 1 if i < 10 else 0)]) for i in range(40)]),
    "plain-0-of-40": units(*[(f"v{i}", [(1, 0)]) for i in range(40)]),
    "plain-40-of-40": units(*[(f"v{i}", [(1, 1)]) for i in range(40)]),
    # Four villages of ten with equal weights: events spread evenly (ρ clipped to 0) or piled up in one village.
    "even-4x10": units(same("a", 10, 1, 1), same("b", 10, 1, 1), same("c", 10, 1, 1), same("d", 10, 1, 1)),
    "piled-4x10": units(same("a", 10, 4, 1), same("b", 10, 0, 1), same("c", 10, 0, 1), same("d", 10, 0, 1)),
    # Unequal clusters and weights (two counties pooled, inverse inclusion probabilities 25 and 40).
    "unequal": units(
        same("f1", 10, 2, 25.0), same("f2", 12, 0, 25.0), same("h1", 8, 1, 40.0), same("h2", 10, 3, 40.0), ("h3", [(40.0, 1), (40.0, 0), (55.5, 1)])
    ),
    # Recognition-like: most say yes, a village with more no.
    "recognition": units(same("a", 10, 10, 30), same("b", 10, 9, 30), same("c", 10, 6, 30), same("d", 10, 10, 30), same("e", 10, 9, 18)),
    # A single village: ρ cannot be estimated, taken as 1.
    "single-village": units(same("a", 10, 3, 1)),
}


def oracle(us):
    n = len(us)
    sw = sum(Fraction(u["weight"]).limit_denominator(10**9) for u in us)
    sw2 = sum(Fraction(u["weight"]).limit_denominator(10**9) ** 2 for u in us)
    swy = sum(Fraction(u["weight"]).limit_denominator(10**9) for u in us if u["event"])
    p = swy / sw
    groups = {}
    for u in us:
        groups.setdefault(u["cluster"], []).append(1 if u["event"] else 0)
    k = len(groups)
    if n <= k:
        rho = Fraction(0)
    elif k == 1:
        rho = Fraction(1)
    else:
        ybar = Fraction(sum(sum(g) for g in groups.values()), n)
        msb = sum(len(g) * (Fraction(sum(g), len(g)) - ybar) ** 2 for g in groups.values()) / (k - 1)
        msw = sum(sum((y - Fraction(sum(g), len(g))) ** 2 for y in g) for g in groups.values()) / (n - k)
        m0 = (n - Fraction(sum(len(g) ** 2 for g in groups.values()), n)) / (k - 1)
        den = msb + (m0 - 1) * msw
        rho = Fraction(0) if den <= 0 else min(Fraction(1), max(Fraction(0), (msb - msw) / den))
    mbar = Fraction(sum(len(g) ** 2 for g in groups.values()), n)
    deff_c = 1 + (mbar - 1) * rho
    deff_w = n * sw2 / (sw * sw)
    deff = max(Fraction(1), deff_c * deff_w)
    neff = float(n / deff)
    pf = float(p)
    centre = (pf + Z * Z / (2 * neff)) / (1 + Z * Z / neff)
    half = Z / (1 + Z * Z / neff) * math.sqrt(pf * (1 - pf) / neff + Z * Z / (4 * neff * neff))
    return {
        "n": n,
        "events": sum(1 for u in us if u["event"]),
        "clusters": k,
        "estimate": pf,
        "rho": float(rho),
        "designEffectClustering": float(deff_c),
        "designEffectWeights": float(deff_w),
        "designEffect": float(deff),
        "effectiveN": neff,
        "lower": max(0.0, centre - half),
        "upper": min(1.0, centre + half),
    }


def main():
    table = [{"name": name, "units": us, "expected": oracle(us)} for name, us in CASES.items()]
    out = Path(__file__).resolve().parents[2] / "modules" / "results" / "estimates-oracle.json"
    out.write_text(json.dumps(table, indent=1) + "\n")
    for row in table:
        e = row["expected"]
        print(f'{row["name"]:16} n={e["n"]:3} p={e["estimate"]:.4f} rho={e["rho"]:.4f} deff={e["designEffect"]:.4f} '
              f'neff={e["effectiveN"]:.2f} [{e["lower"]:.4f}, {e["upper"]:.4f}]')


if __name__ == "__main__":
    main()
