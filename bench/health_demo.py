"""Knowledge-health reports on the demo organisation: what they find and how long they take.

Loads ``seed_data/demo`` into a fresh SQLite store (in a temporary directory), asks a fixed
list of who-knows questions through the service -- so the search log is filled by real use,
including the planted unanswered questions -- and times each report (best of ``--repeat``).
Reference date: the demo's (planted.json ``reference_date``).

    python bench/health_demo.py
    python bench/health_demo.py --repeat 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api import health  # noqa: E402
from api.service import Service, demo_request  # noqa: E402
from graph.sqlite_store import SqliteStore  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seed_data"
# asked once each, besides the planted experts' and unanswered questions (asked three times)
QUESTIONS = ["beschermd wonen", "asbest", "bijzondere bijstand", "AI-verordening",
             "algoritmen", "rijbewijs verlengen", "lantaarnpaal", "koffieautomaat",
             "hondenbelasting", "treasury", "e-depot", "ondermijning", "Wmo en privacy"]
T = TypeVar("T")


def timed(repeat: int, run: Callable[[], T]) -> tuple[T, float]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    assert result is not None
    return result, min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    planted = json.loads((SEED / "demo" / "planted.json").read_text("utf-8"))
    today = date.fromisoformat(planted["reference_date"])
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "demo.db")
        service = Service(store, today=today)
        service.ingest(demo_request(SEED))
        asked = [*[q for q in [*planted["experts"], *planted["unanswered"]] for _ in range(3)],
                 *QUESTIONS]
        latencies = []
        for q in asked:
            start = time.perf_counter()
            service.experts(q)
            latencies.append(time.perf_counter() - start)
        log = store.searches()
        print(f"search log: {len(log)} questions logged by {len(asked)} who-knows calls; "
              f"who-knows p50 {statistics.median(latencies) * 1000:.0f} ms, max "
              f"{max(latencies) * 1000:.0f} ms, logging included")
        entry = log[-1]
        _, one_log = timed(20, lambda: store.log_search(entry) or True)
        print(f"  appending one log entry: {one_log * 1000:.2f} ms")

        bus, seconds = timed(args.repeat, lambda: health.bus_factor_report(service))
        none = [r for r in bus.topics if not r.keepers]
        single = [r for r in bus.topics if len(r.keepers) == 1]
        print(f"\nbus factor ({seconds * 1000:.0f} ms): {len(single)} topics with one keeper, "
              f"{len(none)} asked-for topics with none; {len(bus.departures)} people keep a "
              "topic alone or with one other")
        for r in bus.topics[:5]:
            print(f"  {r.topic_id}: keepers {list(r.keepers)}, asked {r.demand}, "
                  f"priority {r.priority:g}")
        for d in bus.departures[:3]:
            print(f"  if {d.person_id} left: {len(d.uncovered)} topics without keeper "
                  f"({', '.join(d.uncovered)})")
        found = {t: bus_topic.keepers for bus_topic in bus.topics
                 for t in [bus_topic.topic_id]}
        hits = sum(found.get(t) == (p,) for t, p in planted["single_expert_topics"].items())
        print(f"  planted single-expert topics found: {hits}/"
              f"{len(planted['single_expert_topics'])}")
        per_dept, seconds = timed(args.repeat,
                                  lambda: health.bus_factor_report(service, by_department=True))
        print(f"  per department ({seconds * 1000:.0f} ms): {len(per_dept.topics)} rows over "
              f"{len({r.department_id for r in per_dept.topics})} departments")

        _, cold = timed(1, lambda: health.missed_searches_report(service))
        missed, seconds = timed(args.repeat, lambda: health.missed_searches_report(service))
        print(f"\nmissed searches ({seconds * 1000:.0f} ms, routing included; first call "
              f"{cold * 1000:.0f} ms, building the collaboration graph): "
              f"{len(missed)} questions missed at least twice")
        for m in missed:
            print(f"  {m.search.wording!r}: missed {m.search.missed}/{m.search.asked}, "
                  f"routed to {[r.person_id for r in m.routes] or 'nobody near'}")
        once, seconds = timed(args.repeat, lambda: health.missed_searches_report(
            service, min_missed=1))
        routed = sum(bool(m.routes) for m in once)
        print(f"  missed at least once ({seconds * 1000:.0f} ms): {len(once)}, "
              f"{routed} of them routed to someone")

        stale, seconds = timed(args.repeat, lambda: health.stale_report(service, today=today))
        print(f"\nstale expertise ({seconds * 1000:.0f} ms, 730 days before {today}): "
              f"{len(stale.topics)} topics, {len(stale.people)} profiles with stale topics")
        for s in stale.topics[:3]:
            print(f"  {s.topic_id}: newest {s.last_date}, {len(s.holders)} holders")

        for team in ("bib-ido", "rv-kcc"):
            plan, seconds = timed(args.repeat, lambda t=team: health.spreading_plan(  # type: ignore[misc]
                service, department_id=t))
            learners = [a for a in plan.assignments if a.role == "learner"]
            loads = sorted(plan.load.values())
            print(f"\nspreading {team} ({seconds * 1000:.0f} ms): {len(plan.load)} people, "
                  f"{len({a.topic_id for a in plan.assignments})} topics, {len(learners)} "
                  f"learners; load min {loads[0]} / median {statistics.median(loads):g} / "
                  f"max {loads[-1]}; short {plan.short or 'none'}")
            rotated = health.spreading_plan(service, department_id=team, period=1)
            moved = {(a.topic_id, a.person_id) for a in learners} - {
                (a.topic_id, a.person_id) for a in rotated.assignments if a.role == "learner"}
            print(f"  period 1 changes {len(moved)} of {len(learners)} learner assignments")
        store.close()


if __name__ == "__main__":
    main()
