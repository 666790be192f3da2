"""A real Bolt server for the Neo4j half of the test suite.

Either the Neo4j that ``NEO4J_TEST_URI`` (with ``NEO4J_TEST_USERNAME``, ``NEO4J_TEST_PASSWORD``,
``NEO4J_TEST_DATABASE``) points to, or an ArcadeDB server started from the ``arcadedb-embedded``
wheel (its own Java runtime and jars, with the Bolt plugin) on free loopback ports.

Every test starts from an empty database: ``BoltTarget.wipe`` deletes every node. Constraints
and indexes survive a wipe. Point ``NEO4J_TEST_URI`` at a throwaway database only.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import importlib.util
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver, GraphDatabase

from graph import neo4j_queries
from graph.neo4j_store import Neo4jStore

STARTED_LINE = "ArcadeDB Server started"
START_TIMEOUT_S = 90.0


class BoltUnavailableError(Exception):
    """No Bolt server could be started or reached; the reason says why."""


@dataclass
class BoltTarget:
    """Where the Neo4j-backed tests connect, and a driver to wipe the database between them."""

    uri: str
    username: str
    password: str
    database: str
    kind: str  # "neo4j" for NEO4J_TEST_URI, "arcadedb" for the server started here
    _driver: Driver | None = field(default=None, repr=False)

    def open_store(self) -> Neo4jStore:
        return Neo4jStore(self.uri, username=self.username, password=self.password,
                          database=self.database)

    def wipe(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        if self._driver is None:
            self._driver = GraphDatabase.driver(self.uri, auth=(self.username, self.password))
        self._driver.execute_query(neo4j_queries.WIPE, database_=self.database)

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None


def target_from_env() -> BoltTarget | None:
    """The server ``NEO4J_TEST_URI`` names, checked to answer within a few seconds."""
    uri = os.environ.get("NEO4J_TEST_URI")
    if not uri:
        return None
    target = BoltTarget(uri, os.environ.get("NEO4J_TEST_USERNAME", "neo4j"),
                        os.environ.get("NEO4J_TEST_PASSWORD", ""),
                        os.environ.get("NEO4J_TEST_DATABASE", "neo4j"), "neo4j")
    try:
        with GraphDatabase.driver(uri, auth=(target.username, target.password),
                                  connection_timeout=5.0) as driver:
            driver.verify_connectivity()
    except Exception as exc:  # any failure means: no server for these tests
        raise BoltUnavailableError(f"NEO4J_TEST_URI={uri} is not reachable: {exc}") from exc
    return target


def arcadedb_home() -> Path | None:
    """The installed ``arcadedb_embedded`` package folder (found without starting its JVM)."""
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


class ArcadeDBServer:
    """ArcadeDB with its Bolt plugin, as a child process bound to 127.0.0.1 on free ports."""

    def __init__(self, root: Path, heap: str = "1g") -> None:
        self.root = root
        self.heap = heap  # ArcadeDB keeps a whole transaction in memory: big batches need more
        self.password = secrets.token_hex(12)
        self.bolt_port = free_port()
        self.log = root / "arcadedb.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> BoltTarget:
        """Start the server and wait for its database; raise ``BoltUnavailableError`` if not."""
        home = arcadedb_home()
        if home is None:
            raise BoltUnavailableError("arcadedb-embedded is not installed "
                                       "(pip install -e '.[dev]'), and NEO4J_TEST_URI is not set")
        java = home / "jre" / "bin" / ("java.exe" if os.name == "nt" else "java")
        if not java.exists():
            raise BoltUnavailableError(f"no Java runtime in the arcadedb-embedded wheel at {java}")
        properties = {
            "arcadedb.server.rootPath": str(self.root),
            "arcadedb.server.rootPassword": self.password,
            "arcadedb.server.defaultDatabases": "neo4j[root]",
            "arcadedb.server.mode": "development",
            "arcadedb.server.plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "arcadedb.bolt.host": "127.0.0.1",
            "arcadedb.bolt.port": str(self.bolt_port),
            "arcadedb.bolt.defaultDatabase": "neo4j",
            "arcadedb.server.httpIncomingHost": "127.0.0.1",
            "arcadedb.server.httpIncomingPort": str(free_port()),
            "arcadedb.server.httpsIncomingPort": str(free_port()),
        }
        command = [str(java), "-Xms128m", f"-Xmx{self.heap}", "-XX:+UseSerialGC",
                   *(f"-D{key}={value}" for key, value in properties.items()),
                   "-cp", str(home / "jars" / "*"), "com.arcadedb.server.ArcadeDBServer"]
        self.root.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                cwd=self.root, start_new_session=True,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        atexit.register(self.stop)
        self._wait_until_started()
        return BoltTarget(f"bolt://127.0.0.1:{self.bolt_port}", "root", self.password, "neo4j",
                          "arcadedb")

    def _wait_until_started(self) -> None:
        # the Bolt port opens before the database exists: wait for the server's own word
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            text = self.log.read_text("utf-8", errors="replace")
            if STARTED_LINE in text:
                return
            if self.process is not None and self.process.poll() is not None:
                raise BoltUnavailableError(
                    f"ArcadeDB exited with {self.process.returncode}:\n{text[-2000:]}")
            time.sleep(0.1)
        self.stop()
        raise BoltUnavailableError(f"ArcadeDB did not start in {START_TIMEOUT_S:.0f} s; "
                                   f"see {self.log}")

    def stop(self) -> None:
        """Stop the server by its process id: TERM, then KILL after a few seconds."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _die_with_parent() -> None:
    # Linux: the kernel kills the server if pytest dies without running its finalisers
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
