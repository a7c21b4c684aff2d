"""`make audit`: Lighthouse scores for the index and the seed article.

Builds the site as production for a local address, serves it on 127.0.0.1,
runs Lighthouse (npm, pinned) in Debian's Chromium, and prints the four
category scores. Performance is shown, not judged: these machines are noisy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROME, CHROME_FLAGS, LIGHTHOUSE, Server, free_port  # noqa: E402

PAGES = {"index": "", "seed article": "2019/08/jews-against-ice-occupy-amazon-bookstore/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse(url: str, workdir: Path) -> dict[str, float]:
    """The four category scores (0-100) of one page."""
    report = workdir / "lighthouse.json"
    cmd = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
           f"--chrome-flags={' '.join(CHROME_FLAGS)}", "--only-categories=" + ",".join(CATEGORIES),
           "--form-factor=mobile", "--screenEmulation.mobile", "--throttling-method=provided"]
    env = {**os.environ, "CHROME_PATH": CHROME}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=240)
    if result.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    scores["failing"] = sorted(
        a["id"] for c in CATEGORIES[1:] for ref in data["categories"][c]["auditRefs"]
        if (a := data["audits"][ref["id"]]).get("score") not in (None, 1) and ref.get("weight", 0) > 0)
    return scores


def build_for(port: int, output: Path) -> None:
    env = {**os.environ, "SITEURL": f"http://127.0.0.1:{port}"}
    subprocess.run([sys.executable, str(ROOT / "scripts/build.py"), "--settings", "publishconf.py",
                    "--output", str(output.relative_to(ROOT))], cwd=ROOT, env=env, check=True)


def main() -> int:
    if not LIGHTHOUSE.exists():
        print("audit: Lighthouse is not installed; run: make browser-tools", file=sys.stderr)
        return 2
    port = free_port()
    output = ROOT / ".cache" / "audit-output"
    build_for(port, output)
    server = Server(output, port)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"{'page':<14} " + " ".join(f"{c:>14}" for c in CATEGORIES))
            for name, path in PAGES.items():
                s = lighthouse(f"{server.url}/{path}", Path(tmp))
                print(f"{name:<14} " + " ".join(f"{s[c]:>14}" for c in CATEGORIES))
                if s["failing"]:
                    print(f"{'':<14} not passed: {', '.join(s['failing'])}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
