"""`make bench N=1000`: build-time, rebuild-time, memory and extraction benchmarks.

Builds one generated corpus (bench/corpus.py) in separate processes, at least
three times per scenario, and prints median wall time, CPU time and peak RSS:

  1. full     the site with every plugin, clean build (cold caches)
  2. bare     the same with PLUGINS=[]; the ratio full / bare is the plugins' cost
  2b. pullquotes alone, PLUGINS=["pullquotes"]: the quote plugin's own cost
  3. rebuild  after editing one article, with Pelican's content cache on, as
              `make serve` rebuilds (relative to the clean full build)
  3b. the same rebuild with PLUGINS=[] (relative to the bare clean build)
  4. extract  the pure extractor alone over the rendered articles

The clean builds run in rounds (full, bare, pullquotes alone; then again), so
that a slow minute on a shared machine hits all three alike. CPU time and
peak RSS count the build process and, separately, the extractor's worker
process (its CPU is work the main process no longer waits for, not work
that vanished).

Results go to bench/results/N-<n>-<timestamp>.json (git-ignored) as well.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "plugins"))


def one_build(content: str, output: str, cache: str, plugins, load_cache: bool) -> dict:
    """Run inside a fresh process: one Pelican build, measured.
    `plugins`: True for the project's own list, or a list to use instead."""
    from pelican import Pelican
    from pelican.settings import read_settings

    override = {"PATH": content, "OUTPUT_PATH": output, "CACHE_PATH": cache,
                "CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": load_cache}
    if plugins is not True:
        override["PLUGINS"] = list(plugins or [])
    settings = read_settings(str(ROOT / "pelicanconf.py"), override=override)
    import logging

    logging.disable(logging.WARNING)
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    Pelican(settings).run()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    worker = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "rss_mib": after.ru_maxrss / 1024,
            "worker_cpu": worker.ru_utime + worker.ru_stime, "worker_rss_mib": worker.ru_maxrss / 1024}


def run_isolated(**kwargs) -> dict:
    cmd = [sys.executable, __file__, "--one", json.dumps(kwargs)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"bench: a build failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def median(runs: list[dict]) -> dict:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


CLEAN = {"full": True, "bare": [], "pullquotes": ["pullquotes"]}


def scenario_clean(content: Path, tmp: Path, runs: int) -> dict[str, list[dict]]:
    """Clean builds of each CLEAN configuration, in rounds."""
    out: dict[str, list[dict]] = {name: [] for name in CLEAN}
    for i in range(runs):
        for name, plugins in CLEAN.items():
            work = tmp / f"{name}-{i}"
            out[name].append(run_isolated(content=str(content), output=str(work / "output"),
                                          cache=str(work / "cache"), plugins=plugins, load_cache=False))
            shutil.rmtree(work, ignore_errors=True)
    return out


def scenario_rebuild(content: Path, tmp: Path, runs: int, plugins=True) -> list[dict]:
    """Rebuilds after editing one article, into a fresh folder each time (as
    scripts/build.py and `make serve` do), on a warm cache."""
    work = tmp / f"rebuild-{'full' if plugins is True else 'bare'}"
    cache = work / "cache"
    run_isolated(content=str(content), output=str(work / "warm"), cache=str(cache), plugins=plugins, load_cache=True)
    articles = sorted((content / "articles").glob("*.md"))
    out = []
    for i in range(runs):
        target = articles[(i * 7919) % len(articles)]
        target.write_text(target.read_text(encoding="utf-8") + f"\nAn update, number {i}, was added.\n", encoding="utf-8")
        output = work / f"out-{i}"
        out.append(run_isolated(content=str(content), output=str(output), cache=str(cache), plugins=plugins, load_cache=True))
        shutil.rmtree(output, ignore_errors=True)
    return out


def scenario_extract(content: Path, runs: int) -> dict:
    from pelican.readers import MarkdownReader
    from pelican.settings import read_settings

    from pullquotes.extract import read_article

    reader = MarkdownReader(read_settings(str(ROOT / "pelicanconf.py")))
    htmls = [reader.read(str(p))[0] for p in sorted((content / "articles").glob("*.md"))]
    times = []
    quotes = 0
    for _ in range(runs):
        start = time.perf_counter()
        quotes = sum(len(read_article(h).quotes) for h in htmls)
        times.append(time.perf_counter() - start)
    t = statistics.median(times)
    return {"articles": len(htmls), "seconds": t, "articles_per_second": len(htmls) / t,
            "us_per_article": 1e6 * t / len(htmls), "quotations": quotes}


def _default_workdir() -> str | None:
    """A RAM disk when there is one. On this project's CI machines the disk is
    mounted with `discard`: every deleted output folder makes later mkdir and
    open calls slower (rebuilds measured 1.5, 1.9, 2.3, 2.7 s in a row, with
    and without plugins), which is the disk's cost, not the build's."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def main() -> int:
    parser = argparse.ArgumentParser(description="Placard build benchmarks")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", default=_default_workdir(),
                        help="where the corpus, outputs and caches go (default: /dev/shm when there is one)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_build(**json.loads(args.one))))
        return 0
    from corpus import make_corpus

    with tempfile.TemporaryDirectory(prefix="placard-bench-", dir=args.workdir) as tmpname:
        tmp = Path(tmpname)
        content = make_corpus(args.n, tmp / "content")
        print(f"Placard benchmark: N={args.n} articles, {args.runs} runs each, medians; "
              f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
              f"working in {args.workdir or tempfile.gettempdir()}")
        clean = scenario_clean(content, tmp, args.runs)
        full, bare, alone = (median(clean[name]) for name in CLEAN)
        rebuild = median(scenario_rebuild(content, tmp, args.runs))
        rebuild_bare = median(scenario_rebuild(content, tmp, args.runs, plugins=[]))
        extract = scenario_extract(content, args.runs)
    rows = [("1. full site, clean build", full), ("2. PLUGINS=[], clean build", bare),
            ("2b. pullquotes alone, clean build", alone), ("3. rebuild after 1 edit (cache)", rebuild),
            ("3b. the same, PLUGINS=[]", rebuild_bare)]
    print(f"{'scenario':<35}{'wall s':>8}{'cpu s':>8}{'peak MiB':>10}{'ms/article':>12}"
          f"{'worker cpu s':>14}{'worker MiB':>12}")
    for name, r in rows:
        print(f"{name:<35}{r['wall']:>8.2f}{r['cpu']:>8.2f}{r['rss_mib']:>10.0f}{1000 * r['wall'] / args.n:>12.2f}"
              f"{r['worker_cpu']:>14.2f}{r['worker_rss_mib']:>12.0f}")
    print(f"{'4. extractor alone':<35}{extract['seconds']:>8.2f}{'':>8}{'':>10}{extract['us_per_article'] / 1000:>12.2f}"
          f"   ({extract['articles_per_second']:.0f} articles/s, {extract['us_per_article']:.0f} \u00b5s/article)")
    ratio = full["wall"] / bare["wall"]
    alone_ratio = alone["wall"] / bare["wall"]
    cpu_ratio = (full["cpu"] + full["worker_cpu"]) / bare["cpu"]
    rebuild_ratio = rebuild["wall"] / full["wall"]
    print(f"plugin overhead (1 / 2): {ratio:.3f}   (target <= 1.10); pullquotes alone (2b / 2): {alone_ratio:.3f}; "
          f"CPU incl. worker (1 / 2): {cpu_ratio:.3f}")
    print(f"rebuild / clean build (3 / 1): {rebuild_ratio:.3f}   (target <= 0.35); "
          f"without plugins (3b / 2): {rebuild_bare['wall'] / bare['wall']:.3f}")
    print(f"peak memory, full build: {full['rss_mib']:.0f} MiB + worker {full['worker_rss_mib']:.0f} MiB   "
          f"(target <= 200 MiB at N=5000)")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    record = {"n": args.n, "runs": args.runs, "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
              "machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
                          "python": platform.python_version()},
              "full": full, "bare": bare, "pullquotes_alone": alone, "rebuild": rebuild,
              "rebuild_bare": rebuild_bare, "extract": extract,
              "ratios": {"plugins": ratio, "pullquotes_alone": alone_ratio, "cpu_with_worker": cpu_ratio,
                         "rebuild": rebuild_ratio, "rebuild_bare": rebuild_bare["wall"] / bare["wall"]}}
    path = results / f"N-{args.n}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"written: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
