"""Write docs/screenshot-search.png: the search page on the demo organisation, as the README
shows it. Not a test; run it by hand after changing how the search page looks:

    .venv/bin/python tests/web/screenshot_search.py

It loads the demo into a temporary store, serves it local-only with the real app (uvicorn, as
the browser tests do) and photographs the page with Debian's Chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conftest import CHROMIUM, CHROMIUM_ARGS, REPO, _stop, start_server  # noqa: E402

from api.service import Service, demo_request  # noqa: E402
from api.settings import Settings  # noqa: E402
from graph.sqlite_store import SqliteStore  # noqa: E402

QUERY = "digitale toegankelijkheid"
TARGET = REPO / "docs" / "screenshot-search.png"


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        store = SqliteStore(db)
        try:
            Service(store).ingest(demo_request(Settings().seed_dir))
        finally:
            store.close()
        process, url = start_server(db, Path(tmp) / "server.log", WIEWEET_LOCAL_ONLY="true")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                     args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 1100})
                page.goto(f"{url}/")
                page.get_by_label("Wie weet iets over").fill(QUERY)
                page.get_by_role("button", name="Zoeken").click()
                page.wait_for_url(f"{url}/?q=*")
                page.screenshot(path=str(TARGET))
                browser.close()
        finally:
            _stop(process)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
