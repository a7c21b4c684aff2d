"""Quotation marks and apostrophes, told apart."""

import pytest

from pullquotes.marks import find_spans


def quoted(text):
    return [text[s.start : s.end] + ("" if s.closed else "\u2026") for s in find_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ('"Learn from history," one sign read.', ["Learn from history,"]),
    ("\u201cWe\u2019re here,\u201d she said. \u201cAnd we won\u2019t leave.\u201d", ["We\u2019re here,", "And we won\u2019t leave."]),
    ("'No new oil', the banners read, and 'There is no planet B'.", ["No new oil", "There is no planet B"]),
    ("Tisha B\u2019Av to protest Amazon\u2019s support", []),
    ("The protesters' signs said 'No ICE'.", ["No ICE"]),
    ("It's the city's longest sit-in since the '90s.", []),
    ('"An injury to one is an injury to all,\'\' said Frank Morales.', ["An injury to one is an injury to all,"]),
    ('"The mayor told us \'this is the best deal,\' and we said no," she said.', ["The mayor told us 'this is the best deal,' and we said no,"]),
    ("\u201eWir sind hier\u201c, sagte sie.", ["Wir sind hier"]),
    ("\u00ab Nous sommes l\u00e0 \u00bb, dit-elle.", [" Nous sommes l\u00e0 "]),
    ('He is 6\'2" tall and said "hi there".', ["hi there"]),
    ('"Last week I had four patients.', ["Last week I had four patients.\u2026"]),
    ("``Never again,'' they chanted.", ["Never again,"]),
    # A year before a closing single mark: the quotation ends there when another opens next.
    ("It was 'a net zero bank by 2050' and had 'set targets'.", ["a net zero bank by 2050", "set targets"]),
    ("'We built a 10' wall to keep them out,' she said.", ["We built a 10' wall to keep them out,"]),
    # A number opening a quotation, its apostrophe inside: not the '90s
    ("signs such as \u201820\u2019s not plenty\u2019 and \u2018Let Wales move\u2019.",
     ["20\u2019s not plenty", "Let Wales move"]),
    ("the '20s, the \u201890s and \u201819", []),
    # A plural possessive inside a British quotation that ends on a number
    ("placards reading 'Pay restoration now' and 'Doctors' pay cut 26% since 2008'.",
     ["Pay restoration now", "Doctors' pay cut 26% since 2008"]),
    # A currency letter before a number opens no elision ("rock 'n' roll"): a quotation
    ("placards such as 'N615,000 is our demand' and 'Hunger is real'.", ["N615,000 is our demand", "Hunger is real"]),
    ("We danced 'til dawn. 'We stay,' she said.", ["We stay,"]),
    # A double mark closed by a single one at the paragraph's end: a slip, closed there;
    # but a nested single quotation's close leaves the double open for the next paragraph
    ("Placard reads, \u201cNo fees, no debts.\u2019", ["No fees, no debts."]),
    ("\u201cThe guard told me, \u2018Leave now.\u2019", ["The guard told me, \u2018Leave now.\u2019\u2026"]),
    # A closing shape between a space and a word closes the open quotation (a copying slip)
    ("\u201cWe stay until we are heard, \u201dsaid Ana Ruiz.", ["We stay until we are heard, "]),
    # A hashtag in single marks
    ("banners including \u2018#NoFarmsNoFuture\u2019.", ["#NoFarmsNoFuture"]),
    # A paragraph whose one straight mark closes before "said NAME" lost its opening mark
    ('The law will be upheld and nobody is above it," said deputy police chief Omar Lenz.',
     ["The law will be upheld and nobody is above it,"]),
    # ... and before a title with its connectors and an acronym, then the name and "said"
    ("No permit (for any march) was asked for this weekend,\u201d Deputy Head of Operations (DHO), Ama Lenz said.",
     ["No permit (for any march) was asked for this weekend,"]),
    # A closing shape glued after a stop or a colon and before a capital opens when nothing is open
    ("Crowds rallied.\u201dOur rights matter,\u201d said Ana Ruiz. Sen. Joe Dale:\u201dGo home.\u201d",
     ["Our rights matter,", "Go home."]),
    # An opening shape right after a word and before a stop closes (a copying slip)
    ("owned by the Crown as a \u2018Crown Dependency\u2018. Its people vote.", ["Crown Dependency"]),
    # A short name ending in a number closes at its number, not at a transliteration's mark further on
    ("held a \u2018UNITY 3\u2019 vigil outside the Jame\u2019 \u2018Asr mosque.", ["UNITY 3"]),
    # A quotation nested in another with the same double marks is part of the outer one
    ("\u201cMy son asked me, \u201cWhy are they yelling?\u201d and I had no answer,\u201d she said.",
     ["My son asked me, \u201cWhy are they yelling?\u201d and I had no answer,"]),
    ('"My son asked me, "Why are they yelling?" and I had no answer," she said.',
     ['My son asked me, "Why are they yelling?" and I had no answer,']),
    # ... but an opening mark that never closed is not an outer quotation
    ('chanting "Homes for all, "Not one more eviction," as they walked.', ["Not one more eviction,"]),
])
def test_spans(text, expected):
    assert quoted(text) == expected


def test_a_paragraph_opening_on_a_closing_shaped_mark_opens_there():
    text = "\u201d Bread, not bullets\u201d"
    assert [text[s.start : s.end].strip() for s in find_spans(text)] == ["Bread, not bullets"]


def test_doubled_straight_marks_are_one_mark_each():
    text = '""If we go, they win,"" said Ana Ruiz. ""We stay.""'
    assert [text[s.start : s.end] for s in find_spans(text)] == ["If we go, they win,", "We stay."]


@pytest.mark.parametrize("text, expected", [
    # the first sentence lost its opening mark; a whole quotation follows
    ("We have a concern that the harbour is headed the wrong way,\u201d Morrow said. \u201cWe are worried.\u201d",
     ["We have a concern that the harbour is headed the wrong way,", "We are worried."]),
    # after narrative sentences, where the words began is unknowable: only the whole pair
    ("A few dozen rallied. They are worried. Those are the marks of a crisis,\u201d said Joe Gainza. "
     "\u201cSo that is what this was about.\u201d", ["So that is what this was about."]),
])
def test_a_first_sentence_that_lost_its_opening_mark_before_a_whole_quotation(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the second half of a split quotation lost its opening mark: it starts after "she said."
    ('"We understand why people are angry," she said. I would like to thank the organisers for moving '
     'the date and keeping everyone safe."',
     ["We understand why people are angry,",
      "I would like to thank the organisers for moving the date and keeping everyone safe."]),
    # a stray closing mark after narrative in the third person: no one's words, nothing more
    ('"We understand why people are angry," she said. Then the march moved on to the harbour."',
     ["We understand why people are angry,"]),
])
def test_a_split_quotations_second_half_that_lost_its_opening_mark(text, expected):
    assert quoted(text) == expected


def test_a_british_quotation_opening_a_paragraph_with_a_straight_mark_runs_on():
    text = "'The point is to stand with everyone who is afraid tonight, whoever they are."
    assert quoted(text) == ["The point is to stand with everyone who is afraid tonight, whoever they are.\u2026"]


def test_an_opening_shaped_mark_glued_to_said_after_a_comma_closes():
    text = "\u201cWe waited three hours for a bus that never came, \u201csaid Efua Mensah, a trader."
    assert quoted(text) == ["We waited three hours for a bus that never came, "]  # (the extractor folds the space)


def test_a_quotation_that_never_closes_ends_before_the_attribution_that_ends_its_paragraph():
    text = ("\u201cWe are asking for clean water and a road that does not flood, "
            "market women\u2019s leader Abena Owusu told the crowd.")
    assert quoted(text) == ["We are asking for clean water and a road that does not flood,"]


def test_a_paragraph_that_runs_on_in_ap_style_keeps_running_on():
    text = "\u201cWe are asking for clean water, and we will be back on Monday with the same list."
    assert quoted(text) == ["We are asking for clean water, and we will be back on Monday with the same list.\u2026"]


def test_a_double_quotation_closed_by_a_single_mark_after_a_stop_ends_there():
    text = "Drums. Chants of \"Let us in.' Banners of every colour along the railings."
    assert quoted(text) == ["Let us in."]


def test_a_single_quotation_nested_in_an_unclosed_double_one_does_not_close_it():
    text = "\"She looked at me and said, 'Go home.' I stayed where I was, and so did everyone else."
    assert quoted(text) == ["She looked at me and said, 'Go home.' I stayed where I was, and so did everyone else.\u2026"]


def test_an_opening_mark_before_an_ellipsis_opens():
    # a paragraph of a statement that resumes after words left out: '“... The police had to'
    text = "\u201c... The council had to make hard choices this week,\u201d she said."
    assert [text[s.start : s.end] for s in find_spans(text)] == ["... The council had to make hard choices this week,"]
