"""Paragraphs in, quotations out. The pure heart of pullquotes.

    extract_quotes(html)            -> [Quote, ...]
    read_article(html)              -> Reading(quotes, html with paragraph ids)
    extract_from_paragraphs(texts)  -> [Quote, ...] (plain text paragraphs)

Nothing here imports Pelican. An article's HTML is parsed once, by lxml
(document.py); everything after that works on plain text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from .attribution import (
    PERSON_PRONOUNS,
    NUMBER_SAFE_COMMA,
    PAINTED_BEFORE,
    plural_person,
    plural_speech_verb,
    PLATFORMS,
    RELATION_NOUNS,
    CHANT_VERBS,
    COLOURS,
    CROWD_WORDS,
    INVERTED_OPENING,
    POSTED_WITH_CAPTION,
    SHOUT_VERBS,
    SENTENCE_ADVERBS,
    SINGULAR_PERSON_NOUNS,
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    ORG_PRONOUN_NOUNS,
    ONE_PLACED,
    SURFACE_AFTER,
    SURFACE_ON,
    SURFACES,
    SUBJECT_PRONOUNS,
    TITLES,
    FIRST_NAMES,
    describes_person,
    drop_titles,
    is_chant_call,
    is_chant_form,
    unnamed_person,
    written_thing,
    period_ends_sentence,
    MASK,
    Cue,
    SpeakerPhrase,
    find_names,
    looks_like_org,
    first_sentence,
    parse_after,
    parse_speaker_phrase,
    slogan_cue_before,
    SPEECH_VERBS,
    _AUX,
    _WORD,
)
from .document import Document
from .marks import DOUBLE_MARKS, Span, find_spans
from .overrides import Overrides
from .overrides import apply as apply_overrides
from .quote import share_strings, SLOGAN, STATEMENT, Quote
from .speakers import SpeakerBook, with_shared_surnames

ID_PREFIX = "quote-p"
# Any quotation mark at all: an article without one has no quotations.
_MARK_CHARS = re.compile("[\"'`\u2018-\u201f\u00ab\u00bb\u2033\u301d-\u301f\uff02]")


# A capitalised word right before a quotation's mark, and one right after: a nickname's setting
_FIRST_NAME_LAST = re.compile(r"(?:^|\s)[A-Z][a-z]+\s$")
_SURNAME_FIRST = re.compile(r"\s[A-Z][a-z'\u2019-]+\b")
# "so-called Latvian "oligarch"": a term, even inside a list of signs
_SO_CALLED_LAST = re.compile(r"\bso-called(?:\s+[A-Z][a-z]+)?\s*$", re.I)
# Words right before a quotation that make it a name or a term, not speech.
_WHAT_THEY_CALLED = re.compile(r"\bwhat\s+(?:[\w'\u2019-]+\s+){1,4}?(?:called|calls|call|termed|terms|dubbed|"
                               r"(?:described|describes)\s+as)\s+"
                               r"(?:it\s+)?(?:a|an|the|their|its|his|her)?\s*$", re.I)
_NAMING = re.compile(
    r"(?:\bso-called|\bdubbed|\bknown as|\bnicknamed|\btitled|\bentitled|\bnamed|\btermed|"
    r"\bbranded|\blabell?ed|\bthe (?:term|word|words|phrase|hashtag|name|acronym|label|title|theme|tagline|"
    r"cliche|clich\u00e9|adage|maxim|proverb|saying|expression|idiom)|"
    # what a name or a word means: "the 50501 Movement, which means "50 protests, ...""
    r"\b(?:which|that)\s+(?:means|meant|stands\s+for|translates\s+(?:as|to))|\bshort\s+for|\bmeaning|"
    # 'The 50501 protest stands for "50 States, 50 Protests, One Day."': what a name spells out
    # (a number's, an acronym's or a name's: not 'those responsible stood for ‘nothing but thuggery’')
    r"(?-i:\b(?:[A-Z0-9]{2,}[\w-]*|name|acronym|initials|letters|abbreviation)\s+(?:[a-z]+\s+)?(?:stands|stood)\s+for\s*$)|"
    r"\b(?:known|referred to|billed) as(?:\s+the|\s+an?)?|"  # ('billed as a "mental health awareness rally"')
    # 'a protest that some are calling the "1 Million March for Children"': its name
    r"\b(?:are|is|were|was)\s+calling\s+(?:it\s+)?the|"
    # "the red banner - meant to symbolise a "red line" -": what a thing stands for
    r"\b(?:symboli[sz]e|symboli[sz]es|symboli[sz]ed|symboli[sz]ing)\s+(?:a|an|the)|"
    # "... who gave his name to the dispute, "June 5 movement"": a name
    r"\b(?:gave|gives|give|lent|lends|lend)\s+(?:its|his|her|their)\s+name\s+to\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,|"
    # "The latter was declared as the "headquarters of the revolution."": named so
    r"\b(?:was|were|is|are|been)\s+(?:declared|designated|proclaimed|christened|renamed)\s+as(?:\s+the|\s+an?)?|"
    # not 'what the group called "..."': there the group is who called it that
    r"(?<!\bwhat\s)(?<!\bwhich\s)\b(?:a|an|the|its|their|his|her)\s+(?:group|organi[sz]ation|campaign|event|program|"
    r"programme|initiative|project|coalition|book|film|song|movement|effort|network|app|"
    r"website|policy|plan|bill)\s+called|\b(?:a|the)\s+campaign\s+of|\b(?:under|behind) the banners? of|\bmarch(?:ed)? (?:under|behind) the banner|\bhashtag)"
    r"\s*[,:]?\s*$",
    re.I,
)
# 'Her neighbors call her "la jefa."': what a person is called, a nickname (a short
# one; 'They call him "the man who never says no to a tenant"' is their words)
# (and 'calling him a "classic bully."': a name for him, the article outside the marks;
# 'called it "a disgrace"' is the words said)
_CALL_THEM = re.compile(r"\b(?:call|calls)\s+(?:her|him|them)(?:\s+(?:simply|just|only))?\s*,?\s*$"
                        r"|\b(?:call|calls|called|calling)\s+(?:her|him|them|it)\s+(?:a|an)\s*$", re.I)
# Nouns for songs, in the plural
_SONGS = r"(?:songs|hymns|anthems|carols|tunes|spirituals|ballads)"
# "sang the national anthem and other patriotic hymns like "..."": one of the songs, by its title
# (its singer's name may come first: "songs including Beyoncé’s "Freedom,""; or "the protest song: "...""
_SONGS_LIKE = re.compile(r"\b" + _SONGS + r"\s+(?:like|such\s+as|including)"
                         r"(?:\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}['\u2019]s)?\s*$"
                         r"|\b(?:song|hymn|anthem|spiritual)\s*:\s*$")
_SUNG_OR_LED_IN = re.compile(r"\b(?:sang|sing|sings|singing|sung)\b[^\x00]{0,25}$"
                             r"|\b(?:led|leads|leading|lead)\s+[^\x00.!?]{0,30}\bin\s*$|" + _SONGS_LIKE.pattern)
_READING_ALOUD = re.compile(r"\b(?:reading|reads|read|recited|reciting|recites)(?:\s+(?:aloud|out|from))?\s*$")
_FROM_THE_WORK = re.compile(r"\x00\s+from(?:\s+the\s+(?:musical|film|movie|show|album|opera|play))?\s*$")
# A gloss after a quotation that makes it a name: '"the caste" — his term for the establishment'
_A_TERM_FOR_AFTER = re.compile(r"\s*[,\u2014\u2013-]+\s*(?:his|her|their|its|the\s+[\w-]+['\u2019]s?|an?)\s+(?:own\s+)?"
                               r"(?:term|word|phrase|name|nickname|label|epithet|euphemism|shorthand)\s+for\b", re.I)
# "It was said": an impersonal passive, no one's attribution
_IT_IS_SAID = re.compile(r"\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$")
# "fired a "less-lethal round"": an article right after a verb that is not speech.
_ARTICLE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:a|an|the)\s*$")
# A title right after the work it names: "a poem by Roque Dalton, "Como tú,"".
_WORK_TITLE = re.compile(
    r"\b(?:poem|song|book|novel|film|movie|album|play|painting|hymn|anthem|documentary|essay|story|prayer|"
    r"psalm|sermon|column|op-ed|exhibit|exhibition|mural|show|series|podcast|episode|title|memoir|copies|"
    r"rendition|version|cover|recording)s?\b"
    r"[^.!?\x00]{0,60}[,:]?\s*$"
    # "author of 'Student Protest: Voices of the Austerity Generation'": the work written
    r"|\b(?:author|co-author|writer|director|composer|editor|producer)s?\s+of\s*$", re.I)
_SONG_NOUN_LAST = re.compile(r"\b(?:song|anthem|hymn|tune|ballad|track|single)\s*$", re.I)
_RENDITION_OF = re.compile(r"\b(?:rendition|version|cover|recording|performance)s?\s+of\s+"
                           # (after the work's name: "a Thai version of Les Miserables "...""
                           r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['\u2019]s)?\s*)?$")
_A_WORK_CALLED = re.compile(r"\b(?:song|hymn|anthem|ballad|poem|album|book|novel|film|movie|play|musical)s?"
                            # ("played several songs, including one titled": one of them)
                            r"(?:,?\s*(?:including|like|such\s+as|among\s+them)\s+one)?"
                            r"\s+(?:called|titled|entitled|named)\s*[:,]?\s*$", re.I)
_WORK_OF = re.compile(r"\b(?:rendition|version|cover|recording|performance)s?\s+of\s*$", re.I)
_NAME_STANDS_FOR = re.compile(r"\b(?:name|acronym|initials|abbreviation|hashtag)\s+(?:[^\s\x00]+\s+){0,2}?"
                              r"(?:refers\s+to|stands\s+for|is\s+short\s+for)\s*[:,]?\s*$", re.I)
_NAMING_WORDS = ("called", "named", "dubbed", "titled", "entitled", " as")  # (a cheap test before the pattern)
# An event, then what it is called: "The protest, called", "a rally dubbed" (not a body: "what the
# group called "..."" is the group's words)
_EVENT_CALLED_BEFORE = re.compile(r"\b(?:protest|march|rally|demonstration|event|campaign|movement|vigil|initiative|"
                                  r"gathering|action|strike|occupation|encampment)s?\s*,?\s*"
                                  r"(?:called|named|dubbed|titled|entitled|billed\s+as|known\s+as)\s*$", re.I)
# A term as the subject of its definition: '"lower square" refers to', '"EV" stands for'
_TERM_DEFINED_AFTER = re.compile(r"\s*(?:refers\s+to|stands\s+for|is\s+short\s+for|is\s+shorthand\s+for)\b")
_GLOSSED_AS = re.compile(r"\b(?:a\s+(?:pun|play|riff)\s+on|short\s+for|a\s+nod\s+to|a\s+reference\s+to|an\s+allusion\s+to)"
                         # ('a pun on the name of Premier X and the phrase "it will never cease."': the second
                         # thing it plays on)
                         r"\s*(?:(?:[^.!?\x00]{0,80}?\s(?:and|or)\s+)?the\s+(?:word|phrase|expression)\s*)?$", re.I)
# 'the chorus of "Austin's Not For Sale," a local punk anthem': a part of a work, or a work
# named in the apposition after it
_PART_OF_A_WORK = re.compile(r"\b(?:chorus|refrain|verses?|lyrics|opening\s+lines|strains|melody)\s+(?:of|from)\s*$", re.I)
# ('"Mawtini, Mawtini", Iraq's national anthem': the work's owner may come first)
_A_WORK_AFTER = re.compile(r"\s*,?\s*(?:a|an|the|their|his|her|[A-Z][\w-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                           r"(?:song|anthem|hymn|ballad|album|poem|novel|book|film|movie|play|musical|single)\b", re.I)
# "which the administration calls "...": a name for something, not speech.
_RELATIVE_NAMING = re.compile(r"\b(?:which|what|that|who)\s+(?:[\w'\u2019-]+\s+){0,4}(?:calls?|called|dubs?|dubbed|terms?|termed)"
                              r"(?:\s+(?:itself|themselves|himself|herself|it|them))?(?:\s+(?:the|a|an|its|their))?\s*$", re.I)
# '..., which it called "fair and competitive."', "deeply troubling": an
# adjective phrase is the source's verdict, its words, not a name for a thing
_ADJECTIVE = (r"(?:[a-z-]+(?:ive|ous|ful|able|ible|al|ic|ent|ant|less|ish|ary|ing|ed)|fair|unfair|safe|unsafe|"
              r"wrong|right|good|bad|clear|thorough|reasonable|necessary|unjust|just|cruel|sad|false|fake|"
              r"simple|strong|weak|long|late|premature|absurd|timely|overdue)")
_VERDICT = re.compile(rf"(?:(?:[a-z]+ly|very|so|too|more|most|less|deeply)\s+{_ADJECTIVE}"
                      rf"|{_ADJECTIVE},?\s+(?:and|but|or|yet)\s+(?:[a-z]+ly\s+)?{_ADJECTIVE})[.,!]?")
# "organised by" right before a quotation: the organiser's name follows, if capitalised
_ORGANISED_BY_LAST = re.compile(r"\borgani[sz]ed\s+by\s+(?:the\s+)?$")
# A "the" right before a quotation: 'a ban on the "Three Years Jotna Movement"'
# (an ordinal or "annual" may stand between: 'the second "Day in Solidarity with Gaza"')
_THE_LAST = re.compile(r"\bthe(?:\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|annual"
                       r"|\d+(?:st|nd|rd|th)))?\s*$", re.I)
# 'the "Star-Spangled Banner" was sung': a work performed, named by its title
_PERFORMED_AFTER = re.compile(r"\s*(?:was|were|is|are)\s+(?:then\s+|also\s+)?(?:sung|played|performed|recited)\b")
# 'the "Not my president" movement': what a movement or a campaign is called, in any case
_CAMPAIGN_NOUN_AFTER = re.compile(r"\s*(?:movement|campaign|march|rally|protest|protests|initiative|effort|boycott)\b")
# Speech said in a phrase ("took aim at", "hit out at", "lashed out at"; "letting them know"): by its
# first word, what must follow it and the one-word verb it means, in the same tense
_AIM = re.compile(r"\s+aim\b")  # ("took aim again at")
_OUT_AT = re.compile(r"\s+out\s+at\b")
_WHOM_KNOW = re.compile(r"\s+(?:them|him|her|us|me|everyone|everybody|people|(?:the|his|her|their)\s+[a-z]+)\s+know\b")
_PHRASAL_SPEECH_VERBS = {
    "took": (_AIM, "slammed"), "takes": (_AIM, "slams"), "taking": (_AIM, "slamming"), "take": (_AIM, "slam"),
    "hit": (_OUT_AT, "slammed"), "hits": (_OUT_AT, "slams"), "hitting": (_OUT_AT, "slamming"),
    "lashed": (_OUT_AT, "slammed"), "lashes": (_OUT_AT, "slams"), "lashing": (_OUT_AT, "slamming"),
    "let": (_WHOM_KNOW, "told"), "lets": (_WHOM_KNOW, "tells"), "letting": (_WHOM_KNOW, "telling"),
}
# "a sign of" right before a quotation: a sign in the sense of a token
_SIGN_OF_LAST = re.compile(r"\b(?:a|an|the|clear|sure|first)\s+signs?\s+of\s*$", re.I)
# The offence someone is charged with, right before its name: 'charged with "unlawful assembly"'
_OFFENCE_LAST = re.compile(r"\b(?:charged\s+with|charges?\s+of|guilty\s+of|accused\s+of|convicted\s+of"
                           # 'Officers arrested one woman for "malicious mischief,"'
                           r"|(?:arrested|arresting|arrests|cited|booked|detained|ticketed)\b[^.!?\x00]{0,40}\bfor)\s*$", re.I)
# A preposition and a determiner right before a quotation: what is quoted names a thing ('behind
# the "day of defiance"'), unlike a verb's object ('condemned the "endless rent rises"')
_PREPOSITION_DETERMINER_LAST = re.compile(r"\b(?:behind|of|for|at|in|on|from|during|into|after|before|against)\s+"
                                          r"(?:the|a|an|its|their|this|that)\s*$", re.I)
# "the march "Hands Off"": only a Title Case quotation is a name here.
_NAMING_EVENT = re.compile(
    r"\b(?:the|a|an|its|their|this|his|her)\s+(?:book|film|movie|album|song|play|show|series|"
    r"documentary|report|article|op-ed|essay|headline|exhibit|exhibition|event|march|rally|"
    r"campaign|program|programme|policy|initiative|operation|bill|act|slogan)\s*[,:]?\s*$",
    re.I,
)
_EVENT_NOUNS = re.compile(
    r"^\s*(?:march|marches|rally|rallies|protest|protests|campaign|campaigns|movement|event|"
    r"events|vigil|vigils|tour|initiative|program|programme|policy|policies|act|bill|law|idea|ideas|scheme|schemes|"
    r"operation|day|week|conference|festival|concert|summit|coalition|project|exhibit|"
    # ('from the "Seated Lincoln" memorial'): a landmark named
    r"memorial|memorials|statue|statues|monument|monuments|sculpture|"
    # ('"No Kings" demonstrations are organized by'): the plural of an event
    r"demonstration|demonstrations|strikes|walkouts|sit-ins|movements|gathering|gatherings|"
    r"exhibition|series|documentary|film|song|album|book|hashtag|strike|walkout|sit-in|"
    r"occupation|caravan|network|group|organization|slogan|era|plan|order|rule|agreement|"
    r"deal|mandate|doctrine|strategy|era|movie|movies|films|show|shows|novel|novels|books|songs|albums|"
    r"franchise|trilogy|musical|exception|exceptions|exemption|exemptions|clause|label|theme)\b",
    re.I,
)


@dataclass
class Reading:
    """What read_article returns: the quotations, the HTML with ids, and which
    of those ids it added (the others were the author's)."""

    quotes: list[Quote]
    html: str
    added_ids: list[str] = field(default_factory=list)


@dataclass
class _Candidate:
    paragraph: int
    span: Span
    text: str
    cue: Cue | None = None
    kind: str = STATEMENT
    speaker: str | None = None
    org: str | None = None
    attribution: str | None = None
    parts: list[str] = field(default_factory=list)
    own_cue: bool = False
    embedded: bool = False   # inside a sentence of narrative ("role in "powering ICE"")
    listed: bool = False     # follows a slogan with nothing but "and" or a comma between
    after: str = ""          # the narrative right after it, up to the next quotation
    dropped: bool = False
    continues: bool = False  # AP style: this span continues the previous paragraph's
    merge_target: "_Candidate | None" = None  # the split quote an unclosed span would join
    tail_only: bool = False  # a short end of a split quote ("Boo."): kept only if it joins one
    head_only: bool = False  # one word that opens a split quote ('"Please," she said. "..."'): kept only if joined


# --- HTML ---------------------------------------------------------------------

def read_article(html: str, overrides: Overrides | None = None, id_prefix: str = ID_PREFIX) -> Reading:
    """Parse once; extract; apply the author's overrides; give each paragraph
    holding a quotation an id. Raises OverrideError for an override that
    matches nothing."""
    doc = Document(html)
    texts = doc.texts
    quotes, para_of = (_extract(texts, doc.items, doc.prompts()) if any(_MARK_CHARS.search(t) for t in texts)
                       else ([], []))
    if overrides:
        for quote, index in zip(quotes, para_of):
            quote.paragraph_id = str(index)
        quotes = apply_overrides(quotes, overrides, [(str(i), t) for i, t in enumerate(texts)])
        para_of = [int(q.paragraph_id) for q in quotes]
    if not quotes:
        return Reading([], html)
    taken = doc.ids()
    ids: dict[int, str] = {}
    added: list[str] = []
    for quote, index in zip(quotes, para_of):
        if index not in ids:
            new_id = f"{id_prefix}{index + 1}"
            while new_id in taken:
                new_id += "-q"
            ids[index] = doc.set_id(index, new_id)
            taken.add(ids[index])
            if ids[index] == new_id:
                added.append(new_id)
        quote.paragraph_id = ids[index]
    return Reading(share_strings(quotes, added), doc.serialize(), added)


def paragraph_texts(html: str) -> list[str]:
    """The paragraphs of an article's HTML as a reader sees them."""
    return Document(html).texts


def extract_quotes(html: str) -> list[Quote]:
    """Every quotation in an article's HTML, in order."""
    return read_article(html).quotes


def extract_from_paragraphs(paragraphs: list[str], items: frozenset[int] = frozenset(),
                            prompts: frozenset[int] = frozenset()) -> list[Quote]:
    """Every quotation in a list of plain-text paragraphs, in order; `items`
    are the indices of those that are list items, `prompts` of those set in
    bold as a whole (an interviewer's questions)."""
    quotes, para_of = _extract([re.sub(r"\s+", " ", p).strip() for p in paragraphs], items, prompts)
    for quote, index in zip(quotes, para_of):
        quote.paragraph_id = f"{ID_PREFIX}{index + 1}"
    return quotes


# --- sentences ------------------------------------------------------------------

def _mask(text: str, spans: list[Span]) -> str:
    """`text` with each quotation, marks included, blanked out character for character."""
    pieces = []
    at = 0
    for s in spans:
        start, end = max(s.open_at, at), s.outer_end
        if end <= start:
            continue
        pieces += (text[at:start], MASK * (end - start))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


# 'organized by "Gen Z Madagascar," a group launched on social media': a body's name in
# quotation marks, which a later "the organization" means
_BODY_APPOSED_NEXT = re.compile(r"\s*,?\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|movement|collective|"
                                r"coalition|network|association|alliance|campaign|platform)\b")
_QUOTED_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z0-9][\w'\u2019-]*){0,4},?")
_QUOTED_NAME_WITH_CONNECTORS = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:the|of|for|and|on|in)\b)?"
                                          r"(?:\s+[A-Z0-9][\w'\u2019-]*(?:\s+(?:the|of|for|and|on|in)\b)?){0,4}")
_QUOTED_BODY_NOUN_NEXT = re.compile(r"\s+(?:group|campaign|movement|coalition|network|collective|organi[sz]ation|alliance)\b")


def _with_quoted_bodies(text: str, masked: str, spans: list[Span], before_noun_only: bool = False) -> str:
    """`masked` with the names of bodies that stand in quotation marks shown again
    (marks blanked), so that they are names a later "the group" can mean.
    `before_noun_only`: only those between "the" and a body's noun, which name the
    subject of their own sentence ("the 'Kill the Bill Cornwall' group said")."""
    for s in spans:
        if s.closed and ((not before_noun_only and _QUOTED_NAME.fullmatch(text, s.start, s.end)
                          and _BODY_APPOSED_NEXT.match(text, s.outer_end))
                         or (masked.endswith(("the ", "The "), 0, s.open_at)
                             and _QUOTED_NAME_WITH_CONNECTORS.fullmatch(text, s.start, s.end)
                             and _QUOTED_BODY_NOUN_NEXT.match(text, s.outer_end))):
            # (both marks' room before the name: the comma after it stays next to it)
            masked = (masked[: s.open_at] + " " * (s.start - s.open_at + s.outer_end - s.end)
                      + text[s.start : s.end] + masked[s.outer_end :])
    return masked


# Only a speech verb between a quotation and the next one: '"...," said ‘Hull Patriotic Protesters’ founder'
_SAID_ALONE_BETWEEN = re.compile(r",?\s+(?:said|says|added|adds|explained|recalled|wrote|writes)\s+")
# 'said a man identified as ‘Seven’': a name given in quotation marks, which the reader reads as a name
_NICKNAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?")
_CALLED_BEFORE = re.compile(r"\b(?:identified(?:\s+(?:himself|herself|themselves))?(?:\s+only)?\s+as|known\s+(?:only\s+)?as|"
                            r"nicknamed|who\s+goes\s+by|going\s+by)\s*$")


def _quoted_nickname(text: str, s: Span) -> bool:
    """Is `s` a name given in quotation marks where the words before give it as a
    name ("identified as ‘Seven’", "known as "Doc"")? Then it is read as a name."""
    return (s.closed and _NICKNAME.fullmatch(text, s.start, s.end) is not None
            and _CALLED_BEFORE.search(text, max(0, s.open_at - 40), s.open_at) is not None)


_SENTENCE_BREAK = re.compile(r"[.!?]+[)\]]?\s+(?=[A-Z\x00\u00c0-\u024f\d\"\u201c'\u2018])")
_ENDS_SENTENCE = re.compile(r"[.!?\u2026]\s*$")
_GLUED_STOP = re.compile(r"\.(?=[A-Z][a-z]+\s)")
_CAPITAL_AFTER_SPACE = re.compile(r"\s+(?=[A-Z\x00])")
_STARTS_UPPER = re.compile(r"\s*[A-Z]")


def _sentence_starts(masked: str, spans: list[Span], text: str) -> list[int]:
    """Offsets where sentences begin (0 first)."""
    starts = [0]
    for m in _SENTENCE_BREAK.finditer(masked):
        if masked[m.start()] == "." and not period_ends_sentence(masked, m.start()):
            continue
        starts.append(m.end())
    # 'held themselves back.Police sources said': two paragraphs a copy ran together (the
    # full stop is found first, as a plain character, and only then the letters around it)
    for m in _GLUED_STOP.finditer(masked):
        if masked[max(0, m.start() - 3) : m.start()].isalpha() and masked[m.start() - 1].islower():
            starts.append(m.end())
    # A quotation that ends its own sentence ("... win." She said) starts a new one.
    for s in spans:
        if s.closed and _ENDS_SENTENCE.search(text, s.start, s.end):
            lead = _CAPITAL_AFTER_SPACE.match(masked, s.outer_end)
            if lead:
                starts.append(lead.end())
    return sorted(set(starts))


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


# --- before-quote attributions ---------------------------------------------------

_PARTICIPLE_OBJECT = ("them|him|her|it|us|the|a|an|his|their|its|our|to|on|at|in|from|with|before|after|about|"
                      "outside|inside|through|for|into|by|over|under|near|during|alongside")
_NOT_AFTER_GERUND = ("said|says|told|tells|added|adds|wrote|writes|asked|asks|spoke|speaks|explained|argued|"
                     "insisted|noted|replied|responded|warned|urged|declared|announced|stated|shouted|tweeted|"
                     "posted|recalled|is|was|has|had|will|would|and|or|who|which")
_CONJUNCTION_FIRST = re.compile(r"\s*(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Hh]owever)\b\s*,?\s*")
_INTRO = re.compile(
    r"^\s*(?:(?:in|on|upon|at|during|after|before|ahead\s+of|speaking|meanwhile|however|later|earlier|still|"
    r"instead|also|then|outside|inside|standing|facing|holding|carrying|waving|addressing|asked|when|whil(?:e|st)|as|since|"
    r"having|"  # "Having marched from the quay, scores of campaigners sang"
    # a long participle phrase of speech: "Describing universities as bastions of socialism
    # where professors indoctrinate their students, Milei has tried"
    r"describing|calling|citing|claiming|arguing|noting|accusing|referring|responding|warning|insisting|"
    r"praising|blaming|criticizing|criticising|dismissing|defending|denouncing|condemning|comparing|likening|"
    r"branding|dubbing|"
    r"although|though|despite|because|if|over|under|from|through|with|without|last|"
    r"off\s+to\s+the\s+side|nearby|across|beside|behind|alongside|opposite|"  # "Off to the side of the group,"
    # "That night,", not "That man, who gave his name as Curtis,"
    r"(?:this|that)(?=\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|time|summer|winter|spring|"
    r"fall|autumn|same|very|season|semester|term)\b)|by|for|like|unlike|following|amid|among|back|now|today|"
    r"yesterday|tonight|here|there|formerly|previously|around|shortly|early|late|in\s+a\s+statement|"
    r"every\s+time|each\s+time|whenever|any\s+time|"  # "Every time the van pulls up, the picketers shout"
    # "Contrary to media reports ..., Chief Superintendent O'Hare said"
    r"contrary\s+to|apart\s+from|aside\s+from|regardless\s+of|thanks\s+to|due\s+to|prior\s+to|"
    r"even\s+(?:as|when|though|if|after|before|whil(?:e|st)|with|without)\b|"  # "Even as survivors tried ..., teachers shouted"
    r"across|near|beside|behind|below|above|atop|beneath|underneath|along|alongside|next\s+to|between|within|throughout|"
    r"(?:moments|seconds|minutes|hours|days|weeks|months|years)(?=\s+(?:later|earlier|before|after)\b)|"
    + "|".join(sorted(SENTENCE_ADVERBS)) +
    # any participle with its object: "Sentencing them at Westminster, Judge Roe told"
    r"|(?-i:[A-Za-z][a-z]+(?:-[a-z]+)?(?:ing|ed))(?=\s+(?-i:" + _PARTICIPLE_OBJECT + r")\b)"
    # ... or an irregular one: "Hung from the railings, they spelled out"
    r"|(?-i:Hung|Strung|Written|Drawn|Worn|Borne|Sewn|Spread|Stuck|Shown|Hidden|Thrown|Torn|Woven|Flung|Spun|Laid)"
    r"(?=\s+(?-i:" + _PARTICIPLE_OBJECT + r")\b)"
    # "Passing sentence, Judge Roe told": a gerund and a bare noun or two before the comma
    # (not "Manning said, ..." nor "Fleming, a nurse,": a name)
    r"|(?-i:[A-Z][a-z]{2,}ing)(?=(?:\s+(?!" + _NOT_AFTER_GERUND + r"\b)(?-i:[a-z]+)){1,3}\s*,))\b"
    # a quotation that qualifies a noun inside it stays in it: 'Wearing a "Trump 2028" hat,'
    # (and "At least 2,000 Muslims For Justice": a number's comma ends nothing)
    # (or ends it: 'Pointing to the protestors chanting "enough is enough", Henfield forecast')
    r"(?:[^,\x00]|(?<=\d),(?=\d{3}\b)|\x00+(?=\s+(?-i:[a-z]+)\b[^\x00]{0,40},)|\x00+(?=,)){0,200},(?!\d{3}\b)\s*)+",
    re.I,
)
# "according to police spokesman Sgt. Jim Walsh": a title's or an initial's period stays in the phrase
_ACCORDING = re.compile(r"\baccording to\s+((?:\b(?-i:Sgt|Capt|Lt|Col|Gen|Rev|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Det|Supt|Insp|"
                        r"Cmdr|Maj|Adm|Jr|St|[A-Z])\.|[^,.;\x00])+)", re.I)
# An opening phrase without its comma, up to the pronoun that is the subject
_CLEFT_BEFORE_PRONOUN = re.compile(r"\s*(?:according\s+to\s+[^,;:\x00]{1,60},\s*)?[Ii]t\s+was\s+"
                                   r"(?:there|then|here|(?:at|after|during|on)\s+[^,;:\x00]{1,30}?)\s+(?:that\s+)?"
                                   r"(?=(?:he|she|they|we)\s)", re.I)
_INTRO_BEFORE_PRONOUN = re.compile(r"\s*(?:in|on|at|during|after|last|earlier|later|since|within|over"
                                   # "Beneath it she had written:"
                                   r"|beneath|below|above|under|underneath|beside|behind|inside|across|along|around"
                                   # "Hours after her release she posted"
                                   r"|(?:hours|days|weeks|months|years|minutes|moments)\s+(?:after|before))\s"
                                   r"[^,;:\x00]{0,60}?\s(?=(?:he|she|they|it|we)\s)", re.I)
# "Before she was led away she shouted": a clause with no comma, up to the pronoun that speaks
_CLAUSE_BEFORE_PRONOUN = re.compile(r"\s*(?:before|when|as|whil(?:e|st)|once|until|after)\s[^,;:\x00]{1,60}?\s(?=(?:he|she|they|we)\s+"
                                    r"(?:\w+ly\s+)?(?:" + "|".join(sorted(SPEECH_VERBS | SHOUT_VERBS)) + r")\b)", re.I)

# "Angered by Penn's comments one Islander told": a participle phrase without its comma, up
# to an unnamed person or a pronoun that speaks or ends the clause (a name inside it is no subject)
_PARTICIPLE_BEFORE_ONE = re.compile(r"\s*(?:[A-Z][a-z]+ed|Stung|Shaken|Hurt|Upset|Struck|Driven)\s+(?:by|at|over|with)\s[^,;:\x00]{1,60}?\s(?=(?:(?:one|another|a|an)\s+"
                                    r"[A-Za-z-]+|he|she|they|we)(?:\s*$|\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b))")


_LEADING_ADVERB = re.compile(r"\s*(?:then|later|finally|now|again|soon|afterwards|next|also|but|and|yet)\s+(?=[A-Za-z])", re.I)


# A live blog's time stamp opening an entry ("3:22 p.m. — ", "Updated 4:05 p.m. ET — ")
# or a dateline ("WASHINGTON (AP) — ", "LONDON, Oct 5 (Reuters) - "): no part of the sentence's subject
_TIME_STAMP_OR_DATELINE = re.compile(r"\s*(?:(?:Updated:?\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[AaPp]M)?(?:\s+[A-Z]{2,4})?"
                         r"|[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?){0,2}"
                         r"(?:\s*\([^()\x00]{1,30}\))?)\s*(?:[\u2014\u2013]|\s-)\s*")


# A time opening a sentence without its comma, before the subject: "During Friday the council"
_TIME_INTRO_NO_COMMA = re.compile(
    r"\s*(?:[Dd]uring|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ee]arlier|[Ll]ater)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|the\s+(?:morning|afternoon|evening|night|weekend|week|day))\s+(?=(?:the|a|an)\s+[a-z]|[A-Z])")
# Where a post went, opening the sentence with no comma: "On Twitter the group said", "In a post on X they wrote"
_PLATFORM_INTRO_NO_COMMA = re.compile(
    r"\s*(?:[Oo]n|[Ii]n\s+an?\s+(?:post|tweet|video|message|statement)\s+on)\s+(?:" + "|".join(sorted(PLATFORMS))
    + r")\s+(?=(?:the|a|an|he|she|they|it|we)\s|[A-Z])")
# A sentence that opens with its subordinate clause and no comma: the clause's own subject follows
_SUBORDINATOR_ONLY = re.compile(r"\s*(?:when|as|after|before|whil(?:e|st)|once|until)\s+(?=[^,;:\x00]*$)", re.I)


# Words a name cannot follow as the subject of a new clause: "spoke to Anna", "the Anna"
_NO_CLAUSE_BEFORE_NAME = frozenset({"the", "a", "an", "to", "of", "for", "with", "by", "at", "in", "on", "from", "and",
                                    "or", "about", "near", "past", "into", "onto", "toward", "towards", "than", "like",
                                    "as", "called", "named", "saw", "met", "told", "asked", "thanked", "greeted"})


# Capitalised words that name a place or a time, not a person: "reached City Hall Roe said"
_PLACE_OR_TIME_WORDS = frozenset("""hall park square street avenue road center centre plaza bridge capitol building
    station church school university college library court house monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december""".split())


def _name_after_subordinate(clause: str, vocabulary=frozenset()) -> str | None:
    """The name that ends a subordinate clause run on into its main clause
    with no comma ('he showed up Anna' before "shouted"): the main clause's
    subject, when a verb of the subordinate clause stands before it."""
    words = clause.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].strip(".,")[1:].islower():
        k -= 1
    run = [w.lower().strip(".,") for w in words[k:]]
    if not 0 < len(run) <= 3 or k < 2 or words[k - 1].lower() in _NO_CLAUSE_BEFORE_NAME:
        return None
    if not any(w.islower() and w.isalpha() for w in words[1:k]) or not _PLACE_OR_TIME_WORDS.isdisjoint(run):
        return None
    if len(run) == 1 and run[0] not in FIRST_NAMES and run[0] in vocabulary:
        return None  # (one word that the text also uses in lower case is no name)
    return " ".join(words[k:]) + " "


def _says_in(text: str, start: int) -> bool:
    """A verb that reports speech in text[start:]: the clause after "According to X,"
    has a speaker of its own ("the company, Enbridge, said"; not "were warned", "what
    the group called")."""
    return not _REPORTS_SPEECH.isdisjoint(_LOWER_RUN.findall(text, start))


_REPORTS_SPEECH = frozenset("""said says told tells wrote writes stated states argued argues claimed claims
    added adds noted notes alleged alleges shouted chanted yelled""".split())  # ("According to X, protestors had shouted out:")


def _strip_intro(clause: str) -> str:
    m = _TIME_STAMP_OR_DATELINE.match(clause)
    if m:
        clause = clause[m.end():]
    # "But protester Brian Harrison insisted ..., saying:": the conjunction alone, not the
    # clause after it up to a comma ("But, in the end, ..." loses its aside below)
    m = _CONJUNCTION_FIRST.match(clause)
    if m:
        clause = clause[m.end():]
    if "t was " in clause[:90] and (cleft := _CLEFT_BEFORE_PRONOUN.match(clause)):
        return clause[cleft.end():]  # "According to video ..., it was there she explained": she
    m = _INTRO.match(clause)
    if m and (not re.match(r"\s*according to", clause, re.I) or _says_in(clause, m.end())):
        # ("According to court documents, the company said ...": the clause has its own speaker)
        if ((late := _NAME_CLOSES_INTRO.search(clause, 0, m.end())) is not None
                and late.group(1).split()[0].lower() in FIRST_NAMES and _APPOSITION_THEN_VERB.match(clause, m.end())):
            # "In a nod to the referendum result Martin Costello, a former candidate, argued": no comma
            # before the subject, whose apposition the "intro" would otherwise leave as the subject
            return clause[late.start(1):]
        clause = clause[m.end():]
        if (apposed := _INTRO_APPOSITION.match(clause)) and (apposed.group(1) in CROWD_WORDS or _names_a_venue(apposed.group())):
            # "Outside the White House, the seat of government, protesters"; "Speaking outside the
            # headquarters for the day, the Blue Bull pub in Westgate, regional organiser ... Glen,"
            clause = clause[apposed.end():]
    elif m is None and (m := _INTRO_BEFORE_PRONOUN.match(clause)):
        clause = clause[m.end():]  # "In a televised interview in January he described"
    elif m is None and (m := _CLAUSE_BEFORE_PRONOUN.match(clause)):
        clause = clause[m.end():]
    elif m is None and (m := _PARTICIPLE_BEFORE_ONE.match(clause)):
        clause = clause[m.end():]  # "Angered by Penn's comments one Islander told": one Islander
    elif m is None and (m := _TIME_INTRO_NO_COMMA.match(clause)):
        clause = clause[m.end():]  # "During Friday the city council had urged": the council
    elif m is None and (m := _PLATFORM_INTRO_NO_COMMA.match(clause)):
        clause = clause[m.end():]  # "On Twitter the group said": the group, where it posted
    elif m is None and (m := _SUBORDINATOR_ONLY.match(clause)):
        clause = clause[m.end():]  # 'When she shouted "..." they answered': she shouted it
        if (late := _name_after_subordinate(clause)) is not None and late.split()[0].lower() in FIRST_NAMES:
            return late  # 'As soon as he showed up Anna shouted': no comma, the main clause's Anna
    if clause[:3] in ("it ", "It ") and (expletive := _EXPLETIVE_IT.match(clause)):
        # "it was interesting to note that the most common question posed by voters was:": no
        # one is "it"; the subject follows "that"
        clause = clause[expletive.end():]
    m = _LEADING_ADVERB.match(clause)  # "Then she read from a letter:"
    return clause[m.end():] if m else clause


# "It was interesting to note that", "It is clear that": an "it" that stands for the clause after
_EXPLETIVE_IT = re.compile(r"[Ii]t\s+(?:is|was|has\s+been|had\s+been|seems|seemed)\s+(?:[a-z]+\s+){1,2}?"
                           r"(?:to\s+(?:note|see|say|hear|learn|add)\s+)?that\s+")


# A full name that closes an opening phrase with no comma before it, after a noun (not after a
# preposition: "In a meeting with Jane Roe," is whom they met); and an apposition, then a verb
_NAME_CLOSES_INTRO = re.compile(r"\s(?!(?:to|with|by|for|from|of|at|in|on|about|against|like|and|or|as|than|"
                                r"beside|behind|near|after|before|under|over)\s)[a-z][\w-]*\s+"
                                r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),\s*$")
_APPOSITION_THEN_VERB = re.compile(r"\s*(?:a|an|the)\s[^,\x00]{1,80},\s*(?:$|(?:also\s+|then\s+)?"
                                   r"(?:[a-z]+ed|[a-z]+s|said|told|wrote|spoke|gave)\b)")  # (or the verb cut off)
# What the opening phrase's place is, set off by commas, before a crowd that is the subject
# (not "the mother of the victim, Jane Roe, said": a subject and its name)
_INTRO_APPOSITION = re.compile(r"\s*(?:the|a|an)\s[^,\x00]{1,50},\s+(?=([a-z]+)\b)")
# Buildings and grounds an opening phrase's place may be glossed as
_VENUE_NOUNS = frozenset("""pub bar hotel inn church chapel cathedral mosque synagogue temple hall building square park
    station headquarters courthouse museum library stadium theatre theater cafe café restaurant embassy consulate
    market shop store arena venue""".split())
_VENUE_HEAD_END = re.compile(r"\s(?:in|on|at|of|near|off|by|for|where|which|that)\s|,")


def _names_a_venue(apposition: str) -> bool:
    """ "the Blue Bull pub in Westgate,": a place, its head noun before any preposition."""
    head = _VENUE_HEAD_END.split(apposition.strip(), 1)[0].split()
    return len(head) >= 2 and head[-1].lower() in _VENUE_NOUNS


_PLURAL_BODIES = frozenset("""unions parties charities councils campaigns coalitions organisations organizations
    associations networks collectives federations societies alliances committees""".split())
_PLURAL_HEADS = frozenset("""protesters protestors organizers activists demonstrators members
    workers students marchers others leaders officials residents employees advocates
    supporters parents signs banners placards posters shirts t-shirts flags groups rights
    jews chants mourners picketers tenants nurses teachers critics volunteers officers
    lawmakers voters dozens hundreds thousands agents troops soldiers troopers deputies guards forces
    commentators diplomats experts analysts observers commissioners organisers campaigners spokespeople
    representatives""".split())


# What a body or a person does, in the present, that is no plural noun ("encourages", "supports")
_ACTIVIST_VERBS = frozenset("""encourages supports wants opposes hopes plans believes represents organizes organises
    holds leads runs works seeks continues remains invites welcomes rejects condemns backs""".split())
# Plural nouns that name a portfolio before a title: "foreign affairs minister", "public relations officer"
_PLURAL_PORTFOLIOS = frozenset("""affairs relations operations communications services sports arts works resources
    finances programs programmes""".split())
# A verb that ends a subject: "marched", "says"; not "his", "class", "bus".
_VERB_FORM = re.compile(r"(?!(?:his|its|this|hers|ours|yours|theirs)$)[a-z]+(?:ed|[^su'\u2019]s)")


# Past tenses that _VERB_FORM cannot see: "Roe held up her sign and told"
_IRREGULAR_PAST = frozenset("""held took wore bore stood sat ran led made gave hung brought came went got put
    set kept met spoke began drove rode wrote stuck sang threw knew felt left lost""".split())


_SELF_NAMED = re.compile(r"\bwho\s+(?:identified\s+(?:himself|herself|themselves)|introduced\s+(?:himself|herself|themselves)|"
                         # ("who only wanted to be known as John")
                         r"gave\s+(?:only\s+)?(?:his|her|their)\s+name|(?:only\s+)?(?:asked|wanted|wished|preferred)\s+to\s+be\s+"
                         r"(?:identified|called|named|known))\s+"
                         r"(?:only\s+)?as\s+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


_A_NAME_ONLY = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}")


_COMMITTEES = frozenset({"committee", "council", "board", "caucus"})
# The words that can end the words before a quotation that "one", "another", "hers" introduce
# (every other form ends with a colon): the long pattern is tried only after one of them
_ONE_VERBS = """read reads reading said says saying declared proclaimed asked asks asking demanded demands warned
    warns""".split()
_ONE_LAST_WORDS = frozenset(_ONE_VERBS) | {"simply", "plainly", "up"}
_BODY_NOUN_WORDS = ORG_PRONOUN_NOUNS | INSTITUTION_NOUNS | _COMMITTEES


# A participle's agent next: "held by X", "filed last month by X"
# (not "opened by saying": how he opened, no agent)
_BY_NEXT = re.compile(r"(?:(?:last|this|earlier|on|in|late|early)\s+\w+\s+(?:\w+\s+)?|(?:aloft|up|high|overhead)\s+)?"
                      r"by\b(?!\s+[a-z]+ing\b)")  # "A sign held aloft by Charissa Afshar"


# An aside set off by dashes after the subject: "Ruth Delgado — a retired teacher — said",
# "One of them — Delgado would only say her name was Gloria — held a banner"
_DASH_ASIDE = re.compile(r"\s*[\u2014\u2013]\s*([^\u2014\u2013\x00]{1,100}?)\s*[\u2014\u2013]\s*|\s+--?\s+([^\x00]{1,100}?)\s+--?\s+")
# An aside that says what the subject is called: "her name was Gloria", "he gave only his first name, Sam"
_ASIDE_NAMES = re.compile(r"\b(?:name\s+(?:was|is|as)|(?:first|last|sur)\s*name,?|name,|identified\s+(?:\w+\s+)?as|"
                          r"introduced\s+(?:herself|himself|themselves)\s+as|call(?:ed|s)\s+(?:herself|himself|themselves))"
                          r"\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\W*$")
_BARE_NAME_ASIDE = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})")
_ASIDE_APPOSITION = re.compile(r"(?:a|an|the|one|his|her|their|its)\s", re.I)


def _without_dash_aside(clause: str) -> tuple[str, str | None]:
    """The clause with an aside between dashes after its subject read as an
    apposition (commas) when it is a noun phrase, else left out; and the name
    the aside gives the subject, if it gives one."""
    aside = _DASH_ASIDE.search(clause)
    if aside is None or len(clause[: aside.start()].split()) > 8 or "," in clause[: aside.start()]:
        return clause, None
    words = aside.group(1) or aside.group(2)
    if not any(c.isalnum() for c in words):
        return clause, None
    named = _ASIDE_NAMES.search(words) or _BARE_NAME_ASIDE.fullmatch(words.strip())
    if named:
        # ("Another we spoke to - Dr Daniel Zahedi - told us": the aside is the name itself)
        return clause[: aside.start()], named.group(1)
    joiner = f", {words}, " if _ASIDE_APPOSITION.match(words) else " "
    return clause[: aside.start()] + joiner + clause[aside.end() :], None


# A body named by what it calls itself: "A group calling itself the Light Brigade projected"
_BODY_CALLED = re.compile(r"\s*(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|coalition|collective|network|"
                          r"campaign|movement|alliance|nonprofit|charity|company|firm)\s+(?:called|named|known\s+as|"
                          r"calling\s+(?:itself|themselves))\s+(?:the\s+)?"
                          r"([A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|of|for|and|the|&)(?=\s+[A-Z]|[^\w\s]|\s*$)"
                          r"|\s+[A-Z][\w'\u2019&-]*){0,5})")


_PHRASE_PREPOSITIONS = frozenset({"of", "for", "on", "in", "at", "from", "with", "without", "about"})


_ITS_MISSPELT = re.compile(r"[Ii]t['\u2019]s\s+(?!(?:was|is|has|as|this|his|us|always|perhaps|thus|less|across|"
                           r"obvious|serious|famous|various|nervous|dangerous|ridiculous|precious|enormous|anxious|"
                           r"jealous|gorgeous|curious|previous|generous|conscious)\b)[a-z]+s\b")


def _subject_phrase(clause: str, vocabulary) -> SpeakerPhrase | None:
    """The subject of a clause: its first noun phrase, with an apposition
    that names it ("The health system that runs it, Meridian Health, said")."""
    clause = _strip_intro(clause).lstrip(" \x00,")
    if not clause:
        return None
    if clause[:1] in "Ii" and _ITS_MISSPELT.match(clause):
        clause = clause[0] + "ts" + clause[4:]  # "It’s inhabitants have vowed": its people, not "it"
    if (body := _BODY_CALLED.match(clause)) and body.group(1)[:1].isupper():
        phrase = parse_speaker_phrase(body.group(1), vocabulary)
        if phrase is not None and phrase.name:
            return phrase  # "A group called Light Brigade said": the group, by its name
    if "\u2014" in clause or "\u2013" in clause or " -" in clause:
        clause, aside_name = _without_dash_aside(clause)
        if aside_name:
            # "One of them — she would only give her first name, Gloria — held": a person, named
            return parse_speaker_phrase(f"{clause.strip()}, identified as {aside_name}", vocabulary)
    chunks = [c.strip() for c in NUMBER_SAFE_COMMA.split(clause)]  # (not the comma of "2,000")
    head_words = []
    chunk_words = chunks[0].split()
    for k, w in enumerate(chunk_words):
        lw = w.lower().strip(".;:")
        if head_words and not w[:1].isupper() and (
                head_words[-1].lower() in _PHRASE_PREPOSITIONS
                or (lw.endswith("s") and not lw.endswith("ss") and len(head_words) > 1
                    and head_words[-2].lower() in _PHRASE_PREPOSITIONS and head_words[-1][:1].isupper()
                    and lw not in SPEECH_VERBS and lw not in _ACTIVIST_VERBS)):
            # "The minister of state for European affairs, Thomas Byrne,": no verb follows a
            # preposition, and "European affairs" is a noun phrase (not "supporters of Roe say",
            # nor "Marianas for Palestine encourages protestors")
            head_words.append(w)
            continue
        if len(head_words) == 1 and lw in _NOUN_AFTER_ARTICLE and head_words[0].lower() in ("a", "an", "one", "another"):
            head_words.append(w)  # "A tweet posted by Sisters Uncut alleged": a noun after "A"
            continue
        if (lw == "called" and len(head_words) >= 2 and head_words[0].lower() in ("a", "an", "one", "another")
                and head_words[-1].lower() in SINGULAR_PERSON_NOUNS
                and k + 1 < len(chunk_words) and chunk_words[k + 1][:1].isupper()):
            head_words.append(w)  # "Another protester called Malcolm, 50, said": named so, as with "named"
            continue
        if head_words and not w[:1].isupper() and (
                # ("for the state Department of Transportation", "The recall committee": a noun before a
                # name or a body's noun)
                (lw in SPEECH_VERBS and not (head_words[-1].lower() == "the" and k + 1 < len(chunk_words) and (
                    chunk_words[k + 1][:1].isupper() or chunk_words[k + 1].lower() in _BODY_NOUN_WORDS))
                 # "Iranian state media has described": a noun, not "state" the verb
                 and not (lw == "state" and k + 1 < len(chunk_words) and chunk_words[k + 1].lower() in _STATE_NOUNS)
                 # "A tweet posted by Sisters Uncut alleged": a participle with its agent, not the verb
                 and not (lw.endswith("ed") and head_words[0].lower() in ("a", "an", "one", "another")
                          and _BY_NEXT.match(" ".join(chunk_words[k + 1 : k + 5]))))
                or lw in _AUX or lw in ("who", "which", "that", "whose")
                or (lw == "to" and not (k + 1 < len(chunk_words) and chunk_words[k + 1][:1].isupper()))):
            break  # a capitalised "Again" is part of a name: "Never Again Action"; "Right to Life" too
        if (head_words and (_VERB_FORM.fullmatch(lw) or lw in _IRREGULAR_PAST) and not w[:1].isupper()
                # "a retired teacher", "One of those arrested, Hannah Greer,"
                and head_words[-1].lower() not in ("a", "an", "the", "and", "&", "those",
                                                   # "several persons who addressed the crowd": a noun after a number
                                                   "several", "many", "some", "two", "three", "four", "five", "other")
                # "One of the most active debaters": the noun a partitive "of the" picks from
                and not (lw.endswith("s") and head_words[0].lower() in ("one", "some", "many", "several", "each")
                         and len(head_words) >= 3 and head_words[1].lower() == "of")
                and lw not in _PLURAL_HEADS and not lw.endswith("workers")  # "fellow autoworkers"
                and lw not in _PLURAL_BODIES  # "Trade unions AOb and FNV state": a noun, not the verb "unions"
                and lw not in _PLURAL_PORTFOLIOS  # "former foreign affairs minister Peter David"
                and lw not in CROWD_WORDS  # "Massive crowds shouting": a crowd, not "Massive" who crowds
                # "Oklahoma educators drowned them out": people the name describes, not "Oklahoma" who educates
                and not (k == len(head_words) and head_words[-1][:1].isupper() and plural_person(lw))
                and not _BY_NEXT.match(" ".join(chunk_words[k + 1 : k + 5]))
                and not (lw == "named" and k + 1 < len(chunk_words) and chunk_words[k + 1][:1].isupper())
                # "the BMA's resident doctors committee": a plural noun naming whom a body is for
                and not (lw.endswith("s") and k + 1 < len(chunk_words) and chunk_words[k + 1] in _COMMITTEES)
                # "Lesotho opposition parties have claimed": a plural noun, then its auxiliary
                and not (lw.endswith("s") and k + 1 < len(chunk_words) and chunk_words[k + 1] in ("have", "are", "were"))):
            break  # "Roe held up", not "A sign held by Imani Brooks" or "a student named Theo Park"
        head_words.append(w)
        if len(head_words) >= 14:
            if k + 1 < len(chunk_words):
                # fourteen words and no verb yet: no subject read ("Speeches given at the Capitol
                # drew a crowd American Civil Liberties Union of Idaho board member Sam Linnet
                # described": the cut would leave the body as who described it)
                return None
            break
    if not head_words:
        return None  # nothing but punctuation after what was stripped
    if len(chunks) > 1 and chunks[1] and _PREPOSITION_WHICH.search(" ".join(head_words)):
        # "Following the inquiry, the results of which are secret, opposition parties have
        # claimed": the relative clause ends the opening; the subject follows it (read from the
        # first comma on, so each call is shorter: a repeated chunk cannot loop)
        return _subject_phrase(clause[NUMBER_SAFE_COMMA.search(clause).end() :].lstrip(), vocabulary)
    if head_words[0].lower() in ("he", "she", "it", "they") and len(head_words) > 1:
        if head_words[0].lower() != "they" and head_words[1].lower() == "and":
            # "She and her parents ... all wore T-shirts reading": many, not she alone
            return SpeakerPhrase(" ".join(head_words), generic=True, crowd=True)
        return parse_speaker_phrase(head_words[0], vocabulary)  # "She held a sign that said"
    if (len(chunks) > 1 and len(head_words) == len(chunk_words) > 1 and head_words[0][:1].isupper()
            and (fronted := _PRONOUN_AFTER_DESCRIPTION.match(chunks[1]))
            and not (len(chunks) > 2 and fronted.group(2) in SPEECH_VERBS)):
        # "A gay veteran, he served 12 years": a description put first, then its subject; the
        # pronoun acts (and goes on meaning whom it meant), not an unnamed "gay veteran" (but
        # in "One logger, she recalls, told her" the aside's "she" is not the subject)
        return parse_speaker_phrase(fronted.group(1), vocabulary)
    words = " ".join(head_words)
    # ("That man, who gave his name as Curtis,": the relative clause may stand after a comma)
    named_in = chunks[0] if len(chunks) == 1 else f"{chunks[0]}, {chunks[1]}"
    self_named = _SELF_NAMED.search(named_in) if "who" in named_in else None
    if self_named:
        # "A man who identified himself as Mr. Lam said": a person, named
        return parse_speaker_phrase(f"{words}, identified as {self_named.group(1)}", vocabulary)
    if len(chunks) > 1 and chunks[1] and len(head_words) == len(chunks[0].split()) or (
        len(chunks) > 1 and re.search(r"\b(?:who|which|that|whose)\b", chunks[0])
    ):
        words += ", " + chunks[1]
        if len(chunks) > 2 and _A_NAME_ONLY.fullmatch(chunks[2]) and (
                re.search(r"\b(?:name|named|called)$", chunks[1])
                # "One of the protesters, a retired GP from Bristol, Dr Diana Warner, said"
                or (" " in chunks[2] and head_words[0].lower() in ("one", "a", "an", "another")
                    and re.match(r"(?:a|an)\s", chunks[1]))):
            words += ", " + chunks[2]  # "..., who gave only his first name, Luis,", not "..., said he felt"
    return parse_speaker_phrase(words, vocabulary)


# The subject after a description put first: "A gay veteran, he served" (an adverb may come between)
_PRONOUN_AFTER_DESCRIPTION = re.compile(r"(he|she|they)\s+(?:\w+ly\s+)?([a-z]{2,})\b")
# "the results of which", "in whom": a relative clause's opening, never a subject
_PREPOSITION_WHICH = re.compile(r"\b(?:of|in|by|for|with|to|from|under|about)\s+(?:which|whom)\b", re.I)
_STATE_NOUNS = frozenset({"media", "television", "tv", "broadcaster", "news", "radio", "press", "agency", "officials",
                          "department", "police", "troopers", "lawmakers", "legislators", "prosecutors", "authorities"})


# Speech verbs that do not introduce a quotation that follows them.
_ALOUD_NEXT = re.compile(r"\s+(?:out\s+loud|aloud|out)\b")
_NOT_A_CUE_BEFORE = frozenset({"read", "reads", "reading", "post", "posted", "posts", "continue", "continued",
                               "continues", "praise", "praised", "thank", "thanked", "hail", "hailed",
                               "estimate", "estimated", "estimates"})  # "organizers estimated 8,000 people"


_CAPITALS_ONLY = re.compile(r"\s*[A-Z][\w'\u2019.-]*(?:,?\s+[A-Z][\w'\u2019.-]*)*\s*")  # a name and its titles, no verb
_PLACE_BEFORE_REGION = re.compile(r"\b(?:from|in|of)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?\s*,$")
# A clause with a verb of its own, a comma, then a name alone right before the speech verb
_NAME_AFTER_A_CLAUSE = re.compile(r"^[^,\x00]*\b[a-z]{3,}(?:ed|s)\b[^,\x00]*,\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s*$")
_APPOSITIVE_SUBJECT = re.compile(
    r"\b(?:whose|its|their|the group's|the union's)?\s*(?:executive\s+|deputy\s+|founding\s+|managing\s+)?"
    r"(?:director|spokes(?:person|woman|man)|president|founder|co-founder|organi[sz]er|chair|chairman|"
    r"chief\s+executive|general\s+secretary|convenor|convener|"
    r"chairwoman|leader|head|coordinator|secretary|pastor|rabbi|attorney|lawyer)s?\s*,\s*"
    r"((?:(?:Dr|Rev|Mr|Mrs|Ms|Rabbi|Sen|Rep)\.?\s+)?[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3})\s*,\s*$")


# A relative clause with its own subject before the speech verb: "Barclays, which the group said had"
_LAST_CROWD = re.compile(r"\b(" + "|".join(sorted(w for w in CROWD_WORDS if w.endswith("s"))) + r")\b(?!.*\b(?:"
                         + "|".join(sorted(w for w in CROWD_WORDS if w.endswith("s"))) + r")\b)")
# A name after the role that opens a relative clause's subject: "its leader André Ventura"
_NAME_AFTER_ROLE = re.compile(r"\s[A-Z]")
# ('on what its leader André Ventura again called a "historic day"': a role, then the name, then "again")
_OBJECT_RELATIVE = re.compile(r"\b(?:which|that|whom|what)\s+((?:the|its|their)\s+[a-z][\w-]*(?:\s+[A-Z][\w'\u2019-]+){0,3}"
                              r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"
                              r"|he|she|they|it|we)\s+(?:(?:\w+ly|again|also|once|even)\s+)?$")
_RELATIVE_CLAUSE_LAST = re.compile(r",\s*(who|which)\s+[^,;:\x00]{0,80}$")
# 'are "illegal," and state Schools Superintendent Steve Paine earlier calling them': a name
# joined after a quotation, then its participle
_AND_NAME_DOING = re.compile(r"[\x00,;]\s*,?\s*and\s+((?:[a-z]+\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,5}?[A-Z][\w'\u2019-]+)"
                             r"\s+(?:(?:earlier|later|then|also|\w+ly)\s+)?$")
# '..., Jiang telling his Cabinet members that': a name, then its participle
_ABSOLUTE_SUBJECT = re.compile(r"[,;]\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+$")
# A name, then "who" and the verb, with no comma between: "citing Martin Luther King Jr. who said,"
_NAME_WHO_LAST = re.compile(r"(?<=[A-Za-z.])\s+(who|which)\s+(?:(?:also|later|then|once|\w+ly)\s+)*$")
# A document that ends a clause: "the scathing memorandum", "a letter" (before ", which")
_DOCUMENT_LAST = re.compile(r"\b(?:the|a|an|their|its|his|her|((?:[Tt]he\s+)?[\w-]+)['\u2019]s?)\s+(?:[a-z-]+\s+){0,2}(?:"
                            + "|".join(sorted(DOCUMENT_NOUNS)) + r")s?\s*$")
# An unnamed noun phrase right before "who": "a group", "some local residents"
_UNNAMED_BEFORE_WHO = re.compile(r"\b((?:a|an|the|some|many|several|one|two|three)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$")
_RELATIVE_SUBJECT = re.compile(r",\s*(?:who|which)\s+(?:(?:also|later|then|has|had|have|\w+ly)\s+)*"
                               # (a time between: "Boris Novak, who on Friday told the crowd")
                               r"(?:(?:on|last|this|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                               r"Sunday|week|month|year|night|morning|afternoon|evening)\s+)?$")
# A clause that is only a name and an age: "Keisha Wallace, 31" before ", and her sister ..."
_NAMES_ONLY = re.compile(r"\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}(?:,\s*\d{1,3})?\s*")
# (Patterns here say "whil(?:e|st)": British reports write "whilst".)
_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:and|but|whil(?:e|st)|whereas|yet|so|though|although)\s+|;\s*"
                           # ("dressed as Uncle Sam", "known as", "such as": no clause)
                           r"|\b(?:when|(?<!dressed )(?<!disguised )(?<!costumed )(?<!known )(?<!such )(?<!identified )"
                           r"(?<!identifying )(?<!identify )(?<!identifies )(?<!described )(?<!describing )(?<!well )"
                           # ("describes itself as a ...")
                           r"(?<!itself )(?<!himself )(?<!herself )(?<!themselves )(?<!referred to )(?<!regarded )(?<!seen )"
                           # ("who previously served as Police and Crime Commissioner": a role held)
                           r"(?<!served )(?<!serves )(?<!serving )(?<!worked )(?<!works )(?<!working )(?<!elected )"
                           r"(?<!appointed )as"
                           r"|after|before|because|until|once|whil(?:e|st))\s+(?=[A-Z]|(?:he|she|they|it|the\s+crowd|"
                           # ("Proceedings were disrupted after pro-Palestine supporters started shouting")
                           r"(?:[a-z]+-[A-Z][\w-]*\s+)?(?:protesters|marchers|demonstrators|students|workers|supporters|"
                           r"activists)|an?|one)\b)")
_WHERE_NAME_LAST = re.compile(r"\bwhere\s+((?:[a-z][a-z-]+\s+){0,3}[A-Z][^,;:.!?\x00]{2,80}?)\s*$")
_ADDED_THING_TO = re.compile(r"\s+(?!that\b|to\b)(?:[\w'\u2019-]+\s+){1,6}?to\s+(?:the|an?|its|their|his|her|our)\b")
_AS_X_PUT_IT = re.compile(r"\s*As\s+([^,;:\x00]{2,80}?)\s+(?:put|puts|has\s+put|had\s+put)\s+it\b")
_ROLE_AFTER_AS = re.compile(r"(?:an?|the)\s[^,;:\x00]{1,60},\s*")  # "a councillor, " (then the verb)
_DESCRIBING_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,\x00]{3,80}$")
# (the place may have its town or county after it: "from Swineshead, Boston")
_FROM_APPOSITION = re.compile(r",\s+(?:from|of|in)\s+[^,\x00]{1,60}(?:,\s+[A-Z][^,\x00]{0,40}){0,2}$")
_AGE_AFTER_NAME = re.compile(r"\.?(?:,\s*\d{1,3})?\s*$")


_PLACE_OR_BODY_OF = re.compile(r"\s+(?:of|from|with|at)\s+(?:the\s+)?")
_BODY_NOUN_END = re.compile(r"\s+(?:coalition|group|network|alliance|movement|campaign|union|organi[sz]ation|"
                            r"collective|party|caucus|chapter)\s*")


def _antecedent(text: str, vocabulary, who: bool = False) -> SpeakerPhrase | None:
    """The name that ends `text` ("criticism from Culture Secretary Lucy
    Frazer", "Ruth Adler, 71"), read as a speaker phrase; None when `text`
    does not end with a name. `who`: the relative pronoun means a person, so a
    name inside a description ends no antecedent: "Tom Ellis, 34, a paramedic
    from Croydon, who said" is Tom Ellis, from Croydon."""
    names = find_names(text, vocabulary=vocabulary)
    if who and len(names) > 1 and not text[names[-1].end :].strip(" .,"):
        # (or where they are from: "Sarah Cohen, 67, from north London, who said")
        described = _DESCRIBING_APPOSITION.search(text) or _FROM_APPOSITION.search(text)
        if (described and described.start() < names[-1].start
                and (before := [m for m in names if m.end <= described.start()])
                and _AGE_AFTER_NAME.fullmatch(text[: described.start()], before[-1].end)):
            phrase = parse_speaker_phrase(text[before[-1].start :], vocabulary)
            return phrase if phrase is not None and phrase.name else None
        if _PLACE_OR_BODY_OF.fullmatch(text, names[-2].end, names[-1].start):
            phrase = parse_speaker_phrase(text[names[-2].start :], vocabulary)  # "Amir Khan of Leeds, who said"
            return phrase if phrase is not None and phrase.name else None
    if names and _BODY_NOUN_END.fullmatch(text, names[-1].end):
        text = text[: names[-1].end]  # "the Housing Justice for All coalition, which says": the coalition's name
    if names and not _AGE_AFTER_NAME.fullmatch(text, names[-1].end):
        # "National Nurses United, the country's largest union of nurses": the
        # name before a describing apposition
        described = _DESCRIBING_APPOSITION.search(text)
        if described:
            names = [m for m in names if m.end <= described.start()]
            if not names or not _AGE_AFTER_NAME.fullmatch(text[: described.start()], names[-1].end):
                return None
        else:
            return None
    if not names:
        return None
    phrase = parse_speaker_phrase(text[names[-1].start : names[-1].end], vocabulary)
    return phrase if phrase is not None and phrase.name else None


_IN_THE_WORDS_OF = re.compile(r"(?:^|[.!?]\s+|,\s*)[Ii]n\s+(?:(his|her|their|its|"
                              r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['\u2019]s)\s+(?:own\s+)?words|"
                              r"the\s+words\s+of\s+([^,:;\x00]{2,60}))\s*[:,]?\s*$")
_POSSESSIVE_AS_SUBJECT = {"his": "he", "her": "she", "their": "they", "its": "it"}
_PUT_IT = re.compile(r"\b(?:put it|summed it up|summed up the mood)(?:\s+\w+ly)?(?:\s+this\s+way)?"
                     r"(?:\s+(?:in|at|on|during|to)\s+[^,:;.!?\x00]{1,50})?\s*[:,]?\s*$", re.I)  # "As he put it in a hearing:"
_DOCUMENT_SUBJECT = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:statement|letter|post|email|e-mail|notice|release|message|memo|tweet)\b", re.I)


_ANSWERED_AFTER = re.compile(r"\W*(?:the\s+)?[\w-]+\s+(?:\w+ly\s+)?(?:answered|answers|responded|responds|replied|replies|"
                             r"(?:shouted|shouts|roared|roars|called|calls|yelled|yells|chanted|chants|sang|sings)\s+back)\b")
_CALL_VERBS = frozenset({"called", "calls", "call", "cried", "cries"})
_ANSWERED = re.compile(r"\b(?:answer(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|echo(?:es|ed|ing)?|"
                       r"(?:shout|call|yell|roar|chant)(?:s|ed|ing)?\s+back)\b[^.!?\x00]{0,40}$", re.I)
_CROWD_CHANTING = re.compile(r"\b(?:the|a|of|in)\s+(?:the\s+)?(crowd|crowds|protesters|demonstrators|marchers|people|students|"
                             r"workers|others|line|picketers|strikers|audience|fans)\b[^.!?\x00]{0,25}\b(?:chant|chants|chanted|chanting|sang|singing|sing|"
                             r"answered|answers|responded|responds|replied|replies|shouted back|roared back|called back)\b[^\x00]{0,30}$",
                             re.I)
# A crowd in the act, right before its words: "why the marchers were shouting", "as students are chanting:"
_CROWD_WERE_SHOUTING = re.compile(
    r"\b((?:the\s+)?(?:[a-z-]+\s+)?(?:crowd|crowds|protesters|protestors|demonstrators|marchers|students|workers|"
    r"picketers|strikers|activists))\s+(?:were|are|was|is)\s+(?:\w+ly\s+|still\s+|all\s+)?"
    r"(?:shouting|chanting|yelling|screaming|singing)\s*[:,]?\s*$")
# Any plural right before the verb is who answers: 'Roe called out "..." and the nurses answered'
_PEOPLE_ANSWERED = re.compile(r"\bthe\s+([a-z][a-z-]*[^su'\s]s)\s+(?:\w+ly\s+)?(?:answered|answers|responded|responds|"
                              r"replied|replies|(?:shouted|shouts|roared|roars|called|calls|yelled|yells|chanted|chants|"
                              r"sang|sings)\s+back|chanted|chants|sang|sings)\b[^\x00]{0,30}$")
# The words named right before the quotation as a chant's or a sign's: "chants of", "signs reading"
_NAMED_AS_SLOGAN = re.compile(r"\b(?:chants?|cries|shouts|calls|refrains?|choruses|strains|signs?|banners?|placards?|"
                              r"posters?)\s+(?:of|reading|that\s+read|saying|said|says|read|reads)\s*[:,]?\s*$", re.I)
# A chant or slogan named by its words: 'the chant "Not my president"', 'the slogan "Abolish ICE"'
_THE_CHANT_BEFORE = re.compile(r"\b(?:the|their|its|a|that|this)\s+(?:familiar\s+|old\s+|new\s+)?"
                               r"(chant|slogan|refrain|rallying\s+cry)\s*,?\s*$", re.I)
# Between a quotation and a reporter's translation of it: '"Pumpaj!" — roughly "Pump it up!"'
# or '"Boeren, boeren!" — Dutch for "farmers"', '"Ya basta," Spanish for "enough already"'
_GLOSS = (r"roughly|literally|loosely|meaning|which means|which translates (?:as|to)|translated as|in English,?|"
          r"[A-Z][a-z]+ for|(?:pidgin|slang|creole|patois|shorthand) for")  # '"We no go gree!" - pidgin for "..."'
# ('"Pumpaj!" — a slang word that roughly means "pump it up" —': a short description before the gloss)
_TRANSLATION_BETWEEN = re.compile(r"\s*(?:(?:[\u2014\u2013(]|--?(?=\s))\s*(?:(?:[a-z][\w'\u2019-]*\s+){0,6}?(?:" + _GLOSS
                                  + r"|means|translates\s+(?:as|to))|or)?|,?\s*(?:" + _GLOSS + r"))\s*")
_GLOSS_BEFORE = re.compile(r",\s*(?:" + _GLOSS + r")\s*$"  # '..." they shouted, Spanish for "..."'
                           # '"Ehna mish hanemshi." Translated, the chant means, "We will not go!"'
                           r"|(?:^|[.!?]\s+)(?:Translated|In\s+English|Roughly),\s+(?:it|the\s+[\w-]+|this|that)\s+"
                           r"(?:means|reads|says|translates\s+(?:as|to))\s*[,:]?\s*$")
# 'and, in Swahili, "Ruto lazima aende," or "Ruto must go."': after words said in a language,
# "or" and a quotation is the reporter's translation
_IN_A_LANGUAGE = re.compile(r"\bin\s+(?:[A-Z][a-z]+(?:ish|ese|ian|ic|ili|ali|ew|du|di|ch|sh)|German|Farsi|Tagalog|Creole)"
                            r"\s*,?\s*$")
_OR_BETWEEN = re.compile(r"\s*,?\s*or\s*,?\s*")
# '"My body, my choice!" — answered by men in the crowd with "Her body, her choice!"'
_ANSWER_BETWEEN = re.compile(r"[\s,;\u2014\u2013-]*(?:answered|echoed|met|returned|countered)\b[^.!?\x00]{0,60}\b(?:with|by)\s*[:,]?\s*")
# Between two items of one list of slogans: '"A" and "B"', '"A"; others, "B"'
_LIST_BETWEEN = re.compile(
    # a gloss may stand between: '"De-mo-kra-tia!" — Hebrew for democracy — and "Shame!"'
    # (or a quoted one, masked away: '"A" ("B") and "C"')
    r"(?:\s*(?:[\u2014\u2013][^\u2014\u2013.!?]{0,120}[\u2014\u2013]|\([^()]{0,60}\)))?"
    # (or a relative clause about it: '"I can't breathe," which Floyd said repeatedly before his
    # death, and "No Justice No Peace."')
    r"(?:\s*,?\s*which\s[^.!?;:\x00]{1,100}?(?=,))?"
    # '"A" on the front and "B" on the back': where on the thing the first stands
    r"(?:\s+(?:on|across|along|down|in)\s+(?:the|its|his|her|their|one)\s+(?:[a-z]+\s+)?[a-z]+(?=[\s,;]+(?:and|or)\b))?"
    r"[\s,;\u2014\u2013]*(?:and|or|as well as|and then|with|to|followed\s+by|(?:and\s+)?(?:others?|another|some|one)\s*,"
    # '... and a call for "New elections, let them all leave."': one more, named by what it asks
    r"|(?:and|or)\s+(?:a|an|another)\s+(?:call|plea|demand|cry|appeal)\s+(?:for|to)"
    # '"A," and plenty of other things such as "B"': more of the same list, named as such
    r"|(?:and|or)\s+(?:(?:plenty|lots|a\s+lot|many|dozens|scores|a\s+host|a\s+number|a\s+few|some)\s+(?:of\s+)?)?"
    r"(?:other|more)\s+(?:(?:things|chants|slogans|signs|ones|messages|phrases|cries|songs|refrains)\s*,?\s*)?"
    r"(?:such\s+as|like|including)"
    # '"from the river to the sea" written alongside the Aboriginal motto "..."': one more on it
    r"|(?:(?:written|printed|painted|scrawled)\s+)?(?:alongside|beside|next\s+to|above|below|beneath|under)\s+"
    r"(?:the|a|an|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:motto|slogan|phrase|words|message|mantra)"
    # '..., and one hand-lettered in Arabic and English, "B"': the next one, described (not whose it is)
    r"|(?:and\s+)?(?:one|another|a\s+(?:second|third|fourth|fifth)|the\s+last)\s+"
    r"(?:[a-z-]+(?:ed|en)|in|on|with|from|at)\b(?:(?!\bby\s+[A-Z])[^,.!?;:\x00]){0,60},)?[\s,;]*"
    # '... — and then, in English, for the younger ones: "B"': the same words translated
    r"(?:(?:in|into)\s+(?:[A-Z][a-z]+|translation)(?:,\s*|\b[^.!?;:\x00]{0,40}:\s*)|"
    # "... and, in the crowd near the Capitol, "B"": a place or time set off by commas
    # (or a clause of when: '... and, as the vote was called, "We'll be back!"')
    r"(?:(?:in|on|at|near|outside|inside|along|by|later|elsewhere|closer\s+to|as|when|whil(?:e|st)|after|before|once|until)\b"
    r"[^,.!?;:\x00]{0,50},\s*"
    # '"Ely will survive" and, more pointedly, "Shame on you, KGHM."': an aside of how
    r"|(?:more|most|less|even\s+more)\s+[a-z]+ly,\s*|[a-z]+ly,\s*))?")
# 'slogans included: "A"; Permanent Secretaries hang tight; "B"': an item whose marks the copy lost
_UNMARKED_ITEM_BETWEEN = re.compile(r"\s*;\s*[A-Z][^;:.!?\x00\u201c\u201d\"]{0,80}(?:[.!?]\s+[A-Z][^;:.!?\x00\u201c\u201d\"]{0,80})?;\s*")
# '"On the front: "A." On the back: "B."': where the next words are, on the same thing
_WHERE_NEXT_BETWEEN = re.compile(r"[\s.!?]*(?:On|In|At|Across|Below|Above|Under|Beneath)\s+[^.!?:\x00]{1,40}:\s*")
# One thing that carries words, in the singular: "a sign", "her T-shirt"
_ONE_SIGN_NOUNS = ("sign|placard|poster|banner|t-shirt|shirt|button|badge|leaflet|flyer|flier|pamphlet|sandwich[ -]board"
                   "|mural|mask")
# "Ybarra carried the same sign the whole way": one person, one sign
_CARRIES_ONE_SIGN = re.compile(
    r"\b(?:carried|carries|carrying|held|holds|holding|hoisted|hoists|waved|waves|waving|wore|wears|wearing|"
    r"brought|brings|made|makes|raised|raises|had|has|lifted|lifts|lifting|clutched|clutches|clutching|"
    r"gripped|grips|gripping|grasped|grasps|grasping|clasped|clasps|clasping|"
    r"showed|shows|showing|displayed|displays|displaying"
    # "he pointed to his sign, which read": his own (not "pointed to a sign")
    r"|(?:pointed|points|pointing|gestured|gestures|gesturing)\s+(?:to|at|toward|towards)(?=\s+(?:his|her)\s)"
    # "stood at the curb with a placard she had made"
    r"|(?:stood|stands|standing|sat|sitting|walked|walking|marched|marching|came|arrived)\b[^.!?\x00,]{0,40}?\bwith"
    r")\s+(?:up\s+)?(?:a|an|the|her|his|one|the\s+same|a\s+single)\s+"
    # (the sign's words may stand before its noun: 'Wearing a "Trump 2028" hat')
    r"(?:[\w'\u2019-]+\s+|\x00+\s*){0,3}?(?:" + _ONE_SIGN_NOUNS + r"|sweatshirt|hoodie|flag|hat|cap|mask|jacket|vest|"
    r"bandana|sash|armband)\b(?![\w-])",
    re.I)
# The verbs of carrying one sign by hand, and the signs carried so, for the readers below
_CARRY_VERBS = ("carried|carries|carrying|held|holds|holding|hoisted|hoists|waved|waves|waving|wore|wears|wearing|"
                "brought|brings|raised|raises|displayed|clutched")
_HANDHELD_SIGNS = "sign|placard|poster|banner"
# A verb of carrying and a determiner right before a sign's words, with its subject, a name or a
# pronoun, right before it: 'while Randall held a "..." sign'
_CARRIED_DETERMINERS = (" a", " an", " the", " his", " her", " their")  # (a cheap test before the pattern)
_NAME_CARRIED_ONE_LAST = re.compile(r"(?:^|[\s,])((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+|he|she)\s+(?:" + _CARRY_VERBS
                                    + r")\s+(?:up\s+)?(?:a|an|the|his|her|their)\s*$")
# Other things carried, then "and a sign": "carried an umbrella, the colors of the flag, and a sign"
_CARRIES_THINGS_AND_A_SIGN = re.compile(r"\b(?:" + _CARRY_VERBS + r")\s+(?:a|an|the|her|his)\s+[^.!?\x00;]{1,80}?,?\s+and\s+"
                                        r"(?:a|an|her|his)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:" + _HANDHELD_SIGNS + r")\b", re.I)
# After a sign's words in a sentence that opens with carrying it ('Holding a sign that read
# "...," Jane Roe said', 'Wearing a "..." hat, Gary Lindquist said'): the rest of that
# phrase, up to the main clause whose subject carries it
_REST_OF_CARRYING = re.compile(r"\s*(?:[a-z][^,.!?;:\x00]{0,60})?,\s*|\s+(?=[A-Z])")


_FOR_ANOTHER = re.compile(r"\s*(?:for\s+(?:her|his|their|a|an|the)\s+(?:[\w-]+\s+)?(?:son|daughter|child|children|kid|kids|"
                          r"grandson|granddaughter|grandchild|grandchildren|brother|sister|husband|wife|partner|friend|"
                          r"mother|father|mom|dad)\b"
                          r"|(?:that\s+|which\s+)?(?:her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:is|was|were|are)?\s*"
                          r"(?:holding|holds|held|carrying|carries|carried|wearing|wears|wore)\b)")


_THING_THAT_BEFORE = re.compile(r"\b(?:that|which)\s+(?:\w+ly\s+)?$")
# '"...," she said, while holding a sign': a cue that is the carrying alone
_CARRYING_ALONE = re.compile(r"(?:holding|carrying|waving|wearing|raising|hoisting|clutching)\s", re.I)


def _sign_carrier(masked: str, starts: list[int], start: int, end: int, vocabulary) -> SpeakerPhrase | None:
    """The one named person (or he/she) said to carry a single sign between
    `start` and `end`: the subject of the sentence that says so."""
    carry = None
    for carry in _CARRIES_ONE_SIGN.finditer(masked, start, end):
        pass
    if carry is None and " and " in masked[start:end]:
        # "carried a blue-and-yellow umbrella, the colors of Ukraine's flag, and a sign": the
        # sign last of the things carried
        for carry in _CARRIES_THINGS_AND_A_SIGN.finditer(masked, start, end):
            pass
    if carry is None:
        return None
    if _FOR_ANOTHER.match(masked, carry.end(), min(end, carry.end() + 80)):
        return None  # "made the sign her daughter is holding", "made a sign for her son": theirs to carry
    sentence_start = starts[bisect_right(starts, carry.start()) - 1]
    head = masked[sentence_start : carry.start()]
    if _THING_THAT_BEFORE.search(head):
        return None  # "built the wooden frame that holds the band's banner": a thing holds it
    if (relative := _RELATIVE_SUBJECT.search(head)) is not None and "who" in relative.group():
        # "We spoke to Dana Whitfield, 63, who carried a sign": whom "who" means
        return _one_carrier(_antecedent(head[: relative.start()], vocabulary, who=True))
    return _one_carrier(_subject_phrase(head, vocabulary))


# Words that open a list of quotations: 'Phrases like "A" and "B"', 'slogans such as "A"'
_LIST_OPENS_BEFORE = re.compile(r"\b(?:like|such\s+as|including)\s*$")


def _list_before_shares_cue(last: _Candidate, para_cands: list[_Candidate], masked: str) -> None:
    """'"Elections now", "democracy, yes" and "outside Añez" were chanted by the protesters':
    a cue after the last of a list is the whole list's. The list runs back over quotations
    with no cue of their own, parted only by commas and "and", to one the narrative does
    not run into (not 'called it "a betrayal" and "Shame!" was chanted'); a slogan already
    decided keeps its own ('"Fair contract!" "Now!" the crowd answers': the leader's call)."""
    run, following = [], last
    for prev in reversed(para_cands):
        between = masked[prev.span.outer_end : following.span.open_at].replace(MASK, "")
        if (prev.own_cue or prev.continues or not prev.span.closed or (prev.kind == SLOGAN and not prev.dropped)
                or not _LIST_BETWEEN.fullmatch(between)
                or (prev.dropped and re.search(r"\bor\b", between))):  # ('"Pumpaj!" or "Pump it up!"': a translation)
            break
        run.append(prev)
        following = prev
    if run and (not run[-1].embedded
                # ('Phrases like "E, E, EDL" and "I'm English till I die" were chanted': the narrative
                # runs into a list it introduces, not into a term)
                or _LIST_OPENS_BEFORE.search(masked, max(0, run[-1].span.open_at - 16), run[-1].span.open_at)):
        for prev in run:
            prev.kind, prev.dropped, prev.tail_only, prev.head_only = SLOGAN, False, False, False
            prev.cue, prev.attribution, prev.speaker, prev.org = last.cue, last.attribution, last.speaker, last.org


def _opening_carrier(masked: str, sent_start: int, sent_end: int, span: Span, vocabulary) -> SpeakerPhrase | None:
    """The carrier of a sign whose words stand in a sentence that opens with
    carrying it ('Holding a sign that read "...," Jane Roe said', 'Wearing a
    "..." hat, Gary Lindquist said'): the main clause's subject."""
    named_after = _SIGN_NAMED_AFTER.match(masked, span.outer_end, sent_end)
    carry = _CARRIES_ONE_SIGN.match(masked, sent_start, named_after.end() if named_after else span.open_at)
    if (carry is None or masked[sent_start : carry.start()].strip()
            or not carry.group().split(None, 1)[0].lower().endswith("ing")):
        return None
    rest = _REST_OF_CARRYING.match(masked, named_after.end() if named_after else span.outer_end, sent_end)
    return _one_carrier(_subject_phrase(masked[rest.end() : sent_end], vocabulary)) if rest else None


def _one_carrier(phrase: SpeakerPhrase | None) -> SpeakerPhrase | None:
    """A subject that can carry one sign: one named person, or he or she."""
    if phrase is None or phrase.sign or phrase.crowd or " and " in phrase.words:
        return None
    return phrase if phrase.name or phrase.pronoun in ("he", "she") else None


# A sentence whose subject is signs: "Their T-shirts, she said, were ...", "One sign was ..."
_SIGN_SUBJECT = re.compile(r"\s*(?:(?:the|their|his|her|its|our|one|some|many|other|a|an|several|two|three)\s+)?"
                           r"(?:[\w'\u2019-]+\s+)?(?:signs?|placards?|posters?|banners?|t-shirts?|shirts?|stickers?|badges?|buttons?)\b",
                           re.I)
_DOCUMENT_WORD = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")  # lower case: "in a statement"
_ONE_SIGN = re.compile(r"\b(?:a|an|one|the|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                       r"(?:" + _ONE_SIGN_NOUNS + r"|sticker)\b(?![\w-])", re.I)
_SIGN_VERBS = frozenset({"say", "says", "said", "read", "reads"})
# "Others were personal, saying,", "Some were blunter:": more of the things just named, described
# The writing just quoted goes on: "It continues:", "The sign goes on:"
_IT_GOES_ON = re.compile(r"\s*(?:It|The\s+(?:sign|graffiti|banner|message|note|placard|writing|poster))\s+(?:also\s+)?"
                         r"(?:continues|continued|goes\s+on|went\s+on)\s*[:,]?\s*")
_MORE_OF_THEM_WERE = re.compile(r"\s*(?:Others|Some|Many|A\s+few|Several|One|Another)\s+(?:were|was)\b")
_PEOPLE_NAMED_BY_IT = re.compile(r"\s+(?:activists|supporters|members|protesters|protestors|demonstrators|"
                                 r"marchers|organizers|organisers|leaders|candidates|favorites|favourites|voters)\b")
_A_BODY_APPOSED_AFTER = re.compile(r"\s*,\s*(?:[\w-]+(?:['\u2019]s|s['\u2019])|the|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                                   r"(?:group|movement|party|campaign|coalition|organi[sz]ation|network|alliance|"
                                   r"platform|front|collective)\b")
_THE_NAME_OF_AFTER = re.compile(r"\s*,?\s*(?:\u2014\s*|-\s+)?(?:the|its|their|a)\s+(?:\w+\s+)?(?:name|title)\s+of\b", re.I)
_ONE_SANG = re.compile(r"\b(?:sang|sings|sing|singing)\s*[,:]?\s*$")
_SIGN_CONTEXT = re.compile(r"\b(?:signs?|placards?|posters?|banners?|t-shirts?|tarps?|bedsheets?|stickers?|badges?|buttons?|"
                           r"sandwich[ -]boards?|murals?|"
                           r"leaflets?|flyers?|fliers?|pamphlets?|slogans|messages)\b", re.I)
_NOT_A_SIGN = re.compile(r"\b(?:a|no|any|the first)\s+signs?\s+(?:of|that(?!\s+(?:read|reads|said|says)\b))\b|\bsign(?:ed|s)?\s+(?:up|on|the|a|an|petitions?)\b"
                         r"|\bsign language\b|\b(?:under|behind)\s+the\s+banners?\s+of\b"
                         r"|\bunder\s+the\s+banner(?=\s*(?:\x00|$))"  # 'protests under the banner "..."': their name
                         # a capitalised one inside a name, right after another capitalised word: "All
                         # Under One Banner", "Freedom Banner Collective", "Stop Sign Films"
                         r"|(?-i:\b[A-Z][a-z]+\s+(?:Banners?|Signs?|Placards?|Posters?))\b", re.I)
# "in his own", "her pink": whose the thing named after the words is
_HIS_OR_HER_LAST = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:own\s+)?(?:[a-z-]+\s+)?$")


def _own_carrier(carrier: SpeakerPhrase | None, his: re.Match, book: SpeakerBook) -> SpeakerPhrase | None:
    """The named subject who carries a sign that "his" or "her" owns, unless the pronoun's gender
    is not theirs ('Peter Jordan, clutching his "..." placard'; not 'Ann waved his banner')."""
    if carrier is None or not carrier.name:
        return None
    gender = book.gender_of(carrier.name)
    # (a name that tells no gender is still the subject "her" most likely means: 'Connie Sabetti,
    # ..., held her "..." sign', not the woman quoted a sentence before)
    if gender is None:
        return carrier if " " in carrier.name else None  # (one word alone, "Ann", tells too little)
    return carrier if gender == ("m" if his.group(1).lower() == "his" else "f") else None


# ('"Delete DOGE" yard sign', not '"tore down" a placard': an article starts another noun phrase)
_SIGN_NAMED_AFTER = re.compile(r"\s*((?:(?!(?:a|an|the|another|his|her|their|its|some)\s)[a-z-]+\s+)?"
                               r"(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|flags?|"
                               r"stickers?|buttons?|badges?|hats?|caps?|merchandise|merch|hoodies?|wristbands?|pins?|"
                               # (what else a person wears: 'wearing a "Good Trouble" mask')
                               r"masks?|jackets?|vests?|bandanas?|sweatshirts?|armbands?|sash|sashes|"
                               # 'carrying signs with the common "F*** Trudeau" slogan'
                               r"slogans?))"
                               r"\b(?![\w-])", re.I)
_PRONOUN_VERB_LAST = re.compile(r"(?:^|[,;]\s*|\b(?:and|then)\s+)(they|he|she|we)\s+(?:\w+ly\s+)?"
                                r"(?:shouted|chanted|sang|yelled|screamed|cried|roared|chorused)\s*[:,]?\s*$", re.I)
_CALLING_AN_ACTION = re.compile(r"\bcall(?:ing|ed|s)?\s+(?:their|its|the|this|that|our)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:action|protest|strike|march|campaign|movement|event|day|walkout|effort|initiative|"
                                r"rally|occupation|encampment)\s*$", re.I)
# A paragraph that is only a name and who they are: "Lauren Howland, 21, a member of the
# International Indigenous Youth Council."
_NAME_CAPTION = re.compile(r"\s*((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+),\s+(?:\d{1,3},\s+)?"
                           r"((?:a|an|the)\s+[^.!?\x00]{3,120}?|of\s+[^.!?\x00]{3,120}?)\.?\s*")
_SAID_ON_A_SURFACE = re.compile(r"\b(?:said|says)\s+on\s+(?:a|an|the|one|another|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                                + "|".join(sorted(SURFACES - {"screen", "steps", "plaza", "street", "road"}, key=len, reverse=True))
                                + r")\b", re.I)
_SLOGAN_NOUN_NEXT = re.compile(r"\s*slogans?\b", re.I)
_PLAYED_WORDS = ("played", "plays", "playing", "performed", "performing", "blared", "blaring", "blasted", "blasting",
                 "hummed", "humming", "whistled", "whistling")
_PLAYED_BEFORE = re.compile(r"\b(?:" + "|".join(_PLAYED_WORDS) + r")\s*$", re.I)
_ONE_SHOUTER = re.compile(
    r"\b(someone|somebody|(?:a|an|one)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:man|woman|person|protester|protestor|demonstrator|"
    r"marcher|student|voice|boy|girl|heckler|onlooker|bystander|resident|driver|passerby|worker|counter-protester))"
    # ("one man with a bullhorn repeatedly shouted")
    r"(?:\s+(?:in|on|at|from|with)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:\w+ly\s+)?"
    r"(?:(?:slowed|slows|stopped|stops|paused|pauses|turned|turns|leaned|leans)\s+(?:down\s+)?to\s+)?"  # "slowed to shout"
    # ("a worker can be heard yelling")
    r"(?:(?:can|could)\s+be\s+(?:heard|seen)\s+|is\s+heard\s+|was\s+heard\s+)?"
    # ("rallied around a man who was screaming,")
    r"(?:who\s+(?:was|is)\s+)?"
    r"(?:shouted|shouts|shout|yelled|yells|yell|screamed|screams|scream|cried|yelling|shouting|screaming|"
    r"called out|calls out|call out|hollered|holler)\b[^.!?\x00]{0,30}$", re.I)
_AS_ONE = re.compile(r"\bin\s+unison\b|\b(?:crowd|crowds|protesters|marchers|demonstrators)['\u2019]s?\s+"
                     r"(?:answer|response|reply|retort|refrain|cry)\b", re.I)
# (also "drawing crowds who shouted", "was heard as people shouted:")
_SHOUTERS = "|".join(sorted({w for w in CROWD_WORDS if w.endswith("s")} | {"people", "crowd", "children", "men", "women"}))
# ("told The Associated Press that massive crowds shouted": the crowds, reported)
_LATE_CROWD_SHOUTED = re.compile(r"(?:\b(?:as|when|whil(?:e|st)|and|after|before|until|that)\s+(?:the\s+)?"
                                 r"(?:(?:massive|huge|large|big|vast|angry|chanting|cheering)\s+)?(" + _SHOUTERS
                                 # "as people in the crowd shouted"
                                 + r")(?:\s+(?:in|from|at|on)\s+the\s+[a-z]+)?|\b(" + _SHOUTERS + r")\s+who"
                                 # "when a protester threw a bottle, the rest of the crowd screamed"
                                 + r"|,\s*(?:the\s+)?(?:rest\s+of\s+the\s+|whole\s+|entire\s+)?(" + _SHOUTERS + r"))"
                                 + r"\s+(?:\w+ly\s+)?(?:shouted|yelled|screamed|cried|roared|hollered)\s*[:,]?\s*$")
# "more than 20,000 people descended on the landmark ... shouting": a counted crowd, the
# participle's subject, whoever the sentence's is ("local media said ...")
_COUNTED_CROWD_SHOUTING = re.compile(r"\b(?:\d[\d,]*|hundreds|thousands|dozens|scores|tens\s+of\s+thousands)\s+"
                                     r"(?:of\s+)?(?:[a-z-]+\s+)?(" + _SHOUTERS + r")\b[^.!?\x00]{0,80}?\b"
                                     r"(?:shouting|yelling|screaming|crying|chanting)\s*[:,]?\s*$")
_NOUN_AFTER_ARTICLE = frozenset({"tweet", "post", "statement", "report", "reply", "comment", "quote", "call", "plea",
                                 "demand", "promise", "pledge", "complaint", "joke", "whisper", "cry", "shout", "chant"})
_AN_AS_PHRASE = re.compile(r"\s*(?:a|an)\s")  # what "as" split off: "as a common good", no clause
_SEMICOLON_BETWEEN = re.compile(r"\s*;\s*(?:and\s+)?")
_A_DOCUMENT_OPENS = re.compile(r"\s*(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(DOCUMENT_NOUNS))
                               + r"|review|study|survey|audit|inquiry|investigation)\b", re.I)
_RUNS_TO_PARTICIPLE = re.compile(r",\s*(?:chanting|shouting|singing|yelling|screaming|crying|holding|carrying|waving)$")
_PREPOSITION_LAST = re.compile(r"\b(?:with|of|for|about|amid|despite|over|against)\s+$", re.I)
_SAW_THEM_CHANTING = re.compile(r"\b(?:witnessed|saw|watched|heard|filmed|spotted|observed)\s+((?:people|protesters|"
                                r"protestors|crowds?|demonstrators|marchers|supporters|fans|men|women|students)\b)"
                                r"[^.!?\x00]{0,200}?\s(?:chanting|shouting|singing|yelling)\s*[:,]?\s*$")
_LED_BY_LIST = re.compile(r",\s*(?:led|headed|joined|accompanied|flanked)\s+by\b|\bincluding\b")  # (not "a prayer led by an imam")
_LED = re.compile(r"\b(?:led|leads|leading)\b")
_CARRIED_RELATIVE = re.compile(r",\s*(?:who|which)\s+(?:\w+ly\s+)?(?:carried|carries|held|holds|waved|waves|wore|wears|"
                               r"hoisted|raised|brought|made|had|has)\b[^.!?\x00]{0,60}$")
_LED_RELATIVE = re.compile(r",\s*(?:who|which)\s+(?:then\s+|always\s+|usually\s+)?(?:led|leads|starts|started|begins|began|"
                           r"opens|opened|strikes\s+up|struck\s+up)\b[^.!?\x00]{0,60}$")
# 'Roe said the slogans were "A" and "B"': she names the slogans (not 'when Roe said "..."')
_SLOGANS_WERE = re.compile(r"\b(?:chants?|slogans?|refrains?|cries)\s+(?:was|were|is|are|included|includes)\s*:?\s*$", re.I)
_A_SIGN_OPENS = re.compile(r"\s*(?:One|Another|A|The\s+(?:next|last|other))\s+(?:[a-z-]+\s+)?(?:sign|placard|banner|poster)\b"
                           r"(?!\s+(?:reading|that|which|saying)\b)")
_THAT_THE_CHANTS = re.compile(r"\b(?:that|said|says|reports|reported|recalled)\s+(?:the\s+)?(?:chants?|slogans?|cries|refrains?)\b",
                              re.I)
_SAID_THE_CROWD_CHANTED = re.compile(r"\b(?:(?:said|says|recalled|recalls)\s+(?:that\s+)?(?:the\s+)?(?:" + _SHOUTERS
                                     + r")|(?:" + _SHOUTERS + r")\s*,?\s+who)"
                                     # ('he told protesters who chanted': the protesters' chant, not his words)
                                     r"\s+(?:\w+ly\s+|then\s+|also\s+)?(?:chanted|shouted|sang|yelled|roared|were\s+chanting)\s*[,:]?\s*$")
# A reporting verb, then the crowd that chants or carries: "reports protesters on Monday chanted"
_REPORTS_A_CROWD = re.compile(r"\b(?:reports?|reported|says|said|recalled|recalls)\s+(?:that\s+)?(?:the\s+)?(?:[a-z-]+\s+)?"
                              r"(" + _SHOUTERS + r")\b")
_SAID_LAST = re.compile(r"\b(?:said|says|told|added|asked|wrote|declared)\b(?!\s+(?:it|them)\s+back)[^\x00]{0,25}$")
_POSTED_THAT = re.compile(r"(?:\s+(?:on|to)\s+[^,\x00]{1,40}?)?(?:,\s*[^,\x00]{1,40},)?\s+that\b")


_SAID_FIRST = re.compile(r"\s*(?:(?:So|And|As)\s+)?([Ss]aid|[Ss]ays|[Aa]dded|[Aa]dds|[Ee]xplained|[Ee]xplains|[Ww]rote|"
                         r"[Ww]rites|[Rr]ecalled|[Rr]ecalls)\s+([^:\x00]{2,80}?)\s*:")


_ONE_OF_WHICH = re.compile(r",\s*(?:one|some|several|many|most|two|three|each|all|another)\s+of\s+which\s+(?:\w+ly\s+)?"
                           r"(?:said|says|read|reads|declared|declares|proclaimed|proclaims|announced|asked|asks|"
                           r"demanded|demands|warned|warns|stated|states)\b[^.!?\x00]{0,40}?[:,]?$")


# 'Mraz read aloud a statement from her family:': the family's words, not the reader's
_READ_ON_BEHALF = re.compile(
    r"\b(?:read|reads|reading|delivered|delivers|delivering)\s+(?:aloud\s+|out\s+)?(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:statement|letter|message|note)\s+(?:from|by|written\s+by|on\s+behalf\s+of)\s+([^:.!?\x00]{2,80}?)\s*[:,]?\s*$")


def _read_for(text: str, vocabulary) -> SpeakerPhrase | None:
    """Whose words someone reads out, when the text before a quotation says so."""
    m = _READ_ON_BEHALF.search(text) if ("read" in text or "deliver" in text) else None
    if m is None:
        return None
    return parse_speaker_phrase(m.group(1), vocabulary) or SpeakerPhrase(m.group(1), generic=True)


_BRACKETED_ASIDE = re.compile(r"(?<=[A-Za-z.])\s*\([^()\x00]{1,80}\)(?=\s+[a-z])")


def _saying_next(clause: str, subject_words: str) -> bool:
    """Does `clause` go on from its subject with a said-verb ("Taylor-Brown said her group ...")?"""
    at = clause.find(subject_words)
    rest = clause[at + len(subject_words):].split(None, 1) if at >= 0 else []
    return bool(rest) and rest[0].lower() in _SAID_FORMS


def _parse_before(before: str, vocabulary, earlier: str = "", signs_shown: bool = False) -> Cue | None:
    """An attribution in the words before a quotation, in the same sentence
    (`before` runs from the sentence's start to the opening mark).

    `earlier` is the paragraph's text before this sentence: "Others read" and
    "Another said" refer back to signs named there; `signs_shown`: so do they
    after a paragraph that showed signs' words (a list of them).
    """
    if ")" in before:
        # 'a gesture that Nahella Ashraf (member of Manchester Stand Up To Racism) described as':
        # an aside in brackets after a word stands outside the sentence
        before = _BRACKETED_ASIDE.sub("", before)
    sentence_start_text = before
    text = before.rstrip()
    surface = False
    if (read_for := _read_for(text, vocabulary)) is not None:
        return Cue(read_for, "read", position="before")
    if "which" in text and (which := _ONE_OF_WHICH.search(text)) and _SIGN_WORD.search(text, 0, which.start()):
        # "dangled from many of the signs, one of which declared in block letters:": a sign
        # speaks, not the sentence's subject ("Coat hangers")
        return Cue(None, None, slogan="sign", position="before", extras={"words": "one of the signs"})
    if ("found" in text or "finds" in text) and (finding := _A_REPORT_FOUND.search(text)) and SPEECH_VERBS.isdisjoint(
            _LOWER_RUN.findall(text, finding.end(1))):
        # 'the UNHCR has condemned the regime, while the report of the UN Committee Against
        # Torture found Australia exposed them to "..."': the report's words, credited to its author
        phrase = parse_speaker_phrase(finding.group(1), vocabulary)
        if phrase is not None:
            return Cue(phrase, "said", position="before")
    if (("message" in text or "letter" in text or "note" in text or "mail" in text)
            and (sent := _DOCUMENT_FROM_SOMEONE.search(text)) and _PARTICIPLE_TO_THE_QUOTE.fullmatch(text, sent.end())
            # (no one else speaks in it: "..., explaining the delay, and then Tom Smith said")
            and not any(w in SPEECH_VERBS and not w.endswith("ing") for w in _LOWER_RUN.findall(text, sent.end()))):
        # 'They heard a message from the Bishop of Wolverhampton, Clive Gregory, offering support
        # ... and opposition to "..."': the words are the message's, its sender's, not the hearers'
        phrase = parse_speaker_phrase(sent.group(1), vocabulary)
        if phrase is not None and (phrase.name or unnamed_person(phrase)):
            return Cue(phrase, "said", position="before")
    if "that" in text and (claim := _CLAIM_BY_THAT.search(text)):
        # 'in response to the recent statement by party official Vladimir Đukanović that
        # "children are the property of the state."': his words, whatever signs came before
        phrase = parse_speaker_phrase(claim.group(1), vocabulary)
        if phrase is not None and (phrase.name or phrase.pronoun):
            return Cue(phrase, "said", position="before")
    if ("that" in text and (issued := _ISSUES_A_DOCUMENT.search(text))
            and _DOCUMENT_SAYS_THAT.match(text, issued.end())):
        # "The Republican Party of New Mexico issued a statement Saturday morning that the protest
        # "...": the words of whoever issued it
        phrase = _subject_phrase(text[: issued.start()], vocabulary)
        if phrase is not None and (phrase.name or phrase.pronoun):
            return Cue(phrase, "said", position="before")
    slogan = slogan_cue_before(text)  # masks kept: a cue does not reach across a quotation
    if (slogan in ("shout", "chant") and _SAID_LAST.search(text) and not _SLOGANS_WERE.search(text)
            and not _SAID_THE_CROWD_CHANTED.search(text)):  # (but 'Gradoni said the crowd chanted,': theirs)
        slogan = None  # 'The crowd roared when Roe said "..."': Roe's words
    if slogan in ("shout", "chant") and (told := _CROWD_TOLD_TO.search(text)):
        # 'Monae ... began by exhorting the crowd to yell, "Sandra Bland, say her name!"': the
        # crowd's chant, led by whoever exhorted them (as 'Roe led the crowd in a chant:')
        lead_in = text[: told.start()]
        own = re.search(r"\b(?:which|that|and|as)\s+(he|she)\s+(?:\w+\s+){0,3}$", lead_in)
        subject = (parse_speaker_phrase(own.group(1), vocabulary) if own  # "which she began by exhorting"
                   else _subject_phrase(lead_in, vocabulary))
        return Cue(subject if subject is not None and (subject.name or subject.pronoun) else None, None,
                   slogan="chant", position="before", extras={"words": None, "its_surface": False})
    if not slogan and text.endswith(":") and (said_first := _SAID_FIRST.fullmatch(text)):
        # 'Said Rhodes: "..."', 'So says Rhodes:': the verb before its subject
        phrase = parse_speaker_phrase(said_first.group(2), vocabulary)
        if phrase is not None and (phrase.name or phrase.generic):
            return Cue(phrase, said_first.group(1).lower(), position="before")
    last_word = text.rstrip(" ,:").rpartition(" ")[2].lower()
    if not slogan and (text.endswith(":") or last_word in _ONE_LAST_WORDS):
        # "another, hung between two oaks, said", "one, held by a boy, that
        # said": one of the signs named before, in this sentence or earlier
        one = re.search(r"\b(?:others?|another|some|one|many|most|a few"
                        # "Smaller ones simply said" (signs by their size or make; not "loved ones")
                        r"|(?:smaller|larger|bigger|tinier|smallest|largest|biggest|handmade|homemade|hand-lettered|"
                        r"hand-painted|printed|cardboard)\s+ones)"
                        # "One square, by a 9-year-old violin student, said:" (one piece of a quilt, a banner)
                        r"(?:\s+(?:square|patch|panel|tile|ribbon|card|note|balloon|page|sheet)s?)?"
                        r"(?:\s*,[^,\x00]{1,60}(?:,\s*\d{1,3})?,)?\s+"
                        # "One below it says", "another beside the gate read"
                        r"(?:(?:below|above|beneath|under|underneath|beside|behind|next\s+to|near|nearby|across|"
                        # "A smaller one in the family stand said" (not "one in the crowd": a person)
                        r"(?:in|on|at|from|over|along|outside|inside)(?!\s+(?:the\s+)?(?:crowd|audience|group|line|"
                        r"march|rally|room|hall|front|back|middle)\b))"
                        r"(?:\s+[\w'\u2019-]+){0,4}?\s+)?"
                        r"(?:that\s+|which\s+)?(?:also\s+|\w+ly\s+)?(?:" + "|".join(_ONE_VERBS) + r")"
                        r"(?:\s+simply|\s+plainly)?\s*[:,]?\s*$"
                        # "Another, in thick black marker:"
                        r"|(?:^|[.!?]\s+)(?:others?|another|one)\s*,[^,\x00:]{1,60}:\s*$"
                        # "Another quoted his 1957 speech:" (of signs that quote someone)
                        r"|(?:^|[.!?]\s+)(?:others?|another)\s+(?:quoted|quotes|borrowed|borrows|cited|cites)\b[^.!?\x00:]{0,60}:\s*$"
                        # 'One said "Bathroom breaks are a human right." Another: "We are not robots."'
                        r"|(?:^|[.!?]\s+)(?:another|others?)\s*:\s*$"
                        # "On it, in red marker:", "On the back:" (of a sign named before)
                        # "On the other side was" (of the sign named before)
                        r"|(?:^|[.!?]\s+)(?:On|Across)\s+(?:its\s+(?:front|back)|the\s+(?:front|back|other\s+side|reverse))"
                        r"\s+(?:was|were|is|read|reads|said|says)\s*[:,]?\s*$"
                        r"|(?:^|[.!?]\s+)(?:On|Across)\s+(?:it|its\s+(?:front|back)|the\s+(?:front|back|other\s+side)|one\s+side)"
                        r"(?:\s*,[^,\x00:]{1,40})?\s*:\s*$"
                        # "Hers read:", "Ortiz's said simply" (not "A friend of his said")
                        # (these two also after a paragraph that showed signs: group 1)
                        r"|(?:^|[.!?;]\s+|\band\s+)((?:hers|his|theirs|(?!(?:it|that|what|there|here|he|she|who)['\u2019]s)"
                        r"[A-Z][\w'\u2019-]+['\u2019]s)\s+(?:also\s+|\w+ly\s+)?"
                        r"(?:read|reads|said|says)(?:\s+simply)?\s*[:,]?\s*$)"
                        # "Marsh had made her own:", "Her son made one, too:"
                        r"|\b((?:made|makes|brought|brings|painted|paints|drew|draws|carried|carries)\s+"
                        r"(?:(?:her|his|their)\s+own|one|another)(?:,?\s+too)?\s*:\s*$)"
                        # "A third simply listed prices:", "The last:"
                        r"|(?:^|[.!?]\s+)(?:a|the)\s+(?:second|third|fourth|fifth|last|final)\b[^\x00:.!?]{0,40}:\s*$"
                        # "She held one up:" (after "What do the signs say?")
                        r"|\b(?:held|holds|raised|raises|lifted|lifts|showed|shows|hoisted)\s+(?:one|another|it)\s+up\s*[:,]?\s*$",
                        text, re.I)
        context = (earlier + text[: one.start()]).replace(MASK, " ") if one else ""
        if one and ((signs_shown and (one.group(1) or one.group(2))) or _SIGN_WORD.search(context)
                    or _WROTE_MESSAGES.search(context)):
            slogan = "sign"
            surface = one.group().lstrip(" .!?").startswith(("On ", "Across "))  # "On it:": the sign named before
        elif one and one.group().lstrip(" .!?").lower().startswith(("another", "other", "one", "a ", "the "))  \
                and _NAMES_A_CHANT.search(context):
            slogan = "chant"  # 'The chants had their own rhythm. ... Another, borrowed from Ferguson:'

    stripped = text.rstrip(" ,:\u2014\u2013-")
    phrasal = "aim" in stripped or "out at" in stripped or " know" in stripped  # (most texts hold none)
    if slogan:
        clauses = _CLAUSE_BREAK.split(sentence_start_text)
        # "A drum line kept the beat as marchers called out": the last clause's subject
        # (not a name listed after "led by": "The marchers, led by his mother, X, and
        # stepfather, Y, walked ... singing" is the marchers' song)
        subject = (_subject_phrase(clauses[-1], vocabulary)
                   if len(clauses) > 1 and not _LED_BY_LIST.search(clauses[-2]) else None)
        if subject is not None and _RUNS_TO_PARTICIPLE.search(subject.words):
            # "The crowd held paper as a symbol against censorship, shouting": no verb after
            # "as a symbol", so no clause of its own; the sentence's subject shouts
            subject = None
        subject = subject or _subject_phrase(sentence_start_text, vocabulary)
        if (reported := _REPORTS_A_CROWD.search(sentence_start_text)) is not None:
            # "The Kennebec Journal reports protesters on Monday chanted slogans including": the
            # protesters chant and hold the signs, not the paper that reports it
            subject = parse_speaker_phrase("the " + reported.group(1), vocabulary)
        if MASK in sentence_start_text and (subject is None or not subject.crowd):
            # 'When Ernst said "...," people in the bleachers shouted': the quotation's own comma
            # ended the opening clause; the crowd after it shouts
            late = _subject_phrase(sentence_start_text[sentence_start_text.rfind(MASK) + 1 :], vocabulary)
            if late is not None and late.crowd:
                subject = late
        if (subject is None or subject.pronoun is None) and (own := _PRONOUN_VERB_LAST.search(text)):
            # 'As protesters turned into Swanston Street, where the Australia Parade was held
            # only minutes before, they shouted': the pronoun right before the verb is who
            subject = parse_speaker_phrase(own.group(1), vocabulary)
        if slogan == "sign" and len(clauses) > 1 and _NAMES_ONLY.fullmatch(clauses[0]):
            # "Keisha Wallace, 31, and her younger sister, Tamara Wallace, 27, stood ...
            # holding a banner": two carriers, neither its one owner
            subject = None
        if subject is not None and subject.name and re.search(
                r"\b(?:along|across|through|past|toward|towards|down|up|around|in|at|on|near|outside|inside|from)"
                r"\s+(?:the\s+)?"
                + re.escape(subject.name.split()[0]) + r"\b", text):
            subject = None  # "Chants rose and fell along Independence Avenue:": a place, not who chanted
        elif (subject is not None and subject.pronoun and "," not in stripped and _SUBORDINATE_START.match(stripped)
                and (late_name := _name_after_subordinate(stripped.rpartition(" ")[0], vocabulary)) is not None):
            subject = parse_speaker_phrase(late_name, vocabulary)  # 'As soon as he showed up Anna shouted,'
        if slogan == "sign" and subject is not None and not subject.crowd and (by_a_crowd := _BY_A_CROWD_WAVING.search(text)):
            # "He was supported by a huge crowd that had marched ... waving banners declaring": the
            # crowd's banners, not his
            subject = SpeakerPhrase(by_a_crowd.group(1), generic=True, crowd=True)
        if slogan == "sign" and subject is None and (held := _PRONOUN_CARRYING.search(text)):
            # '..., Arianna said, as she held a sign saying': the one "she" means, in a sentence too
            # long for its subject to be read
            subject = parse_speaker_phrase(held.group(1), vocabulary)
        if slogan == "sign" and subject is not None and " to " in text and (moved := _MOVED_TO_CARRY.search(text)):
            # "Lee's comment prompted some teachers to carry signs saying": whom it moved to carry them
            subject = parse_speaker_phrase(moved.group(1), vocabulary)
        if slogan == "shout" and (named := _WITH_ONE_CALLING.search(text)):
            # "with activists like filmmaker Michael Moore calling out": the one named calls it out
            one_named = parse_speaker_phrase(named.group(1), vocabulary)
            if one_named is not None and one_named.name:
                subject = replace(one_named, crowd=False, generic=False)
            elif one_named is not None and one_named.crowd:
                subject = one_named  # "Verbal exchanges occurred, with some protesters shouting": they shout
        if slogan == "shout" and (one := _ONE_SHOUTER.search(text)):
            # "the crowd broke into applause and someone shouted": one person shouts
            subject = parse_speaker_phrase(one.group(1), vocabulary) or subject
        if slogan == "shout" and (subject is None or not subject.crowd) and _AS_ONE.search(text):
            # "The crowd's answer, shouted in unison, was": many voices, a chant
            subject = parse_speaker_phrase("the crowd", vocabulary)
        elif slogan == "shout" and (subject is None or not subject.crowd) and (late := _LATE_CROWD_SHOUTED.search(text)):
            # "... running at the stones as visitors shouted": the clause's own plural subject
            subject = parse_speaker_phrase("the " + (late.group(1) or late.group(2) or late.group(3)), vocabulary)
        elif slogan == "shout" and (subject is None or not subject.crowd) and (
                counted := _COUNTED_CROWD_SHOUTING.search(text)):
            subject = parse_speaker_phrase("the " + counted.group(1), vocabulary)
        if slogan in ("chant", "shout") and (who := _CROWD_WHO_CHANTED.search(text)):
            # 'she told the crowd of thousands of writers ..., who chanted, "..."': the crowd's chant
            subject = parse_speaker_phrase("the " + who.group(1), vocabulary)
        if (seen := _SAW_THEM_CHANTING.search(text)):
            # "Al Jazeera witnessed people waving an assortment of flags ... chanting": the
            # people seen chant, not who saw them
            subject = parse_speaker_phrase(seen.group(1), vocabulary)
        if slogan in ("chant", "shout") and _MET_BY.search(text):
            subject = None  # "Garrison was interrupted by chants of": the chanters are not the subject
        if slogan in ("chant", "shout") and " of" in text[-40:] and _AMID_CHANTS_OF.search(text):
            subject = None  # "The mayor spoke, to retorts of", "drew chants of": others' cries around the subject
        if slogan in ("chant", "shout") and " with " in text and _RANG_WITH.search(text):
            subject = None  # "Downtown Omaha echoed with loud chants of": a place full of them, no chanter
        if (slogan == "sign" and subject is not None and not subject.sign
                and any(_FOR_ANOTHER.match(text, m.end()) for m in _SIGN_WORD.finditer(text))):
            subject = None  # "Kowalchuk made the sign her daughter is holding, which reads": the daughter's
        if slogan == "sign" and subject is not None and not subject.sign and (seen := _SAW_THEM_HOLDING.search(text)):
            # "Ryan spotted a group of protesters holding signs that read:": the ones she saw hold them
            subject = parse_speaker_phrase(seen.group(1), vocabulary)
        if (slogan == "sign" and subject is not None and not subject.sign and " with " in text
                and (others := _WITH_OTHERS_HOLDING.search(text))):
            # "He stood with young people holding signs that read": they hold them, not he
            subject = parse_speaker_phrase("the " + others.group(1), vocabulary)
        if slogan == "sign" and subject is not None and not subject.crowd and " of " in text and _MANY_OF_WHOM.search(text):
            # 'she told the demonstrators, many of whom were fielding signs that read': theirs, not hers
            subject = SpeakerPhrase("the demonstrators", generic=True, crowd=True)
        if slogan == "sign" and subject is not None and not subject.sign and _BESIDE_A_SIGN.search(text):
            subject = None  # "Houska spoke from a truck decorated with a banner:", "stood under a banner reading"
        elif slogan == "sign" and subject is not None and not subject.sign and not subject.crowd and _MET_BY.search(text):
            subject = None  # "Her words were met with cheers and waving of signs like": others answer with them
        led_by = (_LED_RELATIVE.search(text) if slogan == "chant"
                  else _CARRIED_RELATIVE.search(text) if slogan == "sign" else None)
        if led_by:
            # "..., Elisabeth Epps, who led a call of", "seven-year-old Amelia, who carried a sign that read":
            # the one who led it or carried it
            # ("Pastor Mike Reyna of Round Rock, who held a sign": him, not the town)
            antecedent = _antecedent(text[: led_by.start()], vocabulary, who="who" in led_by.group())
            if antecedent is not None:
                # "who" makes the antecedent a person even with one name ("Amelia")
                subject = replace(antecedent, person=antecedent.person or "who" in led_by.group())
        unmasked = text.replace(MASK, " ")
        crowd = _CROWD_CHANTING.search(unmasked) or _PEOPLE_ANSWERED.search(unmasked)
        since_last_quote = text.rfind(MASK, 0, crowd.start()) + 1 if crowd else 0
        if ((slogan == "chant" or (slogan == "shout" and crowd and since_last_quote and MASK not in text[crowd.start():]))
                and crowd and subject is not None and not subject.crowd
                and not _LED.search(text, since_last_quote, crowd.start())):
            # "Roe posted a video of the crowd chanting": the crowd chants, not
            # Roe; but "Roe led the crowd in a chant:" credits Roe
            subject = parse_speaker_phrase("the " + crowd.group(1), vocabulary)
        if (slogan in ("shout", "chant") and subject is not None and not subject.crowd
                and (crowd_doing := _CROWD_WERE_SHOUTING.search(unmasked))):
            # 'Okoro said his daughter asked why the marchers were shouting "..."': the
            # marchers' cry, not the words of the one who tells of it
            subject = parse_speaker_phrase(crowd_doing.group(1), vocabulary)
        if slogan == "chant" and _THAT_THE_CHANTS.search(text):
            subject = None  # 'Eleanor Dunne reports that the chants ... included "A"': she reports them
        if slogan == "chant" and _SAID_LAST.search(text) and _SLOGANS_WERE.search(text):
            subject = None  # 'Roe said the slogans were "A" and "B"': she names them, nobody here chants
        return Cue(subject, None, slogan=slogan, position="before",
                   extras={"words": _sign_words(text), "its_surface": surface})
    m = _ACCORDING.search(text)
    if m and not re.search(r"[.!?]", text[m.end():]) and not (text.startswith(",", m.end()) and _says_in(text, m.end())):
        phrase = parse_speaker_phrase(m.group(1), vocabulary)
        if phrase:
            return Cue(phrase, "according", position="according")
    words_of = _IN_THE_WORDS_OF.search(stripped) if "words" in stripped else None
    if words_of:
        # "In her words, "..."", "In the words of Jane Roe: "...""
        who = words_of.group(1) or words_of.group(2)
        who = who[:-2] if who.endswith(("'s", "\u2019s")) else who  # "In Lopez's words"
        phrase = parse_speaker_phrase(_POSSESSIVE_AS_SUBJECT.get(who.lower(), who), vocabulary)
        if phrase is not None:
            return Cue(phrase, "words", position="before")
    put = _PUT_IT.search(stripped)
    if put:
        # "Colin Hadley put it simply: ..."
        subject = _subject_phrase(re.sub(r"^\s*[Aa]s\s+", "", stripped[: put.start()]), vocabulary)
        if subject is not None:
            return Cue(subject, "put it", position="before")
    words = list(_WORD.finditer(stripped))
    for tok in reversed(words[-40:]):
        w = tok.group(0).lower()
        if phrasal and w in _PHRASAL_SPEECH_VERBS and _PHRASAL_SPEECH_VERBS[w][0].match(stripped, tok.end()):
            # "She took aim at Premier Rockliff over his "..."", "hit out at": criticised; "letting
            # them know": telling; read as the one-word verb, its subject left of the phrase
            w = _PHRASAL_SPEECH_VERBS[w][1]
        if w in ("read", "reads") and _DOCUMENT_SUBJECT.search(stripped[: tok.start()]):
            pass  # "A statement from the operator read:" names the statement's author
        elif (w in ("read", "reads") and not stripped[tok.end() :].strip(" ,:")
              and (thing := _A_THING_READ.search(stripped, 0, tok.end())) and written_thing(thing.group(1))):
            # "One note, tucked into a bouquet, read,", "The cake read:": words on a thing
            # (people read something: "Roe read a statement:", "read from the letter")
            return Cue(None, None, slogan="sign", position="before", extras={"words": thing.group(1)})
        elif w in ("post", "posts", "posted") and _POSTED_THAT.match(stripped, tok.end()):
            pass  # "posted on X that the strike was ...": reported speech
        elif w not in SPEECH_VERBS or (w in _NOT_A_CUE_BEFORE and not (
                w in ("read", "reads") and _ALOUD_NEXT.match(stripped, tok.end()))):
            continue  # (but 'Another read out loud from the poem, "..."': words spoken)
        elif _DETERMINER_LAST.search(stripped, max(0, tok.start() - 40), tok.start()) or (
                # "with a hand written ‘Boris is a jobbie’ sign": a participle inside the noun phrase
                w in _WRITTEN_PARTICIPLES and _DETERMINER_MANNER_LAST.search(stripped, max(0, tok.start() - 40), tok.start())) or (
                # "pumping up the crowd with claims that ...": after a preposition, a noun
                not w.endswith(("ed", "ing")) and _PREPOSITION_LAST.search(stripped, max(0, tok.start() - 12), tok.start())) or (
                not w.endswith("ed") and w not in _IRREGULAR_PAST and w not in ("said", "told", "read")
                and (_POSSESSIVE_LAST.search(stripped, max(0, tok.start() - 40), tok.start())
                     # "Boris Johnson's remarks were": a name's possessive, then a noun (not "Roe's calling")
                     or (not w.endswith("ing") and _NAME_POSSESSIVE_LAST.search(stripped, max(0, tok.start() - 40), tok.start())))):
            continue  # 'said the state "has nothing to hide"': a noun, not the verb
        elif w in ("add", "adds", "added", "adding") and _ADDED_THING_TO.match(stripped, tok.end()):
            continue  # 'added several protesters to an "excluded persons" list': put on it, not said
        elif w in ("charged", "accused") and re.search(r"\b(?:was|were|been|being|is|are|be)\s+$", stripped[: tok.start()]):
            continue  # 'Roe was charged with "obstructing the highway"': a charge, not her words
        elif w in ("charges", "charge") and re.search(r"\b(?:face|faces|faced|facing|new|criminal|two|three|several)\s+$",
                                                      stripped[: tok.start()]):
            continue  # 'The arrested face charges for "unlawfully ... assembling"': the charge's words, a noun
        left = stripped[: tok.start()]
        if w == "said" and _IT_IS_SAID.search(left):
            # 'It was said to be in memory of those who suffered, "..."': said by no one named
            return Cue(SpeakerPhrase(left.strip(), generic=True), w, position="before")
        if not left.strip():
            # 'Said Roe: "..."': the verb first, its subject after it
            phrase = parse_speaker_phrase(stripped[tok.end() :], vocabulary)
            if phrase is not None:
                return Cue(phrase, w, position="before")
        step = _A_STEP_THEY_CALLED.search(left)
        if step:
            # '..., a step the activists called "an attack"': who called it, not the sentence's subject
            phrase = parse_speaker_phrase(step.group(1), vocabulary)
            if phrase is not None:
                return Cue(phrase, w, position="before")
        if _SUBORDINATE_START.match(left):
            # 'While Davis called the ruling "disappointing," student organizers said': the
            # main clause's subject, after the subordinate clause (and any quotation in it)
            parts = _CLAUSE_END.split(left)
            if len(parts) > 3 and not parts[-1].strip() and _DESCRIPTION_START.match(parts[-2]):
                # 'As a protester shouted out "...," Mr Savage, the only man in a tie, declared:': the
                # main clause's subject, then its apposition, then the verb
                parts[-3:] = [f"{parts[-3]},{parts[-2]}"]
            phrase = _subject_phrase(parts[-1], vocabulary) if len(parts) > 1 and parts[-1].strip() else None
            if phrase is None and len(parts) == 1 and (late := _name_after_subordinate(left, vocabulary)) is not None:
                phrase = parse_speaker_phrase(late, vocabulary)  # 'As soon as he showed up Anna shouted,'
            if phrase is not None:
                return Cue(phrase, w, position="before")
        aside = (_ASIDE_SUBJECT.search(left) if w in _SAID_FORMS and (
                    stripped[tok.end():].strip()[:1] in ("", ",")
                    # "West Virginia teachers, she told the Gazette-Mail, have been": whom she told, then the comma
                    or (w == "told" and _TOLD_WHOM_ASIDE.match(stripped, tok.end())))
                 else None)
        if aside and _PLACE_BEFORE_REGION.search(left, 0, aside.start() + 1):
            aside = None  # "John Peterson from Brentwood, Essex said:": the town's county, not an aside
        if aside and _CAPITALS_ONLY.fullmatch(left, 0, aside.start()):
            aside = None  # "Jenny Weber, Campaign Manager, The Bob Brown Foundation stated,": her role's body
        if (aside and aside.group(1) not in ("he", "she", "they", "it")
                and _FOR_AN_OFFICE_HOLDER.fullmatch(left, 0, aside.start())):
            # 'A spokesperson for the EU's foreign policy chief, Josep Borrell, said': the name is
            # the office holder's, next to it; the spokesperson speaks, unnamed (but 'A lawyer for
            # the family, Ben Crump, said' is the lawyer: a family holds no office)
            return Cue(SpeakerPhrase(left[: aside.start()].strip(), generic=True), w, position="before")
        if aside:
            # 'The taxes were needed, he said, "to stop borrowing"': who the aside names (and 'The
            # banner was taken down, spokesman Sgt. Tim Lee said, because it was "..."')
            phrase = parse_speaker_phrase(aside.group(1), vocabulary)
            if phrase is not None and (phrase.name or phrase.pronoun):
                return Cue(phrase, w, position="before")
        if w.endswith("ing") or re.search(r"\bto\s+$", left):
            # "..., asserting that ...", "... decided to say": the clause's
            # subject; "..., with farmers vowing to": the participle's own
            # ("It took a few hours for the port's director Omar Benjamin to concede": his)
            with_subject = _WITH_SUBJECT.search(left) if w.endswith("ing") else _FOR_SUBJECT_TO.search(left)
            phrase = parse_speaker_phrase(with_subject.group(1), vocabulary) if with_subject else None
            if phrase is not None and not phrase.name and with_subject.group(1).count(" ") > 3:
                phrase = None  # a long run after "with" is a subject only as a name with its titles
            if phrase is None and w.endswith("ing") and (earlier := _WITH_NAME_DOING.search(left)):
                # '..., with Mr Furbert later addressing crowds ..., saying ... — and assuring
                # demonstrators that': the name doing the first of the participles does them all
                phrase = parse_speaker_phrase(earlier.group(1), vocabulary)
                phrase = phrase if phrase is not None and phrase.name else None
            # (the shown person's verb may be the speech verb itself: 'shows an officer telling')
            if phrase is None and w.endswith("ing") and (progressive := _PROGRESSIVE_SUBJECT.search(left)):
                # 'his cousin asked why protesters were saying "black lives matter."': the
                # participle's own subject, a crowd here, not the sentence's
                phrase = parse_speaker_phrase(progressive.group(1), vocabulary)
                phrase = phrase if phrase is not None and phrase.crowd else None
            seen = _SEEN_DOING.search(stripped, 0, tok.end()) if w.endswith("ing") and phrase is None else None
            if seen:
                # 'Video of the meeting shows Green holding up a photo and saying,': who it shows
                phrase = parse_speaker_phrase(seen.group(1), vocabulary)
            if phrase is None and w.endswith("ing") and (absolute := _ABSOLUTE_SUBJECT.search(left)):
                # '..., Jiang telling his Cabinet members that the nation "...": the participle's own subject
                phrase = parse_speaker_phrase(absolute.group(1), vocabulary)
                phrase = phrase if phrase is not None and phrase.name else None
            if (phrase is None and w.endswith("ing") and " and " in left
                    and (anded := _AND_NAME_DOING.search(left)) is not None):
                # 'Morrisey's statements that they are "illegal," and state Schools Superintendent Steve
                # Paine earlier calling them': the name the "and" brings in, not the sentence's subject
                phrase = parse_speaker_phrase(anded.group(1), vocabulary)
                phrase = phrase if phrase is not None and phrase.name else None
            if phrase is None and (relative := _RELATIVE_CLAUSE_LAST.search(left)):
                # "referred questions to the Department of Health, which has run
                # advertisements warning that": the relative clause's antecedent
                phrase = _antecedent(left[: relative.start()], vocabulary, who=relative.group(1) == "who")
                phrase = phrase if phrase is not None and phrase.name else None
            if phrase is None and w.endswith("ing") and (by_doing := _PRONOUN_DID_BY.search(left)):
                # '..., which he criticized by saying they are fighting "...": the pronoun's, not the
                # sentence subject's ("The demonstration comes in the wake of ...")
                phrase = parse_speaker_phrase(by_doing.group(1), vocabulary)
            if phrase is None and w.endswith("ing") and len(clauses := _CLAUSE_BREAK.split(left)) > 1:
                # 'There was a knot in Tang's stomach as she opened the chat tool, writing:': the
                # last clause's "she" writes
                last_subject = _subject_phrase(clauses[-1], vocabulary)
                # (only "he" or "she": 'before Lawler's meeting began, saying' is still Trump's;
                # or a person named there when the sentence's subject is a crowd: 'Protesters booed
                # as Naji referenced the court battle, adding:' - a crowd adds no words)
                if last_subject is not None and (last_subject.pronoun in ("he", "she") or (
                        last_subject.name and not last_subject.crowd and not looks_like_org(last_subject.name)
                        and (main := _subject_phrase(clauses[0], vocabulary)) is not None and main.crowd)
                        # ('..., though Taylor-Brown said her group is weighing a complaint, arguing': who
                        # said it argues it)
                        or (last_subject.name and _saying_next(clauses[-1], last_subject.words))):
                    phrase = last_subject
            if phrase is None and (as_put := _AS_X_PUT_IT.match(sentence_start_text)):
                # 'As attendee Barbara Delraso put it, summing up the day, saying, "...":' hers
                phrase = _subject_phrase(as_put.group(1), vocabulary)
            # ("This week Sean Penn urged talks saying, ": read as an opening phrase up to its
            # comma, the whole clause leaves no subject; without the comma, Penn)
            return Cue(phrase or _subject_phrase(sentence_start_text, vocabulary)
                       or _subject_phrase(sentence_start_text.rstrip(" ,:\x00"), vocabulary), w, position="before")
        # "... Barclays, which the group said had": the relative clause's own subject
        own_subject = _OBJECT_RELATIVE.search(left) if not w.endswith("ing") else None
        if (own_subject and w not in _SAID_FORMS and not own_subject.group(1)[:1].isupper()
                # ('on what its leader André Ventura again called a "...": a role and a name, his)
                and not _NAME_AFTER_ROLE.search(own_subject.group(1))
                # ('a pause on the policy, which the government dismissed as "...": the government
                # dismisses it, not the court before "which")
                and not (own_subject.group(0)[:5] in ("which", "whom ") and own_subject.group(1).startswith("the "))):
            # other verbs only with a name: "the chants that President Shafik suggested were
            # creating"; not "wrote that the increases reflected", "its offer, which it called"
            own_subject = None
        if own_subject and (phrase := parse_speaker_phrase(own_subject.group(1), vocabulary)) is not None:
            if phrase.pronoun == "they" and (crowd := _LAST_CROWD.search(left, 0, own_subject.start())) and not any(
                    ch.isupper() for ch in left[crowd.end() : own_subject.start()]):
                # "hundreds of students came out ... to protest what they said was": the crowd
                # just named, not a body named before it
                phrase = SpeakerPhrase(crowd.group(1), generic=True, crowd=True)
            return Cue(phrase, w, position="before")
        # "... the Missouri Nurses Association, which said": the relative
        # clause's antecedent is the speaker.
        relative = _RELATIVE_SUBJECT.search(left)
        if relative:
            phrase = _antecedent(left[: relative.start()], vocabulary, who="who" in relative.group())
            if phrase is not None:
                return Cue(phrase, w, position="before")
            if "which" in relative.group() and (document := _DOCUMENT_LAST.search(left, 0, relative.start())):
                # 'Walker accepted the scathing memorandum, which also called for ...': the document's
                # words, never those of whoever took it; its owner's if it has one ("the bank's
                # sustainability report, which says": the bank's)
                # (a body by its noun, "the bank's report", is left to the reading below, which may
                # know the bank only by the person it had speak)
                owner = parse_speaker_phrase(document.group(1), vocabulary) if document.group(1) else None
                if owner is not None and (owner.name or owner.pronoun):
                    return Cue(owner, w, position="before")
                if owner is None or owner.crowd:
                    return Cue(SpeakerPhrase(document.group(0), generic=True), w, position="before")
        elif (" who " in left or " which " in left) and (relative := _NAME_WHO_LAST.search(left)):
            # "citing Martin Luther King Jr. who said,": a name, then "who" with its comma lost
            # (and a body: "the message of British Unity which describes itself as")
            phrase = _antecedent(left[: relative.start()], vocabulary, who=relative.group(1) == "who")
            if phrase is not None and phrase.name:
                return Cue(phrase, w, position="before")
            if phrase is None and relative.group(1) == "who" and (
                    unnamed := _UNNAMED_BEFORE_WHO.search(left, 0, relative.start())):
                # "is organized by a group who describe themselves as": the group, unnamed (not the
                # sentence's subject, "The protest in Prague")
                return Cue(SpeakerPhrase(unnamed.group(1), generic=True), w, position="before")
        # "Protesters marched, and organizer Jane Doe said": the subject of
        # the last coordinated clause.
        clauses = _CLAUSE_BREAK.split(left)
        if len(clauses) > 1 and _ELLIPTICAL_POSSESSIVE.match(clauses[-1]) and _SIGN_WORD.search(left.replace(MASK, " ")):
            # 'Her mask said "..."; her brother's said "..."': his mask
            return Cue(None, None, slogan="sign", position="before")
        if (" where " in left and (where := _WHERE_NAME_LAST.search(left))
                and (phrase := _subject_phrase(where.group(1), vocabulary)) is not None and phrase.name):
            # 'gathered at Wellington Square where One Nation WA leader Rod Caddies told them': the
            # speech verb's own subject, in the "where" clause (only a name: a sign's "where George
            # Floyd was killed:" is no speech, and no speech verb reaches this far)
            return Cue(phrase, w, position="before")
        if len(clauses) > 1 and not (_ROLE_AFTER_AS.fullmatch(clauses[-1]) and left.endswith(
                " as " + clauses[-1])):
            # (not 'Lan Pham, who is finishing a run as an Environment Canterbury councillor, said':
            # "as" and a role that runs to the verb's comma is no clause of its own, so Pham)
            phrase = _subject_phrase(clauses[-1], vocabulary)
            if phrase is not None:
                return Cue(phrase, w, position="before")
        if ("," in left and (spliced := _NAME_AFTER_A_CLAUSE.search(left))
                and (phrase := parse_speaker_phrase(spliced.group(1), vocabulary)) is not None and phrase.name
                and ((before_it := _subject_phrase(left[: spliced.start()], vocabulary)) is None
                     or not (before_it.name or before_it.pronoun))):
            # "The man refused, Jimmy said to him:": a clause, a comma, then the one who speaks
            # (spliced on with no "and"; a clause with a name or "he" of its own is read below)
            return Cue(phrase, w, position="before")
        # "..., whose director, Sheheryar Kaoosji, called": the name set off
        # by commas right before the verb, after a role.
        appositive = _APPOSITIVE_SUBJECT.search(left)
        if appositive and _FOR_AN_OFFICE_HOLDER.fullmatch(office := left[: appositive.start(1)].rstrip(" ,")):
            # (the office holder's name, next to the office: see _FOR_AN_OFFICE_HOLDER above)
            return Cue(SpeakerPhrase(office.strip(), generic=True), w, position="before")
        if appositive:
            phrase = parse_speaker_phrase(appositive.group(1), vocabulary)
            if phrase is not None and phrase.name:
                return Cue(phrase, w, position="before")
        # "Schools were shut as unions called for": a subordinate clause's
        # unnamed plural subject right before the verb, not the sentence's.
        late = _LATE_PLURAL_SUBJECT.search(left)
        if late and late.group(2) not in _AUX:
            return Cue(SpeakerPhrase(late.group(1), generic=True), w, position="before")
        reported = _REPORTED_SUBJECT.search(left) if w in _REPORTED_VERBS else None
        if (reported and reported.group(1).split()[-1].lower() not in _AUX
                and (phrase := parse_speaker_phrase(reported.group(1), vocabulary)) is not None
                and (phrase.name or phrase.pronoun or unnamed_person(phrase) or describes_person(phrase)
                     or phrase.words.split()[-1].lower() in TITLES)):  # "the mayor called it"
            # 'She said an agent told her husband "you're going home today"': the agent's words
            return Cue(phrase, w, position="before")
        if clause_pronoun := _CLAUSE_PRONOUN_LAST.search(left):
            # "It went so far that he asked himself ...:": the pronoun of the clause the verb is in,
            # not the sentence's "it"
            return Cue(parse_speaker_phrase(clause_pronoun.group(1), vocabulary), w, position="before")
        # "JFREJ said it decided to ...": the words before the verb, minus any
        # introduction and apposition.
        subject = _subject_phrase(left, vocabulary)
        if subject is None:
            subject = _subject_phrase(sentence_start_text, vocabulary)
        if (subject is not None and subject.name and subject.words == subject.name and " " not in subject.name
                and subject.name.endswith("s") and plural_speech_verb(w) and subject.name not in vocabulary):
            # "Figures claim", "Reports suggest": one word with a plural verb is a common plural
            # ("Roe claims" would be one person), so nobody is named
            subject = SpeakerPhrase(subject.words, generic=True)
        if subject is None and (pronoun := _PRONOUN_LAST.search(left)):
            subject = parse_speaker_phrase(pronoun.group(1), vocabulary)  # "In an interview in January he described"
        return Cue(subject, w, position="before")
    if text.endswith(":") and (listed := _INCLUDED_NAME_COLON.search(text)):
        # 'Speakers ... included Nobel Prize winner Jacques Dubochet: "..."': the one named, then his words
        phrase = parse_speaker_phrase(listed.group(1), vocabulary)
        if phrase is not None and phrase.name:
            return Cue(phrase, "said", position="before")
    # "Jane Roe:" right before the quote ("Said Roe:" too)
    # (the name alone: "... to the fence of the Sorbonne:" is no speaker)
    colon = re.search(r"(?:^\s*|[.!?;]\s+|\b(?:Said|Says|Added|Adds)\s+)"
                      r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*:\s*$", text)
    if colon:
        phrase = parse_speaker_phrase(re.sub(r"^(?:Said|Says|Added|Adds)\s+", "", colon.group(1)), vocabulary)
        if phrase and phrase.name:
            return Cue(phrase, ":", position="before")
    own = _OWN_ANSWER.match(text) if text.endswith(":") else None
    if own:
        # "Her reply to the landlord's offer, a rent cut:", "For Ortiz, the answer is simple:"
        who = own.group(1) or own.group(2) or own.group(3)
        phrase = parse_speaker_phrase(_POSSESSIVE_AS_SUBJECT.get(who.lower(), who), vocabulary)
        if phrase is not None and (phrase.name or phrase.pronoun in ("he", "she")):
            return Cue(phrase, ":", position="before")
    clause = _CLAUSE_BREAK.split(text[_last_sentence_start(text) :])[-1] if text.endswith(":") else ""
    if (clause and _names_signs(clause, 0, len(clause)) and SPEECH_VERBS.isdisjoint(_LOWER_RUN.findall(clause))
            # (not 'A recent report by the Committee on Climate Change had four messages:': a document's)
            and not _A_DOCUMENT_OPENS.match(clause)):
        # "Students taped messages to the fence of the Sorbonne:": what the signs say
        # (not 'Signs were banned inside the hall, so Roe spoke plainly:')
        return Cue(_named_writer(_subject_phrase(clause, vocabulary)), None,
                   slogan="sign", position="before", extras={"words": _sign_words(clause)})
    if text.endswith(":"):
        # "Roe was blunt:", "Roe's message was simple:": the clause's subject
        # introduces the quotation (only a person or body named, or he/she)
        clauses = _CLAUSE_BREAK.split(text)
        while len(clauses) > 1 and _AN_AS_PHRASE.match(clauses[-1]):
            clauses.pop()  # 'Le Guet has cast his struggle as a mission to protect water as a common good:'
        phrase = _subject_phrase(clauses[-1], vocabulary)
        if phrase is not None and not phrase.crowd and not phrase.sign and (
                phrase.name or phrase.pronoun in ("he", "she")
                or (phrase.pronoun and phrase.words.split()[-1].lower() in DOCUMENT_NOUNS)):  # "Its statement continued:"
            return Cue(phrase, ":", position="before")
    return None


# The subject of a clause reported by someone else, right before its own verb of speech
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|recalled|recalls|explained|explains|added|adds|reported|reports)\s+(?:that\s+)?"
                               r"((?:an?|the|one|another)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
                               r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s*$")


_REPORTED_VERBS = frozenset({"told", "tells", "called", "calls", "warned", "warns", "asked", "asks", "shouted", "yelled",
                             "urged", "urges", "described", "describes", "promised", "promises", "insisted", "insists",
                             # 'The Post reported Jane Roe said "..."': Roe's words, not the paper's
                             "said", "says"})


def _named_writer(subject: SpeakerPhrase | None) -> SpeakerPhrase | None:
    """The subject who put the words up, if it names one person or body ("Roe
    taped a sign"); a crowd or an unnamed subject credits nobody."""
    return subject if subject is not None and subject.name and not subject.crowd else None


def _last_sentence_start(text: str) -> int:
    ends = list(_SENTENCE_BREAK.finditer(text))
    return ends[-1].end() if ends else 0


_OWN_ANSWER = re.compile(
    r"\s*(?:([Hh]is|[Hh]er|[Tt]heir)|([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})['\u2019]s)\s+(?:[a-z]+\s+)?"
    r"(?:reply|response|answer|message|verdict|advice|retort|reaction|warning|plea|explanation)\b[^\x00:]*:$"
    r"|\s*(?:For|To)\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}|him|her)\s*,[^\x00:]*:$")
_SUBORDINATE_START = re.compile(r"\s*(?:whil(?:e|st)|when|as|after|although|though|because|if|since|before|once|whereas)\b", re.I)
_CLAUSE_END = re.compile(r",|\x00+")
# An apposition's start: "the only man on the island in a striped shirt", "a retired nurse"
_DESCRIPTION_START = re.compile(r"\s*(?:the|a|an|one\s+of)\s+[a-z]")
# ("A friend of his said": "his" stands alone there, and "said" is the verb)
_DETERMINER_LAST = re.compile(r"\b(?:the|a|an|its|(?<!\bof )his|her|their|our|my|your|every|each|whose)\s+$", re.I)
# ... and a word of manner between: "a hand written", "a hastily painted"
_DETERMINER_MANNER_LAST = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+(?:hand|[a-z]+ly)\s+$", re.I)
_WRITTEN_PARTICIPLES = frozenset({"written", "painted", "scrawled", "printed", "lettered", "drawn", "stenciled",
                                  "stencilled", "inscribed", "daubed", "sprayed", "chalked", "emblazoned", "stitched"})
# A common noun's possessive before a word that can be a noun: "The coalition's demands include"
# (not "she's said", nor "her brother's said": a past tense after it is its verb)
_POSSESSIVE_LAST = re.compile(r"\b(?!(?:she|he|it|that|who|there|what|where|here)['\u2019])[a-z]+['\u2019]s\s+$")
_FOR_SUBJECT_TO = re.compile(r"\bfor\s+((?:the\s+|an?\s+)?[^,;:\x00]{0,50}?[A-Z][\w'\u2019.-]*)\s+to\s+$")
_NAME_POSSESSIVE_LAST = re.compile(r"\b[A-Z][a-z]+['\u2019]s\s+$")
# An apposition naming who called something: ", a step the activists called", ", a move Amnesty called"
_A_STEP_THEY_CALLED = re.compile(r"[,\x00]\s*(?:a|an|one)\s+[a-z]+\s+((?:the|its|their|his|her)\s+[\w'\u2019-]+|[a-z]+s"
                                 r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})\s+$")
_PRONOUN_LAST = re.compile(r"\b(he|she|they|it)\s+(?:(?:also|later|then|again|once|[a-z]+ly)\s+)?$", re.I)
# Whom a video or a witness shows or hears doing something, named right after the verb
_SEEN_DOING = re.compile(r"\b(?:shows?|showed|shown|captured|captures|depicts?|depicted|heard|hears|saw|sees)\s+"
                         r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}"
                         # ('shows an officer telling a colleague,': someone unnamed)
                         r"|(?:a|an|one|another)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\s+[a-z]+ing\b")
_CROWD_WHO_CHANTED = re.compile(
    r"\b(crowds?|protesters|demonstrators|marchers|supporters|audience|students|workers|people|strikers)\b"
    r"(?:[^.;:\x00]{0,80},\s*|\s+)who\s+(?:then\s+|also\s+)?(?:chanted|chant|shouted|sang|yelled|roared)\s*,?\s*$")
_WITH_ONE_CALLING = re.compile(r"\bwith\s+([^,;:\x00]{1,60}?)\s+(?:calling|shouting|yelling|crying|screaming)"
                               r"(?:\s+out)?\s*[,:]?\s*$")
# "which he criticized by", "she answered critics by": a pronoun, its verb, then how it spoke
_PRONOUN_DID_BY = re.compile(r"(?:^|[,;]\s*|\b(?:which|that|and|but|when|as)\s+)(he|she|they)\s+(?:\w+ly\s+)?"
                             r"[a-z]+(?:ed|t)\b(?:\s+[\w'\u2019-]+){0,4}?\s+by\s+$")
# (up to seven words: "with Dar es Salaam Regional Commissioner Alfred Chalamila warning")
_PROGRESSIVE_SUBJECT = re.compile(r"\b((?:the\s+|some\s+|many\s+)?(?:[a-z-]+\s+)?[a-z]+s)\s+(?:were|are)\s+(?:\w+ly\s+|still\s+|all\s+)?$")
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+)\s*$")
# "with Mr Furbert later addressing ..., saying ... and assuring": the name doing the participles
_WITH_NAME_DOING = re.compile(r"\bwith\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+"
                              r"(?:[a-z]+ly\s+|later\s+|then\s+)?[a-z]+ing\b[^.!?\x00]*\b(?:and|then)\s+(?:later\s+)?$")
# The subject of an aside ending the words before a quotation: "..., he said," / "..., Roe added,"
# (a party or body may lead the role: "The message, Labor lawmaker Gilad Kariv said, was")
_TOLD_WHOM_ASIDE = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s*){1,4},")
_FOR_AN_OFFICE_HOLDER = re.compile(
    r"\s*(?:A|An|The|One)\s+[^,\x00]{0,40}?\b(?:for|of|to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019.-]+\s+){0,4}?"
    r"(?:director|chief|minister|mayor|governor|president|secretary|commissioner|chairman|chairwoman|senator|"
    r"ceo|superintendent|premier|leader|commander|ambassador|prosecutor|sheriff)\s*")
_ASIDE_SUBJECT = re.compile(r",\s*(he|she|they|it|(?:[A-Z][\w'\u2019.-]*\s+(?=[a-z]))?(?:[a-z]+\s+){0,2}?"
                            r"[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3})\s*$")
# (also 'PUNCH reports that the protesters expressed ... and "consider it unfortunate"': the
# report's own subject, not the outlet)
_LATE_PLURAL_SUBJECT = re.compile(r"\b(?:as|when|whil(?:e|st)|after|because|since|until|(?:reports?|reported)\s+that)\s+"
                                  r"((?:(?:the|some|many|other|several|local|their)\s+)?"
                                  r"(?:(?!(?:his|her|its|our|my|your|the|a|an)\b)[a-z]+\s+)?([a-z]{2,}s))\s*$")


_SIGN_WORD = re.compile(r"\b(?:signs?|placards?|posters?|banners?|t-shirts?|shirts?|flags?|pins?|buttons?|badges?|stickers?|"
                        r"sandwich[ -]boards?|masks?|murals?|notices)\b", re.I)  # "taped handwritten notices to their shutters"


# "had written messages on a long roll of paper": what "One read:" and "Another:" are
_ONE_MESSAGE = re.compile(r"(?:one|another|a|the\s+(?:next|last|other))\s+(?:such\s+)?message", re.I)
_WROTE_MESSAGES = re.compile(r"\b(?:written|wrote|write|writing|scrawled|painted|chalked|left|pinned|taped)\s+"
                             r"(?:[\w'\u2019-]+\s+){0,2}?(?:messages|notes|words|tributes)\b", re.I)


_SIGN_WORDS = re.compile(
    r"((?:\b(?:a|an|one|the|another|two|three|several|many|some|other|their|his|her|its)\s+)?"
    # one describing word at most, not a verb ("held", "draped", "waving") or a joint
    r"(?:\b(?![\w'\u2019-]*(?:ed|ing)\b)(?!(?:and|or|with|up|where|who|that|hung|wore|bore|held|hold|holds|from|dozen|few)\b)[\w'\u2019-]+\s+)?"
    r"(?:sign|signs|placard|placards|poster|posters|banner|banners|"
    r"t-shirt|t-shirts|shirt|shirts|flag|flags|pin|pins|button|buttons|badge|badges|sticker|stickers|"
    r"chant|chants|song|songs|crowd|protesters|demonstrators|marchers))\b", re.I)


def _sign_words(text: str) -> str | None:
    """The words that name what carried a slogan ("one homemade sign"), for its credit."""
    m = _SIGN_WORDS.search(text)
    return m.group(1) if m else None


# --- the extractor ----------------------------------------------------------------

_LOWER_WORD = re.compile(r"\b[a-z][a-z'\u2019-]*\b")


# A paragraph that is only a page's button or label ("READ NOW", "Advertisement"): no names in it
_PAGE_CHROME = re.compile(r"\s*(?:READ|Read|WATCH|Watch|LISTEN|Listen|SUBSCRIBE|Subscribe|SIGN\s+UP|Sign\s+up|SHARE|Share|"
                          r"LEARN\s+MORE|Learn\s+more|CLICK\s+HERE|Click\s+here|ADVERTISEMENT|Advertisement)"
                          r"(?:\s+(?:NOW|[Nn]ow|MORE|[Mm]ore|HERE|[Hh]ere|TODAY|[Tt]oday|THIS|[Tt]his|STORY|[Ss]tory|"
                          r"ARTICLE|[Aa]rticle|FREE|[Ff]ree))*\s*[.!:]?\s*")
_LINK_TO_ANOTHER_STORY = re.compile(r"(?:RELATED|Related|READ MORE|Read [Mm]ore|READ ALSO|Read [Aa]lso|ALSO READ|"
                                    r"Also [Rr]ead|SEE ALSO|See [Aa]lso|MORE|More|WATCH|Watch|LISTEN|Listen)\s*:")


# "MASERU-POLICE Minister ...": a dateline glued to the first word by a hyphen; a dash
# of the same length keeps every offset and ends a name there
_GLUED_DATELINE = re.compile(r"^([A-Z]{3,}(?:\s[A-Z]{3,})?)-(?=[A-Z])")


def _extract(paragraphs: list[str], items: frozenset[int] = frozenset(),
             prompts: frozenset[int] = frozenset()) -> tuple[list[Quote], list[int]]:
    paragraphs = [_GLUED_DATELINE.sub("\\1\u2014", text, count=1) if text[:3].isupper() else text for text in paragraphs]
    text = "\n".join(paragraphs)
    # A set that grows: surnames like "Sanders" join it as full names are met.
    vocabulary = set(_LOWER_WORD.findall(text))
    book = SpeakerBook()
    book.vocabulary = vocabulary
    state = _State()
    all_spans = [find_spans(text) for text in paragraphs]
    signs_listed = _signs_named_after(paragraphs, all_spans)
    bares = [_bare_quote(text, spans) if len(spans) == 1 and len(text) < 200 else None
             for text, spans in zip(paragraphs, all_spans)]
    shown_alone = _slogans_shown_alone(paragraphs, bares)
    block_runs = _block_quote_runs(paragraphs, all_spans)
    for p_index, text in enumerate(paragraphs):
        spans, bare = all_spans[p_index], bares[p_index]
        if p_index in block_runs and state.open_quote is not None:
            # A statement quoted as a block: its middle paragraphs carry no marks, its last
            # only the closing one. They run on as one quotation.
            end = block_runs[p_index]
            target = _run_on(state.open_quote, text[:end].strip())
            state.open_quote = target if end == len(text) else None
            continue
        if p_index in signs_listed:
            state.list_of = "sign"
        elif p_index in shown_alone and state.list_of is None:
            state.list_of = "slogan"
        # A list's items; in plain text, lines that are only a quotation after
        # "Some of the signs:" are its items too.
        item = p_index in items or p_index in signs_listed or (bare is not None and state.list_of is not None)
        if not item and bare is not None and len(bare.split()) <= 12 and not bare.endswith(_ENDS_A_SENTENCE):
            continue  # a subheading made of a quotation ("'We're done asking'"): the story quotes it again
        if spans and _LINK_TO_ANOTHER_STORY.match(text) and len(text) < 200:
            continue  # "RELATED: Kaiser workers end strike: 'We won'": another story's headline
        if not spans and len(text) < 40 and _PAGE_CHROME.fullmatch(text):
            continue  # "READ NOW": no one's name, whatever its capitals
        _read_paragraph(p_index, text, spans, book, state, vocabulary, item, p_index in prompts)
    if state.open_quote is not None:
        _end_unclosed(state.open_quote)  # never closed, never continued
    _drop_repeated_pullquotes(state.candidates, paragraphs)
    quotes: list[Quote] = []
    para_of: list[int] = []
    for c in state.candidates:
        if c.dropped:
            continue
        speaker_type = None
        if c.speaker:
            speaker_type = "organization" if book.kind_of(c.speaker) == "org" else "person"
        words = [p for p in c.parts if p]
        # One part: text and part are the same string, stored once.
        quotes.append(Quote(text=words[0] if len(words) == 1 else " ".join(words), kind=c.kind, speaker=c.speaker,
                            org=_shown_org(c, vocabulary), parts=tuple(c.parts), attribution=c.attribution,
                            speaker_type=speaker_type))
        para_of.append(c.paragraph)
    return quotes, para_of


# A sentence that names, after them, the quotations listed above it as signs
# ("These are some of the placards held by protesters")
# ("Were some of the shouting messages from the hundreds of disapproving posters.": the
# sentence the quotations above began, ended in a paragraph of its own)
_SIGNS_NAMED_AFTER = re.compile(r"\s*(?:(?:These|Those)\s+(?:are|were)|Were|Are)\s+(?:just\s+|only\s+)?(?:some|a\s+few|"
                                r"a\s+handful|among|a\s+sample|a\s+selection)\s+(?:of\s+)?(?:the\s+)?"
                                r"(?:(?:[\w-]+\s+){0,2}?|(?:[\w-]+\s+){0,3}?(?:messages|words|slogans)\s+"
                                r"(?:from|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)"
                                r"(?:signs|placards|banners|posters|slogans)\b")


def _signs_named_after(paragraphs: list[str], all_spans: list[list[Span]]) -> set[int]:
    """The paragraphs that are only a quotation, run together right before one
    that names them as signs: '" No Justice No Peace"' ... 'These are some of
    the placards held by protesters'."""
    listed: set[int] = set()
    for index, text in enumerate(paragraphs):
        if not text.lstrip().startswith(("These", "Those", "Were", "Are")) or not _SIGNS_NAMED_AFTER.match(text):
            continue
        k = index - 1
        while k >= 0 and len(paragraphs[k]) < 240 and _only_quotations(paragraphs[k], all_spans[k]):
            listed.add(k)
            k -= 1
    return listed


def _block_quote_runs(paragraphs: list[str], all_spans: list[list[Span]]) -> dict[int, int]:
    """'A statement from the governor's office said:' then '"Protestors have the right
    ... the Airport Road.' then 'Not only is blocking it illegal, ...' then 'I encourage
    protestors ... peaceful."': paragraphs with no quotation marks at all after an
    unclosed quotation, up to one whose only mark closes it at its end. Each maps to
    where its quoted words end (the whole paragraph, or the closing mark)."""
    runs: dict[int, int] = {}
    for k, spans in enumerate(all_spans):
        if not spans or spans[-1].closed:
            continue
        j = k + 1
        while j < len(paragraphs) and j - k <= 5 and not _ANY_QUOTE_MARK.search(paragraphs[j]):
            j += 1
        if j >= len(paragraphs) or all_spans[j]:
            continue
        last = paragraphs[j].rstrip()
        closing = last[:-1] if last.endswith(".") else last  # (AP puts the period inside; some put it after)
        if len(_ANY_QUOTE_MARK.findall(last)) == 1 and closing.endswith(("\u201d", '"')):
            runs.update({i: len(paragraphs[i]) for i in range(k + 1, j)})
            runs[j] = len(closing) - 1
    return runs


_ANY_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")


def _only_quotations(text: str, spans: list[Span]) -> bool:
    """Closed quotations and nothing else but the punctuation between them."""
    return bool(spans) and all(s.closed for s in spans) and _nothing_but_quotations(_mask(text, spans))


def _nothing_but_quotations(masked: str) -> bool:
    """A masked paragraph holds only its quotations and the punctuation between them."""
    return not masked.replace(MASK, "").strip(" \t\n,;:.!?\u2014\u2013-")


def _slogans_shown_alone(paragraphs: list[str], bares: list[str | None]) -> set[int]:
    """Runs of two or more paragraphs that are each nothing but a short quotation,
    after a paragraph of narrative that reports no one's speech: '"Resign, Park
    Geun-hye."' '"We can't take any more."' ... under a report of the rally, with
    no cue at all. A report shows slogans that way; a speaker going on is named first
    (the paragraph before reports speech, or introduces them with a colon).
    `bares`: each paragraph's words if it is nothing but one quotation."""
    shown: set[int] = set()
    run: list[int] = []
    for index, bare in enumerate(bares + [None]):
        if bare is not None and len(bare.split()) <= 12:
            run.append(index)
            continue
        if len(run) >= 2 and run[0] > 0:
            before = paragraphs[run[0] - 1]
            if not before.rstrip().endswith(":") and not _says_in(before, 0):  # (a speaker reported there goes on)
                shown.update(run)
        run = []
    return shown


_WORD_KEY = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _drop_repeated_pullquotes(cands: list[_Candidate], paragraphs: list[str]) -> None:
    """A magazine's pull-quote repeats words the story quotes with their
    speaker ('> "We were scared. ... But nobody moved out."' and, below it,
    '"We were scared. Everybody was scared," she said. "But nobody moved
    out."'): one quotation, kept where it is attributed. Only a paragraph that
    is nothing but a quotation of five words or more, with no words to
    introduce it, goes, and only when an attributed statement says the same
    words or more (a fragment quoted again in the story's own sentences is a
    quotation each time)."""
    alone = [c for c in cands if not c.dropped and c.kind == STATEMENT and c.cue is None and c.span.close_at is not None
             and _whole_paragraph(c, paragraphs[c.paragraph])]
    if not alone:
        return  # (most articles: no words are looked at)
    attributed = [f" {_words_key(c)} " for c in cands
                  if not c.dropped and c.kind == STATEMENT and c.cue is not None and c.speaker]
    for c in alone:
        key = _words_key(c)
        if key.count(" ") >= 4 and any(f" {key} " in other for other in attributed):
            c.dropped = True


def _words_key(c: _Candidate) -> str:
    return " ".join(_WORD_KEY.findall(" ".join(p for p in c.parts if p).lower()))


def _whole_paragraph(c: _Candidate, text: str) -> bool:
    return not text[: c.span.open_at].strip() and not text[c.span.close_at + 1 :].strip()


# One capitalised word that describes rather than names: "German", "Jewish", "Presidential"
_ADJECTIVE_END = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ial|ine|ean|can|yan|dan)|German|Dutch|French|Greek|Thai|Israeli|"
                            r"Iraqi|Saudi|Pakistani|Bangladeshi|Nepali|Cuban|Korean|American|Mexican|Moroccan|Jamaican")


def _shown_org(cand: _Candidate, vocabulary: set[str]) -> str | None:
    """The affiliation to show, if it is one. A slogan nobody is named for has
    none (its sentence's "Young farmers", dateline or tune is no body); one
    capitalised word that the article also writes in lower case ("Climate",
    "Defense", "Union") or that reads as an adjective ("German") is no name."""
    org = cand.org
    if org is None or (cand.kind == SLOGAN and cand.speaker is None):
        return None
    if " " not in org and (org.lower() in vocabulary or _ADJECTIVE_END.fullmatch(org)
                           or (org.isupper() and len(org) > 6)):  # "HYDERABAD": a dateline
        return None
    return org


_ENDS_A_SENTENCE = (".", "!", "?", ",", ";", ":", "\u2026", "\u2014", "-")


def _bare_quote(text: str, spans: list[Span]) -> str | None:
    """The words of a paragraph that is nothing but one quotation, else None."""
    if len(spans) != 1 or not spans[0].closed:
        return None
    span = spans[0]
    if span.open_at != len(text) - len(text.lstrip()) or span.outer_end < len(text.rstrip()):
        return None
    return text[span.start : span.end].strip() or None


@dataclass
class _State:
    """What one paragraph hands to the next."""

    candidates: list[_Candidate] = field(default_factory=list)
    last_statement: _Candidate | None = None
    last_slogan: _Candidate | None = None
    open_quote: _Candidate | None = None     # AP style: runs on into the next paragraph
    intro: SpeakerPhrase | None = None       # "Roe said:" ending the previous paragraph
    list_of: str | None = None               # "sign"/"chant": "Chants heard included:" leads into the list items
    last_sentence: str = ""                  # the previous paragraph's last sentence, quotations masked
    signs_shown: bool = False                # the previous paragraph showed signs' words (a list item, "signs reading")
    question_at: int = -1                    # the last paragraph that was only a short question (an interviewer's)
    answerer: tuple[str, str | None] | None = None  # who answered the last such question: an interview's subject


# An aside naming who speaks, inside a sentence: ", the candidate explained,", ", Roe added,"
_NAMED_ASIDE = re.compile(r",\s*((?:[Tt]he\s+)?(?!(?:he|she|they|it|we|I)\s)[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3})\s+"
                          r"(?:said|says|explained|explains|added|adds|noted|notes|insisted|insists|stressed)\s*,")


def _speech_events(masked: str, starts: list[int], spans: list[Span], vocabulary) -> list[tuple[int, SpeakerPhrase, bool]]:
    """Subjects of sentences that report speech without quoting ("Roe said the
    march would go on."): later pronouns may refer to them. In a paragraph
    without quotations only the last such sentence can matter. The flag says
    the sentence names a statement, letter or post the subject issued."""
    events = []
    # A semicolon starts a clause with its own subject: "Drivers honked; one
    # driver, who gave only his first name, Karim, said he had been stuck."
    semis = [m.end() for m in _SEMICOLON.finditer(masked)] if ";" in masked else []
    bounds = (sorted(set(starts) | set(semis)) if semis else starts) + [len(masked)]
    opens = [s.open_at for s in spans]
    pairs = list(zip(bounds, bounds[1:]))
    if not spans:
        pairs.reverse()
    for a, b in pairs:
        k = bisect_left(opens, a)
        quoting = k < len(opens) and opens[k] < b
        if quoting:
            # A sentence with a quotation: its cue is read with the quote, but
            # an unnamed person who acts before it is who "she" means there
            # ("... and then a young woman led a chant: "..." she called")
            b = opens[k]
        sentence = masked[a:b]
        words = _LOWER_RUN.findall(masked, a, b)
        if not quoting and not DOCUMENT_NOUNS.isdisjoint(words) and (author := _DOCUMENT_FROM_SOMEONE.search(sentence)):
            # "read aloud a letter from a retired worker who could not attend": "the letter"
            # next is the writer's, not the reader's
            phrase = (SpeakerPhrase(author.group(1), generic=True)
                      if author.group(1)[:1].islower() and not author.group(1).startswith("the ")
                      else parse_speaker_phrase(author.group(1), vocabulary))
            if phrase is not None:
                events.append((a + author.start(1), phrase, True))
                if not spans:
                    break
                continue
        if not quoting and "ccording to" in sentence and (doc := _ACCORDING_TO_A_DOCUMENT.search(sentence)):
            # "According to a criminal complaint filed in county court, ..." then "The complaint
            # says ...": the document's words, by whoever the article says wrote it, else nobody
            phrase = (parse_speaker_phrase(doc.group(2), vocabulary) if doc.group(2) else None) or SpeakerPhrase(
                doc.group(1), generic=True)
            events.append((a + doc.start(1), phrase, True))
            if not spans:
                break
            continue
        if (not quoting and not DOCUMENT_NOUNS.isdisjoint(words) and (issue := _ISSUES_A_DOCUMENT.search(sentence))
                and (phrase := _subject_phrase(sentence[: issue.start()], vocabulary)) is not None):
            # "Dozens of faculty members sign a letter urging ...": "the letter" next is theirs
            events.append((a, phrase, True))
            if not spans:
                break
            continue
        if not spans and _SPEECH_ALONE.isdisjoint(words) and (she := _PRONOUN_SUBJECT.match(sentence)):
            # 'Gonzalez asked the crowd ... And then she stopped speaking.' (two paragraphs on)
            # '"...," she said finally': the one "she" went on meaning, whatever she did
            pronoun = (she.group(1) or she.group(2)).lower()
            events.append((a + she.start(1 if she.group(1) else 2), SpeakerPhrase(pronoun, pronoun=pronoun), False))
            k = bisect_left(bounds, a) - 1
            if k >= 0 and (office := _OFFICE_HOLDER_ACTS.match(masked, bounds[k], a)):
                # 'The Deputy Minister of Police accepted the memorandum on behalf of Police Minister
                # Bheki Cele. He shared the following': the one in office, unnamed, whom "he" goes
                # on meaning (not the minister the sentence names after him)
                events.append((office.start(1), SpeakerPhrase(office.group(1), generic=True), False))
            break
        if (("posted" in words or "posts" in words or "shared" in words or "put" in words)
                and (posted := _POSTS_A_NOTICE.search(sentence)) is not None
                and (phrase := _subject_phrase(sentence[: posted.start()], vocabulary)) is not None
                and not phrase.name and not phrase.pronoun):
            # 'organizers posted a notice about the event ...' then '"...," read the announcement':
            # the notice is the unnamed posters', not a body the march was against
            events.append((a, phrase, True))
        if quoting and (aside := _NAMED_ASIDE.search(sentence)) and (
                phrase := parse_speaker_phrase(aside.group(1), vocabulary)) is not None and (
                phrase.name or (not phrase.crowd and not phrase.sign and aside.group(1)[:4].lower() == "the ")):
            # 'The action, the candidate explained, is in mourning ..., he said, "...": the one
            # the aside names is who "he" means next, not whoever was quoted before
            events.append((a + aside.start(1), phrase, False))
        if quoting or _SPEECH_ALONE.isdisjoint(words):
            # "A woman with a megaphone leads them. "...," she calls": an
            # unnamed person who acts is who "she" means next, speech or not
            if spans and _GROUP_START.match(sentence) and _unnamed_group(
                    phrase := _subject_phrase(sentence, vocabulary) or SpeakerPhrase("")):
                # 'Protesters then marched to City Hall. "...," they said': they, unnamed
                events.append((a, phrase, False))
                continue
            if not quoting and not _HANDS_OVER_WORDS.isdisjoint(words) and (
                    handed := _HANDS_OVER_TO.search(sentence)) and (
                    phrase := parse_speaker_phrase(_HANDED_CLAUSE_END.split(sentence[handed.end():], 1)[0].rstrip(" .!?"),
                                                   vocabulary)
            ) is not None and phrase.name:
                # 'Dana Ruiz introduced the first speaker, the Rev. Paul Okafor.' then '"...," he
                # said': the one handed the floor speaks next, not who handed it
                events.append((a + handed.end(), phrase, _OBJECT))
                if not spans:
                    break
                continue
            if _ACTOR_WORDS.isdisjoint(words):
                continue
            found = False
            for start in reversed([m.start(1) for m in _UNNAMED_START.finditer(sentence)]):
                if start > 0 and _APPOSITION_TAIL.match(sentence, start):
                    continue  # "Roe, president of X and an ICU nurse at Y, addressed": Roe still
                phrase = _subject_phrase(sentence[start:], vocabulary)
                if start > 0 and (_PRONOUN_AND_BEFORE.fullmatch(sentence, 0, start)
                                  or _UNNAMED_AND_BEFORE.fullmatch(sentence, 0, start)):
                    continue  # "She and her wife married in 2009": she acts, with someone; a "she" next is still her
                if phrase is not None and phrase.name and start > 0 and _NAME_AND_BEFORE.fullmatch(sentence, 0, start):
                    # "Marta Ruiz and her son Josué showed up": two named subjects, neither the
                    # one a later "she" or "he" means by place alone (their genders decide)
                    continue
                if phrase is not None and (unnamed_person(phrase) or phrase.name):
                    events.append((a + start, phrase, False))
                    found = True
                    break
            if not found and (handed := _TO_AN_UNNAMED_PERSON.search(sentence)):
                # "handed the megaphone to a young woman. "...," she shouted": she, not
                # someone named before
                events.append((a + handed.start(1), SpeakerPhrase(handed.group(1), generic=True), _OBJECT))
            elif relative := _VERB_A_RELATIVE.search(sentence):
                # 'Ms. Russo crossed the street and hugged her father. "...," he said': he is the
                # father, not a man quoted earlier
                events.append((a + relative.start(1), SpeakerPhrase(relative.group(1), generic=True), _OBJECT))
            if events and not spans:
                break
            continue
        if not _SIGN_NOUN_WORDS.isdisjoint(words) and _SIGN_SPEAKS.search(sentence) and not _CARRIER_SAID.search(sentence):
            continue  # "... and the banner they hold asks the same question": no person spoke
        trailing = _TRAILING_SAID.search(sentence)
        if inverted := _INVERTED_SUBJECT.match(sentence):
            # "Among those on the picket was a doctor who asked not to be named": she;
            # "Among the speakers was Tur-Ha Ak, an organizer, who said": he
            phrase = _subject_phrase(sentence[inverted.end():], vocabulary)
        elif trailing:
            # "He has not eaten in 11 days, she said.": she speaks, not he
            phrase = parse_speaker_phrase(trailing.group(1), vocabulary)
            a += trailing.start(1)
        elif (("and a" in sentence or "but a" in sentence or "and one" in sentence or "but one" in sentence)
              and (second := _AND_ONE_SPEAKS.search(sentence))
              and _SPEECH_ALONE.isdisjoint(_LOWER_RUN.findall(sentence, 0, second.start()))
              and (phrase := parse_speaker_phrase(second.group(1), vocabulary)) is not None and unnamed_person(phrase)):
            # "The organisers are a group calling themselves X and a spokeswoman told the paper":
            # the second clause's subject speaks, unnamed, not the first's
            a += second.start(1)
        elif (", who " in sentence and (relative := _NAME_WHO_SPEAKS.search(sentence))
              and relative.group(2).lower() in _SPEECH_ALONE
              and _SPEECH_ALONE.isdisjoint(_LOWER_RUN.findall(sentence, 0, relative.start()))
              # (not "thousands of people in the village of San Nicolas, who demanded": a place named,
              # the people in it who demand)
              and not _PLACE_PREPOSITION_LAST.search(sentence, 0, relative.start())):
            # "The rally was hosted by X, who introduced Y and Deputy Z, who urged people to
            # attend": the one the relative clause makes speak, not the sentence's subject
            phrase = parse_speaker_phrase(relative.group(1), vocabulary)
            a += relative.start(1)
        else:
            phrase = _subject_phrase(sentence, vocabulary)
            if (phrase is not None and phrase.pronoun == "it" and _PLACEHOLDER_IT.match(sentence)
                    and (later := _NAMED_SAYS_AFTER_COMMA.search(sentence))
                    and (named := parse_speaker_phrase(later.group(1), vocabulary)) is not None and named.name):
                # "It comes as a local group ... organised a march, ... organiser Gordon White said
                # they never expected": "it" stands for nothing; who reports speech is named later
                phrase = named
                a += later.start(1)
        issued = not DOCUMENT_NOUNS.isdisjoint(words)
        if phrase is not None and (phrase.name or phrase.pronoun or unnamed_person(phrase)
                                   or (issued and phrase.definite)  # "The club said in a statement"
                                   # "Hospital management said in a statement": unnamed, and so is "the statement"
                                   or (issued and phrase.generic and not phrase.crowd and not phrase.sign
                                       # ("A trip to their website gives a mission statement": no issuer)
                                       and not _A_LOOK_AT.match(phrase.words))
                                   or (phrase.generic and not phrase.crowd and not phrase.sign
                                       and phrase.words[:4].lower() == "the ")  # "The 45-year-old said"
                                   # "Organisers said": a later "they" (in the next paragraph too:
                                   # "Opposition speakers accused ..." then 'They denounced "..."')
                                   or _unnamed_group(phrase)):
            events.append((a, phrase, issued))
            if not spans:
                if phrase.pronoun and phrase.pronoun[4:] in DOCUMENT_NOUNS and len(events) == 1:
                    # "The release also said the activists declined.": whose release is named in a
                    # sentence before it, which matters too
                    continue
                break
    if not spans and len(events) > 1:
        events.sort(key=lambda event: event[0])
    return events


# A sentence whose subject is someone by their office alone, who acts: "The Deputy Minister of
# Police accepted", "The acting mayor met" (not "The Deputy Minister, Jane Roe, accepted")
_OFFICE_HOLDER = (
    r"(?:The|the)\s+(?:(?:[Aa]cting|[Dd]eputy|[Ff]ormer|[Ii]nterim|[Aa]ssistant|[Vv]ice|[Ss]tate|[Cc]ity|[Cc]ounty)\s+){0,2}"
    r"(?:[Mm]inister|[Pp]remier|[Mm]ayor|[Gg]overnor|[Ss]ecretary|[Cc]ommissioner|[Cc]hief|[Ss]heriff|[Pp]resident|"
    r"[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|MEC|[Ss]peaker|[Aa]mbassador)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w&'\u2019-]*){0,4})?")
_OFFICE_HOLDER_ACTS = re.compile(r"\s*(" + _OFFICE_HOLDER + r")\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|s)\b")
# "A trip to their website": a visit, no one who issues a document
_A_LOOK_AT = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:quick\s+)?(?:trip|visit|look|glance|click|search|scroll)\b")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:And|But|Then|So)\s+(?:then\s+)?(she|he)|(She|He))\s+(?:\w+ly\s+)?[a-z]{2,}ed\b")
_SO_WAS = re.compile(r"(?:^|[,;]\s*|\b[Aa]nd\s+)(?:[Ss]o|[Aa]s)\s+(?:was|were|did|had)\s*$")
_SEMICOLON = re.compile(r";\s*")
# A document and its writer: "a letter from a retired Kellogg worker", "a statement from Jane Roe's family"
_DOCUMENT_FROM_SOMEONE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letter|note|message|email|e-mail)\s+"
                                    r"(?:from|by|written\s+by)\s+((?:a|an|one)\s+[^,.;:!?\x00]{1,60}?"
                                    # ("a message from the president of the student council, Kenneth Rapa": him)
                                    r"|the\s+[^,.;:!?\x00]{1,80}?,\s*[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}"
                                    r"|[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3})(?=\s+who\b|[,.;:!?]|\s*$)")
_OBJECT = "object"  # a speech event's third item for an unnamed person who is only an object
# After a message's sender, up to its quoted words: a colon, or a participle's phrase ("..., offering
# support and expressing opposition to"), with no clause of its own
_PARTICIPLE_TO_THE_QUOTE = re.compile(r"\s*(?::|,?\s*[a-z]+ing\b[^.;:!?\x00]{0,200}?[,:]?)\s*")
_ACCORDING_TO_A_DOCUMENT = re.compile(
    r"\baccording\s+to\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:complaint|lawsuit|suit|filing|report|statement|affidavit|"
    r"indictment|memo|motion|brief|release|documents?|records))\b"
    r"(?:[^,.;\x00]{0,60}?\b(?:from|by)\s+((?:the\s+)?[A-Z][^,.;\x00]{1,60}))?", re.I)
_COPULA_END = re.compile(r"\b(?:was|were|is|are)\s*$")
# The last "X said" of a sentence, and what it says comes after: "she said, adding that", "Jane Roe said"
_SAYS_OF_IT = re.compile(r"(?:^|,\s*)(he|she|they|[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3})\s+"
                         r"(?:said|says|added|adds)(?:,\s*adding)?(?:\s+that)?\s(?![^\x00]*\b(?:said|says|added|adds)\b)")
_HANDED_CLAUSE_END = re.compile(r",\s*(?:who|which|whose)\b|\s+(?:to|and|as|before|after|who)\s|;")
# Who hands someone the floor: "introduced the next speaker,", "handed the megaphone to"
_HANDS_OVER_WORDS = frozenset({"introduced", "introduces", "introducing", "invited", "invites", "handed", "hands",
                               "passed", "passes", "turned", "turns", "gave", "gives", "called", "calls"})
_HANDS_OVER_TO = re.compile(
    r"\b(?:(?:introduced|introduces|introducing|invited|invites)(?:\s+(?:the\s+)?(?:first|next|last|final|keynote|"
    r"featured|main)\s+speaker,?|\s+(?:to\s+the\s+(?:stage|podium|microphone|mic)\s+)?)"
    r"|(?:handed|hands|passed|passes|gave|gives)\s+(?:the\s+)?(?:microphone|megaphone|mic|bullhorn|floor)\s+to"
    r"|(?:turned|turns)\s+(?:the\s+)?(?:microphone|megaphone|mic|podium|stage|floor)\s+over\s+to"
    r"|(?:called|calls)\s+(?:up|(?:to\s+the\s+(?:stage|podium|microphone|mic)))"
    r")\s*(?=(?:the\s+)?(?:[A-Z]|(?:Rev|Dr|Sen|Rep|Gov)\.))")
# An unnamed man or woman after "to" or "with": who a "he" or "she" next may mean
# (or met, passed: "On my way out, I passed a woman sitting alone on the curb.")
_TO_AN_UNNAMED_PERSON = re.compile(r"\b(?:to|with|beside|toward|towards|passed|met|approached|spotted|noticed|stopped)\s+"
                                   r"((?:a|an|another)\s+(?:[a-z-]+\s+){0,2}?"
                                   r"(?:woman|man|girl|boy|teenager|mother|father|grandmother|grandfather|nurse|"
                                   r"student|worker|protester|marcher|volunteer))\b")
_VERB_A_RELATIVE = re.compile(r"\b(?:hugged|hugs|embraced|embraces|kissed|kisses|joined|joins|thanked|thanks|greeted|greets|"
                              r"helped|helps|found|finds|visited|visits|turned\s+to|looked\s+at|pointed\s+to)\s+"
                              r"((?:her|his|their)\s+(?:[a-z-]+\s+)?(?:father|mother|son|daughter|husband|wife|brother|sister|"
                              r"grandfather|grandmother|grandson|granddaughter|uncle|aunt|boyfriend|girlfriend))\b")
_SIGN_NOUN_WORDS = frozenset("""sign signs placard placards poster posters banner banners shirt shirts
    sticker stickers badge badges button buttons""".split())  # as _LOWER_RUN finds them ("t-shirts": "shirts")
_SIGN_SPEAKS = re.compile(r"\b(?:" + "|".join(sorted(_SIGN_NOUN_WORDS)) + r")\b"
                          r"(?:(?!\band\b)[^,;:.!?\x00]){0,40}?\b(?:asks?|asked|says?|said|reads?|declares?|declared|"
                          r"proclaims?|proclaimed|demands?|demanded|warns?|warned)\b", re.I)
_TRAILING_SAID = re.compile(r",\s+(he|she|they|it|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})\s+"
                            r"(?:said|says|added|adds|told\s+\w+|explained|recalled|wrote)\b"
                            # (or a clause after it: '..., she said, and has been waiting ever since.')
                            r"(?:[^,\x00]{0,40}|,\s+(?:and|but)\s[^\x00]{0,160})$")
# An "it" that stands for nothing ("It comes as", "It was understood"), and a later clause
# whose subject, named, reports speech: ", organiser and admin Gordon White said"
_PLACEHOLDER_IT = re.compile(r"\s*It\s+(?:comes|came|follows|followed|emerged|seems|seemed|appears|appeared|is|was)\b")
_NAMED_SAYS_AFTER_COMMA = re.compile(r",\s+((?:[a-z][\w-]*\s+){0,4}?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+"
                                     r"(?:said|says|told|tells|added|adds|explained|warned|insisted|claimed)\b")
# A second clause whose subject is someone unnamed who speaks: "... and a spokeswoman told"
_AND_ONE_SPEAKS = re.compile(r"\b(?:and|but)\s+((?:a|an|one|another)\s+[a-z-]+(?:\s+[a-z-]+){0,2}?)\s+"
                             r"(?:told|tells|said|says|added|adds|explained|insisted|warned)\b")
# A preposition right before a name: the name is where, or whose, not who
_PLACE_PREPOSITION_LAST = re.compile(r"\b(?:of|in|at|from|near|to|across|outside|inside)\s+(?:the\s+)?$", re.I)
# A name, then a relative clause whose verb may report speech: "Deputy Charles Parkinson, who urged"
_NAME_WHO_SPEAKS = re.compile(r"\b((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*),\s+who\s+(?:also\s+|then\s+|later\s+)?([a-z]+)")
_APPOSITION_TAIL = re.compile(r"\w+\s[^,.;:!?\x00]{0,60},\s*(?:[a-z]+ed|[a-z]+s|said|told|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")
_NAME_AND_BEFORE = re.compile(r"\s*(?:[A-Z][\w'\u2019.-]*\s+){1,4}and\s+")  # a name, then "and": one subject of two
_PRONOUN_AND_BEFORE = re.compile(r"\s*(?:[Ss]he|[Hh]e)\s+and\s+")  # "She and her wife ...": she, with someone
# "Another legislator and his wife survived": someone unnamed, then "and": one subject of two
_UNNAMED_AND_BEFORE = re.compile(r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){1,3}and\s+")
_ACTOR_WORDS = SINGULAR_PERSON_NOUNS | {"name", "named", "called"}  # "a woman", "one marcher", "gave his name as"
# Where a clause may start with an unnamed person: "A woman ...", "... and a woman hands out"
# "Among those on the picket was a doctor who ...": the subject, after its verb
# ("There were also several persons who addressed the crowd": many, unnamed)
_INVERTED_SUBJECT = re.compile(r"\s*" + INVERTED_OPENING + r"(?:also\s+)?(?=(?:a|an|one|another)\s|[A-Z]|\d{1,3}-year-old\s+[A-Z]"
                               r"|(?:several|some|many|a\s+few)\s+[a-z]+s\b)")
_UNNAMED_START = re.compile(r"(?:^\s*(?:(?:Then|Later|Soon|Suddenly|Finally|Nearby|Meanwhile|Moments later|Minutes later|"
                            r"At one point|(?:In|At|On|Outside|Inside|Near|Across|Along|Behind|Beside|Next\s+to|During|After)\s[^,\x00]{1,40}),\s+)?"
                            r"|^\s*" + INVERTED_OPENING +
                            r"|;\s*|\b(?:[Aa]nd|[Bb]ut|[Ww]hen|[Ww]hile|[Tt]hen)\s+)((?:A|An|a|an)\s|(?:One|Another|one|another)[\s,]"
                            # "Beside her, her husband nodded."
                            r"|(?:[Hh]er|[Hh]is)\s(?=(?:" + "|".join(sorted(RELATION_NOUNS)) + r")\b))")
_NOT_SPEECH_ALONE = {"read", "reads", "reading", "post", "posts", "posted", "continue", "continued",
                     "continues", "call", "calls", "called", "calling", "describe", "described",
                     "describes", "share", "shares", "shared", "sharing", "praise", "praised",
                     "thank", "thanked", "hail", "hailed", "estimate", "estimated"}
# Words that make a sentence report speech: say-verbs, a statement or letter
# issued ("The group released a statement Sunday."), a comment asked for
# ("Amazon declined to comment.": a later "it said" is Amazon)
_SPEECH_ALONE = (SPEECH_VERBS - _NOT_SPEECH_ALONE) | {"statement", "statements", "letter", "letters", "comment",
                                                     "editorial"}
_LOWER_RUN = re.compile(r"[a-z]+")
# "A woman holding a cardboard sign said she was 16": the one who holds it speaks
_CARRIER_SAID = re.compile(r"\b(?:holding|carrying|waving|raising|clutching|hoisting|wearing)\s+(?:up\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                           r"(?:" + "|".join(sorted(_SIGN_NOUN_WORDS)) + r")\s+(?:said|says|told|tells|added|adds|explained)\b")


_WORD_BEFORE_END = re.compile(r"[\w\x00]\s*$")
_PUNCT_BEFORE_END = re.compile(r"[:,\u2014]\s*$")


def _names_signs(text: str, start: int, end: int) -> bool:
    """Does text[start:end] name signs ("signs", "a banner"; not "signs of", "signed up")?"""
    return (_SIGN_CONTEXT.search(text, start, end) is not None
            and _SIGN_CONTEXT.search(_NOT_A_SIGN.sub(" ", text[start:end])) is not None)


def _sign_pronouns(masked: str, start: int, end: int) -> tuple[str, ...]:
    """The pronouns that mean the signs named in the sentence `start:end`:
    "Their T-shirts were ordered. They will say "..."" (signs its subject),
    "Somebody had taped a sign to the door. It said, in blue marker, "...""."""
    if _SIGN_SUBJECT.match(masked, start, end):
        return ("it", "they")
    return ("it",) if _ONE_SIGN.search(masked, start, end) else ()


def _pronoun_at(cue: Cue | None, before: str, sent_start: int) -> int | None:
    """Where a before-quote attribution's pronoun stands in the paragraph."""
    if cue is None or cue.position != "before" or cue.phrase is None or not cue.phrase.pronoun:
        return None
    first = cue.phrase.words.split()[0] if cue.phrase.words else ""
    m = re.search(r"\b" + re.escape(first) + r"\b", before) if first else None
    return sent_start + m.start() if m else None


# A paragraph's first word in capitals that a lede sets so ("POINTING to", "THOUSANDS of",
# "FRUSTRATED residents"): by its ending or as a common opener, a word, not an acronym
_CAPS_LEDE = re.compile(r"\s*([A-Z]{3,}(?:ING|ED|LY|ERS|ORS|ANDS|REDS|ENS|ANTS|ISTS)|MORE|SOME|MANY|THE|AFTER|WHEN|"
                        r"WHILE|WITH|THOUSANDS|HUNDREDS|DOZENS|SCORES|ABOUT|NEARLY|ALMOST|OVER|AMID|DESPITE)(?=\s+[a-z])")


def _read_paragraph(p_index: int, text: str, spans: list[Span], book: SpeakerBook, state: _State, vocabulary,
                    item: bool = False, prompt: bool = False) -> None:
    if "identified" in text or "known" in text or "nicknamed" in text or "goes by" in text:
        spans = [s for s in spans if not _quoted_nickname(text, s)]  # a name in marks, not a quotation
    masked = _mask(text, spans)
    if masked[:3].isupper() and (lede := _CAPS_LEDE.match(masked)) is not None:
        # "POINTING to the hundreds of protestors ...": a lede's first word set in capitals,
        # no acronym and no name (the same length, so every offset holds)
        word = lede.group(1)
        masked = masked[: lede.start(1)] + word[0] + word[1:].lower() + masked[lede.end(1) :]
    book.texts[p_index] = masked
    named = _with_quoted_bodies(text, masked, spans) if '"' in text or "\u201c" in text else masked
    # (a body's quoted name inside the attribution is read as the name it is)
    cue_masked = _with_quoted_bodies(text, masked, spans, before_noun_only=True) if len(spans) > 1 else masked
    mentions = find_names(named, vocabulary=vocabulary)
    if masked[:3].isupper() and mentions and (dateline := _TIME_STAMP_OR_DATELINE.match(masked)) is not None:
        # "BALTIMORE, MD — Thousands of people ...": where the story was filed, no one a
        # later "the group" or "it" can mean
        mentions = [m for m in mentions if m.start >= dateline.end()]
    if " and " in masked and len(mentions) > 1:
        mentions = with_shared_surnames(masked, mentions)  # "Luis and Carmen Garcia": Luis Garcia too
    name_starts = [m.start for m in mentions]
    for m in mentions:
        # "Bernie Sanders", "Destiny Hall": alone at a sentence's start later,
        # "Sanders" and "Hall" are still names, not a plural or a common noun
        # met in lower case ("the union hall"; see find_names).
        if " " in m.name:
            last = m.name.rsplit(" ", 1)[1]
            if last.endswith("s") or (last.isalpha() and (not looks_like_org(m.name)
                                                          or drop_titles(m.name).split()[0].lower() in FIRST_NAMES)):
                vocabulary.add(last)  # ("Governor Jim Justice": a person, so "Justice said" later)
    starts = _sentence_starts(masked, spans, text)
    last = state.last_statement
    if (last is not None and last.paragraph == p_index - 1 and last.speaker is None and not last.own_cue
            and not last.dropped and masked.lstrip().startswith(("Th", "Su"))):
        # '"We are not going back ..."' alone, then 'Those were the words of Lidia Moreno, president of ...'
        _credit_speaker_named_next(last, masked, starts, 0, book, p_index, vocabulary)
    if (last is not None and last.paragraph == p_index - 1 and last.speaker is None and last.own_cue
            and not last.dropped and last.attribution and masked.lstrip().startswith(("The ", MASK))):
        # '"...," said the leader of a student group.' then 'The leader, Syamry, who only goes
        # by one name, said ...': the one described, named now
        _credit_described_named_next(last, masked, book, p_index)
    if (last is not None and last.paragraph == p_index - 1 and last.speaker is None and not last.own_cue
            and not last.dropped and masked[:1].islower() and (split := _SAID_OPENS.match(masked))):
        # '"You can protest but please follow the rules,"' then a paragraph of its own,
        # 'said the Dutch Prime Minister Mark Rutte.': one sentence, broken by the page's layout
        phrase = parse_speaker_phrase(split.group(1), vocabulary)
        speaker, org = book.resolve(phrase, p_index) if phrase is not None else (None, None)
        if speaker and book.kind_of(speaker) != "unknown":  # (not "said U.S.")
            last.speaker, last.org, last.attribution, last.own_cue = speaker, org, None, True
            book.note_quoted(p_index, speaker)
    slogan = state.last_slogan
    if (slogan is not None and slogan.paragraph == p_index - 1 and slogan.speaker is None
            and not slogan.dropped and _CARRIED_BY.match(masked)):
        # '... and one, in a child's handwriting, "Let my dad come home."' then, opening the
        # next paragraph, 'That sign belonged to Amira, who is nine': hers
        _credit_carrier_named_next(slogan, masked, starts, 0, book, p_index, vocabulary)
    if " of " in masked:
        book.note_unnamed_bodies(p_index, masked)
    events = _speech_events(masked, starts, spans, vocabulary)
    para_cands: list[_Candidate] = []
    lead = len(text) - len(text.lstrip())
    continued: _Candidate | None = None  # the record this paragraph's first quote continues

    mentions.reverse()  # consumed from the end, in text order
    events.reverse()

    def catch_up(until: int) -> None:
        # In text order: "She told the BBC that ... Steve Barclay ..." is
        # resolved before Barclay is seen (a named subject after its own name).
        while True:
            event_at = None
            if events and events[-1][0] < until:
                at, phrase, _ = events[-1]
                event_at = at if phrase.pronoun else at + len(phrase.words)
            if mentions and mentions[-1].start < until and (event_at is None or mentions[-1].start < event_at):
                book.observe(p_index, named, [mentions.pop()])
            elif event_at is not None:
                _, phrase, issued = events.pop()
                name, org = book.resolve(phrase, p_index)
                _note_source(book, p_index, phrase, name, org, object_only=issued is _OBJECT)
                if issued is True:
                    book.note_document(p_index, name)  # a later "the statement said" is theirs
            else:
                break

    for s_index, span in enumerate(spans):
        inner = text[span.start : span.end].strip()
        cand = _Candidate(p_index, span, inner, parts=[inner])
        sent = _sentence_of(starts, span.open_at)
        sent_start = starts[sent]
        sent_end = starts[sent + 1] if sent + 1 < len(starts) else len(text)
        before = cue_masked[sent_start : span.open_at]
        next_open = spans[s_index + 1].open_at if s_index + 1 < len(spans) else len(text)
        after = masked[span.outer_end : min(sent_end, next_open)] if span.closed else ""
        if (after and next_open < sent_end and spans[s_index + 1].closed and after.endswith(" ")
                and _THING_WITH_WORDS_NEXT.search(after)):
            # '"...!" said a man wearing a "I Am Michael Brown" hoodie, who identified himself only
            # as D. White': the words on what he wore say nothing of who he is; read on past them
            after += masked[spans[s_index + 1].outer_end : sent_end]
        elif (after and next_open < sent_end and spans[s_index + 1].closed and _SAID_ALONE_BETWEEN.fullmatch(after)
              and _QUOTED_NAME.fullmatch(text, spans[s_index + 1].start, spans[s_index + 1].end)):
            # '"...," said ‘Hull Patriotic Protesters’ founder John Francis Gilling': a body's name in
            # marks inside the attribution; read it (marks blanked) and on to the speaker
            name_span = spans[s_index + 1]
            after += (" " * (name_span.start - name_span.open_at) + text[name_span.start : name_span.end]
                      + " " * (name_span.outer_end - name_span.end) + masked[name_span.outer_end : sent_end])
        if after and next_open < len(text) and _TRANSLATION_BETWEEN.fullmatch(masked, span.outer_end, next_open):
            after = ""  # '"Boeren!" — Dutch for "farmers" — as they marched': a gloss follows, not who said it
        cand.after = masked[span.outer_end : next_open] if span.closed else ""
        cand.embedded = bool(_WORD_BEFORE_END.search(before)) and not _PUNCT_BEFORE_END.search(before)
        # The sentence before may end the paragraph before: "... a sea of handmade signs." then
        # '"Keep your laws off my body" appeared on dozens of them.'
        prev_tail = state.last_sentence if sent == 0 else ""
        cand.cue = _find_cue(cand, before, after, masked, sent_start, sent_end, vocabulary, state.last_sentence,
                             state.signs_shown)
        if (cand.cue is None and prev_tail.rstrip().endswith(",") and not before.strip()
                and (intro := _subject_phrase(prev_tail, vocabulary)) is not None and intro.name and not intro.crowd
                and not looks_like_org(intro.name)):
            # 'Lave from Falepuna came along with her sister to demonstrate her position ...,' then the
            # quotation as a paragraph of its own: the sentence runs on into it
            cand.cue = Cue(intro, "said", position="before")
        if (cand.cue is None and sent == 0 and (label := _SPEAKER_LABEL.fullmatch(
                    prev_tail if not before.strip() else before if (
                        span.closed and not masked[span.outer_end :].strip() and _TITLED_LABEL.fullmatch(before)) else ""))
                and (label.group(2) or label.group(1).split()[0].lower() in FIRST_NAMES
                     or (span.closed and not masked[span.outer_end :].strip()))  # (the quotation is all the paragraph)
                # ("Lauren Howland, 21, a member of the ... Council." is a description, read elsewhere)
                and not (label.group(2) and _DESCRIPTION_LABEL.match(label.group(2)))
                and (on_the_line := parse_speaker_phrase(label.group(1), vocabulary)) is not None and on_the_line.name):
            # A transcript: "Dean Barrow, Leader of the Opposition" as a paragraph of its own,
            # or as the line above his words in theirs ("Yolanda Schakron - Activist"), then his words
            # (a name of its own: `named` is this paragraph's text, read by catch_up)
            cand.cue = Cue(on_the_line, "said", position="before")
        cand.own_cue = cand.cue is not None and (cand.cue.phrase is not None or cand.cue.slogan is not None)
        # A pronoun that opens the attribution means someone named before it,
        # not a name later in its sentence ("His office said only that Marcus ...")
        # (a pronoun opening the paragraph stands at 0: "He believes that Weah ...:")
        pronoun_at = _pronoun_at(cand.cue, before, sent_start)
        catch_up(span.open_at if pronoun_at is None else pronoun_at)

        # A list under one cue: 'signs reading "A" and "B"', '"A," "B" and "C"'. (A verb after the
        # last item that judges an object starts a clause of its own: 'signs reading "A" and "B,"
        # Police Chief Keith Humphrey praised the decision' - the signs' words still.)
        if para_cands and (cand.cue is None or cand.cue.position != "after" or (
                cand.cue.verb in _JUDGING_VERBS and cand.cue.slogan is None
                and _JUDGES_AN_OBJECT.search(cand.after or "", 0, 120) is not None)):
            prev = para_cands[-1]
            if prev.dropped and len(para_cands) > 1 and para_cands[-2].kind == SLOGAN:
                prev = para_cands[-2]  # '"64 c'est non!" ("64 is a no!") and "...": past the translation
            between = masked[prev.span.outer_end : span.open_at].replace(MASK, "")
            if prev.kind == SLOGAN and (_LIST_BETWEEN.fullmatch(between) or _ANSWER_BETWEEN.fullmatch(between)
                                        or _WHERE_NEXT_BETWEEN.fullmatch(between)
                                        or _UNMARKED_ITEM_BETWEEN.fullmatch(between)) and not (
                    between.strip() == "" and _inside_attribution(prev, para_cands[-2] if len(para_cands) > 1 else None)
                    # ('held a sign that said 'Granny is Pissed.' "With this president, I am ..."': items
                    # side by side in different marks are no list, the second is speech again)
                    ) and not (between.strip(" ,;") == "" and prev.span.style != span.style):
                cand.cue = prev.cue
                cand.own_cue = True
                cand.listed = True

        # Signs named in this sentence or the one before: "Everywhere there were signs. "Abolish ICE.""
        context_start = starts[sent - 1] if sent > 0 else sent_start
        sign_context = (item and state.list_of is not None) or _names_signs(masked, context_start, span.open_at) or (
            # the paragraph before counts only for a quotation that opens its paragraph
            bool(prev_tail) and (not before.strip() or _THERE_WERE_COLON.fullmatch(before))
            and _names_signs(prev_tail, 0, len(prev_tail)) and not _PERSON_SAID_COLON.search(prev_tail)) or (
            # '"There is no planet B" was a favorite. So was "..."', '... made a return appearance,
            # as did "..."': one more of the sign's kind
            bool(para_cands) and para_cands[-1].kind == SLOGAN and not para_cands[-1].dropped
            and _SO_WAS.search(before) is not None) or (
            # '"...," one message said. "Democracy will win."': the next of the signs the cue
            # just made of them, with nothing told in between
            bool(para_cands) and not para_cands[-1].dropped and para_cands[-1].kind == SLOGAN
            and (last_cue := para_cands[-1].cue) is not None and last_cue.slogan == "sign"
            and last_cue.position == "after" and not before.strip()
            and _after_last_sentence(para_cands[-1].after or "").strip() == "") or (
            # 'Protestors carried signs that said things like, "..."' then, opening the next
            # paragraph, 'Others were personal, saying, "..."': more of the signs, described
            bool(prev_tail) and _MORE_OF_THEM_WERE.match(before) is not None
            and _names_signs(prev_tail, 0, len(prev_tail))) or (
            # 'The graffiti reads: "..."' then 'It continues: "..."': more of the same writing
            ("ontinue" in before or "goes on" in before or "went on" in before)
            and _IT_GOES_ON.fullmatch(before) is not None
            and (shown := state.last_slogan) is not None and shown.paragraph >= p_index - 1 and not shown.dropped
            and shown.cue is not None and shown.cue.slogan == "sign")
        # Chants named the same way: "The two groups traded chants. From the encampment came "..."."
        # (not past a name: 'start a chant: "..." Torres stops them. "No, no, ..."' is his)
        chant_context = None if sign_context else (
            _chant_named(masked, context_start, span.open_at, name_starts)
            or (_chant_named(prev_tail, 0, len(prev_tail), ()) if prev_tail and not before.strip() else None))
        signs_before = (_sign_pronouns(masked, context_start, sent_start) if sent > 0 and sign_context
                        # ('A red banner ... reinforced the message.' then '"...," it read': the last paragraph's)
                        else _sign_pronouns(prev_tail, 0, len(prev_tail)) if sign_context and prev_tail and not before.strip()
                        else ())
        if sign_context:
            carrier = _sign_carrier(masked, starts, context_start, span.open_at, vocabulary)
        elif span.closed and (named_after := _SIGN_NAMED_AFTER.match(masked, span.outer_end, sent_end)):
            # 'John Dohner holds a "Delete DOGE" sign': the sign named after its words, and who carries it
            carrier = _sign_carrier(masked, starts, sent_start, named_after.end(), vocabulary)
        else:
            carrier = None
        opener = (_opening_carrier(masked, sent_start, sent_end, span, vocabulary)
                  if span.closed and cand.cue is not None and cand.cue.slogan == "sign" else None)
        # 'carried a unified message delivered out loud and written on poster board:' and then a
        # paragraph of the words alone: shown as the colon introduced them, however long
        shown_after_colon = (sign_context and bool(prev_tail) and prev_tail.rstrip().endswith(":") and not before.strip()
                             and not after.replace(MASK, " ").strip())
        _decide(cand, book, p_index, state, para_cands, at_paragraph_start=span.open_at <= lead,
                before=before, after=after, sign_context=sign_context, chant_context=chant_context,
                signs_before=signs_before, carrier=carrier, opener=opener, shown_after_colon=shown_after_colon)
        if (pronoun_at is not None and cand.speaker and cand.cue is not None and cand.cue.phrase is not None
                and cand.cue.phrase.pronoun in PERSON_PRONOUNS
                and any(pronoun_at < m.start < sent_end and book.fullest(m.name) == cand.speaker for m in mentions)):
            # 'His placard asked Mr Hide not to "drop" ...', 'He told Smith: "..."': a person named
            # later in "he"'s or "his" own sentence is someone spoken to or of, never whom it means;
            # whoever it does mean was not found, and no speaker is better than the wrong one.
            # ("It says the Commission "has heard ..."" is the Commission's: "it" is its statement.)
            cand.speaker, cand.org, cand.attribution = None, None, cand.cue.phrase.words
        if (cand.listed and cand.kind == SLOGAN and cand.speaker is None
                and (cand.cue is None or cand.cue.extras.get("its_surface"))
                and para_cands[-1].kind == SLOGAN and para_cands[-1].speaker):
            # 'Watts wore a sandwich board. On the front: "A." On the back: "B."': the same carrier's
            cand.speaker, cand.org = para_cands[-1].speaker, para_cands[-1].org
        if (cand.kind == SLOGAN and cand.speaker is None and span.closed and ";" in after
                and (carried := _CARRIED_BY_CLAUSE.match(masked, span.outer_end, sent_end))):
            # '... with the words "Not in my name" underneath; it was carried by Ruth Abrahams, 74'
            _credit_carrier_in(cand, masked[carried.end() : sent_end], book, p_index, vocabulary)
        elif (cand.kind == SLOGAN and cand.speaker is None and span.closed and cand.cue is not None
              and cand.cue.slogan == "chant" and (led := _LED_BY_AFTER.match(masked, span.outer_end, sent_end))):
            # 'chants of "kill the bill" led by co-leader Rawiri Waititi': the one who led them
            _credit_carrier_in(cand, masked[led.end() : sent_end], book, p_index, vocabulary)
        elif (item and cand.kind == SLOGAN and cand.speaker is None and span.closed
              and (dash := _DASH_THEN_CARRIER.match(masked, span.outer_end))):
            # a list of signs: '"Without science it's just fiction" — a retired chemistry teacher,
            # Linda Park, 68, who said ...': the one the dash names carried it
            _credit_carrier_in(cand, masked[dash.end() : sent_end], book, p_index, vocabulary)
        elif cand.kind == SLOGAN and cand.speaker is None and sent + 1 < len(starts) and next_open >= starts[sent + 1]:
            _credit_carrier_named_next(cand, masked, starts, sent + 1, book, p_index, vocabulary)
        elif (cand.kind == STATEMENT and not cand.own_cue and not before.strip() and span.closed
              and sent + 1 < len(starts) and next_open >= starts[sent + 1]):
            _credit_speaker_named_next(cand, masked, starts, sent + 1, book, p_index, vocabulary)
        elif (cand.kind == STATEMENT and cand.speaker is None and cand.cue is not None and cand.cue.phrase is not None
              and not cand.cue.phrase.name and cand.cue.phrase.generic and not cand.cue.phrase.crowd
              and not cand.cue.phrase.sign and sent + 1 < len(starts) and next_open >= starts[sent + 1]):
            # "He gave only his first name" makes the unnamed source a person
            _credit_name_given_next(cand, masked, starts, sent + 1, book, p_index)
        catch_up(span.open_at)
        if (para_cands and para_cands[-1].span.closed and para_cands[-1].dropped
                and re.fullmatch(r"\s*[(\[]\s*", masked[para_cands[-1].span.outer_end : span.open_at])):
            # 'the Facebook event "TUNNURNAR ÞAGNA EKKI!" ("Barrels, Do Not Be Silent!")', '"El
            # Lobo" ["The wolf"]': the translation of a name is a name too
            cand.dropped = True
        if (para_cands and para_cands[-1].span.closed and not para_cands[-1].dropped
                and (_TRANSLATION_BETWEEN.fullmatch(masked, para_cands[-1].span.outer_end, span.open_at)
                     and not _in_a_dash_list(masked, para_cands[-1].span, span)
                     or _GLOSS_BEFORE.search(before)
                     or (_OR_BETWEEN.fullmatch(masked, para_cands[-1].span.outer_end, span.open_at)
                         and _IN_A_LANGUAGE.search(masked, 0, para_cands[-1].span.open_at)))):
            # '"Pumpaj!" — roughly "Pump it up!" —': the reporter's translation, not words anyone said
            cand.dropped = True
        if cand.kind == SLOGAN and (para_cands or s_index == 0) and (
                _ANSWERED.search(before) or _ANSWERED_AFTER.match(cand.after)):
            # '"Whose forest?" she calls. The crowd shouts back: "Our forest!"',
            # '"No deal!" he shouted. "No wheels!" the crowd roared back.': the
            # call the crowd answers is the chant's first half, the leader's if named
            call = para_cands[-1] if para_cands else _call_just_before(state, p_index, span.open_at <= lead)
            if (call is not None and call.kind == STATEMENT and not call.dropped and len(call.text.split()) <= 8
                    and ((call.speaker is None and para_cands) or (call.cue is not None and (call.cue.verb in SHOUT_VERBS | _CALL_VERBS
                                                                            or call.cue.slogan == "shout"))
                         # '... Davis Gates calls from a truck. "Fair contract!" "Now!" the crowd
                         # answers': the call right before its answer, no cue of its own
                         or (para_cands and call.cue is None and call.span.closed and not before.replace(MASK, "").strip()
                             and not masked[call.span.outer_end : span.open_at].strip()))):
                call.kind, call.tail_only = SLOGAN, False
        if (para_cands and cand.kind == SLOGAN and not cand.dropped and cand.cue is not None
                and cand.cue.position == "after" and cand.cue.slogan in ("chant", "sign")):
            _list_before_shares_cue(cand, para_cands, masked)

        # AP style: an unclosed quotation continues into the next paragraph's opening one.
        opener = state.open_quote
        if (opener is not None and s_index == 0 and span.open_at <= lead
                and cand.own_cue and cand.speaker and (opener.merge_target or opener).speaker
                and cand.speaker != (opener.merge_target or opener).speaker):
            # '"It's been pretty rough," protester Ignati Walsh told 1010 WINS. "The police ...
            # get us out of here.' then '"It's been great. ...," protester Justin said.': another
            # speaker named, so no run-on; the unclosed words were all the first speaker's
            _end_unclosed(opener)
            state.open_quote = opener = None
        if opener is not None and s_index == 0 and span.open_at <= lead:
            # The continuation is real: a split quote that ended unclosed joins
            # the quotation it was split from, and the whole runs on here.
            target = _run_on(opener, inner)
            if target.speaker is None and cand.speaker is not None:
                target.speaker, target.org, target.attribution = cand.speaker, cand.org, cand.attribution
            cand.continues = True
            cand.dropped = True
            continued = target
            state.open_quote = target if not span.closed else None
            para_cands.append(cand)
            continue
        if opener is not None:
            # the next paragraph's quotation opens inside it, so nothing runs on: the unclosed
            # words stand or fall alone ('said "I've worked through COVID ...' then 'Nor is she
            # alone: ‘for me ...’')
            _end_unclosed(opener)
            state.open_quote = None
        para_cands.append(cand)
        if not span.closed:
            state.open_quote = cand
    if len(para_cands) > 1 and "and" in masked:
        _list_named_after(para_cands, masked)
    catch_up(len(text) + 1)
    if state.open_quote is not None and state.open_quote.paragraph < p_index and not any(c.continues for c in para_cands):
        _end_unclosed(state.open_quote)
        state.open_quote = None

    if _only_short_quotations(masked, spans, para_cands) or _call_and_response(masked, para_cands):
        # '"What do we want?" "Contract!" "When do we want it?" "Now!"': a
        # paragraph of nothing but a run of short quotations is a chant
        for c in para_cands:
            if not c.dropped or len(c.text.split()) == 1:
                c.kind, c.speaker, c.org, c.attribution, c.dropped = SLOGAN, None, None, None, False
    _merge_split(para_cands, continued if continued is not None and continued.kind == STATEMENT else None)
    _merge_split_chant(para_cands, masked)
    for c in para_cands:
        if c.dropped:
            continue
        state.candidates.append(c)
        if c.kind == STATEMENT:
            state.last_statement = c
        else:
            state.last_slogan = c
    # 'Ortiz's said simply "Ratios now."' after a list of signs: one of them
    state.signs_shown = bool(para_cands) and any(
        c.kind == SLOGAN and not c.dropped and ((item and state.list_of == "sign") or (
            c.cue is not None and c.cue.slogan == "sign")) for c in para_cands)
    # "Roe said:" at the end of a paragraph introduces the next one;
    # "Some of the signs we saw:" every list item after it.
    state.intro = None
    state.last_sentence = masked[starts[-1] :]
    if not spans and (text.rstrip().endswith("?") or prompt or _Q_PREFIX.match(text)) and len(text.split()) <= 30:
        # an interviewer's question, or a prompt in bold ("**ICE says conditions meet standards.**")
        state.question_at = p_index
    tail = masked.rstrip()
    if tail.endswith(":"):
        state.intro = _read_for(tail, vocabulary) or _colon_speaker(masked[starts[-1] :], vocabulary)
        state.list_of = slogan_cue_before(tail[starts[-1] :])
        if state.list_of is None:
            # "Marchers carried signs with old slogans and new:", "... signs. Among them:"
            # (a short sentence: the one before names them)
            # ("Here are some of our favorites:" after "the signs were the stars")
            named_from = starts[-2] if len(starts) > 1 and (len(tail[starts[-1] :].split()) <= 4
                                                            or _HERE_ARE_START.match(tail, starts[-1])) else starts[-1]
            if (_names_signs(tail, named_from, len(tail))
                    and (SPEECH_VERBS.isdisjoint(_LOWER_RUN.findall(tail, named_from))
                         # "the homemade signs said as much as the speeches. Here are some we saw:"
                         or _SIGN_SPEAKS.search(tail, named_from))):
                state.list_of = "sign"
            elif named_from < starts[-1] and _chant_named(tail, named_from, starts[-1], ()):
                # "the protesters spontaneously shouted a number of slogans and statements.
                # They included:": the chants named in the sentence before
                state.list_of = "chant"
    elif (not item and _HERE_ARE.match(tail, starts[-1])
          and _names_signs(tail, starts[-2] if len(starts) > 1 else starts[-1], len(tail))):
        # "... to vote for the best sign they saw. Here are the top five." then the list
        state.list_of = "sign"
    elif ("spoke" in tail or "talked" in tail) and (spoke := _WE_SPOKE_TO.match(tail, starts[-1])):
        # "The Newcastle Tab spoke to BLM protestors who witnessed yesterday's events." then their
        # words, paragraph after paragraph: theirs (unnamed here), never the outlet's
        state.intro = (parse_speaker_phrase(spoke.group(1), vocabulary)
                       or SpeakerPhrase(spoke.group(1), generic=True))
    elif _POSTED_NOTHING_YET.match(tail, starts[-1]):
        # "Gov. Lisa Brandt weighed in on X on Monday." then the post on its own
        state.intro = _subject_phrase(masked[starts[-1] :], vocabulary)
        if not item:
            state.list_of = None
    elif not item:
        state.list_of = None


def _colon_speaker(sentence: str, vocabulary) -> SpeakerPhrase | None:
    """Who a sentence ending in a colon introduces: its subject, or the named
    speaker of its last clause ('Officers tore up the posters, and General
    Prayut, upon seeing this, said:' is Prayut's, not the officers')."""
    subject = _subject_phrase(sentence, vocabulary)
    if subject is None or not (subject.name or subject.pronoun):
        cue = _parse_before(sentence, vocabulary, "", False)
        if cue is not None and cue.verb and cue.phrase is not None and cue.phrase.name and not cue.phrase.sign:
            return cue.phrase
    return subject


# A sentence that announces a list: "Here are the top five.", "These were some of our favourites."
_Q_PREFIX = re.compile(r"(?:Q|Question)\s*[:.]\s")  # "Q: ICE says conditions meet standards."
_HERE_ARE_START = re.compile(r"\s*(?:Here|These|Below|Those)\s+(?:are|were|is)\b")
_HERE_ARE = re.compile(r"\s*(?:Here|These|Below|Those)\s+(?:are|were|is)\b[^\x00]{0,80}[.!]\s*$")
# A sentence that says someone posted or spoke, and not what: the next paragraph is what
# ("Linda Cho spoke to reporters while still chained to the fence.", "Roe addressed the crowd.")
# The paper (or "we", the reporter) spoke to people, and the next paragraphs are theirs
_WE_SPOKE_TO = re.compile(
    r"\s*(?:We|I|(?:The\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,3}(?:Tab|Times|Post|Telegraph|Gazette|Tribune|Herald|"
    r"Journal|Daily|Chronicle|Courier|Echo|Star|Mirror|Record|Standard|News|Press|Observer|Independent|Reporter))"
    r"\s+(?:also\s+)?(?:spoke|talked)\s+(?:to|with)\s+([^.!?\x00,]{2,60}?)(?:,?\s+(?:who|which|that)\b[^.!?\x00]*)?[.:]\s*$")
_POSTED_NOTHING_YET = re.compile(
    r"\s*[^\x00]+?\s+(?:weighed\s+in|wrote|posted|tweeted|responded|reacted|replied|commented|spoke(?:\s+out)?|"
    r"talked|"
    r"addressed\s+(?:the|a)\s+[\w-]+|"
    r"(?:released|issued|put\s+out|posted|shared|published)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:statement|message|video|post|letter|note)|said\s+in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|post|video|letter|email))"
    # ("Chief Durham also spoke out about the possible event on Sept. 16.")
    r"(?:,?\s+(?:on|in|via|through|to|at|from|late|early|shortly|soon|after|before|with|this|last|about)\b"
    r"(?:(?!\b(?:that|saying|calling|urging|asking)\b)(?:[^.;:!?\x00]|\.(?=\s+[\da-z])))*)?\.\s*$")

# '"...," proclaimed one sign. It was carried by Ruth Abrams, 81, who ...': its carrier
# '"..." drew laughs. Its owner, a student named Theo Park, said': its maker or owner
_CARRIED_BY = re.compile(r"\s*(?:(?:It|(?:The|That|This)\s+(?:sign|placard|poster|banner))\s+(?:(?:was|is)\s+"
                         r"(?:being\s+)?(?:carried|held(?:\s+up)?|hoisted|waved|made|painted|written|worn)\s+by|"
                         r"belonged\s+to|belongs\s+to)\s+"
                         # '"My cancer research was cut." Held by Dr. Aaron Feld, an oncologist': a caption's
                         r"|(?:Carried|Held(?:\s+up)?|Hoisted|Waved|Made|Painted|Worn)\s+by\s+(?=[A-Z])"
                         r"|(?:Its|The\s+(?:sign|placard|poster|banner)['\u2019]s)\s+(?:owner|maker|creator|author|carrier)"
                         r"\s*,\s*)")


_DASH_THEN_CARRIER = re.compile(r"[,.!?]?\s*[\u2014\u2013]\s*(?=(?:a|an|one|[A-Z])\b)")
# The same after a semicolon in the sign's own sentence: '...; it was carried by Ruth Abrahams'
_LED_BY_AFTER = re.compile(r"[,\s]*(?:led|started|begun|struck\s+up)\s+by\s+")
_CARRIED_BY_CLAUSE = re.compile(r"[^.!?;\x00]{0,60};\s*(?:it|the\s+(?:sign|placard|poster|banner))\s+(?:was|is)\s+"
                                r"(?:being\s+)?(?:carried|held(?:\s+up)?|hoisted|waved|made|painted|written|worn)\s+by\s+")


# '"It was peaceful." That is how Lena Ortiz, 31, described the night.': who said it, named after
_HOW_X_PUT_IT = re.compile(r"\s*(?:That|This)(?:['\u2019]s|\s+is|\s+was)\s+how\s+(?=[^.!?\x00]{0,80}\b(?:described|describes|"
                           r"put|puts|summed|sums|explained|explains|saw|sees|characteri[sz]ed|remembered|remembers|recalled|"
                           r"recalls)\b)")
# '"We're not going anywhere." That was the message from Carmen Ortiz, ...': who said it, named after
_WORDS_FROM = re.compile(r"\s*(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                         r"(?:message|words?|verdict|view|warning|plea|refrain|response|reply|answer|advice|"
                         r"assessment|promise|vow)\s+(?:from|of)\s+")


# Chants named after their words: '"Tories Out" chants'
_CHANTS_NAMED_AFTER = re.compile(r"\s*(?:[a-z-]+\s+)?(?:chants?|cries|refrains?)\b")


def _list_named_after(para_cands: list[_Candidate], masked: str) -> None:
    """'sporadic "Independence Now" and "Tories Out" chants': the chants named after the
    last of a list are all of its items, the first ones too (dropped as names alone)."""
    for prev, nxt in zip(para_cands, para_cands[1:]):
        if (prev.dropped and not nxt.dropped and nxt.kind == SLOGAN and len(prev.text.split()) <= 12
                and prev.span.closed and _LIST_BETWEEN.fullmatch(masked, prev.span.outer_end, nxt.span.open_at)
                and (_SIGN_NAMED_AFTER.match(nxt.after) or _CHANTS_NAMED_AFTER.match(nxt.after))):
            prev.dropped, prev.kind, prev.attribution = False, SLOGAN, nxt.attribution
            prev.speaker, prev.org = nxt.speaker, nxt.org


def _rest_of_sentence(opening: re.Pattern, masked: str, starts: list[int], sent: int) -> str | None:
    """Sentence `sent` after `opening`, if it opens with it."""
    m = opening.match(masked, starts[sent])
    if m is None:
        return None
    return masked[m.end() : starts[sent + 1] if sent + 1 < len(starts) else len(masked)]


def _credit_speaker_named_next(cand: _Candidate, masked: str, starts: list[int], sent: int, book: SpeakerBook,
                               p_index: int, vocabulary) -> None:
    """A quotation with no cue, credited to whoever the next sentence says it came from."""
    rest = _rest_of_sentence(_WORDS_FROM, masked, starts, sent)
    if rest is not None:
        phrase = parse_speaker_phrase(rest.rstrip(" .\x00"), vocabulary)
    elif (rest := _rest_of_sentence(_HOW_X_PUT_IT, masked, starts, sent)) is not None:
        phrase = _subject_phrase(rest, vocabulary)  # "That's how Lena Ortiz, 31, described the night."
    else:
        return
    if phrase is None or " and " in phrase.words:
        return
    speaker, org = book.resolve(phrase, p_index)
    if speaker:
        cand.speaker, cand.org, cand.attribution, cand.own_cue = speaker, org, None, True
        book.note_quoted(p_index, speaker)


# (the phrase runs to a comma or the paragraph's last full stop: "said U.S. Rep. Ana Ruiz.")
_SAID_OPENS = re.compile(r"(?:said|says|added|adds|wrote|writes)\s+([^,;:!?\x00\u2014\u2013]{3,80}?)\s*(?:,|\.\s*$)")


# 'A rubbish collector ... said "...". He gave only his first name, Karim.': the unnamed speaker, named
_NAME_GIVEN_NEXT = re.compile(r"\s*(?:He|She)\s+(?:gave|would\s+give|would\s+only\s+give|offered|provided)\s+(?:only\s+)?"
                              r"(?:his|her)\s+(?:first\s+|last\s+|sur)?name(?:\s+only)?(?:\s+as|,)\s+"
                              r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s*[.,]")


def _credit_name_given_next(cand: _Candidate, masked: str, starts: list[int], sent: int, book: SpeakerBook,
                            p_index: int) -> None:
    """An unnamed person's words, credited to the name the next sentence gives them."""
    given = _NAME_GIVEN_NEXT.match(masked, starts[sent])
    if given is not None:
        cand.speaker, cand.org = given.group(1), None
        book.note_quoted(p_index, cand.speaker)


# "The leader, Syamry," opening a paragraph: the noun of a description, then a name
_THE_NOUN_NAMED = re.compile(r"\s*The\s+([a-z][a-z-]+),\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}),")

# '"...," the protester, Sanin Cepalo, told BIRN.' opening a paragraph: the same, after a quotation
_QUOTED_THEN_THE_NOUN_NAMED = re.compile(r"\s*\x00+\s*,?\s*the\s+([a-z][a-z-]+),\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}),")


def _credit_described_named_next(cand: _Candidate, masked: str, book: SpeakerBook, p_index: int) -> None:
    """An unnamed speaker's words, credited to the name the next paragraph gives
    the noun that described them ("the leader of a student group")."""
    named = _THE_NOUN_NAMED.match(masked) or _QUOTED_THEN_THE_NOUN_NAMED.match(masked)
    if named is None:
        return
    head = re.match(r"(?:the|a|an|one)\s+(?:[\w'\u2019-]+\s+){0,2}?([a-z-]+)\b(?:\s+(?:of|from|at|with|for)\b|$)",
                    cand.attribution, re.I)
    if head is not None and head.group(1).lower() == named.group(1):
        cand.speaker, cand.org, cand.attribution = named.group(2), None, None
        book.note_quoted(p_index, cand.speaker)


def _credit_carrier_named_next(cand: _Candidate, masked: str, starts: list[int], sent: int, book: SpeakerBook,
                               p_index: int, vocabulary) -> None:
    """A sign's words credited to the named person the next sentence says carried it."""
    rest = _rest_of_sentence(_CARRIED_BY, masked, starts, sent)
    if rest is not None:
        _credit_carrier_in(cand, rest, book, p_index, vocabulary)


def _credit_carrier_in(cand: _Candidate, rest: str, book: SpeakerBook, p_index: int, vocabulary) -> None:
    """A sign's words credited to the one person `rest` (what follows "carried by") names."""
    phrase = _subject_phrase(rest, vocabulary)
    # two carriers ("Roe and Smith") share no sign; "Amira, who is nine and ..." is one
    if phrase is not None and phrase.name and " and " not in phrase.words.partition(",")[0]:
        if re.match(r"\s*" + re.escape(phrase.name) + r"\s*,\s*(?:who|\d{1,3}\b)", rest):
            book.people.add(phrase.name)  # "Amira, who is nine": one name, a person's
        _credit_carrier(cand, phrase, book, p_index)


_CROWD_SAID_IT_BACK = re.compile(r"\b(?:the\s+)?(?:crowd|marchers|protesters|demonstrators|audience|people|others|"
                                 r"everyone|they)\s+(?:repeated|chanted|echoed|shouted|said|sang|called|roared)\s+"
                                 r"(?:it|them|the\s+(?:words|phrase|line|slogan))\s+back\b", re.I)
# ", echoed by the crowd": the words a crowd took up from whoever called them (or answered:
# '"Women's rights are human rights," called organizer Paula Kirman, answered by thousands')
_ECHOED_BY_THE_CROWD = re.compile(r",\s*(?:and\s+)?(?:then\s+)?(?:echoed|repeated|taken\s+up|picked\s+up|answered)\s+by\s+(?:the\s+)?"
                                  r"(?:crowd|marchers|protesters|protestors|demonstrators|audience|others|everyone|"
                                  r"hundreds|thousands|dozens)\b", re.I)
# "... and protesters echoed his words": the crowd repeats what was just called out
_CROWD_ECHOED_AFTER = re.compile(r"[\s,]*and\s+(?:the\s+)?(?:crowd|protesters|protestors|marchers|demonstrators|audience|"
                                 r"students|people)\s+(?:echoed|repeated|chanted|shouted)\s+(?:it|them|back|(?:his|her|their|the)\s+"
                                 r"(?:words|call|line|cry))\b")
# A place that sounds with chants: "Downtown Omaha echoed with loud chants of"
_RANG_WITH = re.compile(r"\b(?:echoed|echoes|echoing|rang|rings|ringing|resounded|resounds|reverberated|reverberates|"
                        r"thundered)\s+with\b")
# Cries the subject's words or deeds met, not the subject's: "spoke, to retorts of", "drew chants of"
_AMID_CHANTS_OF = re.compile(r"\b(?:to|amid|amidst|over|despite|drew|drawing|draws|prompting|prompted|sparking|sparked)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:chants|cries|shouts|jeers|retorts|boos|heckles|catcalls)\s+of\s*[:,]?\s*$",
                             re.I)
# The subject on the receiving end of a chant: "was interrupted by chants of", "were met with"
_MET_BY = re.compile(r"\b(?:was|were|is|are|being|been|got|get|gets)\s+(?:\w+ly\s+)?(?:interrupted|drowned\s+out|greeted|met|"
                     r"booed|heckled|jeered|taunted|confronted|serenaded|welcomed|followed|surrounded|chased)\s+"
                     r"(?:\w+\s+){0,3}?(?:by|with)\b", re.I)
# A sign beside the subject, not carried: a speaker's backdrop, a truck's banner
_BESIDE_A_SIGN = re.compile(r"(?:\b(?:decorated|draped|covered|plastered|festooned|adorned|hung)\s+with|"
                            # "stopped to photograph the banner on the bridge, which said": seen, not carried
                            r"\b(?:photograph(?:s|ed|ing)?|film(?:s|ed|ing)?|pointed\s+(?:to|at)|pointing\s+(?:to|at)|"
                            r"looked\s+(?:up\s+)?at|looking\s+(?:up\s+)?at|walked\s+past|walking\s+past|passed|passing|"
                            r"spotted|spotting|saw|noticed|admired|admiring|"
                            # "handed out signs", "read the sign aloud", "her favorite sign of the day"
                            r"(?:handed|handing|hands|passed|passing|gave|giving)\s+out|distribut\w+|sold|selling|"
                            r"read|reading|favou?rite|funniest|cleverest|best)\b|"
                            # "marched beside a woman holding a sign", "whose daughter carried a sign": another's
                            r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|girl|boy|child|kid|teen|teenager|"
                            r"protester|marcher|demonstrator|student|person|someone|couple)\s+(?:holding|carrying|waving|"
                            r"hoisting|wearing|with)\b|\bwhose\s+(?:[\w-]+\s+){1,2}?(?:carried|held|carrying|holding|"
                            r"waved|wore|made)\b|"
                            # "built the wooden frame that holds the band's banner": a thing holds it
                            r"\b(?:that|which)\s+(?:holds|held|supports|supported|carries|carried|bears|bore|displays|displayed)\b|"
                            r"\b(?:behind|beside|beneath|below|under|underneath|in\s+front\s+of|next\s+to)\b)"
                            r"\s+(?:a|an|the)?\s*(?:[\w'\u2019-]+\s+){0,2}?(?:signs?|banners?|placards?|posters?)\b", re.I)
# "It read:" (a sign the sentence before named): "read" is no cue by itself
_IT_READ = re.compile(r"\s*(it|they)\s+(?:\w+ly\s+)?(?:read|reads)\s*[:,]?\s*", re.I)
_THING_THAT_READ = re.compile(r"\b([a-z]+)\s+(?:that|which)\s+(?:read|reads)\s*[:,]?\s*$")
_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")
_THAT_BEFORE = re.compile(r"\bthat\s*$")
# A person's speech verb ending the paragraph before: '... tore up the protest signs, and General
# Prayut, upon seeing this, said:' (his words follow, whatever signs were named first)
_PERSON_SAID_COLON = re.compile(
    r"(?:^|[,;]\s+and\s+|[.!?]\s+)(?!(?:Signs?|Banners?|Placards?|Posters?|One|Another|Others?|Some|Many|Most|It|They|"
    r"This|That|These|Those)\b)(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}|[Hh]e|[Ss]he)"
    r"\s*(?:,[^,:\x00]{1,40},\s*)?(?:\w+ly\s+)?(?:said|says|told\s+[^:\x00]{1,30}|added|replied|responded|answered|"
    r"declared|announced|explained|continued|remarked)\s*:\s*$")
# A colon clause that only says some were there: "There were the classics, revived from 2017:"
_THERE_WERE_COLON = re.compile(r"\s*(?:There\s+(?:were|was|are|is)|Among\s+them\s+(?:were|was)"
                               # "... read each other's signs instead." then 'Some were blunt: "..."'
                               r"|(?:Some|Many|Most|Others|A\s+few|Several|The\s+best|The\s+rest)\s+(?:were|are)"
                               r"(?=\s+[\w-]+(?:\s+[\w-]+)?\s*:))\b[^.!?\x00:]{0,60}:\s*")
_WORD_PUNCT = ".,;:!?\"'\u2018\u2019\u201c\u201d()"
_A_TERM_BEFORE = re.compile(r"\bthe\s+(?:word|term)\s*$", re.I)
_NAME_VERB_LEADS_IN = re.compile(r"\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+[a-z]+(?:\s+[a-z]+ly)?\s*[,:]\s*")
_AFTER_NAME_VERB = re.compile(
    # ('"... desperate." Maria Elena Ponce, a 58-year-old housewife, told AFP.': an age or a description between,
    # or both: 'Christopher Dollard, 30, a Rhode Island College graduate, shouted')
    # (a body and a role in lower case may come first: '"...?" PICB organizer Kyna James, 30, said')
    # (only a body's initials: "Retired teacher Pat Lindqvist, 71, said she ..." opens a sentence)
    r"\s*(?:[A-Z]{2,}[A-Z0-9]*\s+(?:[a-z][a-z-]+\s+){1,2}(?=[A-Z]))?"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:,\s*\d{1,3})?(?:,\s*(?:\d{1,3}|(?:a|an|the)\s[^,.;:!?\x00]{1,80}),)?"
    r"\s+(?:said|says|added|asked|wrote|told|stated|"
    r"shouted|shouts|yelled|yells|screamed|screams|called|calls|cried|cries|replied|replies|exclaimed|insisted|"
    # ('"We will not accept fear!" Collins boomed to a cheering crowd.': a loud voice)
    # ('"Housing is a right!" Okafor urged the crowd to chant.': the words she gave them)
    r"boomed|booms|thundered|thunders|roared|roars|bellowed|bellows|declared|declares|urged|urges|exhorted)\b"
    # (not 'Vania Alleva, the president of ..., called for an eco-social transformation': a call of her own)
    r"(?!\s+(?:for|on|upon|off)\b)"
    # (the sentence may run on: '"We're not afraid!" Cubans shouted in different regions across
    # the island, and the spark reached Havana, ...')
    r"(?:[^\x00]{0,90}$|[^\x00.!?]{0,250}(?:[.!?]|$))")  # '"We do!" Jane Roe shouted.'


_CAPTION_LAST = re.compile(r"\b(?:captions?|with\s+the\s+(?:message|words?|text|note))\s*[:,]?\s*$")
# Words set beside a picture or spelled out with things: written words, a sign's
_UNDER_THE_WORDS = re.compile(r"\b(?:under|beneath|above|below|beside|bearing|next\s+to|alongside)\s+the\s+(?:words?|slogan|message|"
                              r"inscription|caption|heading|headline)\s*[:,]?\s*$"
                              # 'photos of the victims with the caption "..."' (not 'ended with the words')
                              r"|\bwith\s+the\s+(?:caption|captions|inscription|slogan|legend|lettering)\s*[:,]?\s*$"
                              # 'had drawn a trout with a speech bubble: "Save my river!"'
                              r"|\b(?:speech|thought)\s+bubbles?\b[^.!?\x00]{0,30}?[:,]?\s*$", re.I)
# 'butcher paper decorated with drawings of polar bears and the words "Save our home."'
_DECORATED_WITH_WORDS = re.compile(r"\b(?:decorated|covered|painted|printed|emblazoned|adorned|stamped)\s+with\b"
                                   r"[^.!?\x00]{0,80}\bthe\s+(?:words?|slogan|message)\s*[:,]?\s*$", re.I)
# 'A counter-message appeared nearby on Thursday: "..."': words put up, not said
# "The message ... was simple:", "Her message:" (words shown on what the text around them names)
_THE_MESSAGE_WAS = re.compile(r"(?:^|[.!?]\s+)(?:The|Their|(Her|His))\s+(?:\w+\s+)?message\b"
                              r"(?:[^.!?:\x00]{0,80}\b(?:was|is)\b[^.!?:\x00]{0,20})?:\s*$")
_POSSESSIVE_IN = re.compile(r"\w['\u2019]s\s+(?:[\w-]+\s+)?(?:" + _ONE_SIGN_NOUNS + r"|hat|cap|jacket|paddle|car|truck)s?\b",
                            re.I)
# Words saying that words were written on something (for the two checks below)
_WRITTEN_WORDS = "written|painted|scrawled|printed|chalked|lettered"
_SHOWN_ON = re.compile(r"\b(?:" + _WRITTEN_WORDS + r"|stitched|(?:was|were)\s+on\s+(?:hats|shirts|"
                       r"t-shirts|buttons|paddles|cars|windows|placards|posters|banners))\b", re.I)
_MESSAGE_APPEARED = re.compile(r"\b(?:(?:counter-)?messages?|slogans?|graffiti|inscriptions?)\b[^.!?:\x00]{0,50}"
                               r"\b(?:appeared|appears|went\s+up|showed\s+up|popped\s+up)\b[^.!?:\x00]{0,40}[:\u2014]\s*$", re.I)
_WHICH_THEY_CHANTED = re.compile(r"\s*,?\s*(?:which|that)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:\w+ly\s+)?"
                                 r"(?:chanted|chant|chants|sang|sing|sings|shouted|shout|shouts|yelled|repeated)\b")
_WRITING_LAST = re.compile(r"\b(?:writing|wrote|writes|scrawling|scrawled|chalking|chalked|painting|painted|"
                           r"lettering|lettered)\s*[:,]?\s*$", re.I)
# 'One had written, in green, "..."': words written in a colour are put up, not said
_IN_A_COLOUR = re.compile(r"\bin\s+(?:bright\s+|big\s+|bold\s+|thick\s+)?(?:" + "|".join(sorted(COLOURS)) + r")\b"
                          r"(?!\s+(?:ink|pen|pencil|shirts?|t-shirts?|jackets?|hats?|caps?|dress|vests?)\b)")
_IMPLEMENT = re.compile(r"\b(?:chalk|markers?|spray[ -]paint|paint|paintbrush(?:es)?|crayons?|sharpies?|felt[- ]tips?|"
                        r"lipstick|stencils?)\b", re.I)
# A sentence that opens with the crying, and the clause after the quotations: its subject
_CRYING_FIRST = re.compile(r"\s*(?:Shouting|Chanting|Singing|Yelling|Screaming|Crying|Chanting\s+and\s+\w+ing)\s*")
_MAIN_CLAUSE_AFTER = re.compile(r"[^\x00]*\x00[\s,]*(?:(?:as|whil(?:e|st)|when|before|after)\b[^,\x00]*,\s*)?([^\x00]+)$")
# A thing as the subject of an intransitive "read", after any aside set off by commas
_A_THING_READ = re.compile(r"(?:^|[.!?;:]\s+|,\s+(?:and|but|whil(?:e|st))\s+|\b(?:and|whil(?:e|st)|where|as)\s+)"  # ("Photo: A ...")
                           r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ee]ach|[Ee]very|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ur)"
                           r"\s+(?:[\w'\u2019-]+\s+){0,3}?([a-z]+)(?:\s*,[^,\x00]{1,80},)?"
                           # "A child's drawing taped to the podium reads"
                           r"(?:\s+(?:taped|pinned|tied|zip-tied|stuck|hung|hanging|propped|left|placed|posted|nailed|"
                           r"attached|leaning|glued)\s+(?:to|on|onto|against|at|outside|beside|in|from)\s+"
                           r"(?:(?:the|a|an|its|their|his|her)\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                           r"\s+(?:\w+ly\s+)?(?:read|reads)$")
# Words as the subject, set beside their quotation, and a verb of showing after it
_WORDS_BEFORE = re.compile(r"(?:^|[.!?;]\s+|,\s*|\b(?:and|as|when|whil(?:e|st)|until|then)\s+)(?:the|a|an|one|another|its|their|his|her)"
                           r"\s+(?:[\w-]+\s+){0,2}?(?:words?|message|messages|slogan|slogans|phrase|inscription|lettering)"
                           r"\s*,?\s*$", re.I)
_DISPLAYED_AFTER = re.compile(r"\s*,?\s*(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?"
                              r"(?:appeared|appear|appears|projected|flashed|flashes|lit\s+up|lights\s+up|glowed|glows|"
                              r"scrolled|scrolls|shone|shines|displayed|written|painted|scrawled|spelled|spelt|stencil+ed|"
                              r"printed|emblazoned|carved|etched|beamed|hung|unfurled|stitched|sewn|chalked|spray-painted)\b")
_ANSWER_VERBS = frozenset({"answered", "answer", "answers", "responded", "respond", "responds", "replied", "replies"})
_MOST_COMMON_AFTER = re.compile(r"\s*,?\s*(?:was|were|is|are)\s+(?:by\s+far\s+)?(?:the\s+)?most\s+(?:common|popular|frequent)"
                                r"\b([^.!?\x00]{0,100})")
_WRITTEN_REST = re.compile(r"\b(?:" + _WRITTEN_WORDS + r"|emblazoned|held|carried|waved)\b")
# 'hay bales spelling out "SOS."', 'glued pine cones to cardboard to spell "Save Montana."' (not 'is spelled "..."')
_SPELLING_OUT = re.compile(r"(?:\bspell(?:ing|ed|s)?\s+out|\bspelt\s+out"
                           r"|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )\b(?:to\s+spell|spelling|spelled|spelt))\s*[:,]?\s*$",
                           re.I)
# A bare dash between two quotations: '"A" – "B"'; and one after a quotation, last before the next
_BARE_DASH = re.compile(r"\s*[\u2014\u2013]\s*")
_QUOTATION_THEN_DASH_LAST = re.compile(r"\x00\s*[\u2014\u2013]\s*$")


def _in_a_dash_list(masked: str, first: Span, second: Span) -> bool:
    """'signs read: "A" – "B" – "C"': a third quotation after another bare dash makes the
    dashes a list's, not a translation's ('"Szégyen" — "Shame" — on the backs')."""
    if not _BARE_DASH.fullmatch(masked, first.outer_end, second.open_at):
        return False
    dash_after = _BARE_DASH.match(masked, second.outer_end)
    if dash_after and masked[dash_after.end() : dash_after.end() + 1] == MASK:
        return True
    return _QUOTATION_THEN_DASH_LAST.search(masked, max(0, first.open_at - 8), first.open_at) is not None


# '"Szégyen" — "Shame" — on the backs of their hands': the gloss before the rest of the sentence
_GLOSS_FIRST = re.compile(r"^\s*[\u2014\u2013]\s*\x00+\s*[\u2014\u2013]")
# "a new one —" right before a quotation set off by dashes: one of the chants or signs named before
# (or after a colon: 'a banner that read "..." and, beneath it, a smaller one: "..."')
_ONE_SET_OFF = re.compile(r"\b(?:an?\s+(?:[a-z-]+\s+){0,2}?one|another(?:\s+one)?)\s*[:\u2014\u2013]\s*$")
# "the RMT's" with nothing after it: the thing it owns was named before (its banner)
_ELLIPTICAL_POSSESSIVE = re.compile(r"\s*(?:(?:whil(?:e|st)|and|but|whereas)\s+)?(?:[Tt]he\s+|[Hh]er\s+|[Hh]is\s+)?"
                                    r"[\w.-]+(?:\s+[\w.-]+)?['\u2019]s\s*$")
_WRITING_VERBS = frozenset({"wrote", "writes", "painted", "paints", "scrawled", "scrawls", "chalked", "lettered"})
_WRITTEN_ON_A_SIGN = _WRITING_VERBS | {"written", "write", "writing", "printed", "stenciled", "stencilled"}
# A quotation that is the subject of a verb other than one of speech: '"..." made a return appearance'
_SUBJECT_OF = re.compile(r"\s*(?:also\s+|again\s+|even\s+)?([a-z]+)\b")
# A chant or shout verb right before the quotation: its object, whatever follows
_CRIED_LAST = re.compile(r"\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|sang|sing(?:ing|s)?|yell(?:ed|ing|s)?|"
                         r"scream(?:ed|ing|s)?|roar(?:ed|ing|s)?)(?:\s+back)?\s*[:,]?\s*$", re.I)
# 'the crowd roared back "A" every time an organizer asked, "B"': B is the call they answer
_CALL_VERBS_ANSWERED = frozenset({"asked", "called", "shouted", "yelled", "cried"})  # a cue's verb: one word
_CALL_ANSWERED = re.compile(r"\b(?:back|answered|responded|replied)\b[^.!?\x00]{0,20}\x00[^.!?]{0,80}?\x00[^.!?\x00]{0,20}"
                            r"\b(?:every\s+time|each\s+time|whenever|when)\b[^.!?\x00]{0,60}"
                            r"\b(?:asked|called|shouted|yelled|cried|called\s+out)\s*[:,]?\s*$")
# A sentence's subject that names a sign, set off before its words: 'The sign on the door — "..." —'
_SIGN_SET_OFF = re.compile(r"\s*(?:The|A|An|One|Another|Her|His|Their|Its)\s+(?:[\w'\u2019-]+\s+)?"
                           r"(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?)\b[^\x00,;.]{0,40}?"
                           r"\s*[\u2014\u2013(]\s*$")


# An opening phrase whose doer speaks the quotation in it: 'After asking the crowd "..."'
_GERUND_OPENER = re.compile(r"\s*(?:After|Before|While|Upon|On|Since)\s+(?:first\s+)?(?:asking|telling|saying|shouting|"
                            r"urging|reminding|yelling|calling|declaring|announcing|promising|warning|insisting|"
                            r"exclaiming|crying|screaming)\b[^\x00.!?]{0,60}$")
# The main clause's subject and its verb, right after the quotation
_NAME_THEN_VERB = re.compile(r"\s*,?\s*([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b")


def _find_cue(cand: _Candidate, before: str, after: str, masked: str, sent_start: int, sent_end: int, vocabulary,
              prev_tail: str = "", signs_shown: bool = False) -> Cue | None:
    """The attribution of one quotation: after it, before it, or later in its
    sentence. `prev_tail`: the last sentence of the paragraph before ("one that
    said" may mean one of the signs it named)."""
    span = cand.span
    cue = None
    if (span.closed and before[:12].lstrip()[:1].isupper() and _GERUND_OPENER.match(before)
            and (named := _NAME_THEN_VERB.match(cand.after or after)) is not None
            and (phrase := parse_speaker_phrase(named.group(1), vocabulary)) is not None and phrase.name):
        # 'After asking the crowd "Are you with me?" McGuire invited protesters to follow him':
        # the opening phrase's doer is the main clause's subject, named after the quotation (which
        # may end in "?" and so, to the sentence splitter, end the sentence)
        return Cue(phrase, "said", position="before")
    if span.closed:
        # A quotation that ends its sentence ("... win." She ...) is followed by
        # an attribution only in "Roe said." form or lower case ("asked Roe").
        ended = _ENDS_SENTENCE.search(cand.text) is not None
        starts_upper = _STARTS_UPPER.match(after) is not None
        verb_last = _LAST_WORD.search(after)
        if cand.embedded and _SUBORDINATE_START.match(before) and "," not in before:
            # 'While Davis called the ruling "disappointing," organizers said': the
            # quotation belongs to the subordinate clause it stands in
            cue = _parse_before(before, vocabulary, prev_tail + " " + masked[:sent_start], signs_shown)
            if cue is not None:
                return cue
        if (verb_last and verb_last.group(1) in SPEECH_VERBS
                and SPEECH_VERBS.isdisjoint(_LOWER_RUN.findall(after, 0, verb_last.start()))):
            # '"criminal organisation," a step the activists called "...": the one verb
            # introduces the next quotation (not '"A," said Roe, with a sign reading "S."')
            pass
        elif _CRIED_LAST.search(before, max(0, len(before) - 24)):
            pass  # 'the workers chanted "No justice, no Jeeps!" — ... — before someone shouted': theirs
        elif not (ended and starts_upper) or _AFTER_NAME_VERB.match(after) or re.match(r"\s*according", after, re.I):
            cue = parse_after(after, vocabulary)
    if (cue is None and before.rstrip().endswith(("\u2014", "\u2013", "--")) and "order" in before
            and (order := _ORDERED_THEN_DASH.search(before)) is not None
            and (phrase := _subject_phrase(before[: order.start()], vocabulary)) is not None and phrase.name):
        # 'Council President Blaine Griffin defiantly ordered Deputy Clerk Allan Dreyer to keep
        # reading through the noise — "Just keep reading, Allan" —': the order's words, set
        # off by dashes (not any "ordered": "Police chief Omar Haddad ordered the square closed")
        cue = Cue(phrase, "said", position="before")
    if (cue is not None and cue.position == "after" and cue.slogan is None and cue.phrase is not None
            and cue.phrase.pronoun in ("he", "she") and before.rstrip().endswith(":")):
        # 'Northup inspired the crowd with a rallying cry: "...," she said.': the "she" is the
        # colon clause's subject, named right there
        named = _parse_before(before, vocabulary, prev_tail + " " + masked[:sent_start], signs_shown)
        if named is not None and named.phrase is not None and named.phrase.name and not named.phrase.crowd:
            cue = Cue(named.phrase, cue.verb, position="after")
    if (cue is not None and cue.slogan == "sign" and cue.position == "after" and before.strip()
            and (cue.phrase is None or not (cue.phrase.name or cue.phrase.pronoun))):
        # 'Brooks wore a T-shirt with "..." printed on the back': the words after say
        # where it is printed; who wore it stands before
        worn = _parse_before(before, vocabulary, prev_tail + " " + masked[:sent_start], signs_shown)
        if worn is not None and worn.slogan == "sign" and worn.phrase is not None and worn.phrase.name:
            cue = worn
    if cue is not None and cue.slogan == "sign" and " " not in cand.text.strip() and _A_TERM_BEFORE.search(before):
        cue = None  # 'The word "efficiency" appeared on many signs, crossed out': a word talked about
    if cue is not None and cue.slogan is None and _NAMED_AS_SLOGAN.search(before):
        cue = None  # 'Chants of "My body, my choice" rolled through the crowd, answered by': the chant
    if (cue is not None and cue.slogan is None and (cand.embedded or before.rstrip().endswith(":"))
            and slogan_cue_before(before) == "sign"):
        # 'Fain, wearing a T-shirt that read "Eat the rich," told the crowd': the shirt's; and
        # 'They were holding cardboard signs, saying: "...," added the campaign group': the signs'
        cue = None
    if (cue is not None and cue.slogan is None and cue.position == "after" and (
            (cue.verb in _WRITING_VERBS and SURFACE_ON.search(after))
            # '"...," it said on a blanket carried by several protesters': words that say, on a surface
            or (cue.verb in ("said", "says") and _SAID_ON_A_SURFACE.search(first_sentence(after))))):
        # '"Our NHS is not for sale", wrote one nurse on the back of a cereal box': written on a sign
        cue = Cue(cue.phrase, None, slogan="sign", position="after")
    if cue is not None and cue.slogan is None and cue.position == "after" and _SIGN_SET_OFF.match(before):
        # 'The sign on the door — "..." — said it all', 'Her sign — "..." — told the story': the sign's
        cue = Cue(_subject_phrase(before.rstrip(" (\u2014\u2013"), vocabulary), None, slogan="sign", position="before")
    if (cue is not None and cue.slogan is None and cue.phrase is not None and cue.position == "after"
            and _bare_one(cue.phrase.words)
            and (_SIGN_WORD.search(before.replace(MASK, " ")) or cue.verb in ("read", "reads")
                 or (not before.strip() and (_SIGN_WORD.search(prev_tail.replace(MASK, " "))
                                             or _signs_last_named(masked, sent_start))))):
        # 'Others held signs ("Let him read," one said; ...)': one of the signs; and
        # '"I've seen better cabinets at IKEA," one read.' (people do not "read" their words)
        cue.slogan = "sign"
        cue.phrase.sign = True
    if (cue is not None and cue.slogan is None and cue.phrase is not None and cue.position == "after"
            and _ONE_MESSAGE.fullmatch(cue.phrase.words)
            and _WROTE_MESSAGES.search((prev_tail + " " + masked[:sent_start] + before).replace(MASK, " "))):
        # 'spray-painted messages on giant white sheets.' then '"...," one message said': one of them
        cue.slogan = "sign"
        cue.phrase.sign = True
    if cue is None and (one := _ONE_SET_OFF.search(before)):
        # 'The chants were old. ... students started a new one — "Whose country? Our country!" —': one of them
        if _NAMES_A_CHANT.search(masked, 0, sent_start + one.start()):
            cue = Cue(None, None, slogan="chant", position="before")
        elif _names_signs(masked, 0, sent_start + one.start()):
            cue = Cue(None, None, slogan="sign", position="before")
    if (cue is None and ("caption" in before or "with the" in before) and POSTED_WITH_CAPTION.search(before)
            and _CAPTION_LAST.search(before)):
        # 'posted a photo on Instagram with the caption "..."', '... with the message:': the poster's words
        cue = Cue(_subject_phrase(before, vocabulary), "posted", position="before")
    if (cue is None and span.closed and before.rstrip().endswith(":") and "message" in before
            and (message := _THE_MESSAGE_WAS.search(before))
            and not _POSSESSIVE_IN.search(message.group())):  # "The message on Ava Lindqvist's T-shirt": hers, below
        # 'The message at the rally was simple: "Protect the Boundary Waters." It was on hats, on
        # paddles': words shown on things; 'She had painted her paddle. Her message: "..."': hers
        shown = masked[max(0, sent_start - 200) : sent_start] + " " + masked[span.outer_end : span.outer_end + 160]
        if _SIGN_WORD.search(shown) or _SHOWN_ON.search(shown):
            owner = message.group(1)
            phrase = (SpeakerPhrase(owner, pronoun={"her": "she", "his": "he"}[owner.lower()], sign=True)
                      if owner and owner.lower() in ("her", "his") else None)
            return Cue(phrase, None, slogan="sign", position="before")
    if cue is None and (_UNDER_THE_WORDS.search(before, max(0, len(before) - 40)) or _SPELLING_OUT.search(before)
                        or _MESSAGE_APPEARED.search(before) or _DECORATED_WITH_WORDS.search(before)):
        # 'taped a photograph to her windshield under the words "..."', 'hay bales spelling out "SOS."'
        cue = Cue(_subject_phrase(before, vocabulary), None, slogan="sign", position="before")
    if (cue is None and span.closed and _WORDS_BEFORE.search(before, max(0, len(before) - 50))
            and _DISPLAYED_AFTER.match(masked, span.outer_end)
            and not (" " not in cand.text.strip() and _A_TERM_BEFORE.search(before))):  # 'The word "efficiency" appeared
        # 'The words "Your profits, our floods" appeared in white letters', 'A second
        # message, "Exxon knew," was projected': words shown, not said
        cue = Cue(None, None, slogan="sign", position="before")
    if (cue is None and span.closed and not before.strip(" \x00") and " most " in masked[span.outer_end : sent_end]
            and (common := _MOST_COMMON_AFTER.match(masked, span.outer_end, sent_end))):
        # '"Trans rights are human rights" was the most common, written on everything from
        # poster board to pizza boxes': the commonest of the signs (or chants) the rest names
        rest = common.group(1)
        if _SIGN_WORD.search(rest) or _WRITTEN_REST.search(rest):
            return Cue(None, None, slogan="sign", position="after")
        if _NAMES_A_CHANT.search(rest):
            return Cue(None, None, slogan="chant", position="after")
    if cue is None and span.closed and PAINTED_BEFORE.search(before) and SURFACE_AFTER.match(
            _GLOSS_FIRST.sub(" ", masked[span.outer_end : sent_end], count=1)):
        # 'had painted "End fossil fuels" on a bedsheet': sign text, whoever held it
        cue = Cue(_subject_phrase(before, vocabulary), None, slogan="sign", position="before")
    if cue is None and " side " in before and _OTHER_SIDE_WAS.search(before):
        # 'One side of it read, "...". On the other side was "...": the same sign's other side
        return Cue(None, None, slogan="sign", position="before", extras={"words": "it", "its_surface": True})
    if (cue is None and span.closed and _LIST_LEAD.fullmatch(before)
            and (among := _WERE_AMONG_THE_SIGNS.match(masked, span.outer_end, sent_end))):
        # '"Send Musk to Mars", "#No Kings", and "Democracy Not Dictators" were just a few
        # signs sprinkled through the lot': words the sentence then calls signs (or chants)
        noun = (among.group(1) or among.group(2)).lower()
        return Cue(None, None, slogan="chant" if noun.startswith(("chant", "cr", "refrain")) else "sign",
                   position="after")
    if cue is None and span.closed and _WHICH_THEY_CHANTED.match(masked, span.outer_end):
        # 'honked to the rhythm of "Fund our schools," which the teachers chanted': a chant
        return Cue(None, None, slogan="chant", position="before")
    if (cue is None and _WRITING_LAST.search(before)
            and _IMPLEMENT.search(masked, sent_start, sent_end)):
        # 'Children knelt on the boardwalk with sidewalk chalk, writing "Save the reefs"':
        # words written with chalk, a marker or paint are sign text
        return Cue(_named_writer(_subject_phrase(before, vocabulary)), None, slogan="sign", position="before")
    if cue is None and span.closed and _CRYING_FIRST.fullmatch(before):
        # 'Shouting "Enough is enough!" and "..." as they marched, the students filled the
        # plaza': the main clause's subject shouts (a crowd's is a chant; a name's, theirs)
        main = _MAIN_CLAUSE_AFTER.search(masked, span.open_at, sent_end)
        subject = _subject_phrase(main.group(1), vocabulary) if main else None
        if subject is not None and subject.name and not subject.crowd:
            return Cue(subject, before.strip().lower(), position="before")
        return Cue(subject if subject is not None and (subject.crowd or subject.pronoun == "they") else None, None,
                   slogan="chant", position="before")
    if (cue is None and before.rstrip(" :,").endswith("to") and _CHANGED_IT_TO.search(before)
            and _NAMES_A_CHANT.search(masked.replace(MASK, " "), 0, span.open_at)):
        # '... a chant of "No justice, no Jeeps!" ... before someone corrected it to "No justice, no trucks!"'
        return Cue(None, None, slogan="chant", position="before")
    if cue is None and (the_chant := _THE_CHANT_BEFORE.search(before, max(0, len(before) - 40))):
        # 'Roe said the chant "Not my president" had been used since 2017': the chant named, not her words
        kind = "chant" if the_chant.group(1).lower().startswith(("chant", "refrain", "rallying")) else "sign"
        return Cue(None, None, slogan=kind, position="before")
    if cue is None:
        cue = _parse_before(before, vocabulary, prev_tail + " " + masked[:sent_start], signs_shown)
        if ((cue is None or cue.slogan is None) and (that_read := _THING_THAT_READ.search(before))
                and that_read.group(1).lower() not in DOCUMENT_NOUNS):
            # 'paper airplanes that read "Divest now."': words written on a thing are sign
            # text (not what "Students shouted" before them)
            cue = Cue(_subject_phrase(before[: that_read.start()], vocabulary), None, slogan="sign",
                      position="before", extras={"words": that_read.group(1)})
        if cue is not None and cue.slogan == "sign" and cand.text[:1].islower() and _THAT_BEFORE.search(before):
            # 'One, according to a police statement, carried a slogan that "may have
            # constituted an offence."': words about the sign, not on it
            according = _ACCORDING.search(before)
            phrase = parse_speaker_phrase(according.group(1), vocabulary) if according else None
            cue = Cue(phrase, "according", position="according") if phrase is not None else None
        if (cue is not None and cue.slogan in ("sign", "chant") and cand.text[:1].islower() and _COPULA_END.search(before)
                and (said := _SAYS_OF_IT.search(before)) is not None
                and (phrase := parse_speaker_phrase(said.group(1), vocabulary)) is not None):
            # '..., she said, adding that the slogans were "the easy part."': what she says of the
            # slogans, not one of them
            cue = Cue(phrase, "said", position="before")
        if (cue is not None and cue.slogan is None and cue.verb in CHANT_VERBS and cue.phrase is not None
                and (cue.phrase.crowd or (cue.phrase.pronoun == "they" and cue.verb.startswith("chant")))):
            # 'Marchers sang "We Shall Overcome" ..., and then "Ain't gonna let nobody ..."'; 'They
            # chanted different cheers as they marched, such as "..."': many voices, whoever they are
            # (but 'They sang ... hymns like "..."' names a hymn: its title, below)
            cue.slogan = "chant"
        elif (cue is not None and cue.slogan is None and cue.phrase is not None and cue.phrase.crowd
              and (cue.verb in SHOUT_VERBS or cue.verb in _ANSWER_VERBS)):
            # 'Workers ... shouted the names of hotels ..., followed each time by "We won there!"',
            # 'Drivers answered with "No cuts!"': a crowd's cry
            cue.slogan = "shout"
    if (cue is not None and cue.slogan is None and cue.phrase is not None and cue.position == "before"
            and _CHANTS_AS_SUBJECT.match(cue.phrase.words)):
        # 'Chants of solidarity from the demonstrators urged Saskatchewan to "..."': the chants' words
        cue.slogan = "chant"
    if (cue is not None and cue.slogan is None and cue.phrase is not None and cue.phrase.crowd
            and cue.position == "before" and "line" in before and _SUNG_LINE.search(before)):
        # 'campaigners ... sang an adapted version of Rule Britannia - culminating in a line saying
        # "Britain should remain."': a line of what the crowd sang
        cue.slogan = "chant"
    if (cue is not None and cue.slogan is None and cue.position == "before" and cue.verb in _CALL_VERBS_ANSWERED
            and _CALL_ANSWERED.search(masked, sent_start, span.open_at)):
        cue.slogan = "chant"  # the call of a call and response, whoever called it
    if (cue is not None and cue.slogan is None and cue.phrase is not None
            and cue.phrase.words.split(",")[0].strip().lower() in ("some", "others", "many", "most", "several", "a few")
            and _NAMES_A_CHANT.search(masked, 0, sent_start)):
        # 'they broke into a chant: "Fund our schools!" Some added a line of their own: "..."'
        cue = Cue(cue.phrase, None, slogan="chant", position=cue.position)
    if (cue is not None and cue.slogan is None and cue.phrase is not None and _ELLIPTICAL_POSSESSIVE.match(
            cue.phrase.words.partition(",")[0]) and _SIGN_WORD.search((masked[:sent_start] + before).replace(MASK, " "))):
        # 'The union banners were out. ... the RMT's, carried by rail workers, said simply "Solidarity"': its banner
        cue = Cue(None, None, slogan="sign", position=cue.position)
    if cue is None and span.closed and _ENDS_SENTENCE.search(cand.text):
        # '"Why not now?" Roe asked.': the quotation ended its sentence, so the
        # attribution stands in the next one, in "Name verb" form (not "He
        # added:", which introduces the next quotation)
        following = first_sentence(cand.after)
        if (_AFTER_NAME_VERB.match(following) and not cand.after[len(following):].lstrip().startswith(":")
                # ('Nir added, "...": the cue of the quotation that follows)
                and not _NAME_VERB_LEADS_IN.fullmatch(cand.after)):
            cue = parse_after(cand.after, vocabulary)
    if cue is None and span.closed:
        rest = masked[span.outer_end : sent_end]
        m = _ACCORDING.search(rest)
        if m:
            phrase = parse_speaker_phrase(m.group(1), vocabulary)
            if phrase:
                return Cue(phrase, "according", position="according")
        if cand.embedded:
            # 'X defended the vote as "..." and said ...': the sentence's subject
            m = re.search(r"\b(?:and|but|whil(?:e|st))\s+(?:also\s+)?(" + "|".join(_SAID_FORMS) + r")\b", rest)
            if m:
                phrase = _subject_phrase(before, vocabulary)
                if phrase is not None:
                    return Cue(phrase, m.group(1), position="before")
    if (cue is not None and cue.position == "before" and cue.phrase is not None and cue.phrase.name
            and not cue.phrase.person and (at := before.find(cue.phrase.words.split(",")[0].strip())) > 0
            and _PERSON_PRONOUN_WORD.search(before, 0, at) and not looks_like_org(cue.phrase.name)):
        # "Asked whether she would campaign against the recall, Whitfield said:": the "she"
        # of an opening clause is the subject, a person (not a body a later "it" could mean)
        cue.phrase = replace(cue.phrase, person=True)
    if (cue is not None and cue.position == "before" and cue.phrase is not None and cue.phrase.pronoun == "it"
            and "s " in before and (its_body := _THE_BODYS.search(before))):
        # "In a statement on the group's website, it said:": "it" is the group
        cue.phrase = replace(cue.phrase, pronoun="the " + its_body.group(1).lower())
    return cue


_THE_BODYS = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(ORG_PRONOUN_NOUNS - {"organizers", "organisers"}))
                        + r")['\u2019]s\s")


# A chant named before, changed: "someone corrected it to", "the chant changed to"
_CHANGED_IT_TO = re.compile(r"\b(?:(?:changed|corrected|switched|amended|altered|updated|shortened|turned)\s+"
                            r"(?:it|that|the\s+(?:chant|line|words|refrain))|(?:chant|chants|refrain)\s+"
                            r"(?:changed|switched|shifted|turned))\s+(?:to|into)\s*[:,]?\s*$", re.I)
_PERSON_PRONOUN_WORD = re.compile(r"\b(?:she|he|her|his|him|herself|himself)\b", re.I)


# A source named by nothing but a number or "another": it is one of whatever
# the paragraph has just named ("signs ... one said").
_BARE_ONES = frozenset({"one", "another", "others", "some", "one of them", "another one", "the other",
                        "a third", "a second", "yet another", "still another", "one more"})


def _signs_last_named(masked: str, end: int) -> bool:
    """Signs are the last things the paragraph named before `end`, and nobody
    spoke or gathered since: 'I noticed the signs. Most were handmade. "...,"
    said one' (not 'Protesters held signs and spoke to us. "...," one said')."""
    text = masked[max(0, end - 200) : end]
    last = None
    for last in _SIGN_WORD.finditer(text):
        pass
    if last is None:
        return False
    since = _LOWER_RUN.findall(text.lower(), last.end())
    return SPEECH_VERBS.isdisjoint(since) and CROWD_WORDS.isdisjoint(since) and _SPOKE_OR_PEOPLE.isdisjoint(since)


_SPOKE_OR_PEOPLE = frozenset({"spoke", "talked", "speak", "talk", "people"})


def _bare_one(words: str) -> bool:
    """"one", or "one, in the sleek font of an advert": not "one, a nurse from Leeds" (a person)."""
    head, _, rest = words.partition(",")
    placed = ONE_PLACED.fullmatch(head.strip())
    head = placed.group(1).lower() if placed else head.strip().lower()  # "one on a butcher's stall": where it hung
    return head in _BARE_ONES and not re.match(r"\s*(?:a|an|the|who|whose|aged|\d)\b", rest)


_BARE_ONES_AND_MOST = _BARE_ONES | {"most", "many", "several", "a few", "all", "each"}
_SAID_FORMS = ("said", "says", "added", "told", "wrote", "argued", "insisted", "noted", "warned", "stated")
# What a short quotation is, said right after it: a phrase someone made known ('"good trouble," a
# phrase popularized by the late John Lewis')
_A_PHRASE_COINED_AFTER = re.compile(r"\s*,?\s*(?:a|the|an)\s+(?:[a-z]+\s+)?(?:phrase|term|expression)\s+"
                                    r"(?:popularized|popularised|coined|made\s+famous|used|first\s+used|borrowed)\b")
# A paragraph that opens on a body by its noun: "The group wants ...", "The union has ..."
_THE_BODY_OPENS = re.compile(r"\s*The\s+(group|organisation|organization|union|coalition|movement|campaign|network|"
                             r"alliance|collective|association|federation)\b")
# An order given, then its words set off by a dash: "ordered the clerk to keep reading — "
_ORDERED_THEN_DASH = re.compile(r"\b(?:\w+ly\s+)?(?:ordered|orders|instructed|instructs)\s+[^\x00.!?;:]{1,100}?\s+to\s+"
                                r"[^\x00.!?;:]{1,100}(?:\u2014|\u2013|--)\s*$")
# Verbs that judge an object ("praised the decision"): after a quotation they need not attribute it
_JUDGING_VERBS = frozenset({"praised", "praises", "hailed", "hails", "thanked", "thanks", "slammed", "slams",
                            "blasted", "blasts", "criticized", "criticised", "criticizes", "criticises",
                            "condemned", "condemns", "denounced", "denounces", "decried", "decries",
                            "welcomed", "welcomes", "urged", "urges"})
_JUDGES_AN_OBJECT = re.compile(r"\b(?:" + "|".join(sorted(_JUDGING_VERBS)) + r")\s+(?:the|a|an|his|her|their|its|[A-Z])")
_CLAIMING = ("claiming", "claimed", "claims", "promising", "promised", "pledging", "pledged", "vowing", "vowed")


_TEXT_WORD = re.compile(r"[\w'\u2019&-]+")
_CLOSES_PHRASE = re.compile(r"[.!?,]$")
_CLOSES_SENTENCE = re.compile(r"[.!?]$")
# What a named law, plan or deal ends with ("the Affordable Care Act.", "the 'Big, Beautiful Bill.'")
_INSTRUMENT_NAMES = frozenset({"Bill", "Act", "Law", "Plan", "Agreement", "Accord", "Accords", "Deal", "Amendment",
                               "Order", "Policy", "Program", "Programme", "Treaty", "Pact", "Doctrine"})
_OWNER_LAST = re.compile(r"\w['\u2019]s?\s*$")
# ... and in lower case, after an article: 'a ‘Sarah’s law’', 'the "bedroom tax"'
_INSTRUMENT_NOUNS = frozenset({"law", "laws", "bill", "act", "tax", "levy", "clause", "amendment", "rule", "rules"})
_AN_ARTICLE_LAST = re.compile(r"\b(?:a|an|the)\s*$", re.I)


# (a count too: 'According to CNN, 21 "young people" have taken Trump to task')
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the|a|an|his|her|our|this|that|these|those|[A-Za-z]+['\u2019]s?|\d[\d,]*"
                                # 'at least four alleged "anti-ICE agitators" were arrested': a term, however it is hedged
                                r"|so-called|alleged|self-described|self-styled|supposed)"
                                # ('his anti-government "velvet resolution" aimed at': a compound adjective between)
                                r"(?:\s+[a-z]+(?:-[a-z]+)+)?\s*$",
                                re.I)
_WORD_AFTER = re.compile(r" ([a-z][a-z'\u2019-]*)\b")
# The people a quoted name is the group of: '"Unity March Exeter" attendees'
_PEOPLE_OF_A_NAME = _PLURAL_HEADS | {"attendees", "participants", "goers", "backers", "followers", "loyalists"}
_PLURAL_NOUN_AFTER = re.compile(r" ([a-z][a-z-]*[a-rt-z]s)(?:[,.;:]|\s+(?:and|who|which|that|were|are|had|have)\b)")
# Words that may follow a quoted fragment of speech ('called it "a disgrace"
# and left'): after anything else, a short quotation inside a noun phrase is a term.
_FRAGMENT_FOLLOWERS = frozenset("""and or but nor so yet until unless because if when while as to for in on at by
    with from after before since than that which who whom whose of into onto over under about against without
    during through toward towards across around amid among near within beyond despite per via then now again too
    here there today yesterday tonight tomorrow instead anyway though although even also either neither both
    last this next every each earlier later soon once twice ago already still just only""".split())


_TITLE_SMALL_WORDS = frozenset({"of", "for", "the", "and", "a", "an", "in", "on", "to", "&", "with", "at", "by", "from", "or", "is", "as"})


def _is_title_case(text: str) -> bool:
    """Every word capitalised but the small ones: "Over the Rainbow"."""
    words = _TEXT_WORD.findall(text)
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words) and (
        # a numeral among capitalised words ("Million March 4 Children"), not "I'm 7."
        sum(w[:1].isupper() for w in words) >= 2 or not any(w[:1].isdigit() for w in words))


def _inside_attribution(cand: _Candidate, statement: _Candidate | None, kind: str = SLOGAN) -> bool:
    """Is `cand`, a quotation of `kind` (a slogan unless said otherwise), inside
    the attribution after the statement before it ('"A," said Roe, who stood
    with a sign reading "S." "B."', '"A," said Levin, ... behind the "day of
    defiance" to the Guardian. "B."')? Then "B" is the statement's speaker's again."""
    return (statement is not None and statement.kind == STATEMENT and not statement.dropped
            and statement.cue is not None and statement.cue.position == "after"
            and cand.kind == kind and cand.embedded and not _has_sentence_end(statement.after or ""))


def _only_short_quotations(masked: str, spans: list[Span], cands: list[_Candidate]) -> bool:
    """Three or more closed quotations of eight words or fewer, one after the
    other with nothing else in the paragraph (two could be a dialogue)."""
    if len(spans) < 3 or len(cands) != len(spans) or not all(s.closed for s in spans):
        return False
    if any(c.continues or len(c.text.split()) > 8 for c in cands):
        return False
    return _nothing_but_quotations(masked)


_NAMES_A_CHANT = re.compile(r"\b(?:chants?|chanting|chanted|call[- ](?:out[- ])?and[- ](?:response|answer)|refrain|slogans?|"
                            r"sing|sings|sang|singing|songs?)\b", re.I)


# A chant heard, right before its words: 'From the encampment came "..."', 'Then rose "..."'
# (after a chant is named, an embedded quotation otherwise is a term: 'The chanting went on. It was "peaceful."')
_CHANT_RISES = re.compile(r"\b(?:came|comes|rose|rises|rang\s+out|rings\s+out|went\s+up|goes\s+up|erupted|erupts|"
                          r"echoed|echoes|boomed|booms|thundered|swelled|followed|follows)\s*$", re.I)
# The chant just named, given by a copula: 'The women sing as they wait. This Tuesday it was "..."'
_CHANT_WAS = re.compile(r"\b(?:it|this|that|one|favou?rite|refrain|chorus)\s+(?:was|is)\s*:?\s*$"
                        # ('Many of the other chants included ... They varied from "A" to "B"': the chants named)
                        r"|^\s*(?:They|These|Those|Others)\s+(?:varied|vary|ranged|range)\s+from\s*$", re.I)


# What the words just quoted are, in an apposition: "the Lakota phrase for water is life"
_NAMED_AS_WORDS = re.compile(r"\s*,?\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:phrase|words|slogan|chant|cry|refrain|"
                             r"rallying\s+cry|motto)\b", re.I)


_STARTS_A_CHANT = re.compile(r"\b(?:led|leads|leading|started|starts|began|begins|struck\s+up|strikes\s+up)\b")


def _chant_named(text: str, start: int, end: int, name_starts) -> str | None:
    """Does text[start:end] name a chant with no name after it? "led" if
    someone leads or starts it ("Wallace led the crowd in a chant"), else "named"."""
    last = None
    for last in _NAMES_A_CHANT.finditer(text, start, end):
        pass
    if last is None or any(last.end() <= n < end for n in name_starts):
        return None
    return "led" if _STARTS_A_CHANT.search(text, start, last.start()) else "named"


def _call_just_before(state: _State, p_index: int, opens_paragraph: bool) -> _Candidate | None:
    """The last quotation of the paragraph before, for an answer that opens its
    own: '"Whose streets?" he called out.' then '"Our streets!" the volunteers
    shouted back.'"""
    if not (opens_paragraph and state.candidates):
        return None
    call = state.candidates[-1]
    return call if call.paragraph == p_index - 1 and call is state.last_statement else None


def _call_and_response(masked: str, cands: list[_Candidate]) -> bool:
    """'"Whose streets?" "Our streets!" The call and response echoed down
    Broadway.': short quotations side by side, none with a cue of its own,
    in a paragraph that names a chant."""
    if len(cands) < 2 or not _NAMES_A_CHANT.search(masked.replace(MASK, " ")):
        return False
    for a, b in zip(cands, cands[1:]):
        if not (a.span.closed and masked[a.span.outer_end : b.span.open_at].strip() == ""):
            return False
    return all(not c.continues and len(c.text.split()) <= 8 and (c.cue is None or c.cue.phrase is None)
               for c in cands)


def _credit_carrier(cand: _Candidate, carrier: SpeakerPhrase | None, book: SpeakerBook, p_index: int) -> None:
    """A sign's words are the named person's who carried it."""
    if carrier is None:
        return
    speaker, org = book.resolve(carrier, p_index)
    if speaker and book.kind_of(speaker) == "person":
        cand.speaker, cand.org, cand.attribution = speaker, org, None


def _standing_slogan(para_cands: list[_Candidate], state: _State) -> _Candidate | None:
    """The slogan quoted last: this paragraph's last quotation if it is one, else
    the article's last slogan when no statement came after it."""
    prior = para_cands[-1] if para_cands else state.last_slogan
    if prior is None or prior.kind != SLOGAN:
        return None
    if para_cands or state.last_statement is None or state.last_statement.paragraph < prior.paragraph:
        return prior
    return None


def _decide(cand: _Candidate, book: SpeakerBook, p_index: int, state: _State,
            para_cands: list[_Candidate], *, at_paragraph_start: bool, before: str, after: str,
            sign_context: bool = False, chant_context: str | None = None, signs_before: tuple[str, ...] = (),
            carrier: SpeakerPhrase | None = None, opener: SpeakerPhrase | None = None,
            shown_after_colon: bool = False) -> None:
    """Kind, speaker, and whether the span is a quotation at all.

    `signs_before`: the pronouns ("it", "they") that mean the signs the
    sentence before named (as its subject, or one sign anywhere in it);
    `carrier`: who that sentence or this one says carried one sign;
    `opener`: who carries the sign a sentence opens with ("Holding a sign ...,");
    `shown_after_colon`: the quotation is a paragraph of its own after one that ends naming signs and a colon."""
    cue = cand.cue
    words = cand.text.split()
    before_clean = before.replace(MASK, " ")
    if (sign_context or (cue is not None and cue.slogan == "sign")) and _SIGN_OF_LAST.search(before_clean):
        # 'would be a clear sign of "weakness"': a token of something, no placard
        sign_context = False
        if cue is not None and cue.slogan == "sign":
            cand.cue = cue = None
    if len(words) == 1 and len(letters := cand.text.strip(" ,.;:!?")) == 1 and letters.isalnum():
        cand.dropped = True  # 'with a giant red ‘X,’': one letter drawn, no words
        return
    if (len(words) <= 2 and _FIRST_NAME_LAST.search(before_clean) and _SURNAME_FIRST.match(cand.after)
            and cand.text.rstrip()[-1:].isalpha()):
        cand.dropped = True  # 'Mercedes “Electra” Wyatt', 'Rene “Koto” Wilson': a nickname inside a name
        return
    if (cand.embedded and len(words) <= 4 and cand.text[:1].islower() and para_cands
            and _PREPOSITION_DETERMINER_LAST.search(before_clean) and _inside_attribution(cand, para_cands[-1], kind=STATEMENT)):
        # '"A," said Ezra Levin, co-founder of Indivisible, one of the groups behind the "day of
        # defiance" to the Guardian. "B."': a term the attribution uses, not more of anyone's words
        cand.dropped = True
        return
    if (len(words) <= 3 and cand.text[:1].islower() and cand.text.rstrip(",.;").replace(" ", "").replace("-", "").isalpha()
            and ("charge" in before_clean or "guilty" in before_clean or "accused" in before_clean
                 or "convicted" in before_clean or " for" in before_clean[-6:]) and _OFFENCE_LAST.search(before_clean)):
        # 'charged with "unlawful assembly"': the name of an offence, nobody's words (but the
        # statute's own wording is a quotation: 'charged with "crowding, obstructing or incommoding,"')
        cand.dropped = True
        return
    if _SO_CALLED_LAST.search(before_clean):
        # 'signs reading "A" (a reference to so-called Latvian "oligarch" X) and "B"', 'chanted
        # as they ... held banners to protest the so-called "riot boosting" laws': a term
        cand.dropped = True
        return

    if _is_title_case(cand.text) and (
            (len(words) >= 2 and not _CLOSES_SENTENCE.search(cand.text.rstrip(","))
             and _EVENT_NOUNS.match(cand.after.replace(MASK, " "))
             # (but 'carrying signs with the common "F*** Trudeau" slogan' is what the signs say)
             and not (cue is not None and cue.slogan == "sign" and _SLOGAN_NOUN_NEXT.match(cand.after)))
            or (not cand.text.rstrip().endswith(("!", "?")) and _POSSESSOR_BEFORE.search(before_clean)
                and not _SIGN_NAMED_AFTER.match(cand.after))):  # Roe's "Abolish ICE" sign is a sign
        # 'T-shirts from the "Banned Books Week" campaign', 'led the crowd in Woody
        # Guthrie's "This Land Is Your Land."', 'music including Kendrick Lamar's
        # 'Alright'': the name of an event or a work, signs or no signs
        cand.dropped = True
        return
    if (len(words) <= 8 and cand.text[:1].isupper() and not _CLOSES_SENTENCE.search(cand.text.rstrip(","))
            and _THE_LAST.search(before_clean) and (last_word := words[-1].strip(_WORD_PUNCT))[:1].isupper()
            and (_EVENT_NOUNS.fullmatch(last_word) or (_is_title_case(cand.text) and (
                looks_like_org(cand.text)
                # ('protesters marking the "Million March 4 Children"': an event's name, "March" inside it)
                or any(w[:1].isupper() and _EVENT_NOUNS.fullmatch(w.strip(_WORD_PUNCT)) for w in words[:-1]))))):
        # 'a ban on the "Three Years Jotna (is up) Movement"': a name that ends in what it names,
        # however its middle is written; 'under the umbrella of the "Alliance of Non-State Actors"'
        cand.dropped = True
        return
    if (len(words) <= 6 and cand.text.rstrip().endswith(".") and _is_title_case(cand.text)
            and words[-1].strip(_WORD_PUNCT) in _INSTRUMENT_NAMES
            and (_THE_LAST.search(before_clean) or _OWNER_LAST.search(before_clean))):
        # 'critical of ... the Trump administration's "Big, Beautiful Bill."': a law's or a plan's
        # name, its sentence's full stop inside the marks (signs or no signs)
        cand.dropped = True
        return
    if (len(words) <= 4 and words[-1].lower() in _INSTRUMENT_NOUNS and _AN_ARTICLE_LAST.search(before_clean)
            and not ((nxt := _WORD_AFTER.match(cand.after)) and nxt.group(1) in SURFACES)):
        # 'demanded the introduction of a ‘Sarah’s law’ to give': a law named, a noun in the
        # sentence, whatever the signs (but 'a "Kill the bill" placard' is what it says)
        cand.dropped = True
        return
    if (len(words) <= 5 and cand.text[:1].isupper() and not _CLOSES_SENTENCE.search(cand.text.rstrip(","))
            and _THE_LAST.search(before_clean)
            and (((cue is None or cue.slogan is None) and _CAMPAIGN_NOUN_AFTER.match(cand.after))
                 or (_is_title_case(cand.text) and _PERFORMED_AFTER.match(cand.after)))):
        # 'dubious about the "Not my president" movement', 'the "Star-Spangled Banner" was
        # sung to end it': a name, whatever the sentence's verb of saying
        cand.dropped = True
        return
    if cand.text[:1].isupper() and len(words) <= 12 and "by" in before_clean[-16:] and _ORGANISED_BY_LAST.search(before_clean):
        # "The demonstration, organised by 'Enough is Enough, a group of concerned Gibraltar
        # Citizens'": the organiser's name (not 'organised by "anti-China elements"', words)
        cand.dropped = True
        return
    if (cue is None and len(words) <= 3 and not _CLOSES_SENTENCE.search(cand.text.rstrip(","))
            and _PEOPLE_NAMED_BY_IT.match(cand.after)):
        cand.dropped = True  # '"Tea party" activists gathered': the movement's name, describing them
        return
    if (len(words) <= 4 and (cue is None or cue.slogan is None) and not _CLOSES_SENTENCE.search(cand.text.rstrip(","))
            and _TERM_DEFINED_AFTER.match(cand.after)):
        cand.dropped = True  # 'while “lower square” refers to the central part': a term defined, nobody's words
        return
    if (len(words) <= 8 and not cand.text.rstrip().endswith(("!", "?"))
            and before_clean.rstrip(" ,").endswith(_NAMING_WORDS) and _EVENT_CALLED_BEFORE.search(before_clean)):
        cand.dropped = True  # 'The protest, called “Czech Republic in 1st place”, was organized by': its name
        return
    if len(words) <= 6 and _THE_NAME_OF_AFTER.match(cand.after):
        cand.dropped = True  # 'a pair inscribed with "Laudato Si'," the name of the Papal Encyclical': a title
        return
    if len(words) <= 5 and _is_title_case(cand.text) and _A_BODY_APPOSED_AFTER.match(cand.after):
        cand.dropped = True  # "the colour symbol of 'People Power', Bobi's pressure group,": its name
        return
    if (_is_title_case(cand.text) and len(words) <= 8 and not cand.text.rstrip().endswith(("!", "?"))
            and ((cue is None or cue.slogan is None) and _WORK_TITLE.search(before_clean)
                 # 'The crowd chanted "..." ..., and Kelly's rendition of "It's a Long Way to the
                 # Top"': a work named after the chant, whatever the chant's verb
                 or (MASK in before and _WORK_OF.search(before))
                 or _PART_OF_A_WORK.search(before_clean) or _A_WORK_AFTER.match(cand.after)
                 # 'led the protesters in a song called "Somebody's Hurting My Brother"': its title,
                 # sung or not
                 or _A_WORK_CALLED.search(before_clean))):
        # 'held up copies of the removed titles, including "The Bluest Eye"': a book's
        # title, even with signs named just before
        cand.dropped = True
        return
    if (len(words) <= 6 and cand.text[:1].isupper()
            # (however its small words are written, "folk song 'Yma o Hyd'", and whatever verb played it:
            # 'The group blasted Bob Marley's civil rights anthem 'Get up, stand up'')
            and not cand.text.rstrip().endswith(("!", "?")) and _SONG_NOUN_LAST.search(before_clean)):
        cand.dropped = True  # 'the original song "Shine," composed by the drama club': the song's title
        return
    if (len(words) <= 6 and (not _CLOSES_SENTENCE.search(cand.text.rstrip(","))
                             or (cand.text.rstrip().endswith("?") and _is_title_case(cand.text)))
            and _RENDITION_OF.search(before_clean)):
        # 'singing a rendition of Gloria Naylor's "I will Survive" that included lyrics like': the
        # song's title, however it is capitalised (its lyrics after it are sung words)
        cand.dropped = True
        return
    if (len(words) <= 3 or (len(words) <= 8 and before_clean.rstrip().endswith(("word", "phrase", "expression")))) \
            and _GLOSSED_AS.search(before_clean):
        cand.dropped = True  # '"Ba-Ga-In-S" — a pun on "bargains"': the word the sign plays on
        return
    if cue is None and len(words) <= 12 and _NAME_STANDS_FOR.search(before_clean):
        cand.dropped = True  # 'The name 50501 refers to "50 protests in 50 states on one day."': what it spells out
        return
    if cue is None and len(words) <= 12 and _READING_ALOUD.search(before_clean) and _is_title_case(cand.text):
        cand.dropped = True  # 'a drag queen reading "The Hips on the Drag Queen Go Swish, ..."': a book's title
        return
    if len(words) <= 6 and "from" in before[-30:] and _FROM_THE_WORK.search(before) and _is_title_case(cand.text):
        cand.dropped = True  # 'singing "Seasons of Love" from "Rent."': the work the song is from
        return
    if len(words) <= 3 and _WHAT_THEY_CALLED.search(before_clean):
        cand.dropped = True  # 'for what organizers called a "last stand"': their term for it, sign or not
        return
    if (len(words) == 1 and para_cands and _A_TERM_BEFORE.search(before_clean)
            and words[0].strip(_WORD_PUNCT).lower() in {w.strip(_WORD_PUNCT).lower() for w in para_cands[-1].text.split()}):
        # 'a sign that read "I can't believe I still have to protest this," with the word
        # "still" underlined': one of its words talked about, not more sign text
        cand.dropped = True
        return
    if (len(words) <= 6 and _CALLING_AN_ACTION.search(before_clean)
            and _is_title_case(re.sub(r"^(?:the|a|an)\s+", "", cand.text))):
        # 'with workers calling their action "the Red Cup Rebellion,"': the action's name
        # (not 'called the strike "a political stunt"': a verdict, in lower case)
        cand.dropped = True
        return
    if len(words) <= 4 and _A_TERM_FOR_AFTER.match(cand.after):
        cand.dropped = True  # 'used by "the caste" — his term for the political establishment'
        return
    if (len(words) <= 10 and before_clean[-24:].rstrip().lower().endswith(_PLAYED_WORDS)
            and _PLAYED_BEFORE.search(before_clean)):
        cand.dropped = True  # 'a brass band played "When the Saints Go Marching In"': a tune's name
        return
    if (len(words) <= 12 and not cand.continues
            # (or whatever cue reached it: 'another was seen hoisting a "Not Our King" sign')
            and (cue is None or cue.phrase is None
                 or (opener is None and not cue.phrase.name and cue.slogan is None and _DETERMINER_LAST.search(before_clean))
                 # ('Hogg shouting into a megaphone while Randall held a ‘Join UKIP’ sign': what she held,
                 # whatever cue an earlier clause has)
                 or (opener is None and before_clean.rstrip().endswith(_CARRIED_DETERMINERS)
                     and _NAME_CARRIED_ONE_LAST.search(before_clean)))
            and (named := _SIGN_NAMED_AFTER.match(cand.after))):
        cand.kind = SLOGAN  # 'the blue-and-white "Liberate Hong Kong" banners': the words they bear
        cand.attribution = named.group(1)
        owner = _POSSESSOR_BEFORE.search(before_clean)
        if owner:  # 'Keisha Roe's "Abolish ICE" sign': hers
            _credit_carrier(cand, parse_speaker_phrase(owner.group(1), book.vocabulary), book, p_index)
        elif his := _HIS_OR_HER_LAST.search(before_clean):
            # 'as David Denny ... led the charge whilst donned in his own "Black Lives Matter" T-shirt': his
            # ('Peter Jordan, clutching his "No To Fracking" placard, says': the subject who carries it)
            pronoun = "he" if his.group(1).lower() == "his" else "she"
            _credit_carrier(cand, _own_carrier(carrier, his, book) or SpeakerPhrase(his.group().strip(), pronoun=pronoun),
                            book, p_index)
        elif cue is None:
            _credit_carrier(cand, carrier, book, p_index)  # 'John Dohner holds a "Delete DOGE" sign': his
        elif (held := _NAME_CARRIED_ONE_LAST.search(before_clean)) is not None:
            # '..., Hogg shouting into a megaphone while Randall held a ‘Join UKIP’ sign': hers
            _credit_carrier(cand, parse_speaker_phrase(held.group(1), book.vocabulary), book, p_index)
        return
    it_read = _IT_READ.fullmatch(before_clean) if signs_before and cue is None else None
    if (signs_before and len(words) <= 15 and ((it_read and it_read.group(1).lower() in signs_before) or (
            cue is not None and cue.slogan is None and cue.position in ("before", "after")
            and cue.phrase is not None and cue.phrase.words.lower() in signs_before and cue.verb in _SIGN_VERBS))):
        # "Their T-shirts ... were ordered. They will say "Born in Greenville."", 'carried a
        # banner. "America was never great," it read': the sign's words
        cand.kind = SLOGAN
        cand.attribution = _sign_words(before_clean) or "signs"
        _credit_carrier(cand, carrier, book, p_index)  # "Lily, 9, carried a poster ... It said, in glitter,"
        return
    if (cue is not None and cue.slogan is None and cue.position == "before" and cue.phrase is not None
            and cue.verb in _WRITTEN_ON_A_SIGN and len(words) <= 15 and not cand.continues
            and ((sign_context and (cue.phrase.name or cue.phrase.pronoun in ("he", "she", "they")))
                 or _IMPLEMENT.search(before_clean) or _IN_A_COLOUR.search(before_clean))):
        # 'Rojas carried a cardboard sign ... At the top, in red paint, she had written "Ni una menos"':
        # what she wrote on the sign just named is its slogan, and hers; so are words
        # written in marker or chalk ('in red marker, someone had written "Day 1."')
        cand.kind = SLOGAN
        cand.attribution = None
        _assign_speaker(cand, book, p_index, state, para_cands, at_paragraph_start)
        return
    if (cue is None and len(words) <= 40 and not cand.continues and before_clean.rstrip().endswith(":")
            and _A_SIGN_OPENS.match(before_clean[_last_sentence_start(before_clean):])):
        # 'One sign posted on the wall related the situation one teaching assistant had found
        # himself in: "I had a class of 93 students and ..."': the sign's words, however long
        cand.kind = SLOGAN
        cand.attribution = "one sign"
        return
    if ((sign_context or cand.listed or (chant_context and (
            not cand.embedded or _CHANT_RISES.search(before_clean)
            # (a sentence's words, not a description: 'The chanting went on. It was "loud."')
            or (len(words) >= 3 and cand.text[:1].isupper() and _CHANT_WAS.search(before_clean)))))
            and (cue is None or cue.slogan is None) and len(words) <= (40 if shown_after_colon else 15)
            and not cand.continues
            # (not 'wearing tops with political messages while "shopping" in Causeway Bay': one
            # word the narrative runs through, a term)
            # (but 'signs with "fight like a girl" or "respect" or "no hate"': one item of a list)
            and not (len(words) == 1 and cand.embedded and cand.text.islower()
                     and (word_after := _WORD_AFTER.match(cand.after))
                     and not (cand.listed and word_after.group(1) in ("or", "and")))
            # (nor 'a poster ... bearing a message appealing for a solution through "dialogue"': one word
            # at the end of a paraphrase, after its preposition)
            and not (len(words) == 1 and cand.text.islower() and _PREPOSITION_BEFORE_WORD.search(before_clean))
            # (nor '"Unity March Exeter" attendees numbered around 60': a group's name before its people)
            and not ((people := _WORD_AFTER.match(cand.after)) and people.group(1) in _PEOPLE_OF_A_NAME
                     and _is_title_case(cand.text))
            and (cue is None or cue.phrase is None or cue.phrase.sign
                 or (cue.phrase.words.lower() in _BARE_ONES_AND_MOST and not cue.phrase.another))
            and not any(c.kind == STATEMENT and not c.dropped for c in para_cands)
            and not (book.quoted and book.quoted[-1][0] == p_index)):  # nobody was just reported speaking
        # 'Her favorite sign of the day? "Keep your rosaries off my ovaries."',
        # 'from the earnest ("Science is real") to the profane': words shown on
        # the signs just named, with nobody said to say them
        cand.kind = SLOGAN
        cand.attribution = _sign_words(before_clean) or _sign_words(cand.after.replace(MASK, " "))
        if cue is not None and cue.phrase is not None and cue.phrase.sign and cue.phrase.name and cue.phrase.person:
            _credit_carrier(cand, cue.phrase, book, p_index)  # "A sign held aloft by Charissa Afshar said,": hers
        elif not (cue is not None and cue.phrase is not None and cue.phrase.another):
            _credit_carrier(cand, carrier, book, p_index)  # "Ybarra carried the same sign the whole way. It read: "...""
        return

    if (cue is not None and cue.position == "after" and cue.slogan is None and cue.phrase is not None
            and not cue.phrase.name and _LISTED_AFTER_A_QUOTE.search(before)
            and (prev := next((c for c in reversed(para_cands) if not c.dropped), None)) is not None
            and prev.kind == SLOGAN and prev.cue is not None and prev.cue.slogan == "sign"):
        # 'bore banners proclaiming "A," or "B," an AFP journalist said': the next banner of the
        # list; the reporter after it tells where the sentence came from, not who wrote B
        cand.kind, cand.attribution, cand.speaker, cand.org = SLOGAN, prev.attribution, prev.speaker, prev.org
        return
    if (cue is not None and cue.slogan == "shout" and cue.phrase is None and cue.position == "before"
            and _THEY_SHOUTED.search(before_clean)):
        # 'As they marched they shouted phrases like, "..."': the crowd's "they", which the
        # subordinate clause before it hid (never whoever spoke last)
        cand.cue = cue = replace(cue, phrase=SpeakerPhrase("they", pronoun="they"))
    # Kind: sign or chant text is a slogan; "another" follows the one before.
    # A shout is a slogan only from a crowd: "one man yelled" is one person.
    slogan = (cue is not None and cue.slogan is not None and not (
        cue.slogan == "shout" and not (cue.phrase is not None and (cue.phrase.crowd or cue.phrase.pronoun == "they")))
        # 'Victoria Jackson ... played the ukulele and sang, "..."': one named singer's words, no chant
        and not (cue.slogan == "chant" and cue.position == "before" and cue.phrase is not None and cue.phrase.name
                 and not cue.phrase.crowd and " and " not in cue.phrase.words.split(",")[0]
                 and _ONE_SANG.search(before_clean))
    ) or (cue is not None and cue.slogan is None and cue.position == "before" and cue.phrase is not None
          and cue.phrase.sign and not cue.phrase.name and not cue.phrase.pronoun)  # "One sign ... described ...:"
    if (cue is not None and cue.phrase is not None and cue.phrase.another and cue.slogan != "shout"
            and not cue.phrase.name):
        # ('One man held a sign ... Another repeatedly called out "Repent!"': another man, who shouts;
        # a slogan from an earlier paragraph only if no statement came after it.
        # "said another organizer, Brenda Valladares" is a named person speaking)
        if _standing_slogan(para_cands, state) is not None:
            slogan = True
    if (not slogan and cue is not None and cue.phrase is not None and cue.phrase.pronoun == "they"
            and cue.verb in _THEY_GO_ON_VERBS and len(words) <= 12
            and (prior := _standing_slogan(para_cands, state)) is not None
            and not prior.dropped and prior.speaker is None
            and prior.cue is not None and (prior.cue.slogan in ("chant", "shout")
                                           or (prior.kind == SLOGAN and prior.cue.phrase is not None
                                               and prior.cue.phrase.pronoun == "they"))  # (the next of them)
            and (para_cands or prior.paragraph == p_index - 1)):
        # '... chanting "DeLauro, Lamont, we charge you with genocide."' then '"Come November voters
        # will remember," they added.': the chanting crowd's next line (and 'Protestors chanted,
        # "..." They also demand for X to step down, "..."': what they chant for; '"Freddie Gray,"
        # they echoed. "Say his name."' after '"George Floyd," they chanted. ...': the response)
        slogan = True
    if (not slogan and cue is not None and cue.slogan == "shout" and cue.phrase is None and para_cands
            and MASK in before and (last_one := para_cands[-1]).kind == SLOGAN and not last_one.dropped
            and last_one.cue is not None and last_one.cue.slogan in ("chant", "shout")):
        # '"We are the voice of the community," was the rallying call, repeated by the crowd,
        # followed by a sharp shout of, "LISTEN!"': a shout nobody else is said to give is theirs too
        slogan = True
    if (not slogan and chant_context == "led" and cue is not None and cue.phrase is not None and not cue.phrase.sign
            and cue.verb in SHOUT_VERBS | _CALL_VERBS and len(words) <= 8 and not cand.continues):
        slogan = True  # 'Wallace led the crowd in a chant. "Who moves this city?" he shouted.': its call
    if (cue is None and not cand.continues and not para_cands and at_paragraph_start and len(words) <= 15
            and cand.text.rstrip().endswith("!") and not any(ch.islower() for ch in cand.text)
            and sum(ch.isalpha() for ch in cand.text) >= 6
            and not before_clean.strip() and not cand.after.replace(MASK, " ").strip()):
        # a paragraph that is only '"HANDS OFF, FREE SPEECH! HANDS OFF, FREE SPEECH!"': shouted
        # words in capitals, with nobody said to say them, are the crowd's
        cand.kind = SLOGAN
        return
    if (cue is None and not cand.continues and len(words) <= 12 and cand.text.rstrip().endswith("!")
            and (last_one := next((c for c in reversed(para_cands) if not c.dropped), None)) is not None
            and last_one.kind == SLOGAN and last_one.cue is not None and last_one.cue.slogan in ("chant", "shout")):
        # '"Be afraid. ...," the demonstrators shouted, before marching. "Say his name! Mahsa!"': the
        # crowd's next cry, with nobody else said to speak in between
        cand.kind = SLOGAN
        return
    if (cue is None and not cand.continues and not para_cands and at_paragraph_start and len(words) <= 20
            and not cand.after.replace(MASK, " ").strip() and not before_clean.strip()
            and (last_one := state.last_slogan) is not None and last_one.paragraph == p_index - 1
            and not last_one.dropped and (last_one.cue is None or last_one.cue.slogan == "sign")
            and not last_one.speaker and not book.texts.get(p_index - 1, "x").replace(MASK, "").strip(" .,;:!?")
            and (state.last_statement is None or state.last_statement.paragraph < last_one.paragraph)):
        # 'the placard slogans ... said it all.' then a paragraph each: '"Stomp out the seed of
        # corporate greed."', '"Respect existence or expect resistance."', ...: a list of signs,
        # one to a paragraph, each as bare as the one before
        cand.kind = SLOGAN
        return
    if (cue is None and not cand.continues and not para_cands and at_paragraph_start and len(words) <= 25
            and cand.text.rstrip().endswith("!") and not cand.after.replace(MASK, " ").strip()
            and (last_one := state.last_slogan) is not None and last_one.paragraph == p_index - 1
            and not last_one.dropped and last_one.cue is not None and last_one.cue.slogan in ("chant", "shout")
            and (state.last_statement is None or state.last_statement.paragraph < last_one.paragraph
                 or (state.last_statement.paragraph == last_one.paragraph
                     and state.last_statement.span.open_at < last_one.span.open_at))):
        # '... "Tuesday! Tuesday! Strike! Strike!" they shouted.' then a paragraph of nothing but
        # '"As long as he is there, ... Listen to the voice of the people!"': more of their cries
        cand.kind = SLOGAN
        return
    if (cue is None and not cand.continues and before_clean.rstrip().endswith(":") and _SHORT_CRIES.fullmatch(cand.text)
            and not CROWD_WORDS.isdisjoint(_LOWER_RUN.findall(before_clean[_last_sentence_start(before_clean):]))):
        # 'demonstrators take to the streets with a resounding message: "Not in Our Name! Stop
        # the Genocide! Freedom for Palestine!"': a crowd's cries, nobody's statement
        cand.kind = SLOGAN
        return
    if cue is None and not cand.continues and (is_chant_form(cand.text) or is_chant_call(cand.text)):
        # 'They start again: "What do we want? A contract! ..."': a crowd's
        # chant, not more words from whoever spoke last
        cand.kind = SLOGAN
        return
    if (not slogan and len(words) <= 20 and cue is not None and cue.position == "after" and cue.phrase is not None
            and cue.phrase.crowd and "ing" in after and _CHANTING_TOO.match(after)):
        slogan = True  # '"We want jobs, stop fake promises," the protestors demanded, chanting and singing'
    if not slogan and len(words) <= 12 and " back" in after and _CROWD_SAID_IT_BACK.search(after):
        slogan = True  # '"Nibi is life," she told the crowd, and the crowd repeated it back to her.'
    if not slogan and len(words) <= 12 and " by " in after and _ECHOED_BY_THE_CROWD.search(after):
        slogan = True  # '"Free, free Palestine!" she called into a megaphone, echoed by the crowd.'
    if (not slogan and cue is not None and cue.phrase is not None and not cue.phrase.sign and len(words) <= 12
            and _CROWD_ECHOED_AFTER.match(cand.after.replace(MASK, " "))):
        slogan = True  # 'He called for the city to "Take down Robert E. Lee" and protesters echoed his words': a call
    if not slogan and cue is not None and len(words) <= 12 and is_chant_call(cand.text):
        slogan = True  # 'Dean shouted into a bullhorn, "When do we want it?"': the call a crowd answers
    cand.kind = SLOGAN if slogan else STATEMENT

    # Speaker (resolved even for spans dropped below: "he said" may refer back).
    if (cue is not None and cue.position == "before" and cue.phrase is None and para_cands
            and (subject := _QUOTED_SUBJECT_THEN_VERB.fullmatch(before)) is not None
            and subject.group(1).lower() in SPEECH_VERBS):
        # '"This Is Texas Freedom Force," warned that "...": the subject is the quoted name before
        # the verb, never whoever spoke last (a name in title case is the source; else nobody),
        # so the book is not told that the last speaker spoke again
        name = para_cands[-1].text.strip().rstrip(",.;:")
        if _is_title_case(name) and len(name.split()) <= 8 and not name.endswith(("!", "?")):  # ("Liar!" is a cry)
            cand.speaker, cand.org, cand.attribution = name, None, None
            book.note_quoted(p_index, name)
        else:
            cand.speaker, cand.org = None, None
    else:
        _assign_speaker(cand, book, p_index, state, para_cands, at_paragraph_start,
                        introduced=before_clean.rstrip().endswith(":") or (
                            _COPULA_LEAD_IN.search(before_clean) is not None and not _PERSONAL_WORD.search(before_clean)))
    if (cue is not None and cue.position == "after" and cue.phrase is not None and cue.phrase.pronoun in ("he", "she")
            and cand.speaker and cand.speaker.rsplit(" ", 1)[-1] in before_clean
            # (not when the one named then speaks: "Moses White ... echoed the Bishop's message "..." he
            # told the crowd" is White's; "Narendra Modi, "should know ...," he said" is no verb of Modi's)
            and not any(w in SPEECH_VERBS or w.endswith("ed") for w in _LOWER_RUN.findall(
                before_clean, before_clean.rfind(cand.speaker.rsplit(" ", 1)[-1])))
            and (prev := next((c for c in reversed(para_cands)
                               if not c.dropped and c.kind == STATEMENT and c.speaker), None)) is not None
            and prev.speaker != cand.speaker and book.kind_of(prev.speaker) == "person"
            and book.gender_of(prev.speaker) in (None, "m" if cue.phrase.pronoun == "he" else "f")):
        # '"We will keep fighting," said Jhajjan Singh. The prime minister, Narendra Modi, "should
        # know that ...," he said.': the one the sentence is about is not who goes on speaking
        # (a new speaker in the paragraph would be named)
        cand.speaker, cand.org = prev.speaker, prev.org
        cand.embedded = True  # words inside a sentence about someone else: no second half of the first
    if slogan and cand.speaker is None and (cue.extras.get("its_surface") or (
            cue.slogan == "sign" and cue.phrase is None and ((cue.extras.get("words") or "").startswith(("his ", "her "))
                                                          or cue.extras.get("words") == "it"))):
        # ("One side of it read," after "Hammond brought a handcrafted sign": hers)
        # 'Watts wore a sandwich board. On the front: "..."', 'he pointed to his sign, which read "..."'
        _credit_carrier(cand, carrier, book, p_index)
        if cand.speaker is None and cue.extras.get("its_surface") and (prev := next(
                (c for c in reversed(para_cands) if c.kind == SLOGAN and not c.dropped), None)) is not None:
            cand.speaker, cand.org = prev.speaker, prev.org  # "On the other side was": the same sign's
    elif slogan and cand.speaker is None and cue.slogan == "sign":
        _credit_carrier(cand, opener, book, p_index)  # 'Holding a sign that read "...," Jane Roe said'
        if cand.speaker is None and cue.phrase is not None and _CARRYING_ALONE.match(cue.phrase.words):
            # '"...," she said, while holding a sign that read "..."': the cue is the carrying
            # alone; who carries it is the subject of the clause it hangs on
            _credit_carrier(cand, carrier, book, p_index)
        if (cand.speaker is None and cue.phrase is not None and cue.phrase.sign and not cue.phrase.name
                and (his := _HIS_OR_HER_LAST.search(before_clean))):
            # 'Peter Jordan, clutching his "No To Fracking" placard, says': the subject's own sign
            _credit_carrier(cand, _own_carrier(carrier, his, book), book, p_index)
        if (cand.speaker is None and cue.phrase is not None and cue.phrase.sign and not cue.phrase.name
                and not cue.phrase.another and " and " in before_clean and _CARRIES_THINGS_AND_A_SIGN.search(before_clean)):
            # 'Lara Palafox carried an umbrella, the colors of the flag, and a sign that said': the
            # sign the sentence's subject carries among other things
            _credit_carrier(cand, carrier, book, p_index)
    if cue is not None and cue.phrase is not None and (_DOCUMENT_WORD.search(before) or _DOCUMENT_WORD.search(after)):
        book.note_document(p_index, cand.speaker)  # '"...," Amazon said in a statement.'

    if slogan:
        if cue is not None and cue.slogan == "chant" and _AND_OTHER_SONGS.match(cand.after.replace(MASK, " ")):
            cand.dropped = True  # 'They sang "we shall overcome" and other folk songs': one song's name
            return
        # "The crowd sang "This Land Is Your Land"": a song's title, not sung words
        # ('led the crowd in "Amazing Grace."' too)
        if (cue is not None and cue.slogan == "chant" and (
                _SUNG_OR_LED_IN.search(before_clean)
                # 'sang hymns, including "Amazing Grace" and "We Shall Not Be Moved."': the list's next title
                or (cand.listed and _SUNG_OR_LED_IN.search(before.replace(MASK, ""))))
                and (len(words) >= 2 or not cand.text.rstrip().endswith(("!", "?", ".")))  # "Jerusalem", not "Olé!"
                and _is_title_case(cand.text)
                # (not 'began to sing "Mni Wiconi," the Lakota phrase for water is life': words, said so)
                and not _NAMED_AS_WORDS.match(after)) or re.search(r"\bto the tune of\s*$", before_clean, re.I):
            cand.dropped = True  # ... and 'to the tune of "Yellow Submarine"' names the tune
        return
    # Names and terms are not quotations (the "Justice for All" march, the word "x").
    titled = _is_title_case(cand.text)
    open_phrase = not _CLOSES_PHRASE.search(cand.text)
    if (cue is None and len(words) <= 6 and para_cands and not cand.embedded and not before_clean.strip()
            and (prev := next((c for c in reversed(para_cands) if not c.dropped), None)) is not None
            and prev.kind == STATEMENT and prev.speaker and prev.cue is not None and prev.cue.position == "after"
            and _CLOSES_SENTENCE.search(cand.text)):
        # '"That's right," Sanders said. "Boo."', '"..., she said. "In January."': the end of a
        # split quotation, not a word or a title; alone it is dropped (see _merge_split)
        cand.tail_only = True
        return
    if (cue is not None and cue.verb in ("sang", "sing", "sings", "singing") and len(words) <= 8
            and cand.text[:1].isupper() and _SONGS_LIKE.search(before_clean)):
        cand.dropped = True  # 'They sang the anthem and other hymns like "This Land is Our Land"': a title
        return
    naming = _NAMING.search(before_clean)
    if naming and not titled and len(words) >= 2 and "banner" in naming.group().lower():
        # 'gathered under the banner of "I have no oxygen"': a sentence, the words the crowd
        # rallied under (a title-case "No Kings Day" there stays the event's name)
        cand.kind = SLOGAN
        cand.attribution = "banner"
        return
    if (naming and len(words) <= 8 and naming.group().lower().lstrip().startswith("the phrase")
            and _CROWD_CRIED_IT.search(cand.after.replace(MASK, " "))):
        # 'The phrase "Not one inch" was deployed many times ..., as attendees and speakers alike
        # shouted it': named as a phrase, and what the crowd shouted
        cand.kind = SLOGAN
        cand.attribution = "the crowd"
        return
    if (naming or (titled and open_phrase and _NAMING_EVENT.search(before_clean))
            or (len(words) <= 3 and _CALL_THEM.search(before_clean))):
        cand.dropped = True
    elif len(words) == 1:
        if (cand.own_cue and cue is not None and cue.phrase is not None and cue.position == "after"
                and cand.text.rstrip().endswith(",")):
            cand.head_only = True  # '"Please," she said. "Make this the last one."': one quotation
        else:
            cand.dropped = True
    elif (len(words) <= 3 and (open_phrase or cand.text.rstrip().endswith(",")) and _DETERMINER_BEFORE.search(before_clean)
            and not (cue is not None and cue.verb in _SAID_FORMS)
            and (noun := _WORD_AFTER.match(cand.after.replace(MASK, " "))) and noun.group(1) not in _FRAGMENT_FOLLOWERS):
        # 'defended its "zero tolerance" policy', 'the "people's budget" would':
        # a term inside a noun phrase ('said its "peaceful occupation" would
        # continue' is the group's words)
        cand.dropped = True
    elif (len(words) <= 6 and ("phrase" in cand.after[:40] or "term" in cand.after[:40] or "expression" in cand.after[:40])
          and _A_PHRASE_COINED_AFTER.match(cand.after) and not (cue is not None and cue.slogan)):
        # 'aimed to stir up: "good trouble," a phrase popularized by John Lewis': a phrase, talked
        # about (but 'chanted "Hands up, don't shoot," a phrase popularized ...' is the chant)
        cand.dropped = True
    elif (len(words) <= 3 and open_phrase and cand.text[:1].islower()
          and not any(w.endswith("ly") for w in words)  # 'experiencing "really bad" headaches': her words
          and (noun := _PLURAL_NOUN_AFTER.match(cand.after.replace(MASK, " "))) and noun.group(1) not in _FRAGMENT_FOLLOWERS
          and before_clean.rstrip().rpartition(" ")[2].lower() not in SPEECH_VERBS):
        cand.dropped = True  # 'the clashes involved "black block" anarchists,': a term before its plural noun
    elif (open_phrase and len(words) <= 3 and (term := _ARTICLE_BEFORE.search(before_clean))
            and term.group(1).lower() not in SPEECH_VERBS
            # 'Kendall has said the reforms will put the system on a "sustainable footing"': hers
            # ('Protesters said they had achieved the "symbolic closure"': theirs, named or not)
            and not (cue is not None and cue.phrase is not None and (
                # (and 'He said Guyana is in a "full-blown dictatorship"', 'The Presidential hopeful said':
                # whoever the pronoun or the description turns out to be)
                (cue.verb in _SAID_FORMS and (cue.phrase.name or cue.phrase.crowd or cue.phrase.pronoun
                                              or cue.phrase.words[:4].lower() == "the "))
                # 'the king addressed the country claiming a commitment to the "modernization process"'
                # ('a monitor, NetBlocks, reported a "nationwide disruption"': what it reported)
                or (cue.verb in _CLAIMING and cue.phrase.name) or (cue.verb in ("reported", "reports") and cue.phrase.name)
                # ('Jersey deputy Sam Mezec described the protest as a "beacon of light"': his words)
                or (cue.verb in ("described", "describes") and cue.phrase.name)))):
        cand.dropped = True  # 'an officer fired a "less-lethal round"': a quoted term
    elif ((not _CLOSES_SENTENCE.search(cand.text) or (titled and cand.text.rstrip().endswith("?")))
          and len(words) <= 6 and not cand.own_cue and _WORK_TITLE.search(before_clean)):
        # 'read a poem by Roque Dalton, "Como tú," in Spanish', 'sang a Thai version of Les
        # Miserables "Do You Hear the People Sing?"': a title
        cand.dropped = True
    elif ((not _CLOSES_SENTENCE.search(cand.text) or (cand.text[:1].islower() and cand.text.endswith(".")))
          and len(words) <= 5 and _RELATIVE_NAMING.search(before_clean) and not _VERDICT.fullmatch(cand.text)):
        # "the rules, which the administration calls "expressive activity
        # guidelines,"", 'what they called "harassment evictions."' (AP's period)
        cand.dropped = True
    elif open_phrase and _EVENT_NOUNS.match(after.replace(MASK, " ")) and titled:
        cand.dropped = True
    elif titled and len(words) >= 3 and open_phrase and words[-1] in _AN_EVENTS_LAST_WORD:
        cand.dropped = True  # 'the "Virgin Islands Uniting for Social Justice and Accountability March"': a name
    elif (titled and cand.embedded and 2 <= len(words) <= 6
          and not (cue is not None and cue.slogan == "shout" and cand.text.rstrip().endswith("!"))
          # ('yelled "Idiots, Idiots, Idiots" at the bystanders': one word, cried again and again)
          and not (cue is not None and cue.slogan == "shout" and len({w.strip(_WORD_PUNCT) for w in words}) == 1)):
        # "holding a copy of "The Bluest Eye."": a title, whatever the cue; but
        # 'Roe shouted "Stop the War!"' is a cry
        cand.dropped = True
    elif (titled and len(words) <= 4 and cue is not None and cue.verb in ("cite", "cites", "cited", "citing")
          and not _CLOSES_SENTENCE.search(cand.text)):
        cand.dropped = True  # 'she cited mosque closures, "Operation Luxor" or ...': a thing's name, cited
    elif cue is not None and cue.slogan == "shout" and cand.text.rstrip().endswith(("!", "?")):
        pass  # 'interrupted by a man in the gallery who called out "Fake science!"': a cry, not a term
    elif not cand.own_cue or cue is None or cue.phrase is None:
        if titled and len(words) <= 8 and (open_phrase or len(words) <= 6):
            cand.dropped = True  # a title (AP puts a closing period inside the marks)
        elif cand.embedded and len(words) < 6:
            cand.dropped = True  # a scare quote or a quoted term


# "... and other folk songs": the quotation before is one of them, by its name
_AND_OTHER_SONGS = re.compile(r"\s*,?\s*and\s+(?:many\s+|several\s+|a\s+few\s+)?other\s+(?:[a-z-]+\s+)?" + _SONGS + r"\b")


# The last word of an event's name: "... Accountability March", "... Solidarity Rally" (narrower
# than _EVENT_NOUNS, which also holds bills, books and groups: this reads a quotation's own last word)
_AN_EVENTS_LAST_WORD = frozenset({"March", "Rally", "Walk", "Vigil", "Parade", "Protest", "Festival", "Motorcade",
                                  "Caravan", "Sit-In", "Strike", "Day"})


# A paragraph that is only a name, perhaps with a title after a comma or a spaced dash
# ("Moses Sulph – Activist"): a transcript's speaker line
_SPEAKER_LABEL = re.compile(r"\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})"
                            r"((?:,|\s+[-\u2013\u2014])\s*[^!?:;\x00\u201c\u201d\"]{2,80}?)?\s*")
# The line above the words in their own paragraph ("Yolanda Schakron - Activist “We have ...”",
# the line break folded away) only with a capitalised title: no narrative reads so
_TITLED_LABEL = re.compile(r"[^,\u2013\u2014\x00]+?(?:,|\s+[-\u2013\u2014])\s*[A-Z][^\x00]*")
# ... unless what follows the comma describes the person: "Lauren Howland, 21, a member of ..."
_DESCRIPTION_LABEL = re.compile(r"(?:,|\s+[-\u2013\u2014])\s*(?:\d{1,3}\s*,\s*)?(?:a|an|the|one)\s")
# "Speakers ... included Nobel Prize winner Jacques Dubochet:": the name, then the colon
_INCLUDED_NAME_COLON = re.compile(r"\b(?:included|includes|including|featured|features|featuring)\s+"
                                  r"((?:[\w'\u2019-]+\s+){0,4}?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s*:\s*$")
# Right after another quotation, parted by a comma, "or" or "and": the next item of a list
_LISTED_AFTER_A_QUOTE = re.compile(r"\x00\s*,?\s*(?:or|and)?\s*$")
# "as she held a sign saying": the pronoun that carries it
_PRONOUN_CARRYING = re.compile(r"\b(?:as|whil(?:e|st)|when|and|where)\s+(he|she)\s+(?:\w+ly\s+)?(?:" + _CARRY_VERBS + r")\s+"
                               r"(?:up\s+)?(?:a|an|her|his|the)\s+(?:[\w-]+\s+){0,2}?(?:" + _HANDHELD_SIGNS + r")\b[^\x00]*$",
                               re.I)
# "prompted some teachers to carry signs": who is moved to carry them (not what moved them)
_MOVED_TO_CARRY = re.compile(r"\b(?:prompted|prompts|led|leads|inspired|inspires|caused|causes|encouraged|encourages|"
                             r"urged|urges|asked|asks|told|tells|invited|invites|got|gets|spurred|spurs)\s+"
                             r"((?:[\w'\u2019-]+\s+){1,5}?)to\s+(?:carry|hold|wave|make|wear|raise|bring|display)\b", re.I)
# "by a huge crowd that had marched ... waving banners": the crowd that carries the signs
_BY_A_CROWD_WAVING = re.compile(r"\b(?:by|with|among)\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:crowd|throng|procession|column)s?)\b"
                                r"[^.!?\x00]{0,120}?\b(?:waving|carrying|holding|bearing|brandishing|hoisting)\b[^.!?\x00]*$")
# The preposition that ends a paraphrase before its one quoted word: 'through "dialogue"'
_PREPOSITION_BEFORE_WORD = re.compile(r"\b(?:through|via|about|against|into|with)\s*$")
# He or she right after "that", "because", "when", "until" or "so": the subject of the verb next
_CLAUSE_PRONOUN_LAST = re.compile(r"\b(?:that|because|when|until|so)\s+(he|she)\s+(?:\w+ly\s+)?$")
# The crowd's verb after its words, then how it said them: ", the protestors demanded, chanting"
_CHANTING_TOO = re.compile(r"[^.!?\x00]{0,60}?,\s*(?:chanting|singing|shouting|yelling)\b")
# Two or more short exclamations and nothing else: "Not in Our Name! Stop the Genocide!"
_SHORT_CRIES = re.compile(r"\s*(?:[^!?.\x00]{2,40}!\s*){2,}")
# A name's possessive right before a quotation: its owner ('Keisha Roe's "Abolish ICE" sign')
# or, before a title, its author (Guthrie's "This Land Is Your Land")
# (a bracketed aside may follow it: 'Singing Sandra's (Sandra Des Vignes-Millington) "Die With My Dignity"')
_POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['\u2019]s(?:\s*\([^()\x00]{1,60}\))?\s*$")
_BODY_HEAD = re.compile(r"\b(?:" + "|".join(sorted(ORG_PRONOUN_NOUNS | INSTITUTION_NOUNS)) + r")\s*$", re.I)


_GROUP_HEADS = frozenset({"organisers", "organizers", "campaigners", "protesters", "protestors", "activists",
                          "demonstrators", "marchers", "police", "officials", "authorities", "residents",
                          "students", "workers", "strikers", "tenants", "parents", "critics", "opponents",
                          # "There were also several persons who addressed the crowd ... They threatened"
                          "persons", "people", "speakers", "participants", "supporters"})


# A subject putting out a document without a speech verb: "sign a letter", "circulated a petition"
_ISSUES_A_DOCUMENT = re.compile(r"\b(?:sign|signs|signed|sent|send|sends|issued|issue|issues|released|release|releases|"
                                r"published|publish|publishes|drafted|circulated|circulate|circulates|filed|file|files)\s+"
                                r"(?:out\s+)?"  # "sent out a mass text message"
                                r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
_POSTS_A_NOTICE = re.compile(r"\b(?:posted|posts|shared|put\s+out|put\s+up)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:notice|flyer|flier|invitation|announcement|statement|message|call\s+to\s+action)\b")
_GROUP_START = re.compile(r"\s*(?:(?:The|Some|Many|Most|Several|Hundreds\s+of|Dozens\s+of|Thousands\s+of)\s+)?"
                          r"(?:[\w-]+\s+)?(?:" + "|".join(sorted(_GROUP_HEADS)) + r")\b", re.I)


def _unnamed_group(phrase: SpeakerPhrase) -> bool:
    """"Organisers", "the activists": a plural source the article does not name."""
    head = phrase.words.partition(",")[0].partition(" of ")[0].split()  # ("The Deputy Minister of Police": one)
    return (not phrase.name and not phrase.sign and not phrase.pronoun and bool(head)
            and head[-1].lower() in _GROUP_HEADS)


# "The acting prime minister", "the deputy police chief": one person, by the office named
_THE_ONE_IN_OFFICE = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,3}(?:" + "|".join(sorted(
    {t for t in TITLES if t.isalpha() and len(t) > 3} | {"chief", "commissioner", "spokesman", "spokeswoman"})) + r")")
# (or as the office-holder sentence above reads them: "The Deputy Minister of Police")
_THE_ONE_IN_OFFICE_NAMED_BY_OFFICE = re.compile(_OFFICE_HOLDER)


def _note_source(book: SpeakerBook, p_index: int, phrase: SpeakerPhrase, name: str | None, org: str | None,
                 object_only: bool = False) -> None:
    """Tell the speaker book who spoke in this paragraph (quoted or reporting
    speech), so later pronouns can refer to them; an unnamed person too.
    `object_only`: the unnamed person is only the object of the sentence ("handed
    the megaphone to a young woman"): its subject still comes first."""
    if name:
        book.note_affiliation(name, org)
        book.note_quoted(p_index, name, phrase.pronoun, person=describes_person(phrase))
    elif unnamed_person(phrase) or (not phrase.crowd and not phrase.sign and not phrase.pronoun and (
            (_THE_ONE_IN_OFFICE.fullmatch(phrase.words.split(",")[0].strip())
             and not book.person_named_since(p_index - 1))
            or (" of " in phrase.words or " for " in phrase.words)
            and _THE_ONE_IN_OFFICE_NAMED_BY_OFFICE.fullmatch(phrase.words))):
        # ('The acting prime minister has claimed ... He further justified': the one in that
        # office, unnamed, not whoever was named paragraphs before; but "Najib ... The premier
        # has criticised" is Najib, named just now. An office of a named body, "The Deputy
        # Minister of Police", is its holder's whoever was named before: the book would have
        # known them by it.)
        book.note_unnamed(p_index, phrase.words, object_only=object_only)
    elif ((phrase.generic and not phrase.crowd and not phrase.sign and _BODY_HEAD.search(phrase.words.split(",")[0])) or (
            phrase.pronoun and phrase.pronoun.startswith("the ") and _BODY_HEAD.search(phrase.pronoun))) and not (
            _unnamed_group(phrase)):  # ("Organisers will read ...": people, whom no "it" means)
        # "The city's law department said", "The recall committee responded" (no committee named
        # before): a later "it" is that body
        book.note_unnamed_body(p_index)
    if not name and _unnamed_group(phrase):
        book.note_unnamed_group(p_index)  # "Organisers said ... "...," they said": theirs, unnamed


def _assign_speaker(cand: _Candidate, book: SpeakerBook, p_index: int, state: _State,
                    para_cands: list[_Candidate], at_paragraph_start: bool, introduced: bool = False) -> None:
    """Speaker and org from the quotation's cue, else from the quotation it
    continues. `introduced`: its sentence leads in with a colon clause that
    named no speaker ('The notices were taped to tents:'), so it continues nobody."""
    cue = cand.cue
    if cue is not None and cue.phrase is not None:
        phrase = cue.phrase
        if phrase.another and not phrase.name:  # "Another protester, Brian Otieno," is Otieno
            prior = para_cands[-1] if para_cands else (state.last_slogan if cand.kind == SLOGAN else state.last_statement)
            described = prior.attribution if prior is not None and prior.attribution else None
            if described and phrase.words.lower() == "another":
                # "another" alone: another of what the previous one was ("one sign ...")
                cand.attribution = re.sub(r"^(?:one|a|an|the)\b", "another", described, flags=re.I)
                if not cand.attribution.lower().startswith("another"):
                    cand.attribution = "another " + described
            else:
                cand.attribution = phrase.words
            return
        speaker, org = book.resolve(phrase, p_index)
        if cand.kind == SLOGAN and speaker and (phrase.crowd or (book.kind_of(speaker) != "person" and not phrase.person)):
            # a sign is credited only to a named person carrying it, not to
            # "Activists from Greenpeace and Extinction Rebellion"
            speaker, org = None, None
        cand.speaker, cand.org = speaker, org
        sign_words = (cue.extras or {}).get("words") if cand.kind == SLOGAN and cue.slogan == "sign" else None
        cand.attribution = None if speaker else (sign_words or phrase.words)  # "signs", not "Nurses carried"
        _note_source(book, p_index, phrase, speaker, org)
        return
    if cue is not None and cand.kind == SLOGAN:
        cand.attribution = (cue.extras or {}).get("words")
        return
    # No cue of its own: the second half of a split quote, or a quotation that
    # continues the speaker of the paragraph before.
    prev = next((c for c in reversed(para_cands) if not c.dropped and c.kind == STATEMENT), None)
    if prev is not None and prev is para_cands[-1] and _OTHERS_LEAD.match(_after_last_sentence(prev.after or "")):
        return  # '"A," Roe said. Others threw firecrackers, jeering, "B"': not Roe's
    if prev is not None:
        cand.speaker, cand.org, cand.attribution = prev.speaker, prev.org, prev.attribution
        return
    if state.intro is not None and at_paragraph_start:
        speaker, org = book.resolve(state.intro, p_index)
        cand.speaker, cand.org = speaker, org
        cand.attribution = None if speaker else state.intro.words
        cand.own_cue = True
        if speaker:
            book.note_quoted(p_index, speaker)
        return
    if introduced:
        return
    if (at_paragraph_start and cand.kind == STATEMENT and not cand.embedded
            and (caption := _NAME_CAPTION.fullmatch(book.texts.get(p_index - 1, "")))):
        # 'Lauren Howland, 21, a member of the International Indigenous Youth Council.' on its own,
        # then a paragraph of her words: a photo essay's caption names who speaks next
        phrase = parse_speaker_phrase(caption.group().strip().rstrip("."), book.vocabulary)
        speaker, org = book.resolve(phrase, p_index) if phrase is not None and phrase.name else (None, None)
        if speaker:
            cand.speaker, cand.org = speaker, org
            book.note_quoted(p_index, speaker)
            return
    if book.quoted and book.quoted[-1][0] == p_index:
        # 'Roe said the group would return. "We will not stop."': who this
        # paragraph just reported speaking (also someone unnamed)
        name = book.quoted[-1][1]
        cand.speaker, cand.org = name, (book.affiliation.get(name) if name else None)
        return
    last = state.last_statement
    if (at_paragraph_start and cand.kind == STATEMENT and not cand.embedded and book.quoted
            and book.quoted[-1][0] == p_index - 1 and (name := book.quoted[-1][1]) and book.kind_of(name) == "person"
            and (last is None or last.paragraph < p_index - 1)):
        # 'Rosa Hernández ... has been waiting, she said.' then, opening the next paragraph,
        # '"Every night my daughter asks me ..."': whom the paragraph before reported speaking
        cand.speaker, cand.org = name, book.affiliation.get(name)
        book.note_quoted(p_index, name)
        return
    if cand.kind == STATEMENT and not cand.embedded and (name := book.subject_here(p_index)):
        # 'Maria Lopez was blunt. "Nobody here is going home."': the person the paragraph is about
        cand.speaker, cand.org = name, book.affiliation.get(name)
        book.note_quoted(p_index, name)
        return
    if (at_paragraph_start and cand.kind == STATEMENT and not cand.embedded and last is not None
            and last.speaker and book.kind_of(last.speaker) != "person"
            # (its last words two paragraphs up, where an AP-style quotation may have run on)
            and book.quoted and book.quoted[-1] == (p_index - 2, last.speaker)
            and (body := _THE_BODY_OPENS.match(book.texts.get(p_index - 1, ""))) is not None
            and not (book.mentions and book.mentions[-1][0] == p_index - 1)  # (no one named there)
            and book.resolve_pronoun("the " + body.group(1).lower(), p_index - 1) == last.speaker):
        # 'The group announced: "..."' / 'The group wants people from all traditions to get
        # involved.' / '"..."': a paragraph about the body just quoted, naming no one else,
        # does not end its turn (as a person's does not, below)
        cand.speaker, cand.org, cand.attribution = last.speaker, last.org, last.attribution
        book.note_quoted(p_index, cand.speaker)
        return
    if (at_paragraph_start and cand.kind == STATEMENT and not cand.embedded
            and (last is None or last.paragraph < p_index - 1) and state.question_at != p_index - 1
            and (name := book.person_introduced(p_index - 1))):
        # 'Sarah Parker is with Voices of Florida, and ... to see younger people ... build a bench.'
        # then a paragraph of words with no cue: the one person the paragraph before was about
        cand.speaker, cand.org = name, book.affiliation.get(name)
        book.note_quoted(p_index, name)
        return
    if last is None or p_index - last.paragraph > 2:
        if at_paragraph_start and state.question_at == p_index - 1 and not cand.embedded:
            # an interview's first answer: 'Among the organizers was Fatima Noor ... How did it
            # start?' then '"Honestly, ..."': the one person the introduction names
            name = state.answerer[0] if state.answerer else book.only_person_since(p_index - 4)
            if name:
                cand.speaker, cand.org = name, book.affiliation.get(name)
                book.note_quoted(p_index, name)
                state.answerer = (name, cand.org)
        return
    if p_index - last.paragraph <= 1 and not (cand.embedded and last.paragraph < p_index) and not (
            last.paragraph < p_index and _is_subject_of_a_verb(cand.after)):
        # (not 'The demands include "a right to counsel"': words inside narrative that
        # names no source are not the last speaker's from the paragraph before)
        cand.speaker, cand.org, cand.attribution = last.speaker, last.org, last.attribution
        if cand.speaker and last.paragraph < p_index:
            # still speaking here: a "he" two paragraphs on means them ('"..." said protester
            # Ned Resnikoff.' / '"..."' / 'in Resnikoff's view.' / '"...," he asserted.')
            book.note_quoted(p_index, cand.speaker)
    elif (at_paragraph_start and p_index - last.paragraph == 2 and cand.kind == STATEMENT and not cand.embedded
          and last.speaker and book.kind_of(last.speaker) == "person"
          and (state.last_slogan is None or state.last_slogan.paragraph < p_index - 1)
          and state.question_at != p_index - 1  # (an interview's question: whoever answers it)
          # (and no one reported speaking there: "Police said two people were arrested.")
          and (book.quoted and book.quoted[-1] == (p_index - 1, last.speaker) or not _says_in(book.texts.get(p_index - 1, ""), 0))
          and all((name := book.fullest(m.name)) == last.speaker
                  or (book.kind_of(name) != "person" and id(m) not in book.subjects)  # ("CARICOM condemned")
                  for para, m in book.mentions if para == p_index - 1)):
        # '"...," April 6 founder Ahmed Maher tells Ahram Online.' / '"..."' / 'For Maher the
        # challenge now is ...' / '"..."': a paragraph about the speaker alone, or naming no one
        # ('They appeared before the Maseru magistrate's court on Monday.'), no one else
        # named or quoted, does not end their turn
        cand.speaker, cand.org, cand.attribution = last.speaker, last.org, last.attribution
        book.note_quoted(p_index, cand.speaker)
    elif at_paragraph_start and p_index - last.paragraph == 2 and state.question_at == p_index - 1:
        # an interview: 'Do you think it works?' then '"Sales are down."': the
        # answer, by whoever answered the questions before (not someone the
        # reporter quoted in between), else by whoever spoke last; a "she" after it is them too
        if state.answerer:
            cand.speaker, cand.org = state.answerer
        else:
            cand.speaker, cand.org, cand.attribution = last.speaker, last.org, last.attribution
        if cand.speaker:
            book.note_quoted(p_index, cand.speaker)
            state.answerer = (cand.speaker, cand.org)


# What a chanting crowd's "they" does with its next line: "added", "echoed", "responded"
_THEY_GO_ON_VERBS = frozenset("""added adds demand demands demanded echoed echoes echo responded respond responds
    answered answer answers replied reply replies repeated repeat repeats""".split())
# Chants as a sentence's subject: "Chants of solidarity from the demonstrators urged"
_CHANTS_AS_SUBJECT = re.compile(r"(?:[Tt]he\s+|[Tt]heir\s+)?(?:[a-z-]+\s+)?(?:[Cc]hants|[Cc]hant|[Cc]ries|[Rr]efrains?)\b(?!\s+(?:leader|leaders))")
# Some of a crowd named before, doing something: "the demonstrators, many of whom were fielding signs"
_MANY_OF_WHOM = re.compile(r"\b(?:many|some|most|all|several|few|dozens|hundreds|thousands)\s+of\s+(?:whom|them)\s+"
                           r"(?:were\s+|was\s+|had\s+)?[a-z]+ing\b")
# A line of a song the crowd sang, right before the words: "sang ... culminating in a line saying"
_SUNG_LINE = re.compile(r"\b(?:sang|sing|sings|singing|chanted|chanting)\b[^.!?\x00]*\blines?\s+"
                        r"(?:saying|that\s+(?:goes|went|says|said)|going|reading)\s*:?\s*$")
# "they shouted phrases like": a plural "they" who shout, right before the words
_THEY_SHOUTED = re.compile(r"\bthey\s+(?:\w+ly\s+)?(?:shouted|yelled|screamed|cried|chanted)\b[^.!?\x00]{0,40}$")
# "... as attendees and speakers alike shouted it": a crowd cried the words just named
_CROWD_CRIED_IT = re.compile(r"^[^.!?\x00]{0,120}\b(?:shouted|chanted|yelled|screamed|sang|chanting|shouting|yelling)\s+it\b")
# The quotation just before is the subject of the verb: '"This Is Texas Freedom Force," warned that'
_QUOTED_SUBJECT_THEN_VERB = re.compile(r"\s*\x00+\s*,?\s+(?:also\s+|then\s+)?([a-z]+)(?:\s+that)?\s*")


# 'Over a loudspeaker, what could be heard was, "..."': the narrative presents the
# words, as a colon does; they are not whoever spoke last
# (not 'Her answer was, "..."', which is hers)
_COPULA_LEAD_IN = re.compile(r"\b(?:was|were|is|are)\s*,\s*$")
_PERSONAL_WORD = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Hh]e|[Ss]he|[Tt]hey)\b")


_OTHER_SIDE_WAS = re.compile(r"(?:^|[.!?]\s+|\x00\s*)(?:On|Across)\s+(?:the\s+(?:other|back|reverse)\s+side|the\s+back)"
                             r"(?:\s+of\s+it)?\s*,?\s+(?:was|were|is|read|reads|said|says)\s*[:,]?\s*$")
# Nothing before a quotation but the quotations listed before it
_SAW_THEM_HOLDING = re.compile(
    r"\b(?:spotted|spots|saw|sees|noticed|notices|photographed|photographs|snapped|snaps|filmed|films|passed|passes)\s+"
    r"((?:a|an|two|three|several|some|many|dozens\s+of|the)\s+[^.!?;:\x00]{1,60}?)\s+"
    r"(?:holding|carrying|waving|hoisting|bearing|with)\b")
# Standing with others who hold the signs: "stood with young people holding signs that read"
_WITH_OTHERS_HOLDING = re.compile(
    r"\b(?:stood|stands|standing|sat|sits|sitting|marched|marches|marching|walked|walks|walking|was|were|is|are)\s+"
    r"(?:alongside|with|among|beside)\s+((?:[a-z-]+\s+){0,3}?(?:[a-z-]+s|people|children|men|women|youth))\s+"
    r"(?:holding|carrying|waving|hoisting|bearing)\b")
_LIST_LEAD = re.compile(r"(?:[\s,\x00]|\band\b)*")
_WERE_AMONG_THE_SIGNS = re.compile(
    r"(?:[\s,\x00]|\band\b)*(?:was|were|are|is)\s+(?:just\s+|only\s+)?(?:(?:a\s+few|some|one|two|three|several|"
    r"many|among|a\s+sample|a\s+handful)\s+(?:of\s+)?)(?:the\s+)?"
    r"(?:(?:thousands|hundreds|dozens|scores)\s+of\s+)?(?:[a-z-]+\s+){0,2}?"  # "among the thousands of protest signs"
    r"(signs|placards|banners|posters|chants|cries|slogans(?=\s+(?:on|chanted|shouted|painted|written|scrawled)))\b"
    # '"Bush lies and people die!" was a popular slogan adopted by many of the speakers'
    r"|(?:[\s,\x00]|\band\b)*(?:was|were|is|are)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
    # ('"Not my president!" was a popular theme among the signs carried by protesters')
    r"(chant|refrain|rallying\s+cry|(?:slogan|theme|message)(?=[^.!?\x00]{0,80}\b(?:signs?|placards?|banners?|chant\w*|shout\w*)\b))\b")


# A report that "found" (a study by X, the inquiry): what it found is written, not discovered
_A_REPORT_FOUND = re.compile(r"\b((?:the|a|an|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:report|study|inquiry|review|"
                             r"investigation|survey|audit|analysis|assessment|probe|findings)(?:\s+(?:of|by|from)\s+"
                             r"[^,;:.!?\x00]{2,80}?)?)\s+(?:has\s+|had\s+|also\s+)?(?:found|finds)\b[^.!?\x00]*$", re.I)
# After a document's noun: the clause that gives its words ("a statement Saturday morning that the
# protest"), with no other quotation or sentence end between
_DOCUMENT_SAYS_THAT = re.compile(r"[^\x00.!?;:]{0,40}?\bthat\b[^\x00.!?;:]*$")
_CLAIM_BY_THAT = re.compile(r"\b(?:statement|remark|comment|claim|assertion|words|post|tweet|pledge|promise|warning|"
                            r"vow|suggestion|insistence)s?\s+(?:by|from|of)\s+([^,;:\x00]{2,80}?)(?:\s+and\s+others)?\s+that"
                            # (the clause may open before the quotation: 'suggestions from Councilor Mike
                            # Gaffney and others that Worcester should "not join ..."')
                            r"(?:\s+[^,;:.!?\x00]{1,60}?)?\s*$")
_CROWD_TOLD_TO = re.compile(r"\b(?:exhort|urg|ask|tell|told|invit|encourag|got|get|lead|led|call)\w*\s+(?:on\s+)?(?:the\s+)?"
                            r"(?:crowd|audience|marchers|protesters|demonstrators|students|workers|people|everyone)\s+"
                            r"to\s+(?:yell|shout|chant|sing|repeat|scream|cry|join\s+in)\w*\s*[:,]?\s*$", re.I)
_THING_WITH_WORDS_NEXT = re.compile(r"\b(?:wearing|holding|carrying|waving|in|with)\s+(?:a|an)\s+$")


def _run_on(opener: _Candidate, words: str) -> _Candidate:
    """An unclosed quotation continues with `words` (from the next paragraph). A split
    quotation's unclosed half first joins the quotation it was split from; the record
    that runs on is returned."""
    target = opener.merge_target or opener
    if target is not opener:
        target.parts.extend(opener.parts)
        opener.dropped = True
    if words:
        target.parts.append(words)
    return target


def _end_unclosed(cand: _Candidate) -> None:
    """A quotation left unclosed that no paragraph continues: the second half of
    a split quotation joins the first; otherwise it stands if _stands_unclosed."""
    target = cand.merge_target
    # (a second half needs no cue of its own: '"...," said another. "That is why we have protested.')
    if target is not None and not target.dropped and _runs_whole_sentences(cand, 4):
        target.parts.extend(cand.parts)
        cand.dropped = True
    else:
        cand.dropped = not _stands_unclosed(cand)


def _stands_unclosed(cand: _Candidate) -> bool:
    """A quotation never closed and never continued is no quotation (a stray
    mark), unless someone is said to say it and it runs whole sentences to its
    paragraph's end: 'The network says in a statement:' then '"We are at a
    critical moment ... a temporary one.' (the next paragraph opens no quotation); or
    a slogan with a cue of its own (shouted, chanted, on a sign) that runs to its paragraph's end:
    'protestors had shouted out: "We want our country back..it's time for the Brits to go'."""
    return not cand.dropped and (
        ((cand.own_cue or cand.speaker is not None) and _runs_whole_sentences(cand, 6))
        or (cand.kind == SLOGAN and cand.own_cue and 3 <= len(cand.text.split()) <= 20 and cand.text[:1].isupper()))


def _runs_whole_sentences(cand: _Candidate, min_words: int) -> bool:
    """A statement of at least `min_words` words that ends a sentence."""
    return (cand.kind == STATEMENT and len(cand.text.split()) >= min_words
            and cand.text.rstrip().endswith((".", "!", "?")))


def _is_subject_of_a_verb(after: str) -> bool:
    """'"I've seen smarter cabinets at Ikea" made a return appearance': the
    quotation is what the sentence is about, not words someone goes on saying."""
    m = _SUBJECT_OF.match(after)
    if m is None:
        return False
    w = m.group(1)
    return w not in SPEECH_VERBS and w not in SUBJECT_PRONOUNS and (
        w in ("was", "is", "were", "are", "has", "had", "became", "becomes") or w in _IRREGULAR_PAST
        or _VERB_FORM.fullmatch(w) is not None)


# A sentence that opens on other people: "Others ...", "Some ...", "Another ..."
_OTHERS_LEAD = re.compile(r"\s*(?:Others|Other\s+[a-z]+s|Some|Another|Many|A\s+few|Several)\b")


_END_MARK = re.compile(r"[.!?;]")


def _sentence_ends(text: str):
    """Offsets just after each mark in `text` that ends a sentence (not "Dr." or "U.S.")."""
    return (m.end() for m in _END_MARK.finditer(text) if m.group() != "." or period_ends_sentence(text, m.start()))


_AN_UNNAMED_ONE_LEADS = re.compile(r"\s*(?:A|An|Another|One)\s+[a-z]")


def _new_unnamed_one(between: str) -> bool:
    """Does a sentence in `between` (after its first sentence end) open with someone
    unnamed ("A father who listens ... says he is hopeful.")?"""
    ends = list(_sentence_ends(between))
    return any(_AN_UNNAMED_ONE_LEADS.match(between, end) for end in ends)


def _after_last_sentence(text: str) -> str:
    """The part of `text` after its last sentence end; nothing if it ends no
    sentence (then all of it belongs to the sentence before it)."""
    last = None
    for last in _sentence_ends(text):
        pass
    return text[last:] if last is not None else ""


def _has_sentence_end(text: str) -> bool:
    """Does `text` end a sentence anywhere? Not at "Dr." or "U.S."."""
    return next(_sentence_ends(text), None) is not None


def _sentence_ends_in_between(cands: list[_Candidate], last: _Candidate, index: int) -> bool:
    """Does a sentence end after `last`, past a quoted title or term it ends with,
    before cands[index]? ('"A," Larsen told CNN on "State of the Union." Asked
    by Bash whether ..., Larsen said, "B."': two answers, not one split quotation)"""
    for x in cands[:index]:
        if x.paragraph == last.paragraph and x.span.open_at > last.span.open_at and (
                (_CLOSES_SENTENCE.search(x.text.rstrip()) and _STARTS_UPPER.match(x.after or ""))
                or _has_sentence_end(x.after or "")):
            return True
    return False


_POSTED_VERBS = frozenset({"tweeted", "tweets", "posted", "posts", "wrote", "writes", "emailed", "texted"})


def _another_channel(kept: _Candidate, c: _Candidate) -> bool:
    """'"A," said Berger. ... "B," Mr Berger tweeted.': words said and words posted are two statements."""
    return (kept.cue is not None and c.cue is not None and kept.cue.verb is not None and c.cue.verb is not None
            and (kept.cue.verb in _POSTED_VERBS) != (c.cue.verb in _POSTED_VERBS))


# Only a participle between two fragments: 'told AFP that "A", adding that "B"'
_ADDING_BETWEEN = re.compile(r"\s*,?\s*(?:and\s+)?(?:adding|added|noting|saying)\s+(?:that\s+)?")


def _fragment_then_cue(kept: _Candidate, last: _Candidate) -> bool:
    """'The march "has to be understood ...," he added. "So it must ..."': a fragment that
    ends in a comma and its cue right after it opens a split quotation as a whole one does."""
    return (kept is last and kept.cue is not None and kept.cue.position == "after" and kept.own_cue
            # (the comma inside the marks or, British style, right after them: '"...", said Hj Nabil')
            and (kept.text.rstrip().endswith(",") or (kept.after or "").startswith(","))
            and len(kept.text.split()) >= 4)


def _unnamed_then_pronoun(last: _Candidate, c: _Candidate, between: str) -> bool:
    """'"A," a protester told Reuters. "B," she added.': one unnamed person, whose
    attribution is the only sentence between the parts, goes on speaking."""
    before, after = last.cue, c.cue
    if (c.speaker is not None or last.speaker is not None or before is None or after is None
            or before.position != "after" or before.phrase is None or after.phrase is None):
        return False
    ends = list(_sentence_ends(between))
    return (after.phrase.pronoun in ("he", "she") and before.phrase.generic
            and not (before.phrase.crowd or before.phrase.sign)
            and len(ends) == 1 and not between[ends[0]:].strip())


def _merge_split_chant(cands: list[_Candidate], masked: str) -> None:
    """'"Erhal! Erhal!" they chanted, thrusting fists in the air. "Leave! Leave!"': a chant (or a crowd's shout)
    split around its cue is one, as a statement is; only the cue's own sentence stands
    between the parts, and the second has no cue of its own (not a list, not an answer),
    whatever it was read as alone ('"...," chanted the demonstrators, waving flags.
    "Where is the constitution? Where is democracy?"')."""
    kept = None
    for index, c in enumerate(cands):
        if c.dropped:
            continue
        if (kept is not None and not c.own_cue and not c.listed and c.cue is None
                and not c.continues and c.span.closed):
            between = masked[kept.span.outer_end : c.span.open_at]
            ends = list(_sentence_ends(between))
            after = next((d for d in cands[index + 1 :] if not d.dropped), None)
            if (MASK not in between and len(ends) == 1 and not between[ends[0]:].strip()
                    # (a shout, only around its bare cue: '"A!" the tenants shouted, before walking
                    # off. "B!"' is the crowd's next cry)
                    and (kept.cue.slogan == "chant" or "," not in between)
                    # (not '"A," the crowd chanted. "B!" and "C!"': the first of a list of more chants)
                    and not (after is not None and _LIST_BETWEEN.fullmatch(
                        masked[c.span.outer_end : after.span.open_at].replace(MASK, "")))):
                kept.parts.extend(c.parts)
                c.dropped = True
                continue
        # (a crowd's shout too: '"No justice, no peace!" Protesters yelled. "Know justice, know peace!"')
        # (and the crowd's response: '"Freddie Gray," they echoed. "Say his name."')
        kept = (c if c.kind == SLOGAN and c.cue is not None and (
                    c.cue.slogan in ("chant", "shout")
                    or (c.cue.phrase is not None and c.cue.phrase.pronoun == "they" and c.cue.verb in _THEY_GO_ON_VERBS))
                and c.cue.position == "after" and c.span.closed else None)


def _merge_split(cands: list[_Candidate], continued: _Candidate | None = None) -> None:
    """'"A," she said. "B."' is one quotation: join a statement to the one
    before it in the paragraph when both stand on their own (neither is a
    fragment inside narrative), the speaker is the same, and the later one has
    no cue of its own or one naming the same speaker ("she added").

    `continued` is the quotation (from an earlier paragraph) that this
    paragraph's first quote continued; a split in this paragraph joins it. A
    quotation left unclosed only remembers what it would join: the next
    paragraph decides whether it continues at all."""
    kept: _Candidate | None = continued
    last = kept  # the part joined last: '"A," said Roe. "B," she said, pointing, "C."'
    for index, c in enumerate(cands):
        if c.dropped:
            continue
        added = (kept is not None and kept is last and c.embedded and last.embedded and last.paragraph == c.paragraph
                 and _ADDING_BETWEEN.fullmatch(last.after or "") is not None)
        if (kept is not None and c.kind == STATEMENT and kept.kind == STATEMENT
                and not c.continues and (not c.embedded or added)
                and (not kept.embedded or added or _fragment_then_cue(kept, last))):
            same_paragraph = last.paragraph == c.paragraph
            between = c.span.open_at - last.span.outer_end if same_paragraph else 0
            around_one_cue = (same_paragraph and last.cue is not None and last.cue.position == "after"
                              and not _has_sentence_end((last.after or "")[:between])
                              and not _sentence_ends_in_between(cands, last, index))
            if added:
                same = True  # 'told AFP that "A", adding that "B"': the participle's subject is A's speaker
            elif same_paragraph and _SEMICOLON_BETWEEN.fullmatch((last.after or "")[:between]):
                same = False  # 'had four messages: "A"; "B"; and "C"': items of a list, each its own
            elif around_one_cue or not same_paragraph:
                same = not c.own_cue or c.speaker == kept.speaker  # '"A," said Roe, "B."'
            elif c.own_cue:
                same = (c.cue is not None and c.cue.position == "after" and not _another_channel(kept, c)
                        and ((c.speaker is not None and c.speaker == kept.speaker)
                             or _unnamed_then_pronoun(last, c, (last.after or "")[:between])))
            else:
                same = c.speaker == kept.speaker and not (
                    # '"A," Roe said. Others threw firecrackers, jeering, "B"': other voices
                    same_paragraph and _OTHERS_LEAD.match(_after_last_sentence((last.after or "")[:between]))) and not (
                    # ('"A," says one man. A father ... says he is hopeful. "B"': two people nobody names)
                    c.speaker is None and same_paragraph and _new_unnamed_one((last.after or "")[:between]))
            if same:
                if not c.span.closed:
                    c.merge_target = kept
                    continue
                kept.parts.extend(c.parts)
                c.dropped = True
                last = c
                continue
        if c.tail_only:
            c.dropped = True  # it joined nothing: a lone word or title after all
            continue
        if kept is not None and _inside_attribution(c, last):
            continue  # the sign in '"A," said Roe, who stood with a sign reading "S." "B."': "B" still joins "A"
        kept = last = c if c.kind == STATEMENT else None
    for c in cands:
        if c.head_only and not c.dropped and len(c.parts) == 1 and not any(x.merge_target is c for x in cands):
            c.dropped = True  # one word that nothing joined: not a quotation
