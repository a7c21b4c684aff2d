"""Quality gates in a real browser, over every page of a built site:
axe-core (light and dark), no third-party requests, no console errors or
failed requests, valid HTML (Nu Html Checker), page weight, keyboard access,
Lighthouse, and screenshots for people to look at."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from browser import AXE, BUDGETS, CHROME, CHROME_FLAGS, ROOT, VNU, Server, free_port, page_kind, require_tools
from conftest import FIXTURES, build_site
from PIL import Image

SEED = "2019/08/jews-against-ice-occupy-amazon-bookstore/"
SCREENSHOTS = ROOT / "screenshots"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
PHOTO_ARTICLE = """Title: Marchers fill the bridge at dawn
Date: 2025-04-01 07:00
Category: Protests
Tags: Photos
Location: Brooklyn, New York
Summary: A photo report from the bridge.
Image: images/bridge.jpg
Image_alt: Marchers with banners crossing a bridge at dawn.
Image_credit: Sam Poe
Image_caption: Marchers crossed the bridge before sunrise.

"We walked because the trains were stopped, and we would have walked twice as far," said Ana Lima, an organizer with Rising Tide.

Banners read "Fare free" and "Trains for all."
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    require_tools()
    tmp = tmp_path_factory.mktemp("browser")
    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    for name in ("01-ap-style-rally.md", "05-html-entities.md", "19-british-press-statement.md"):
        shutil.copy(FIXTURES / "articles" / name, content / "articles" / name)
    (content / "images").mkdir(exist_ok=True)
    Image.new("RGB", (1600, 900), (90, 110, 140)).save(content / "images/bridge.jpg", quality=80)
    (content / "articles/photo.md").write_text(PHOTO_ARTICLE, encoding="utf-8")
    port = free_port()
    site = build_site(tmp / "output", "publishconf.py", content=content, SITEURL=f"http://127.0.0.1:{port}")
    assert site.problems == []
    server = Server(site.output, port)
    yield site, server
    server.stop()


@pytest.fixture(scope="module")
def browser():
    require_tools()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROME, args=CHROME_FLAGS[1:], headless=True)
        yield chromium
        chromium.close()


def page_urls(site) -> list[str]:
    rels = []
    for path in sorted(site.output.rglob("*.html")):
        rel = path.relative_to(site.output).as_posix()
        rels.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return rels


def _run_axe(page, only_contrast=False):
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    options = ({"runOnly": {"type": "rule", "values": ["color-contrast"]}} if only_contrast
               else {"runOnly": {"type": "tag", "values": AXE_TAGS}})
    result = page.evaluate("async (o) => (await axe.run(document, o)).violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))", options)
    return result


@pytest.fixture(scope="module")
def audit(served, browser):
    """Every page, loaded once in each colour scheme, with everything recorded."""
    site, server = served
    results = {}
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_())  # routing turns the HTTP cache off: every page pays for its CSS
    record = {"requests": [], "console": [], "failed": [], "bytes": {}}

    def on_response(response):
        if response.status >= 400:
            record["failed"].append(f"{response.status} {response.url}")
        elif response.url.startswith(server.url):
            try:
                record["bytes"][response.url] = (len(response.body()), response.request.resource_type)
            except Exception:  # a body the browser did not keep (a redirect)
                pass

    page.on("request", lambda r: record["requests"].append(r.url))
    page.on("response", on_response)
    page.on("requestfailed", lambda r: record["failed"].append(f"failed {r.url}"))
    page.on("console", lambda m: m.type == "error" and record["console"].append(m.text))
    page.on("pageerror", lambda e: record["console"].append(str(e)))
    for rel in page_urls(site):
        for key in ("requests", "console", "failed"):
            record[key].clear()
        record["bytes"].clear()
        page.emulate_media(color_scheme="light")
        page.goto(f"{server.url}/{rel}", wait_until="load")
        light = _run_axe(page)
        page.emulate_media(color_scheme="dark")
        dark = _run_axe(page, only_contrast=True)
        weight = sum(size for url, (size, kind) in record["bytes"].items() if kind != "image" or url.endswith(".svg"))
        results[rel] = {
            "axe": light, "axe_dark": dark,
            "external": [u for u in record["requests"] if not u.startswith((server.url, "data:"))],
            "console": list(record["console"]),
            "failed": [f for f in record["failed"] if not (rel == "404.html" and f.endswith("/404.html"))],
            "weight": weight,
        }
    context.close()
    _write_report(results)
    return results


def _write_report(results) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    lines = ["| page | axe (light) | axe (dark contrast) | external requests | weight (bytes) |", "|---|---|---|---|---|"]
    for rel, r in results.items():
        lines.append(f"| /{rel} | {len(r['axe'])} | {len(r['axe_dark'])} | {len(r['external'])} | {r['weight']} |")
    (SCREENSHOTS / "quality-report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_every_page_was_checked(audit, served):
    site, _ = served
    assert len(audit) == len(list(site.output.rglob("*.html"))) > 30


def test_axe_finds_no_violations_in_light_mode(audit):
    assert {rel: r["axe"] for rel, r in audit.items() if r["axe"]} == {}


def test_axe_finds_no_contrast_problems_in_dark_mode(audit):
    assert {rel: r["axe_dark"] for rel, r in audit.items() if r["axe_dark"]} == {}


def test_no_request_leaves_the_local_server(audit):
    assert {rel: r["external"] for rel, r in audit.items() if r["external"]} == {}


def test_no_console_errors_or_failed_requests(audit):
    assert {rel: r["console"] + r["failed"] for rel, r in audit.items() if r["console"] or r["failed"]} == {}


def test_page_weight_within_budget(audit):
    over = {rel: (r["weight"], BUDGETS[page_kind(rel)]) for rel, r in audit.items() if r["weight"] > BUDGETS[page_kind(rel)]}
    assert over == {}
    assert 0 < audit[SEED]["weight"] <= BUDGETS["article"]


def test_nu_html_checker_finds_no_errors(served):
    site, _ = served
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--also-check-css",
                             "--skip-non-html", str(site.output)], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '').split('/output/')[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages
              if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert errors == []


def test_keyboard_skip_link_first_and_every_widget_link_reachable(served, browser):
    _, server = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server.url}/{SEED}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-64px"  # visible when focused
    widget_links = page.evaluate("[...document.querySelectorAll('aside a')].length")
    assert widget_links >= 4
    reached = set()
    for _ in range(200):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("(() => { const a = document.activeElement; const all = [...document.querySelectorAll('aside a')]; return all.indexOf(a); })()"))
    assert set(range(widget_links)) <= reached
    context.close()


def test_lighthouse_scores(served):
    sys.path.insert(0, str(ROOT / "scripts"))
    from audit import lighthouse

    _, server = served
    for path in ("", SEED):
        scores = lighthouse(f"{server.url}/{path}", Path(os.environ.get("TMPDIR", "/tmp")))
        print(f"lighthouse /{path}: {scores}")
        assert (scores["accessibility"], scores["best-practices"], scores["seo"]) == (100, 100, 100), scores


def test_screenshots(served, browser):
    _, server = served
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, path in {"index": "", "article": SEED, "quotes": "quotes/", "signs": "signs/"}.items():
        for width, height in ((390, 844), (1280, 900)):
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                page = context.new_page()
                page.goto(f"{server.url}/{path}")
                shot = SCREENSHOTS / f"{name}-{width}-{scheme}.png"
                page.screenshot(path=str(shot), full_page=True)
                context.close()
                with Image.open(shot) as im:
                    assert im.width == width
