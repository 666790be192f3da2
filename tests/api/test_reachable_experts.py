"""Who knows X and can reach department Y: expertise combined with network distance."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from api_helpers import local
from fastapi.testclient import TestClient

from api.app import create_app
from api.service import Service
from extraction.ingest import IngestRequest
from graph.store import GraphStore

QUERY = """query($dept: ID!) { experts(query: "Wmo", first: 4, reachableFrom: $dept) { nodes {
  person { id: key } score hopsToDepartment } } }"""


def _ask(store: GraphStore, dept: str) -> list[dict[str, Any]]:
    with TestClient(create_app(local(), store=store)) as client:
        body = client.post("/graphql", json={"query": QUERY, "variables": {"dept": dept}}).json()
    assert "errors" not in body, body
    return body["data"]["experts"]["nodes"]  # type: ignore[no-any-return]


def test_reach_reorders_experts_by_hops(store: GraphStore, tiny_org: IngestRequest,
                                        tmp_path: Path) -> None:
    # Wmo: Cees (p3, soc) and Dirk (p4, soc) know it well; Anna and Bram (com) mentioned it
    # once. Without a tie into Communicatie, Cees is "unreachable" (6 hops: score / 7) and the
    # Communicatie members (0 hops: score / 1) come first.
    Service(store).ingest(tiny_org)
    unreached = _ask(store, "com")
    assert [e["person"]["id"] for e in unreached[:2]] == ["p1", "p2"]
    assert unreached[0]["hopsToDepartment"] == 0
    assert {e["person"]["id"]: e["hopsToDepartment"] for e in unreached}["p3"] is None
    # a weekly meeting between Anna and Cees puts Cees one hop from Communicatie:
    # his score / 2 now beats the members' small scores
    meetings = tmp_path / "interactions.csv"
    meetings.write_text("source,target,weight,kind\np1,p3,20,meeting\n", encoding="utf-8")
    Service(store).ingest(replace(tiny_org, interactions=[meetings]))
    reached = _ask(store, "com")
    assert reached[0]["person"]["id"] == "p3" and reached[0]["hopsToDepartment"] == 1
