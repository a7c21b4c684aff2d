"""Scoring by the rules of QUOTES.md: the project's own implementation.

A prediction matches a labelled quotation when their token-level F1 is at
least 0.8 (texts normalised: NFKC, straight quote marks, whitespace folded,
outer punctuation stripped, case folded); pairs are assigned greedily, best
first, one to one. A speaker matches when the names are equal, or one is a
whole-word prefix or suffix of the other (or of a listed alias).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

THRESHOLD = 0.8
_MARKS = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032`\u00b4"} | {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_TOKEN = re.compile(r"\w+(?:'\w+)*")


def _tokens(text: str | None) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").translate(_MARKS)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[\W_]+|[\W_]+$", "", text)
    return _TOKEN.findall(text.casefold())


def _f1(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return float(a == b)
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def _name(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    toks = tuple(re.findall(r"\w+", unicodedata.normalize("NFKC", text).translate(_MARKS).casefold()))
    return toks or None


def speaker_ok(gold: dict, predicted: str | None) -> bool:
    p = _name(predicted)
    names = [gold.get("speaker"), *(gold.get("aliases") or [])]
    if _name(names[0]) is None:
        return p is None
    if p is None:
        return False
    for n in names:
        g = _name(n)
        if g and (g == p or g == p[: len(g)] or g == p[-len(g):] or p == g[: len(p)] or p == g[-len(p):]):
            return True
    return False


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    kind_ok: int = 0
    speaker_ok: int = 0
    slogans: int = 0
    slogans_found: int = 0

    @property
    def f1(self) -> float:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0

    @property
    def slogan_recall(self) -> float:
        return self.slogans_found / self.slogans if self.slogans else 1.0


def score(gold: dict[str, list[dict]], predicted: dict[str, list[dict]], report: list | None = None) -> Score:
    total = Score()
    for name, items in gold.items():
        preds = predicted.get(name, [])
        total.gold += len(items)
        total.predicted += len(preds)
        total.slogans += sum(1 for g in items if g["kind"] == "slogan")
        cands = sorted(
            ((-_f1(_tokens(g["text"]), _tokens(p["text"])), i, j) for i, g in enumerate(items) for j, p in enumerate(preds)),
        )
        used_g, used_p = set(), set()
        for neg, i, j in cands:
            if -neg < THRESHOLD or i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            g, p = items[i], preds[j]
            total.matched += 1
            total.kind_ok += g["kind"] == p["kind"]
            ok = speaker_ok(g, p.get("speaker"))
            total.speaker_ok += ok
            if g["kind"] == "slogan" and p["kind"] == "slogan":
                total.slogans_found += 1
            if report is not None and (not ok or g["kind"] != p["kind"]):
                report.append(f"{name}: {g['text'][:50]!r}: speaker {p.get('speaker')!r} vs {g.get('speaker')!r}, kind {p['kind']} vs {g['kind']}")
        if report is not None:
            report += [f"{name}: missed {items[i]['text'][:60]!r}" for i in range(len(items)) if i not in used_g]
            report += [f"{name}: extra {preds[j]['text'][:60]!r}" for j in range(len(preds)) if j not in used_p]
    return total
