"""Shared pieces of the browser quality gates: finding the tools, serving a
built site on 127.0.0.1, and the page-weight budgets (set here, in one place)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
AXE = ROOT / "node_modules/axe-core/axe.min.js"
VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

# Page weight budgets, in bytes: HTML + CSS + every other local asset a page
# loads, photos excepted, uncompressed.
BUDGETS = {"article": 40_000, "share-card page": 40_000, "other": 120_000}


def require_tools() -> None:
    """Skip loudly on a laptop without the tools; fail under CI=true."""
    missing = []
    if not os.access(CHROME, os.X_OK):
        missing.append(f"Chromium ({CHROME})")
    if shutil.which("java") is None:
        missing.append("Java")
    for path in (AXE, VNU, LIGHTHOUSE):
        if not path.exists():
            missing.append(str(path.relative_to(ROOT)))
    if missing:
        message = ("BROWSER QUALITY GATES NOT RUN: missing " + ", ".join(missing)
                   + ". Install them with: make browser-tools")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # Serve the site's own 404 page, as GitHub Pages does.
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().send_error(code, message, explain)


class Server:
    """output/ on http://127.0.0.1:PORT/, stopped by stop() (or the test's end)."""

    def __init__(self, directory: Path, port: int):
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.url = f"http://127.0.0.1:{port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def page_kind(rel: str) -> str:
    parts = rel.split("/")
    if parts[0].isdigit() and len(parts) == 4:
        return "article"
    if parts[0] == "quotes" and len(parts) == 4:
        return "share-card page"
    return "other"
