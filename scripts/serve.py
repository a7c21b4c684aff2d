"""`make serve`: build, serve output/ on 127.0.0.1, rebuild and reload on change.

Watches content/, theme/, plugins/ and the settings files. Each rebuild runs in
a fresh process, so edits to plugin code take effect (pelican --autoreload
does not watch plugins/). The live-reload script is injected by the preview
server into responses only; no file in output/ ever contains it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from livereload import Server

ROOT = Path(__file__).resolve().parent.parent

WATCHED = ["content", "theme", "plugins", "pelicanconf.py", "publishconf.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description="Preview the site with live reload.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--settings", default="pelicanconf.py")
    args = parser.parse_args()
    output = ROOT / "output"

    def rebuild() -> None:
        # A fresh process each time, so that edited plugin code is used.
        cmd = [sys.executable, str(ROOT / "scripts" / "build.py"), "--settings", args.settings]
        if subprocess.run(cmd, cwd=ROOT).returncode != 0:
            print("serve: the build failed; still serving the last good build.", file=sys.stderr)

    rebuild()
    if not output.exists():
        print("serve: nothing to serve until the build succeeds; fix the errors above.", file=sys.stderr)
    server = Server()
    for name in WATCHED:
        path = ROOT / name
        server.watch(str(path), rebuild, delay=0.3, ignore=lambda p: p.endswith((".pyc", "~", ".swp")))
    print(f"serve: http://127.0.0.1:{args.port}/  (Ctrl-C to stop)")
    server.serve(root=str(output), host="127.0.0.1", port=args.port, open_url_delay=None, restart_delay=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
