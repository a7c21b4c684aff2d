"""Build the site into a fresh folder and swap it into place only on success.

    python scripts/build.py [-s pelicanconf.py] [-o output] [-e KEY=VALUE ...]

A failed build (an error Pelican logs, or a problem a plugin reports) exits
non-zero and leaves the previous output folder exactly as it was: nothing
half-built is ever served or published.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def check_output_path(output: Path, root: Path = ROOT) -> Path:
    """Refuse an output folder whose replacement would destroy something else."""
    output = output.resolve()
    root = root.resolve()
    if output == root or output in root.parents:
        raise SystemExit(f"build: refusing to replace {output}: it is the project root or above it")
    if root not in output.parents:
        raise SystemExit(f"build: refusing to replace {output}: it is outside the project {root}")
    for keep in ("content", "theme", "plugins", "tests", "scripts", ".git", "bench", "docs", ".github", ".ci"):
        protected = (root / keep).resolve()
        if output == protected or protected in output.parents:
            raise SystemExit(f"build: refusing to replace {output}: it is (inside) the project's {keep}/ folder")
    return output


def parse_extra(pairs: list[str]) -> dict:
    """KEY=VALUE pairs; VALUE is JSON when it parses, else a string."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SystemExit(f"build: --extra-settings wants KEY=VALUE, got {pair!r}")
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def run_pelican(settings_file: str, output: Path, extra: dict, debug: bool = False) -> int:
    from pelican import Pelican
    from pelican.log import init as init_logging
    from pelican.settings import read_settings

    # Like `pelican --fatal errors`: any logged error fails the build.
    init_logging(logging.WARNING, fatal="errors")
    try:
        settings = read_settings(str(ROOT / settings_file), override={"OUTPUT_PATH": str(output), **extra})
        Pelican(settings).run()
    except Exception as exc:  # report plainly: reporters read this, not developers
        if debug:
            traceback.print_exc()
        message = str(exc).strip() or type(exc).__name__
        if message == "Warning or error encountered":
            message = "Pelican reported an error (see the message above)"
        print(f"\nbuild: {message}", file=sys.stderr)
        return 1
    return 0


def build(settings: str, output: Path, extra: dict | None = None, *, debug: bool = False) -> int:
    output = check_output_path(output)
    staging = output.with_name(f".{output.name}.building")
    retired = output.with_name(f".{output.name}.old")
    for leftover in (staging, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    status = run_pelican(settings, staging, extra or {}, debug)
    if status != 0:
        shutil.rmtree(staging, ignore_errors=True)
        kept = output if output.exists() else "nothing (there was no earlier build)"
        print(f"build: FAILED. The previous output was kept: {kept}", file=sys.stderr)
        return status
    if output.exists():
        os.rename(output, retired)
    os.rename(staging, output)
    shutil.rmtree(retired, ignore_errors=True)
    print(f"build: wrote {output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output", default=None, help="default: the settings' OUTPUT_PATH")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[], metavar="KEY=VALUE",
                        help="override settings, as pelican's --extra-settings (e.g. SITEURL=https://...)")
    parser.add_argument("--debug", action="store_true", help="print tracebacks")
    args = parser.parse_args(argv)
    if args.output is None:
        from pelican.settings import read_settings

        output = Path(read_settings(str(ROOT / args.settings))["OUTPUT_PATH"])
    else:
        output = Path(args.output) if Path(args.output).is_absolute() else ROOT / args.output
    return build(args.settings, output, parse_extra(args.extra_settings), debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
