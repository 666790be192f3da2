"""The taxonomy: topics as data (``seed_data/taxonomy.yaml``), loaded with validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputProblem, InvalidInputError
from graph.model import Topic, TopicStatus

_LIST_FIELDS = ("aliases_nl", "aliases_en", "abbreviations", "broader")


class _LineLoader(yaml.SafeLoader):
    """Records the line of every mapping as ``__line__`` for error messages."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def load_taxonomy(path: Path) -> list[Topic]:
    """Read and validate a taxonomy file; raise ``InvalidInputError`` naming every problem.

    Checks: required ids and labels, duplicate ids, broader links to unknown topics, cycles.
    """
    name = str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise InvalidInputError([InputProblem(name, None, None, f"cannot be read: {exc}")]) from exc
    entries = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InvalidInputError([InputProblem(name, 1, "topics", "must be a list of topics")])
    problems: list[InputProblem] = []
    topics: dict[str, Topic] = {}
    lines: dict[str, int] = {}
    for entry in entries:
        line = entry.get("__line__") if isinstance(entry, dict) else None
        topic = _topic(entry, name, line, problems)
        if topic is None:
            continue
        if topic.id in topics:
            problems.append(InputProblem(name, line, "id", f"duplicate topic id {topic.id!r} "
                                         f"(first on line {lines[topic.id]})"))
            continue
        topics[topic.id], lines[topic.id] = topic, line or 0
    for topic in topics.values():
        for broader in topic.broader:
            if broader not in topics:
                problems.append(InputProblem(name, lines[topic.id], "broader",
                                             f"{topic.id!r} names unknown topic {broader!r}"))
    problems += _cycles(topics, lines, name)
    if problems:
        raise InvalidInputError(problems)
    return list(topics.values())


def _topic(entry: Any, name: str, line: int | None,
           problems: list[InputProblem]) -> Topic | None:
    if not isinstance(entry, dict):
        problems.append(InputProblem(name, line, None, "a topic must be a mapping"))
        return None
    before = len(problems)
    values: dict[str, Any] = {}
    for fld in ("id", "label_nl", "label_en"):
        value = entry.get(fld)
        if not isinstance(value, str) or not value.strip():
            problems.append(InputProblem(name, line, fld, "is required and must be non-empty"))
        values[fld] = str(value).strip() if value is not None else ""
    for fld in _LIST_FIELDS:
        value = entry.get(fld) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(InputProblem(name, line, fld, "must be a list of non-empty texts"))
            value = []
        values[fld] = tuple(v.strip() for v in value)
    status = entry.get("status", "curated")
    if status not in {s.value for s in TopicStatus}:
        problems.append(InputProblem(name, line, "status", f"unknown status {status!r}"))
    if len(problems) > before:
        return None
    return Topic(status=TopicStatus(status), **values)


def _cycles(topics: dict[str, Topic], lines: dict[str, int], name: str) -> list[InputProblem]:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems = []

    def visit(topic_id: str) -> bool:
        state[topic_id] = 1
        for up in topics[topic_id].broader:
            if up in topics and (state.get(up) == 1 or (up not in state and visit(up))):
                return True
        state[topic_id] = 2
        return False

    for topic_id in topics:
        if topic_id not in state and visit(topic_id):
            problems.append(InputProblem(name, lines[topic_id], "broader",
                                         f"broader links of {topic_id!r} form a cycle"))
    return problems
