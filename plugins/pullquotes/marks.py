"""Find quoted spans in a paragraph of plain text.

Pairs opening and closing quotation marks of every common style: straight
"…", curly “…”, low „…“ / „…”, guillemets «…», AP-style "…'' and British
single quotes '…' / ‘…’. Apostrophes (isn't, Amazon's, protesters', '90s) are
told apart from single quotation marks by the characters around them.

Pure: text in, `Span`s out. Offsets index into the text that was given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Marks that can only open or only close a double quotation.
DOUBLE_OPEN = {"\u201c", "\u201e", "\u201f", "\u00ab", "\u301d"}   # “ „ ‟ « 〝
DOUBLE_CLOSE = {"\u201d", "\u00bb", "\u301e", "\u301f"}            # ” » 〞 〟
DOUBLE_EITHER = {'"', "\uff02", "\u2033"}                           # " ＂ ″
DOUBLE_MARKS = frozenset(DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER)      # every double mark
SINGLE_OPEN = {"\u2018", "\u201b", "\u201a"}                        # ‘ ‛ ‚
SINGLE_EITHER = {"'", "\u2019", "`", "\u00b4"}                      # ' ’ ` ´

# Words that begin with an apostrophe rather than an opening mark.
ELISIONS = {"tis", "twas", "til", "till", "em", "cause", "cuz", "bout", "round",
            "n", "nuff", "kay", "sup", "ya", "y'all", "ol", "im"}

# Characters after which a mark opens a quotation.
_OPEN_BEFORE = set(" \t\n\r\u00a0\u2002\u2003\u2009([{<\u2014\u2013-/:;") | DOUBLE_OPEN | SINGLE_OPEN


@dataclass(frozen=True)
class Span:
    """One quotation found in a text.

    start/end delimit the words inside the marks; open_at/close_at are the
    offsets of the marks themselves (close_at is None when the quotation runs
    to the end of the text without closing, as AP style does before a
    continuing paragraph).
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    style: str  # "double" or "single"
    close_width: int = 1  # 2 for AP-style '' closing marks

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the end of the span)."""
        if self.close_at is None:
            return self.end
        return self.close_at + self.close_width


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_word(ch: str) -> bool:
    return ch != "" and (ch.isalnum() or unicodedata.category(ch) == "Mn")


def _is_punct(ch: str) -> bool:
    return ch != "" and unicodedata.category(ch)[0] in "PS"


# Characters worth a look: every double mark, and the single ones that make
# AP-style pairs ('' ``).
_DOUBLE_CANDIDATE = re.compile("[" + re.escape("".join(DOUBLE_MARKS) + "'\u2019`\u2018") + "]")


def _double_marks(text: str):
    """(offset, width, role) for each double mark; role is open/close/either."""
    marks = []
    n = len(text)
    skip_to = 0
    for m in _DOUBLE_CANDIDATE.finditer(text):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        pair = text[i : i + 2]
        if pair in ("''", "\u2019\u2019") and (i + 2 >= n or not _is_word(text[i + 2])) and i > 0 and not _is_space(text[i - 1]):
            marks.append((i, 2, "close"))  # AP-style closing mark
            skip_to = i + 2
            continue
        if (pair in ("''", "\u2019\u2019") and i + 2 < n and _is_word(text[i + 2])
                and (i == 0 or _is_space(text[i - 1]) or text[i - 1] in _OPEN_BEFORE)):
            marks.append((i, 2, "open"))  # "the government ''will be wiped away''": two singles for a double
            skip_to = i + 2
            continue
        if pair in ("``", "\u2018\u2018"):
            marks.append((i, 2, "open"))
            skip_to = i + 2
            continue
        if pair == '""' and text[i + 2 : i + 3] != '"':
            # '""If we leave,"" protester Chris French said': doubled marks (a copying slip, as
            # CSV escapes them) are one mark each, facing the way the characters around say
            before = text[i - 1] if i else ""
            after = text[i + 2] if i + 2 < n else ""
            if (_is_space(before) or before in _OPEN_BEFORE) and _is_word(after):
                marks.append((i, 2, "open"))
                skip_to = i + 2
                continue
            if not _is_space(before) and before not in _OPEN_BEFORE and (_is_space(after) or _is_punct(after)):
                marks.append((i, 2, "close"))
                skip_to = i + 2
                continue
        if ch not in DOUBLE_OPEN and ch not in DOUBLE_CLOSE and ch not in DOUBLE_EITHER:
            continue  # a single mark that did not pair up as AP style
        if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE:
            # Curly marks say which way they face, but German („…“), Swedish
            # (”…”) and mistyped text turn them round: the characters around
            # a mark decide when they disagree with its shape.
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < n else ""
            closes_here = not _is_space(before) and before not in _OPEN_BEFORE and (_is_space(after) or _is_punct(after))
            opens_here = (_is_space(before) or before in _OPEN_BEFORE) and not _is_space(after)
            if ch not in "\u201c\u201d":
                marks.append((i, 1, "open" if ch in DOUBLE_OPEN else "close"))
            elif ch == "\u201c":
                # ('under Talon “, he added': a mark between a space and a comma closes; so does one
                # after a sentence's end with a name and "said" next, in a paragraph with no closing
                # shape: '... illegal torture & dictatorship. “Abdirahman Mohamed Abdilahi said')
                # ('... for fear of being killed, “said Kingsley Boateng': glued to the verb after
                # a comma, it closes too)
                # (but '“... The police had to' opens on the ellipsis that marks words left out)
                marks.append((i, 1, "close" if closes_here or (_is_space(before) and after in ",.;:"
                                                               and text[i + 1 : i + 4] != "...") or (
                    _is_space(before) and i >= 2 and text[i - 2] in ".!?," and "\u201d" not in text
                    and _NAME_SAID_NEXT.match(text, i + 1)) or (
                    _is_space(before) and i >= 2 and text[i - 2] in ",!?" and _VERB_GLUED_NEXT.match(text, i + 1))
                    else "open"))
            elif not text[:i].strip() and "\u201c" not in text and text.count("\u201d") >= 2:
                # '” No Justice No Peace”': a paragraph that opens on a closing-shaped mark
                # and holds no opening one (a copying slip) opens there
                marks.append((i, 1, "open"))
            else:
                # ('reconciliation, ”explained Felipe Lerma': a closing shape between a space and a
                # word closes whatever is open, and opens only when nothing is)
                # ('Banners included, ”A!””B”': right after a closing mark and before a word, the next opens)
                # ('... phrase.”People’s rights ...,” said': glued after a stop or a colon and before a
                # capital, it opens too when nothing is open)
                marks.append((i, 1, "either" if ((opens_here or before == "\u201d") and _is_word(after))
                              or (before in ".!?:" and after.isupper()) else "close"))
        elif ch in DOUBLE_EITHER:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < n else ""
            if before.isdigit() and (after == "" or _is_space(after) or after in ",.;)"):
                # 6'2" or 12" (or 5′11″, a double prime) – a measurement, not a mark, unless it
                # closes ('chanting ″Resign, resign 3/8″': the wire's ellipsis, then the mark)
                marks.append((i, 1, "close"))
            elif ch == "\u2033" and before.isdigit():
                pass  # a double prime inside a number: inches or seconds
            elif _is_space(before) or before in _OPEN_BEFORE:
                marks.append((i, 1, "open" if not _is_space(after) else "either"))
            elif _is_space(after) or _is_punct(after):
                marks.append((i, 1, "close"))
            else:
                marks.append((i, 1, "either"))
    return marks


# A name and its reporting verb right after a mark: "Abdirahman Mohamed Abdilahi said"
_NAME_SAID_NEXT = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+(?:said|says|added|wrote|told)\b")
# A reporting verb glued to the mark before it: '..., “said Kingsley Boateng'
_VERB_GLUED_NEXT = re.compile(r"(?:said|says|added|adds|told|asked|asks|explained|continued|stated|wrote|noted)\s")
_SINGLE_OPENS_IN = re.compile("\u2018|(?:^|(?<=\\s))'(?=\\w)")


def _pair_doubles(text: str) -> list[Span]:
    spans: list[Span] = []
    open_mark = None  # (offset, width)
    marks = _double_marks(text)
    inner_close = None  # the close of a quotation nested in the open one, skipped
    for n, (offset, width, role) in enumerate(marks):
        if offset == inner_close:
            continue
        if open_mark is None:
            if role in ("open", "either"):
                open_mark = (offset, width)
            # a closing mark with nothing open is stray: ignore it
        elif role == "either" and [r for _, _, r in marks[n + 1 : n + 3]] == ["close", "close"]:
            # ('“... lined up with the " Hands Off!” national movement,” Hogan said': a straight mark
            # while one is open, then two closing ones: it opens a quotation nested in the open one)
            inner_close = marks[n + 1][0]
        elif role in ("close", "either"):
            start = open_mark[0] + open_mark[1]
            spans.append(Span(start, offset, open_mark[0], offset, "double", width))
            open_mark = None
        elif [r for _, _, r in marks[n + 1 : n + 3]] == ["close", "close"]:
            # An opening mark while one is open, then two closing ones: a
            # quotation nested in the open one with the same marks ('“... I heard
            # a child ask, “What’s this?” and that’s new,” Brown said'), part of it.
            inner_close = marks[n + 1][0]
        else:
            # An opening mark while one is open: the earlier one was never
            # closed (a typo or a stray mark). Start again from this one.
            open_mark = (offset, width)
    if open_mark is not None:
        start = open_mark[0] + open_mark[1]
        end = len(text.rstrip())
        if (end - 2 > start and text[end - 1] in "\u2019'" and text[end - 2] in ".!?,"
                and not _SINGLE_OPENS_IN.search(text, start, end - 1)):  # (not a nested one's close)
            # 'Banner reads, “When injustice is the law; resistance is our duty.’': a double
            # mark closed by a single one at the paragraph's end (a slip), not one left open
            spans.append(Span(start, end - 1, open_mark[0], end - 1, "double", 1))
        else:
            spans.append(Span(start, len(text), open_mark[0], None, "double"))
    return spans


_SINGLE_CANDIDATE = re.compile("[" + re.escape("".join(SINGLE_OPEN | SINGLE_EITHER)) + "]")


# A closing single mark a few words on, in the same sentence, not a plural's possessive
_CLOSER_AHEAD = re.compile(r"[A-Za-z]+(?:[ \t]+[\w,-]+){1,10}?(?<![sSzZ])['\u2019](?=[\s.,;:!?]|$)")


def _single_marks(text: str):
    """Opening and closing candidates among single marks and apostrophes."""
    opens, closes = [], []
    n = len(text)
    for m in _SINGLE_CANDIDATE.finditer(text):
        i = m.start()
        ch = text[i]
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < n else ""
        if _is_word(before) and _is_word(after):
            continue  # isn't, Amazon's, B'Av
        if before.isdigit() and ch not in SINGLE_OPEN and (after == "" or _is_space(after) or _is_punct(after)):
            # "by 2050' and" closes a quotation, but "a 10' wall" is feet: a
            # doubtful closer, taken only when another quotation opens next.
            closes.append((i, False, True))
            continue
        if before.isdigit() or (after.isdigit() and re.match(r"\d\ds?\b(?!['\u2019]\w)", text[i + 1 : i + 6])):
            continue  # 6'2", '90s, '19; not the opening mark of ‘20’s not plenty’
        # (also a hashtag or a handle: 'including ‘#NoFarmersNoFood’')
        can_open = (_is_space(before) or before in _OPEN_BEFORE) and (_is_word(after) or after in "\u2026.([#@")
        if can_open and ch not in ("\u00b4",):
            word = re.match(r"[A-Za-z]+(?!\d)", text[i + 1 :])  # ('N615,000 is our demand': no 'n')
            if (word and word.group(0).lower() in ELISIONS and not re.match(r"[A-Za-z]+[^\s\w]*['\u2019]", text[i + 1 :])
                    and not _CLOSER_AHEAD.match(text, i + 1)):
                # 'cause, 'em: an elision, unless a closing mark ends a short phrase after it
                # ("the strikes would 'cause real damage' as well")
                continue
            opens.append(i)
            continue
        if ch in SINGLE_OPEN:
            if ch == "\u2018" and _is_word(before) and (after == "" or _is_space(after) or _is_punct(after)):
                closes.append((i, False, False))  # "a ‘British Overseas Territory‘.": an opening shape closes (a slip)
            continue
        can_close = not _is_space(before) and (after == "" or _is_space(after) or _is_punct(after))
        if can_close:
            strong = _is_punct(before) or after == "" or (_is_punct(after) and after not in "-\u2013")
            possessive = before in "sSzZ" and _is_space(after)
            closes.append((i, strong, possessive))
    return opens, closes


def _pair_singles(text: str) -> list[Span]:
    opens, closes = _single_marks(text)
    spans: list[Span] = []
    used_until = -1
    for o in opens:
        if o <= used_until:
            continue
        later = [c for c in closes if c[0] > o + 1]
        if not later:
            continue
        # Prefer the first closer that is not a plural possessive (protesters')
        # or a number's prime (10'), unless only doubtful ones remain, or another quotation
        # opens before the next closer ('4,000 new homes' and 'a right ...').
        choice = later[0]
        for k, c in enumerate(later):
            if not c[2] or c[1]:
                choice = c
                break
            if (text[c[0] - 1].isdigit() and text[o + 1 : o + 2].isupper()
                    and len(words := text[o + 1 : c[0]].split()) in (2, 3, 4) and words[-2][:1].isupper()):
                # 'a ‘BERSIH 4’ protest outside Jame’ ‘Asr': a short name that ends in a number
                # (not a measure: "'We built a 10' wall")
                choice = c
                break
            following = later[k + 1][0] if k + 1 < len(later) else len(text)
            if any(c[0] < o2 < following for o2 in opens):
                choice = c
                break
        else:
            # Only doubtful closers: the one that ends a phrase ("... since 2008'.") rather
            # than a plural possessive before its noun ('Doctors' pay cut 26% since 2008'.)
            choice = next((c for c in later if c[0] + 1 >= len(text) or _is_punct(text[c[0] + 1])), choice)
        spans.append(Span(o + 1, choice[0], o, choice[0], "single"))
        used_until = choice[0]
    if opens and (last := opens[-1]) > used_until and not any(c[0] > last for c in closes):
        # "Dr Chad Harker said: ‘Hopefully this action will lead to talks." and the next paragraph
        # opening with ‘: a British quotation left open to run on, as a double one may be
        # (the curly opener after a colon or comma or at the start, a straight one only at
        # the start, and a whole sentence)
        lead = text[:last].rstrip()
        tail = text.rstrip()
        if ((not lead or (text[last] == "\u2018" and lead.endswith((":", ","))))
                and text[last] in "\u2018'" and text[last + 1 : last + 2].isupper()
                and tail.endswith((".", "!", "?")) and len(tail) - last > 20):
            spans.append(Span(last + 1, len(tail), last, None, "single"))
    return spans


def _inside(inner: Span, outer: Span) -> bool:
    outer_end = outer.close_at if outer.close_at is not None else outer.end
    return outer.open_at < inner.open_at and (inner.close_at if inner.close_at is not None else inner.end) <= outer_end


def _crosses(a: Span, b: Span) -> bool:
    a_end = a.close_at if a.close_at is not None else a.end
    b_end = b.close_at if b.close_at is not None else b.end
    return a.open_at < b.open_at < a_end < b_end or b.open_at < a.open_at < b_end < a_end


# A closing mark with its attribution after it: ', said fellow nurse Elizabeth Amplo.'
# (a title may come first, with its connectors and an acronym: 'media," Assistant Commissioner of
# Police (ACP), Brima Kamara said')
_CLOSER_THEN_SAID = re.compile(r"[,.!?]\u201d\s+(?:(?:said|says|added|adds)\b|(?:[A-Z][\w.'\u2019-]*,?\s+){1,4}"
                               r"(?:said|says|added|adds)\b|(?:he|she|they)\s+(?:said|says|added|adds)\b"
                               r"|[A-Z][\w.'\u2019-]*(?:,?\s+(?:[A-Z][\w.'\u2019-]*|of|the|for|and|\([A-Z]{2,6}\))){1,8},?\s+"
                               r"(?:said|says|added|adds)\b)")
# The same with a straight mark: 'acts," said deputy police chief Oscar Embumbulu.'
_STRAIGHT_CLOSER_THEN_SAID = re.compile(_CLOSER_THEN_SAID.pattern.replace(r"\u201d", '"'))


def _opening_lost(text: str) -> list[Span]:
    """'If we don't have safe staffing ... emergency room," said fellow nurse
    Elizabeth Amplo.': a paragraph whose only double mark closes a quotation
    with its attribution after it lost its opening mark (a copying slip); the
    quotation runs from the paragraph's start."""
    if text.count("\u201d") == 1 and not any(ch in text for ch in DOUBLE_OPEN | DOUBLE_EITHER):
        m = _CLOSER_THEN_SAID.search(text)
    elif text.count('"') == 1 and not any(ch in text for ch in "\u201c\u201d\u201e\u201f"):
        m = _STRAIGHT_CLOSER_THEN_SAID.search(text)  # (straight marks: 'acts," said deputy police chief')
    else:
        return []
    span = _from_paragraph_start(text, m) if m is not None else None
    return [span] if span is not None else []


def _from_paragraph_start(text: str, closer: re.Match) -> Span | None:
    """The quotation from the paragraph's first word to the closing mark `closer`
    (a _CLOSER_THEN_SAID match) found, if it is long enough to be one."""
    start = len(text) - len(text.lstrip())
    close = closer.start() + 1
    return Span(start, close, start, close, "double") if close - start > 20 else None


def _opening_lost_before(text: str, first: Span) -> Span | None:
    """'We have a concern that the country is headed in the wrong direction,"
    Morrow said. "We are concerned ..."': the paragraph's first sentence lost its
    opening mark and the pairs after it are whole. Only within that first
    sentence: a closing mark after narrative sentences leaves no way to tell
    where its words began."""
    m = _CLOSER_THEN_SAID.search(text, 0, first.open_at)
    if m is None or any(ch in text[: m.start() + 1] for ch in DOUBLE_OPEN | DOUBLE_EITHER):
        return None
    span = _from_paragraph_start(text, m)
    return None if span is None or _SENTENCE_END_INSIDE.search(text, span.start, m.start()) else span


_SENTENCE_END_INSIDE = re.compile(r"[.!?]\s+[A-Z\u201c\"]")
# An attribution that ends its sentence, then the next sentence: ' he said. I would'
_SAID_THEN_SENTENCE = re.compile(r",?\s+(?:he|she|they|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+"
                                 r"(?:said|says|added|adds)\.\s+(?=[A-Z])")
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Ww]e|[Uu]s|[Oo]ur|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")


def _opening_lost_after(text: str, last: Span) -> Span | None:
    """'"We fully understand ...," he said. I would also like ... event."': the
    second half of a split quotation lost its opening mark; it runs from the
    sentence after the attribution to the closing mark that ends the paragraph,
    with no other mark between, and speaks in the first or second person (as
    speech does, and narrative seldom)."""
    if last.close_at is None or last.close_at >= len(text) - 2:
        return None  # (closed at the paragraph's end: nothing after it)
    m = _SAID_THEN_SENTENCE.match(text, last.close_at + last.close_width)
    end = len(text.rstrip()) - 1
    if (m is None or end - m.end() < 20 or text[end] not in DOUBLE_CLOSE | DOUBLE_EITHER
            or text[end - 1] not in ".!?" or any(ch in text[m.end() : end] for ch in DOUBLE_MARKS)
            or not _FIRST_OR_SECOND_PERSON.search(text, m.end(), end)):
        return None
    return Span(m.end(), end, m.end(), end, "double")


# An attribution that ends the paragraph after a comma: ', youth activist Debora Enyonam Dabor told a crowd.'
_SAID_TO_PARAGRAPH_END = re.compile(
    r",\s+(?:[^.!?\u201c\u201d\u201e\u201f\"]{0,80}?\s)?(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}|he|she|they)"
    r"\s+(?:said|says|added|adds|told\s+[^.!?\u201c\u201d\"]{1,40}?)\s*\.\s*$")


# A single closing mark after a stop, standing for a double one: 'Chants of "U-S-A.' Signs of'
_SINGLE_CLOSES_AFTER_STOP = re.compile(r"(?<=[\w)])[.!?,]['\u2019](?=\s|$)")


def _closing_lost(text: str, last: Span) -> Span | None:
    """'"We are only being Ghanaians. ... our fathers, leading member ..., Debora
    Enyonam Dabor told a crowd.': a quotation that never closes, with its
    attribution ending the paragraph, lost its closing mark (a copying slip);
    it ends at the comma before the attribution. So does one closed by a
    single mark after a stop, with no single mark opened inside it
    ('Chants of "U-S-A.' Signs of all shapes')."""
    if last.closed or last.style != "double":
        return None
    if (single := _SINGLE_CLOSES_AFTER_STOP.search(text, last.start)) is not None and not _SINGLE_OPENS_IN.search(
            text, last.start, single.start()):
        close = single.start() + 1
        return Span(last.start, close, last.open_at, close, "double")
    m = _SAID_TO_PARAGRAPH_END.search(text, last.start)
    if m is None or m.start() - last.start < 20:
        return None
    return Span(last.start, m.start() + 1, last.open_at, m.start() + 1, "double", close_width=0)


def find_spans(text: str) -> list[Span]:
    """Quoted spans of `text`, outermost only, in order of their opening mark.

    A quotation nested in another (single marks inside double, or the
    reverse) is part of the outer one and is not returned.
    """
    doubles = _pair_doubles(text)
    if not doubles and ("\u201d" in text or '"' in text):
        doubles = _opening_lost(text)
    elif doubles and (lost := _opening_lost_before(text, doubles[0])) is not None:
        doubles.insert(0, lost)
    if doubles and (lost := _opening_lost_after(text, doubles[-1])) is not None:
        doubles.append(lost)
    elif doubles and (whole := _closing_lost(text, doubles[-1])) is not None:
        doubles[-1] = whole
    singles = _pair_singles(text)
    spans = list(doubles)
    for s in singles:
        if any(_inside(s, d) for d in doubles):
            continue
        if any(_crosses(s, d) for d in doubles):
            continue
        spans.append(s)
    # A double quotation nested in a British single one is part of it: sweep
    # in order of opening, dropping spans that close inside the one before.
    spans.sort(key=lambda s: (s.open_at, -(s.close_at if s.close_at is not None else s.end)))
    outer: list[Span] = []
    for s in spans:
        if outer and _inside(s, outer[-1]):
            continue
        outer.append(s)
    return [s for s in outer if any(_is_word(ch) for ch in text[s.start : s.end])]
