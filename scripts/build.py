"""Build the site into a fresh folder and swap it into place only on success.

    python scripts/build.py [-s pelicanconf.py] [-o output] [-- extra pelican args]

A failed build (any error Pelican logs, or any exception a plugin raises)
exits non-zero and leaves the previous output folder exactly as it was: nothing
half-built is ever served or published.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def check_output_path(output: Path, root: Path = ROOT) -> Path:
    """Refuse output folders whose replacement would destroy something else."""
    output = output.resolve()
    content = (root / "content").resolve()
    if output == root or output in root.parents:
        raise SystemExit(f"build: refusing to replace {output}: it is the project root or above it")
    if output == content or content in output.parents or output in content.parents:
        raise SystemExit(f"build: refusing to replace {output}: it overlaps content/")
    if root not in output.parents:
        raise SystemExit(f"build: refusing to replace {output}: it is outside the project {root}")
    for keep in ("theme", "plugins", "tests", ".git", "scripts"):
        if output == (root / keep).resolve():
            raise SystemExit(f"build: refusing to replace {output}: it is the project's {keep}/ folder")
    return output


def build(settings: str, output: Path, extra: list[str], *, check: bool = True) -> int:
    if check:
        output = check_output_path(output)
    output = output.resolve()
    staging = output.with_name(f".{output.name}.building")
    retired = output.with_name(f".{output.name}.old")
    for leftover in (staging, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    cmd = [
        sys.executable, "-m", "pelican", str(ROOT / "content"),
        "--settings", str(ROOT / settings),
        "--output", str(staging),
        "--fatal", "errors",
        *extra,
    ]
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        where = output if output.exists() else "nothing (no earlier build)"
        print(f"build: FAILED, see the messages above. Kept the previous output: {where}", file=sys.stderr)
        return result.returncode
    if output.exists():
        os.rename(output, retired)
    os.rename(staging, output)
    shutil.rmtree(retired, ignore_errors=True)
    print(f"build: wrote {output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("extra", nargs="*", help="more arguments for pelican, after --")
    args = parser.parse_args(argv)
    return build(args.settings, ROOT / args.output, args.extra)


if __name__ == "__main__":
    sys.exit(main())
