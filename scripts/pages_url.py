"""Print the GitHub Pages URL of this clone's `origin` remote.

    git@github.com:OWNER/REPO.git  -> https://OWNER.github.io/REPO
    https://github.com/OWNER/OWNER.github.io -> https://OWNER.github.io

Used by `make github` when SITEURL is not given. Exits 2 with a message when
origin is not a GitHub repository.
"""

from __future__ import annotations

import re
import subprocess
import sys


def pages_url(remote: str) -> str | None:
    m = re.search(r"github\.com[:/]([^/]+)/([^/]+?)(?:\.git)?/?$", remote.strip())
    if not m:
        return None
    owner, repo = m.group(1), m.group(2)
    if repo.lower() == f"{owner.lower()}.github.io":
        return f"https://{owner.lower()}.github.io"
    return f"https://{owner.lower()}.github.io/{repo}"


def main() -> int:
    try:
        remote = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        remote = ""
    url = pages_url(remote)
    if url is None:
        print("pages_url: origin is not a GitHub repository; run: make github SITEURL=https://your.site", file=sys.stderr)
        return 2
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
