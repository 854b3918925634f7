#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs ../shared/corpus/score.py on the built candor and fails below the given floors.

    corpus_score.py --candor PATH --shared DIR [--within F] [--spot F] [--deps F] [--status-error F]

Floors are fractions (within 0.9 = 90 % of files); --status-error is a ceiling on the mean.
Exits 77 (ctest SKIP_RETURN_CODE) when DIR/corpus/score.py is absent, so a checkout without
the corpus skips cleanly.
"""
import argparse, os, re, subprocess, sys

SKIP = 77


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--candor", required=True)
    ap.add_argument("--shared", default=os.environ.get("CANDOR_SHARED_DIR", ""))
    ap.add_argument("--within", type=float, default=0.9)
    ap.add_argument("--spot", type=float, default=0.9)
    ap.add_argument("--deps", type=float, default=1.0)
    ap.add_argument("--status-error", type=float, default=0.2)
    a = ap.parse_args()
    score = os.path.join(a.shared, "corpus", "score.py")
    if not a.shared or not os.path.isfile(score):
        print(f"no corpus at {a.shared!r}: skipped")
        return SKIP
    run = subprocess.run([sys.executable, score, "--candor", a.candor], capture_output=True, text=True)
    print(run.stdout, end="")
    print(run.stderr, end="", file=sys.stderr)
    m = re.search(r"within=(\d+)/(\d+) spot=(\d+)/(\d+) deps=(\d+)/(\d+) mean_status_error=([\d.]+)",
                  run.stdout)
    if not m:
        print("score.py printed no summary line")
        return 1
    w, wn, s, sn, d, dn = (int(x) for x in m.groups()[:6])
    err = float(m.group(7))
    failures = []
    for name, got, floor in (("within", w / max(1, wn), a.within), ("spot", s / max(1, sn), a.spot),
                             ("deps", d / max(1, dn), a.deps)):
        if got + 1e-9 < floor:
            failures.append(f"{name} {got:.2f} < {floor:.2f}")
    if err > a.status_error + 1e-9:
        failures.append(f"mean status error {err:.2f} > {a.status_error:.2f}")
    for f in failures:
        print("BELOW FLOOR:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
