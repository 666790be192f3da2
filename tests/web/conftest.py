"""Fixtures for the web page tests: the hand-made organisation in a SQLite file, the real app
served by uvicorn in a subprocess, and headless Chromium (Debian's) driven by Playwright.

The server is the real thing: ``uvicorn api.app:create_app --factory`` on a socket this process
binds to a free 127.0.0.1 port and hands over (``--fd``), so there is no race for the port. It is
stopped by its pid. Browser tests skip, with the reason, when ``/usr/bin/chromium`` is missing;
CI installs it (``.ci/run``). Each browser test leaves a full-page screenshot in
``tests/artifacts/`` (gitignored), taken at the end of the test, failing or not.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from web_org import write_web_org

from api.app import create_app
from api.auth import Role, create_api_key
from api.service import Service
from api.settings import Settings
from graph.sqlite_store import SqliteStore

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("WIEWEET_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
START_TIMEOUT = 90.0  # seconds; spaCy and the app import in a few on an idle machine


@dataclass(frozen=True)
class WebOrg:
    """The ingested organisation: the store file and an API key per role.

    ``anna`` is employee p1's own key; ``bram`` employee p2's; ``hr`` and ``admin`` are tied to
    nobody.
    """

    db: Path
    keys: dict[str, str]


@pytest.fixture(scope="session")
def web_org(tmp_path_factory: pytest.TempPathFactory) -> WebOrg:
    root = tmp_path_factory.mktemp("web")
    db = root / "template.db"
    store = SqliteStore(db)
    try:
        Service(store).ingest(write_web_org(root / "org"))
        keys = {"anna": create_api_key(store, "anna", Role.EMPLOYEE, "p1")[1],
                "bram": create_api_key(store, "bram", Role.EMPLOYEE, "p2")[1],
                "hr": create_api_key(store, "hr", Role.HR)[1],
                "admin": create_api_key(store, "admin", Role.ADMIN)[1]}
    finally:
        store.close()
    return WebOrg(db, keys)


def copy_store(org: WebOrg, target: Path) -> Path:
    """A private copy of the organisation's store, so tests that write do not meet."""
    shutil.copyfile(org.db, target)
    return target


@pytest.fixture
def store(web_org: WebOrg, tmp_path: Path) -> Iterator[SqliteStore]:
    """A private copy of the organisation's store, opened (SQLite only: the pages are the
    subject here, the stores have their own contract suite)."""
    opened = SqliteStore(copy_store(web_org, tmp_path / "pages.db"))
    yield opened
    opened.close()


@pytest.fixture
def client(store: SqliteStore) -> Iterator[TestClient]:
    """The real app (production settings: API keys required) over ``store``."""
    with TestClient(create_app(Settings(env="production"), store=store),
                    follow_redirects=False) as test_client:
        yield test_client


def as_(client: TestClient, web_org: WebOrg, who: str) -> TestClient:
    """Log in through the form, as the browser would, and keep the cookie."""
    response = client.post("/login", data={"key": web_org.keys[who], "next": "/"})
    assert response.status_code == 303, response.text
    return client


@dataclass(frozen=True)
class LiveServer:
    url: str
    pid: int
    keys: dict[str, str]


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def start_server(db: Path, log: Path, **env: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start the app on a free 127.0.0.1 port; return the process and its base URL once
    ``/readyz`` answers 200.

    Raises:
        RuntimeError: the server exited, or was not ready within ``START_TIMEOUT``.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    environment = {**os.environ, "WIEWEET_STORE_URL": f"sqlite:///{db}",
                   "WIEWEET_ENV": "production", **env}
    environment.pop("NEO4J_URI", None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
             "--fd", str(sock.fileno()), "--log-level", "warning"],
            cwd=REPO, env=environment, stdout=out, stderr=subprocess.STDOUT,
            pass_fds=(sock.fileno(),))
    sock.close()  # the child holds its own copy
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n"
                               f"{log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    _stop(process)
    raise RuntimeError(f"the server was not ready within {START_TIMEOUT:.0f} s:\n"
                       f"{log.read_text(errors='replace')[-3000:]}")


@pytest.fixture(scope="session")
def live_server(web_org: WebOrg, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[LiveServer]:
    """The real app with API-key login, on a copy of the organisation's store."""
    root = tmp_path_factory.mktemp("live")
    process, url = start_server(copy_store(web_org, root / "live.db"), root / "server.log")
    try:
        yield LiveServer(url, process.pid, web_org.keys)
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's package "
                    "(apt-get install chromium); .ci/run does")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh browser context (no cookies) and page; a screenshot is kept at the end."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.set_default_timeout(15_000)
    opened = context.new_page()
    try:
        yield opened
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name).strip("_")
        try:
            opened.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        finally:
            context.close()


def assert_accessible(page: Any) -> None:
    """axe-core (bundled by axe-playwright-python) finds no violation on the page as it is.

    All of axe's default rules run, WCAG 2.0/2.1 A and AA among them, plus its best practices.
    """
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def log_in(page: Any, server: LiveServer, who: str) -> None:
    """Log in through the login form, as a person would."""
    page.goto(f"{server.url}/login")
    page.get_by_label("API-sleutel").fill(server.keys[who])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"{server.url}/")
