"""One error hierarchy for the whole project, translated to HTTP/GraphQL only at the edge."""

from __future__ import annotations

from dataclasses import dataclass


class WieweetError(Exception):
    """Root of every error wieweet raises on purpose."""


class NotFoundError(WieweetError):
    """A requested person, department, topic or document does not exist."""


class StoreUnavailableError(WieweetError):
    """The graph store cannot be reached or opened."""


class ConfigurationError(WieweetError):
    """Settings are missing or contradict each other."""


@dataclass(frozen=True)
class InputProblem:
    """One problem in one place of an input file."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class InvalidInputError(WieweetError):
    """Input was rejected; ``problems`` names every file, line and field at fault.

    A rejected batch is never partly written.
    """

    def __init__(self, problems: list[InputProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"{len(problems)} problem(s) in the input; nothing was written:\n{shown}{more}")
