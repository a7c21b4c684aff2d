"""Who said it: cue verbs, speaker phrases, names, pronouns and slogan cues.

Everything here works on plain narrative text in which quotations have been
masked out (replaced by NUL characters of the same length), so no word inside
a quotation is ever mistaken for a speaker or a cue. Pure: no Pelican, no HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .first_names import FEMALE, MALE
from .known_orgs import KNOWN_ORG_AT, KNOWN_ORG_FIRST_WORDS, is_known_org

# (not those that are also places or things: "West Virginia", "Lake Victoria", "Amazing Grace")
FIRST_NAMES = (FEMALE | MALE) - {"victoria", "virginia", "grace", "amber"}

MASK = "\x00"

# --- word lists ---------------------------------------------------------------

_SPEECH_BASES = """
say says said saying report reports reported tell tells told telling add adds added adding state states
stated stating note notes noted noting write writes wrote written writing warn
warns warned warning explain explains explained explaining argue argues argued
arguing insist insists insisted insisting claim claims claimed claiming declare
declares declared declaring assert asserts asserted asserting continue
continues continued ask asks asked asking answer answers answered respond
responds responded reply replies replied shout shouts shouted shouting chant
chants chanted chanting yell yells yelled yelling scream screams screamed
screaming sing sings sang sung singing cry cries cried crying proclaim proclaims
proclaimed proclaiming demand demands demanded demanding urge urges urged
urging tweet tweets tweeted tweeting post posts posted announce announces
announced announcing acknowledge acknowledges acknowledged admit admits
admitted agree agrees agreed complain complains complained emphasize emphasizes
emphasized emphasise emphasised stress stresses stressed observe observes
observed remark remarks remarked recall recalls recalled reflect reflects
reflected lament laments lamented predict predicted promise promises promised
vow vows vowed pledge pledges pledged suggest suggests suggested suggesting mention mentions mentioned concede
concedes conceded conclude concluded testify testified joke jokes joked quip
quipped whisper whispered exclaim exclaims exclaimed pray prays prayed repeat repeats repeated implore implored plead
pleads pleaded pled charge charges charged contend contends contended maintain
maintains maintained counter counters countered affirm affirmed accuse accuses
accused accusing allege alleges alleged calls called calling call describe
describes described describing decry decries decried denounce denounces
denounced condemn condemns condemned criticize criticized criticise criticised
thunder thundered boom boomed roar roars roared bellow bellowed read reads
reading recount recounted recounts reiterate reiterated reiterates caution
cautioned cautions advise advised advises estimate estimated wonder wondered wonders blast blasted
slam slammed slams slamming praise praised praises thank thanked hail hailed
"""
# The -ing forms of verbs above that had only their other forms ("with the union confirming");
# not those seldom speech ("smiling", "pointing", "posting", "reporting")
_SPEECH_BASES += """
acknowledging affirming answering cautioning commenting complaining conceding concluding confirming
contending countering elaborating emphasising emphasizing exclaiming imploring interjecting
lamenting maintaining observing pleading reiterating remarking responding retorting stressing
testifying whispering muttering
"""
_SPEECH_BASES += """
defend defended defends defending dispute disputed disputes disputing reply replying
explain explaining rejected reject rejects dismissed
dismiss dismisses mocked questioned question questions echoed echo echoes
retorted muttered mused sighed laughed sobbed texted emailed boasted fumed
scoffed marveled marvelled pointed chimed weighed griped confirmed confirms
clarified elaborated reasoned snapped gushed groaned confided interjected
begged begs remembered remembers raged encouraged encourages
vowing pledging promising threaten threatens threatened threatening swore swears swearing
shrugs shrugged laughs sighs smiles smiled grins grinned translates translated quips
apologize apologizes apologized apologise apologises apologised characterize characterized
characterise characterised summarize summarized summarise summarised
squealed squeals shrieked shrieks screeched hollered hollers whooped likened likens
invited invites appealed appeals beamed beams express expresses expressed expressing
assure assures assured assuring
condemning denouncing decrying criticizing criticising
cite cites cited citing remind reminds reminded adamant
commented
underline underlines underlined underlining underscore underscores underscored underscoring
tout touts touted touting
"""
SPEECH_VERBS = frozenset(_SPEECH_BASES.split())
# Verbs that end a speaker phrase only in "X verb" order, never alone: "read"
# and "call" are too common to start an attribution ("read more", "call on").
_WEAK_VERB_FIRST = frozenset({"read", "reads", "reading", "call", "calls", "called", "calling",
                              "post", "posts", "posted", "continue", "continues", "continued",
                              "describe", "describes", "described", "describing", "thank", "thanked",
                              "praise", "praised", "praises", "hail", "hailed"})

# Verbs that take the words as their object ('expressing "sincere respect"') but never
# follow them as an attribution: '"...," the crowd expressed dissatisfaction'
_BEFORE_ONLY_VERBS = frozenset({"express", "expresses", "expressed", "expressing"})

CHANT_VERBS = frozenset("""chant chants chanted chanting chantings sang sing sings sung singing
    refrain chorus""".split())
SHOUT_VERBS = frozenset("""shout shouts shouted shouting yell yells yelled yelling
    scream screams screamed screaming cry cries cried crying roar roared roars
    bellow bellowed boom boomed thunder thundered squealed shrieked screeched hollered""".split())
SIGN_NOUNS = frozenset("""sign signs placard placards poster posters banner banners
    flag flags t-shirt t-shirts tshirt tshirts shirt shirts tee tees pin pins
    button buttons badge badges sticker stickers cardboard chalk graffiti
    slogan slogans motto mottos mottoes billboard billboards hat hats cap caps
    umbrella umbrellas mask masks bandana bandanas jacket jackets vest vests mural murals sweatshirt cape capes
    sweatshirts hoodie hoodies tote totes projection projections flyer flyers
    leaflet leaflets inscription inscriptions bedsheet bedsheets tarp tarps marquee marquees sash sashes armband armbands
    helmet helmets backpack backpacks printout printouts headband headbands""".split())
CROWD_WORDS = frozenset("""crowd crowds protesters protestors demonstrators marchers
    activists people participants attendees students workers hundreds
    thousands dozens many others some they group groups everyone rally
    congregants voices men women youths teenagers kids children farmers nurses
    teachers tenants residents mourners picketers strikers supporters fans families circle audience line
    advocates opponents campaigners backers allies defenders contingent contingents
    visitors onlookers spectators bystanders passersby volunteers members parents neighbors neighbours veterans
    worshippers worshipers parishioners classmates villagers retirees grandmothers grandparents mothers employees
    counter-protesters counter-protestors counterprotesters counter-demonstrators counterdemonstrators
    refugees migrants detainees prisoners inmates locals islanders citizens mass masses throng throngs
    multitude multitudes""".split())
# Nouns that describe an unnamed source: "a spokesperson said".
GENERIC_SOURCES = frozenset("""spokesperson spokeswoman spokesman representative
    official officials officer officers protester protestor protesters
    protestors demonstrator demonstrators organizer organizers organiser
    organisers activist activists person people woman women man men member
    members marcher marchers participant participants attendee attendees
    student students worker workers resident residents speaker speakers leader
    leaders witness witnesses neighbor neighbors crowd source sources statement
    video livestream post tweet website voice voices caller callers someone
    one another others volunteer volunteers advocate advocates supporter
    supporters employee employees staffer staffers rabbi pastor priest imam
    teacher mother father parent parents veteran child children police
    department agency authorities management critic critics opponent opponents proponent
    proponents detractors skeptics sceptics lawmakers campaigner campaigners media broadcaster television
    radio newspaper outlet agent agents troops soldiers troopers deputies guards forces commentators
    diplomats experts analysts observers commissioners mps meps msps mlas
    candidate candidates hopeful hopefuls nominee nominees""".split())
# Nouns that describe a person (not a body or a document).
PERSON_NOUNS = (GENERIC_SOURCES - {"statement", "video", "livestream", "post", "tweet", "website", "department",
                                   "agency", "authorities", "management", "police", "crowd", "source", "sources", "one",
                                   "another", "others", "people", "voices"}) | {
    "marcher", "mourner", "picketer", "tenant", "nurse", "doctor", "worker", "father", "mother", "grandmother",
    "grandfather", "son", "daughter", "sister", "brother", "wife", "husband", "retiree", "veteran", "driver",
    "teenager", "teen", "boy", "girl", "youth", "farmer", "rancher", "bystander", "passerby", "shopper",
    "customer", "commuter", "rider", "patient", "survivor", "refugee", "migrant", "immigrant", "physician",
    "scientist", "professor", "firefighter", "soldier", "miner", "pensioner", "lawyer", "attorney", "priest",
    "postdoc", "lecturer", "undergraduate", "programmer", "designer", "architect", "fisherman", "trader",
    "nun", "monk", "grandson", "granddaughter", "aunt", "uncle", "cousin", "widow", "widower",
    "homeowner", "voter", "vendor", "clerk", "cashier", "mourner", "picketer", "nurse",
    "doctor", "teacher", "pastor", "rabbi", "imam", "parishioner", "onlooker", "neighbour",
    "shopkeeper", "bartender", "waiter", "waitress", "chef", "cook", "baker", "butcher", "mechanic",
    "agent", "trooper", "electrician", "plumber", "builder", "carpenter", "cleaner", "janitor", "guard", "pilot", "engineer",
    "accountant", "banker", "cabbie", "artist", "musician", "writer", "poet",
    "photographer", "filmmaker", "actor", "actress", "singer", "grandma", "grandpa", "mom", "dad", "mum",
    "historian", "campaigner", "researcher", "librarian", "comedian", "politician",
    "host", "anchor", "presenter", "announcer", "newscaster"}  # (not "reporter": "A reporter pressed her" asks)


_UNNAMED_NOUNS = GENERIC_SOURCES | PERSON_NOUNS | CROWD_WORDS
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
_STANDALONE_POSSESSIVES = {"hers": "she", "his": "he", "theirs": "they"}
_SPEAKING_FOR = frozenset({"representatives", "lawyers", "attorneys", "spokespeople", "spokespersons", "spokesmen",
                           "spokeswomen", "officials", "executives", "aides", "sources", "staff", "staffers"})
_ORG_CONNECTORS = frozenset({"for", "against", "without"})  # not "of": "Members of Congress"
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "inside", "across", "on"})
# How a sign hangs, at a sentence's start: "Taped to the podium was", "Pinned above the door were"
DISPLAY_PARTICIPLES = ("taped", "pinned", "stapled", "glued", "tied", "nailed", "pasted", "attached", "affixed",
                       "hung", "hanging", "draped", "strung", "plastered", "stuck", "mounted", "propped", "posted",
                       "tacked", "zip-tied", "clipped", "chained", "fixed")
_DISPLAY_PARTICIPLES = frozenset(DISPLAY_PARTICIPLES)
# What protesters do with what they carry, opening a sentence: "Waving Palestinian flags and holding
# signs that read ...": a participle, never the first word of a name
_OPENING_PARTICIPLES = frozenset("""waving holding carrying wearing raising hoisting brandishing bearing clutching
    chanting singing shouting marching banging beating blowing lifting
    writing speaking talking addressing responding reacting commenting posting tweeting explaining describing
    recalling reflecting walking arriving gathering""".split())  # ("Writing in the Observer, the ... described")
_DISPLAY_PREPOSITIONS = frozenset({"to", "on", "onto", "from", "above", "over", "under", "below", "beneath", "along",
                                   "across", "outside", "inside", "at", "around", "in", "near", "beside", "between"})


SINGULAR_PERSON_NOUNS = frozenset(w for w in PERSON_NOUNS if not (
    (w.endswith("s") and w[:-1] in PERSON_NOUNS) or w in ("people", "men", "women", "children", "officials")))


_APPOSED_HEAD = re.compile(r"\s*(?:a|an)\s+(?:[\w'\u2019-]+\s+)?([a-z]+)\b(?:\s+(?:from|of|in|at|who|with)\b|\s*$)")
_WHO_GAVE_NO_NAME = re.compile(r"\s*who\s+(?:declined|refused|did\s+not\s+want|didn['\u2019]t\s+want|asked\s+not|would\s+not|wouldn['\u2019]t|"
                               r"gave\s+only|would\s+only)\b[^,]*\b(?:name|named|identified)\b")
_ONE_WHO = re.compile(r"\s*(?:a|an|one|another)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?,?\s+(?:and\s+)?who\b", re.I)


_HEAD_BEFORE_OF = re.compile(r"\s(?:of|from|for|with|at)\s", re.I)


def describes_person(phrase: "SpeakerPhrase") -> bool:
    """The phrase calls its subject one person: "one marcher, ..., Luis"
    ("supporters of Derrick Owens" are not one person a "he" can be)."""
    chunks = phrase.words.split(",")
    words = chunks[0].split()
    if len(chunks) > 1 and ([w.lower() for w in words[:2]] == ["one", "of"]
                            or (phrase.name and chunks[0].strip() == phrase.name)):
        # "One of them, a graduate student who ...", "Marie, a 58-year-old nurse": the apposition says who
        words = chunks[1].split()
    elif len(chunks) > 1 and [w.lower() for w in words] in (["one"], ["another"]):
        # "One, a dentist from Phoenix who declined to give his name,": one of the people just named
        head = _APPOSED_HEAD.match(chunks[1])
        if head and _PERSON_NOUN_END.search(head.group(1)) and head.group(1) not in SURFACES:
            return True
        if _WHO_GAVE_NO_NAME.match(chunks[1]):
            return True  # "One, who declined to give his name, was unsympathetic": a person
        words = chunks[1].split()
    if not phrase.person and words and words[-1].lower() in ORG_PRONOUN_NOUNS and not (
            len(head := _HEAD_BEFORE_OF.split(" ".join(words), 1)) == 2
            and any(w.lower() in SINGULAR_PERSON_NOUNS for w in head[0].split())):
        # "the student group": a group, whatever describes it (but "a spokesperson from Climate
        # Defiance Network" is a person: the group follows the head noun and its preposition)
        return False
    if len(chunks) == 1 and len(words) > 2 and [w.lower() for w in words[:2]] == ["one", "of"] and (
            (last := words[-1].lower()) in ("people", "men", "women") or last[:-1] in SINGULAR_PERSON_NOUNS):
        return True  # "One of the last people to leave": one of them, a person
    if _ONE_WHO.match(phrase.words):
        return True  # "a shopkeeper who has watched ...": "who" is said of people
    named = set(phrase.name.split()) if phrase.name else set()
    # Words of the name do not count: "the Scottish Refugee Council" is no
    # refugee, "Migrant Justice Collective" no migrant; a title does.
    return phrase.person or phrase.pronoun in ("he", "she") or any(
        w.lower().strip(".") in SINGULAR_PERSON_NOUNS for w in words if w not in named)


def unnamed_person(phrase: "SpeakerPhrase") -> bool:
    """The phrase is one person the article does not name: "a bank employee
    who asked not to be named", "one marcher". A later "she" is them."""
    words = phrase.words.split(",")[0].lower().split()
    first = words[0] if words else ""
    if first in ("her", "his") and len(words) == 2 and words[1] in _RELATIONS:
        # "Her husband nodded.": someone the article does not name, whose relation tells who
        return phrase.name is None and phrase.pronoun is None
    return (phrase.name is None and phrase.pronoun is None and phrase.generic and not phrase.crowd
            and not (phrase.sign and _sign_before_carrying(words)) and first in ("a", "an", "one", "another")
            and not _two_people(words) and describes_person(phrase))


# What starts a second person after "and": "Another legislator and his wife" (not "a teacher
# and activist", one person with two roles)
_SECOND_PERSON_START = frozenset({"his", "her", "their", "a", "an", "the", "another", "one", "two"})


def _two_people(words: list[str]) -> bool:
    """"Another legislator and his wife survived": two people, whom no "she" or
    "he" means alone. Only "and" among the first words counts, before anything
    the person does or carries ("a woman with a sign and a flag" is one)."""
    for k, w in enumerate(words[1:5], 1):
        if w in _CARRYING or w in ("who", "that", "which"):
            return False
        if w == "and":
            return k + 1 < len(words) and words[k + 1] in _SECOND_PERSON_START
    return False


# What one carries or wears: "a teenager holding a cardboard sign" is a person, "a sign held up" a sign
_CARRYING = frozenset("""holding carrying waving wearing raising clutching hoisting bearing with who in
    at on of from behind beside under""".split())


def _person_carrying(lower: list[str]) -> bool:
    """A person who carries or wears the sign: "a young man with a Kenyan flag tied
    around his neck" is a man (not "one with a flag", "the banner of the union")."""
    k = next((k for k, w in enumerate(lower) if w in _CARRYING), len(lower))
    return k < len(lower) and not _sign_before_carrying(lower) and any(w in PERSON_NOUNS for w in lower[:k])


def _sign_before_carrying(words: list[str]) -> bool:
    for word in words:
        if word in _CARRYING:
            return False
        if word.strip(".") in SIGN_NOUNS:
            return True
    return False


# Bodies a report calls by a common noun once it has named them ("the health
# system", "the school district", "the university")
# A plural noun, not a singular in -s ("the press", "the campus", "the census", "the news")
_PLURAL_NOUN = re.compile(r"(?!news$)[a-z-]+[^su']s")
INSTITUTION_NOUNS = frozenset("""system hospital university college district school museum gallery chain
    retailer airline bank employer operator developer landlord insurer ministry county city board
    authority company corporation firm agency department administration council government""".split())
ORG_PRONOUN_NOUNS = frozenset("""group organization organisation coalition
    collective network union nonprofit campaign company firm agency department
    alliance movement committee council association federation congregation
    synagogue church mosque party chapter organizers organisers""".split())

ORG_KEYWORDS = frozenset("""Action Alliance Association Agency Bureau Campaign Center Elementary
    Centre Church Coalition Collective Committee Council Congregation Department
    Enforcement Federation Foundation Front Fund Group Institute International
    Justice League Liberties Movement Network Office Organization Organisation
    Party Police Project Right Rights Services Service Society Synagogue Temple
    Union University College School Watch Caucus Assembly Congress Senate
    Administration Commission Inc Corp Corporation Company LLC Co Partners Power
    Solidarity Voice Voices Workers Together Now Peace Defense Defence Board Advocacy Advocate Advocates
    Authority Ministry Academy Initiative Legal Aid Clinic Labs Media News
    Times Post Press Council Chapter Brigade Mosque Cathedral Diocese Systems Holdings
    Technologies Industries Realty Properties Solutions Healthcare Energy Airlines Airways
    Bank Capital Motors Pharmaceuticals Logistics Enterprises Communications Petroleum
    Railways Railway Rail Railroad Utilities Hospital Hospitals Library Museum Gallery
    Trust Transit Fellowship Ministries Mission Guild Club Cooperative Partnership Consortium Forum Local
    Foods Brands Stores Markets Supermarkets Grocers Mills Farms Manufacturing Construction Resources Mining Steel
    Chemicals Insurance Financial Investments Entertainment Studios Restaurants Hotels Resorts Casinos Shipping
    Freight Aerospace Automotive Beverages Wireless Telecom Software Robotics Patrol Guard""".split())

TITLES = frozenset("""superintendent speaker chair chairman chairwoman chairperson mr mrs ms miss mx dr rev reverend rabbi pastor father sister
    brother imam sen senator rep representative gov governor mayor president
    prof professor sgt sergeant lt lieutenant capt captain officer det
    detective chief commissioner judge justice gen general col colonel cantor
    bishop deacon member councilmember councilman councilwoman assemblymember
    assemblyman assemblywoman congressman congresswoman congressmember
    secretary minister sheriff deputy elder sheikh dean coach nurse mp mep msp mla
    councillor councilor cllr coun alderman alderwoman alderperson
    leader chancellor constable commander secretary-general ambassador premier envoy inspector
    ceo cfo coo cto senior junior sophomore freshman
    cdr cmdr supt insp dci dcs acc dcc maj cpl pvt adm atty
    dame sir baroness baron lord
    provost principal trustee supervisor executive manager treasurer director comptroller controller auditor
    administrator comrade sp acp dsp asp csp cp igp aig
    datuk dato datin tun seri honorable honourable hon hj hjh haji hajah awg dyg pehin""".split())  # ranks abbreviated ("Cdr Slonecki"); honours ("Dame Esther Rantzen",
# Malaysia's "Datuk Seri Najib", "Tun Dr Mahathir"; Brunei's "Hj Nabil", "Awg", "Dyg")

PERSON_PRONOUNS = {"he": "m", "she": "f"}
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i"}

# Capitalised words that start sentences but are not names.
# Adverbs that open a sentence before its subject ("Afterward, she said"):
# never a name, never a speaker.
SENTENCE_ADVERBS = frozenset("""halfway midway partway afterward afterwards separately nevertheless nonetheless indeed moreover
    furthermore eventually ultimately initially originally similarly likewise additionally elsewhere
    overall privately publicly recently subsequently ironically notably fortunately unfortunately
    luckily sadly frankly honestly clearly apparently reportedly allegedly admittedly certainly
    increasingly therefore otherwise besides suddenly once nearby overhead upstairs downstairs
    online offline overnight again previously lately abroad overseas locally nationally onstage
    backstage offstage indoors outdoors""".split())
# A pronoun with its verb run in ("They’re demanding"): it names no one, and a subject
# pronoun stays that pronoun (the value; None for "you’re", "that’s", "there’s", "here’s")
_RUN_IN = {p + apostrophe + tail: (p if p in SUBJECT_PRONOUNS else None)
           for p, tails in (("they", "re ve ll d"), ("we", "re ve ll d"), ("you", "re ve ll d"),
                            ("he", "s d ll"), ("she", "s d ll"), ("it", "s ll d"), ("that", "s"),
                            ("there", "s"), ("here", "s"))
           for tail in tails.split() for apostrophe in ("'", "\u2019")}
FUNCTION_WORDS = frozenset("""the a an in on at but and or as after before during when ahead throughout
    while meanwhile however this that these those it he she they we i our his her
    their its there here for from with without by to of if some many most one two
    three four five six seven eight nine ten dozens hundreds thousands several up
    other another others still yet so then now later earlier also according
    despite though although because since until unless whether what who whom
    whose which where why how all both each every no not nor none instead
    inside outside among amid around across through over under near above
    below behind beyond into onto upon about against between within along
    beneath underneath atop beside alongside
    toward towards via per last next first second third final finally
    today yesterday tomorrow tonight monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august
    september october november december mr mrs ms dr rev just only even
    such much more less yes oh my your you me us them speaking asked
    standing holding addressing like unlike following
    nothing nobody everyone everybody everything something someone somebody anyone anybody anything
    t-shirt t-shirts i'd i'm i've i'll i’d i’m i’ve i’ll""".split()) | SENTENCE_ADVERBS | frozenset(_RUN_IN)

_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split())
# Lower-case particles inside people's names: "Marjan van der Berg", "Frank van den Heuvel", "Lula da Silva"
NAME_PARTICLES = frozenset({"de", "del", "la", "le", "van", "von", "der", "den", "ter", "ten", "da", "du", "dos", "das",
                            "bin", "ibn", "al", "y", "des", "di"})
CONNECTORS = NAME_PARTICLES | {"for", "of", "the", "on", "to", "&", "in"}

# Words that end with a period without ending a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "rev", "sen", "rep", "gov", "st", "jr", "sr", "lt", "sgt", "capt",
    "gen", "col", "prof", "no", "vs", "etc", "inc", "co", "corp", "ltd", "mt", "ft", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "d.c",
    "e.g", "i.e", "approx", "dept", "est", "fig", "vol", "ave", "blvd",
    # titles written short: "He called on Supt. Austin Beutner:" is one sentence
    "supt", "insp", "det", "cmdr", "cdr", "maj", "cpl", "pvt", "adm", "atty", "pres", "hon", "msgr", "fr",
}


_LAST_WORD = re.compile(r"([\w.]+)$")
_PARTY_TAG = re.compile(r"\b[DRI]-[A-Z][a-z]{1,4}$")
_INITIALISM = re.compile(r"(?:\w\.)+\w")  # "U.S", "D.C"
_CAPITAL_AFTER = re.compile(r"\s+([A-Z][A-Za-z]*)")
_TIME_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT BST UTC CET CEST IST AEST AEDT
    Eastern Central Mountain Pacific Local""".split())


def period_ends_sentence(text: str, at: int) -> bool:
    """Does the period at `at` end a sentence? Not after an abbreviation
    ("Rep.", "U.S.") or an initial ("Jane Q."), nor inside a web address or a number
    ("350.org", "3.5"): a lower-case letter or a digit right after it."""
    nxt = text[at + 1 : at + 2]
    if nxt.isdigit() or nxt.islower():
        return False
    word = _LAST_WORD.search(text, max(0, at - 20), at)
    if not word:
        return True
    if _PARTY_TAG.search(text, max(0, at - 16), at):
        return False  # "Rep. Ilhan Omar (D-Minn.)", "Sen. Elizabeth Warren, D-Mass., said"
    w = word.group(1).lower()
    if w in ("a.m", "p.m"):
        # "shortly after 2 p.m. Judge Rebecca Jennings thanked the jurors": a time ends a
        # sentence before a capital, unless the capital still dates it ("2 p.m. Monday", "p.m. ET")
        # (at the end of a fragment, or before a quotation, it is not known to: as before, it does not,
        # so that '"A," she said shortly before 1:30 a.m. "B."' stays one quotation)
        after = _CAPITAL_AFTER.match(text, at + 1)
        return after is not None and after.group(1) not in _TIME_WORDS
    return not (w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or _INITIALISM.fullmatch(w))


_SENTENCE_END_OR_MASK = re.compile(r"[.!?;:]|\x00")


def first_sentence(text: str) -> str:
    """`text` up to its first sentence end (or masked quotation)."""
    for m in _SENTENCE_END_OR_MASK.finditer(text):
        if m.group() == "." and not period_ends_sentence(text, m.start()):
            continue
        return text[: m.start()]
    return text


# Plural nouns a sentence may start with ("Protesters", "Relatives"); a
# surname of the same shape is learnt as one once met in a full name.
COMMON_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ers|ors|ants|ents|ists|ians|ees|ies|ives)$")
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019.\-]*|&|\d+")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}s?$")


# A word with a closing period that is no initial or abbreviation ("Jane Q.",
# "U.S.", "Jr.", "St."): the period ends a sentence.
_ENDS_SENTENCE_WORD = re.compile(r"(?!(?:Jr|Sr|St|Mt|Ft|Pt|No|Co|Inc|Corp|Ltd|Bros)\.$)[A-Za-z\u00c0-\u024f][a-z\u00df-\u024f'\u2019-]{2,}\.")


# What a body is for, which its name may place: "Justice in Palestine", "Peace in the Middle East"
_CAUSE_WORDS = frozenset({"Justice", "Peace", "Action", "Solidarity", "Liberation", "Rights", "Freedom", "Resistance",
                          "Democracy", "Equality", "Change", "Dignity", "Life", "Power", "Unity"})
# An acronym takes no period of its own ("ACLU."; not "U.S.", "D.C."): one after it ends a sentence
_ACRONYM_THEN_PERIOD = re.compile(r"[A-Z][A-Z0-9&]+\.")
_NICKNAME_GAP = re.compile(" " + MASK + "{3,20} ")


def _is_cap(token: str) -> bool:
    # "T-shirts" is capitalised in every sentence: a thing, never part of a name
    # ("al-Hassan", "el-Sayed": an Arabic name's article, in lower case, is part of it)
    return (token[:1].isupper() and not (token[:2] in ("T-", "T\u2011") and token[2:3].islower())) or (
        token[:1] in "ae" and _ARTICLE_NAME.match(token) is not None)


_ARTICLE_NAME = re.compile(r"(?:al|el|as|ash|ad|an|ar|at|az|ul)-[A-Z\u00c0-\u024f]")


# "We spoke to Ana Sousa", "according to Jane Roe": a person one talks to, no place
_SPOKEN_TO = re.compile(r"\b(?:spoke|speak|speaks|speaking|spoken|talked|talk|talks|talking|chatted|chatting|wrote|"
                        r"write|writes|writing|listened|listen|listening|according|introduced|reached\s+out|"
                        # "the most popular sign belonged to Ruth Goldman": whose it is, a person
                        r"belonged|belongs|belonging|belong)\s+to\s+$", re.I)
# (a sentence may open with it: "In Moscow, 1,450 people were detained")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Ff]rom|to|[Aa]t|[Aa]cross|[Nn]ear|[Oo]utside|[Ii]nside|into|[Tt]hrough|toward|towards)"
                           r"\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_PLACE_ENDINGS = ("Street", "Avenue", "Road", "Park", "Square", "Plaza", "Hall", "Heights", "Hills", "County", "City",
                  "Beach", "Springs", "Falls", "Bay", "Island", "Valley", "Station", "College", "University", "School")


def _person_from(text: str, start: int, name: str) -> bool:
    """'The first question came from Deborah Kline': a first name and a surname
    after "from" are a person who spoke or wrote, not where someone is from."""
    if not text.endswith("from ", 0, start):
        return False
    words = drop_titles(name).split()  # ("heard from Inverness MP Drew Hendry": a title makes a person)
    return (len(words) in (2, 3) and (words[0].lower() in FIRST_NAMES or len(words) < len(name.split()))
            and words[-1] not in _PLACE_ENDINGS)


_SENTENCE_END = re.compile(r"[.!?:\x00\u201c\"]\s*$")
_CAPITAL_BEFORE_PERIOD = re.compile(r"\b[A-Z][\w.]*$")


def _strip_possessive(token: str) -> str:
    return _POSSESSIVE.sub("", token) if ("'" in token or "\u2019" in token) else token


@dataclass
class Mention:
    """A name in the narrative: "Jews for Racial & Economic Justice", "Roe"."""

    name: str
    start: int
    end: int
    sentence_initial: bool = False
    after_place_word: bool = False  # "in Scotland", "from Syria": likely a place
    modifier: bool = False  # "a Yankton Sioux elder": describes someone, names nobody
    dependent: bool = False  # "mother of Manuel Terán", "George Floyd's brother": someone else is the subject
    apposed: bool = False  # "Marcus Evans, Rex's younger brother,": a possessive describing the name before it

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.name.split())


_ARTICLE_END = re.compile(r"\b(?:a|an)\s+$")
_LOWER_WORD_NEXT = re.compile(r" [a-z][a-z-]+\b")
_CROWD_WORD_NEXT = re.compile(r" ([a-z]+)\b")  # the word after a name: "Unemployed youth"
_UPPER_START = re.compile(r"[A-Z\u00c0-\u024f]")
_WORD_TAIL = frozenset("_'\u2019.-")


def _starts_token(text: str, at: int) -> bool:
    """Would _TOKEN.finditer(text) start a token at `at` (a letter)? Not when
    the run of word characters right before it holds a letter: that letter's
    token runs on through `at` ("McDonald", "O'Brien", "U.S.")."""
    k = at - 1
    while k >= 0:
        c = text[k]
        if not (c.isalnum() or c in _WORD_TAIL):
            return True
        if "A" <= c <= "Z" or "a" <= c <= "z" or "\u00c0" <= c <= "\u024f":
            return False
        k -= 1
    return True


class _TokensFrom:
    """The tokens _TOKEN.finditer(text) gives from one token on, found only as
    far as they are asked for: a name needs the words right after it, never
    the lower-case rest of the paragraph."""

    __slots__ = ("text", "found")

    def __init__(self, text: str, first: re.Match):
        self.text = text
        self.found = [(first[0], first.start(), first.end())]

    def get(self, n: int) -> tuple[str, int, int] | None:
        found = self.found
        while len(found) <= n:
            m = _TOKEN.search(self.text, found[-1][2])
            if m is None:
                return None
            found.append((m[0], m.start(), m.end()))
        return found[n]


# Common words that start a name when capitalised before another capital:
# "Just Stop Oil", "No Kings", "All Out". At a sentence's start only "Just"
# is trusted ("More Americans said ..." names nobody).
# "the Standing Rock Sioux Tribe", "La Via Campesina"
# ("Former hostage Or Levy": a first name, mid-sentence)
_NAME_LEADS = frozenset({"just", "no", "all", "never", "yes", "more", "standing", "via", "or"})


def _cap_follows(toks: "_TokensFrom", text: str) -> bool:
    following = toks.get(1)
    return (following is not None and _is_cap(following[0]) and text[toks.get(0)[2] : following[1]] == " "
            and following[0].lower() not in FUNCTION_WORDS and following[0].lower() not in TITLES)


_NAME_PARTICLES = frozenset({"Al", "De", "Des", "Van", "Von", "Da", "Du", "Di"})  # not "La" (La Paz, La Resistencia)
# ("Des" opens "Des Brailey" and "Des Moines" alike: a name either way)
_NEXT_CAPITAL = re.compile(r" [A-Z][a-z]")


# What a ministry or department is for, the words after its "and": "Department for Business and Trade"
_DOMAINS = frozenset("""Trade Industry Commerce Energy Health Human Social Care Skills Education Science Technology
    Innovation Culture Media Sport Sports Rural Urban Affairs Foreign Security Defence Defense Justice Transport
    Transportation Housing Development Environment Climate Labour Labor Employment Pensions Agriculture Fisheries
    Forestry Welfare Family Families Finance Planning Communities Local Government Tourism Immigration Customs
    Border Protection Safety Works Resources Mines Water Digital Economy Economic Public Research""".split())


# Whose office a body is: "the County Attorney's Office", "the Sheriff's Department"
_OFFICE_HOLDERS = frozenset("""attorney sheriff governor mayor prosecutor examiner coroner clerk controller comptroller
    marshal treasurer auditor commissioner manager president chancellor minister premier""".split())
# An office holder's office named as a body: "the Mayor's Office", "The Prime Minister's Office"
_TITLES_OFFICE_AT = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+['\u2019]s\s+(?:Office|Department)\b")
_OFFICE_DOMAINS = _DOMAINS | frozenset("""State Homeland Interior Treasury Home Veterans Arts Heritage Equality
    Women Children Youth Integration Migration Regions Infrastructure Enterprise
    Department Staff Police Detectives Patrol Operations""".split())  # "NYPD Chief of Department Jeffrey Maddrey"
# An office named by what it is for: "Minister for", "Secretary of", "Minister of State for"
_OFFICE_OF_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Minister\s+of\s+State|Under-?\s?Secretary|Director|Chief)"
                               r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+and\s+)?$")


_SAID_BEFORE_NAME = frozenset({"said", "says", "added", "adds", "explained", "explains", "wrote", "writes",
                               "recalled", "recalls"})
_NAME_THEN_COLON = re.compile(r"(?:\s+[A-Z][\w'\u2019.-]*){1,3}\s*:")


def _sentence_initial(text: str, start: int) -> bool:
    """Does the word at `start` open a sentence?"""
    end_before = _SENTENCE_END.search(text, max(0, start - 12), start)
    return _TOKEN.search(text, 0, start) is None or bool(
        # (not after a title's period: "called on Gov. Gavin Newsom" is no sentence's start;
        # only a capitalised word before the period can be a title or an initial)
        end_before and (end_before.group()[0] != "." or not _CAPITAL_BEFORE_PERIOD.search(text, max(0, end_before.start() - 8), end_before.start())
                        or period_ends_sentence(text, end_before.start())))


# Plurals whose possessive begins or runs through a body's name ("Poor People's Campaign")
_PLURAL_POSSESSIVES = frozenset({"people", "women", "children", "men"})


# What may join a title with a hyphen: "Vice-President", "Co-Chair", "Deputy-Mayor"
_TITLE_PREFIXES = frozenset({"vice", "co", "deputy", "acting", "assistant", "associate", "ex"})


# Small words that title case capitalises inside a name
_TITLE_CASE_SMALL_WORDS = frozenset({"to", "for", "of", "the", "on", "in", "and", "against", "with"})


def plural_speech_verb(word: str) -> bool:
    """A speech verb in its plural present: "say", "claim", "argue" (its "-s" form is a speech verb too)."""
    return not word.endswith("s") and (word + "s" in SPEECH_VERBS or word + "es" in SPEECH_VERBS)


def _prefixed_title(low: str) -> bool:
    """A lower-case title joined to its prefix: "vice-president", "co-chair"."""
    head, dash, tail = low.partition("-")
    return bool(dash) and head in _TITLE_PREFIXES and tail in TITLES


# After an adverb that opens a sentence: an office just taken ("Newly elected", "Recently appointed")
_NEWLY_MADE_NEXT = re.compile(r" (?:elected|appointed|installed|named|hired|sworn|minted|chosen|confirmed)\b")


# One or two capitalised words after a known group's name: its chapter's place
_CHAPTER_PLACE = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'\u2019-])")


def find_names(text: str, offset: int = 0, vocabulary: frozenset[str] = frozenset()) -> list[Mention]:
    """Runs of capitalised words (with connectors such as "for", "&", "of").

    `vocabulary` holds the article's lower-case words: a capitalised word at the
    start of a sentence that also appears in lower case is a common word
    ("Protesters chanted"), not a name. It also holds, capitalised, the
    surnames that look like plurals ("Sanders" of "Bernie Sanders"): alone at a
    sentence's start they are still names.

    Only capital letters are visited; the tokens after one are read lazily
    (`_TokensFrom`), exactly as a left-to-right tokenisation would give them.
    """
    mentions: list[Mention] = []
    pos = 0
    while True:
        cap = _UPPER_START.search(text, pos)
        if cap is None:
            return mentions
        at = cap.start()
        pos = at + 1
        if not text[at].isupper():
            continue
        if not _starts_token(text, at):
            article = at - 3 if text[at - 1 : at] == "-" else -1
            while article > at - 5 and article > 0 and text[article - 1].isalpha():
                article -= 1  # "ash-Shami": back to the article's first letter
            if not (article >= 0 and _ARTICLE_NAME.match(text, article) and _starts_token(text, article)):
                continue
            at = article  # "al-Hassan said": the name starts with its article
        first = _TOKEN.match(text, at)
        word, start, end = first[0], at, first.end()
        pos = end
        if word.lower() in CONNECTORS and not (word in _NAME_PARTICLES and _NEXT_CAPITAL.match(text, end)):
            continue  # "of", "the"; but "Al Sharpton", "De Blasio", "Van Morrison" start names
        bare = _strip_possessive(word).rstrip(".")
        lower_bare = bare.lower()
        if word in PLATFORMS and text[max(0, start - 3) : start].lower() == "on " and _NEXT_CAPITAL.match(text, end):
            continue  # "On Facebook Jane Roe wrote": where she wrote, then who; no "Facebook Jane Roe"
        if bare in KNOWN_ORG_FIRST_WORDS and (known := KNOWN_ORG_AT.match(text, start)):
            # "Last Generation", "Rise and Resist": a group's name, whatever its words look like
            known_end = known.end(1)
            if (chapter := _CHAPTER_PLACE.match(text, known_end)) and not any(
                    w.lower() in TITLES or w.lower() in _CALENDAR or w.lower() in FUNCTION_WORDS or w.lower() in FIRST_NAMES
                    for w in chapter.group(1).split()):
                known_end = chapter.end(1)  # "Black Lives Matter New Haven": a chapter, named by its place
            mentions.append(Mention(text[start:known_end], start + offset, known_end + offset, _sentence_initial(text, start),
                                    modifier=bool(_ARTICLE_END.search(text, max(0, start - 4), start)
                                                  and _LOWER_WORD_NEXT.match(text, known_end)),
                                    dependent=text.endswith("of ", 0, start)))
            pos = known_end
            continue
        common = (lower_bare in FUNCTION_WORDS or lower_bare in TITLES or (
            # "Vice-President", "Co-Chair": a title with its prefix, no one's name
            "-" in lower_bare and _prefixed_title(lower_bare))
        ) and not (bare == "Justice" and text.startswith(" for ", end))  # "Justice for Janitors"
        if common and lower_bare in TITLES and bare in vocabulary:
            common = False  # "Justice said" after "Gov. Jim Justice": a surname the article gave, not a title
        if common and lower_bare in TITLES and _AGE_APPOSITION_NEXT.match(text, end):
            common = False  # "Dean, 35, from Ilford, said": a first name, with the age people are given
        if bare == "Gen" and _GENERATION_NEXT.match(text, end):
            common = False  # "Gen Z Madagascar": a generation, not General Z
        if common and lower_bare not in _NAME_LEADS and not (
                lower_bare in TITLES and _TITLES_OFFICE_AT.match(text, start)):
            continue  # most capitals ("The", "He", "But"): decided before the tokens after them are read
        toks = _TokensFrom(text, first)
        sentence_initial = _sentence_initial(text, start)
        if (sentence_initial and lower_bare in _DISPLAY_PARTICIPLES and (after := toks.get(1)) is not None
                and after[0] in _DISPLAY_PREPOSITIONS):
            continue  # 'Taped to the podium was a handwritten note:': how a thing hangs, no name
        if sentence_initial and lower_bare in _OPENING_PARTICIPLES:
            continue  # "Waving Palestinian flags and holding signs": what the subject does, no name
        if sentence_initial and bare.endswith("ly") and _NEWLY_MADE_NEXT.match(text, end):
            continue  # "Newly elected Helena Mayor Wilmot Collins": how recently he took office, no name
        if sentence_initial and lower_bare in _SAID_BEFORE_NAME and _NAME_THEN_COLON.match(text, end):
            continue  # 'Said Rhodes: "..."': the verb before its subject, no part of the name
        if common and not ((not sentence_initial or bare == "Just") and _cap_follows(toks, text)):
            continue
        if sentence_initial and lower_bare in INSTITUTION_NOUNS and (after := toks.get(1)) is not None and (
                after[0][:1].islower() and after[0] not in CONNECTORS and text[end : after[1]] == " "):
            continue  # "Hospital management said", "University officials": common nouns; not "University of X"
        if sentence_initial and bare not in vocabulary and (bare.lower() in vocabulary or (
                COMMON_PLURAL.search(bare) or (bare.endswith("s") and bare[:-1].lower() in vocabulary)
                # "Cubans shouted": a people, in the plural
                or (bare.endswith("s") and _DEMONYM.fullmatch(bare[:-1]))
                # "Protest organisers led by ..." where "protests" is met: a common noun
                or (lower_bare + "s") in vocabulary)):
            # "Trains, schools and ..." where "train" is met too; not "Hall said" after "Destiny Hall"
            after = toks.get(1)
            if (after is not None and after[0] in _ORG_CONNECTORS and (two := toks.get(2)) is not None and _is_cap(two[0])
                    and bare.lower() not in _SPEAKING_FOR):
                pass  # "Students for Justice in Palestine said", "Veterans for Peace"; not "Lawyers for Amazon"
            elif not (after is not None and _is_cap(after[0]) and text[end : after[1]] == " "):
                continue

        # Extend across capitalised words and connectors between them.
        j = 0
        last = 0
        while (following := toks.get(j + 1)) is not None:
            nxt, nstart, _ = following
            current = toks.get(j)
            gap = text[current[2] : nstart]
            if ((j == 0 or (j == 1 and (_is_descriptor(first[0]) or first[0].lower().rstrip(".") in TITLES)))
                    and _NICKNAME_GAP.fullmatch(gap) and _is_cap(current[0]) and _is_cap(nxt)
                    and current[0][-1].isalpha()):  # (not 'from Texas. "We had to," Linda Baker said')
                # ("Organiser Bec 'Freedom' Walker": after a title or a description too)
                j += 1  # 'Jim "Sonny" Morales': a quoted nickname inside a name
                last = j
                continue
            if (gap == " \u2019" and nxt[:1] == "M" and nxt[1:2].islower() and nxt.lower() not in FUNCTION_WORDS
                    and _is_cap(current[0])):
                j += 1  # "Police Minister ’Mamoipone Senauoane": a Sesotho name's "’M" prefix, inside the name
                last = j
                continue
            if gap.strip() not in ("", "&") or "\n" in gap or MASK in gap:
                break
            if current[0].endswith(("'s", "\u2019s")) and nxt in ("Office", "Department") and (
                    _strip_possessive(current[0]).lower() in _OFFICE_HOLDERS):
                j += 1  # "the Travis County Attorney's Office", "the Sheriff's Department": one body
                last = j
                continue
            if (current[0].endswith(("'s", "\u2019s")) and _is_cap(nxt)
                    and _strip_possessive(current[0]).lower() in _PLURAL_POSSESSIVES):
                j += 1  # "the People's Climate March", "Women's March", "Children's Hospital": one name
                last = j
                continue
            if current[0].endswith(("'s", "\u2019s", ",")):
                break
            if current[0].endswith(".") and (_ENDS_SENTENCE_WORD.fullmatch(current[0]) or _ACRONYM_THEN_PERIOD.fullmatch(current[0])) \
                    and current[0][:-1].lower() not in TITLES:
                break  # "from Burlington. Morales said", "by the ACLU. Maria Lopez": a sentence ends between them
            if nxt.isdigit() and (current[0] == "Local" or j > 0 or current[0] in ORG_KEYWORDS) and len(nxt) <= 5:
                j += 1  # "ILWU Local 13", "SEIU 1199", "Project 2025"
                last = j
                continue
            if _is_cap(nxt) and nxt.lower() not in CONNECTORS:
                j += 1
                last = j
                continue
            run = j + 1
            if run == 1 and nxt.lower() in _PLACE_PREPOSITIONS and bare.lower() in _UNNAMED_NOUNS:
                break  # "Police in Atlanta said", "Officials at the school": not a name
            if (nxt.lower() in CONNECTORS or nxt == "&") and (
                # (not a surname the article gave a person: "said Riley of Omaha" after "Markell Riley")
                (run == 1 and not (nxt == "of" and bare in vocabulary))
                or nxt == "&" or _strip_possessive(current[0]) in ORG_KEYWORDS
                or nxt.lower() in NAME_PARTICLES
                # "Thanet Stand Up To UKIP", "Right To Work": a small word in capitals, inside a name
                or (run >= 2 and nxt[:1].isupper() and nxt.lower() in _TITLE_CASE_SMALL_WORDS)
                # "Concerned Citizens for Justice", "Grandmothers for Peace": who, for a cause
                or (nxt == "for" and current[0][-1:] == "s" and (cause := toks.get(j + 2)) is not None
                    and _strip_possessive(cause[0]).rstrip(".,") in _CAUSE_WORDS)
            ) and not (nxt in ("in", "at", "on") and run > 1 and _strip_possessive(current[0]) in ORG_KEYWORDS
                       and _strip_possessive(current[0]) not in _CAUSE_WORDS) and not (
                    # "a visit by Unasa to the Police Station", "from Vaisigano to Mulinu'u": a name, then
                    # where to ("Right to Life", "Campaign to End Loneliness" go on)
                    nxt == "to" and (((after_to := toks.get(j + 2)) is not None and after_to[0] == "the")
                                     or text.endswith("from ", 0, first.start()))):
                # (a body's name ends where its place begins: "HCA Healthcare in Florida"; but a cause
                # goes on: "Students for Justice in Palestine")
                # A connector joins "Jews for ... Justice", "Department of ...",
                # but not a person to an organisation: "Jane Roe of Romemu".
                k = j + 1
                while (tk := toks.get(k)) is not None and (tk[0].lower() in CONNECTORS or tk[0] in ("&", "los", "las")
                                                          or (tk[0] in ("a", "an") and k > j + 1)):
                    k += 1
                tk = toks.get(k)
                if (tk is not None and _is_cap(tk[0]) and text[toks.get(k - 1)[2] : tk[1]].strip() in ("", "&")
                        and tk[0].lower() not in _CALENDAR):
                    j = k
                    last = k
                    continue
            two_on = toks.get(j + 2)
            # A cause alone opens a body's name ("the Peace and Justice Action League of Spokane"):
            # "Peace" names no body, so no second body starts after its "and"
            cause_first = j == 0 and bare in _CAUSE_WORDS
            if nxt == "and" and two_on is not None and _is_cap(two_on[0]) and (
                    cause_first or _strip_possessive(current[0]) not in ORG_KEYWORDS) and not (
                    # ("founder Jennifer Tosch and New Urban Collective head Mitchell Esajas": a person's
                    # full name, then a second name, never one body)
                    j >= 1 and bare.lower() in FIRST_NAMES):
                # "Immigration and Customs Enforcement", not "Amazon and Palantir"
                k = j + 2
                while ((tk := toks.get(k + 1)) is not None and _is_cap(tk[0])
                       and text[toks.get(k)[2] : tk[1]] == " "
                       # (a possessive ends the name: "the Party for Socialism and Liberation's Lyle McCormick")
                       and not toks.get(k)[0].endswith(("'s", "\u2019s"))):
                    k += 1
                own_name = (after_k := toks.get(k + 1)) is not None and after_k[0] in ("for", "of", "on", "against")
                domains = all(_strip_possessive(toks.get(i)[0]) in _DOMAINS for i in range(j + 2, k + 1))
                office = any(toks.get(i)[0] in ("of", "for") for i in range(1, j + 1))
                # "the Alliance of Motion Picture and Television Producers": a body "of" what it joins
                # (not "the Alliance for Justice and Amnesty International": a second body)
                body_of = (bare in ORG_KEYWORDS and toks.get(1)[0] in ("of", "for")
                           and not any(_strip_possessive(toks.get(i)[0]) in ORG_KEYWORDS for i in range(j + 2, k + 1)))
                # (the last word may close the sentence: "the Hostages and Missing Families Forum.")
                closing = _strip_possessive(toks.get(k)[0]).rstrip(".")
                if cause_first and (closing not in ORG_KEYWORDS or closing in _CAUSE_WORDS):
                    break  # ("marched for Peace and Justice": two causes, no body's name)
                if (closing in ORG_KEYWORDS or (domains and office) or body_of) and not (own_name and not cause_first):
                    # "Department for Business and Trade": what an office is for, not a second name;
                    # not "... Relations and Jewish Voice for Peace": a second body
                    j = k
                    last = k
                    continue
            break
        if last == 0 and (bare.lower() in GENERIC_SOURCES or bare.lower() in CROWD_WORDS):
            continue  # "Protesters", "Organizers": common nouns, capitalised
        name_start = start
        if last and bare in _OFFICE_DOMAINS and _OFFICE_OF_BEFORE.search(text, max(0, start - 60), start):
            # "Minister for Health Stephen Donnelly", "Secretary of State Antony Blinken": the
            # office's domain comes first, then the person who holds it
            k = 0
            while k < last and (_strip_possessive(toks.get(k)[0]) in _OFFICE_DOMAINS
                                or (k and toks.get(k)[0] in ("of", "for", "and", "&"))):
                k += 1  # "State for Housing", "Health and Children"
            if k and _is_cap(toks.get(k)[0]):
                name_start = start = toks.get(k)[1]
        name_end = toks.get(last)[2]
        name = text[name_start:name_end]
        if MASK in name:
            name = _NICKNAME_GAP.sub(" ", name)
        bare_name = _strip_possessive(name)
        # "Marcus Evans, Rex's younger brother,": a possessive describing the name before it
        apposed = bare_name != name and text.endswith(", ", 0, name_start)
        # ("of X", "X's"; and "like Brown": a comparison, not who acts)
        dependent = bare_name != name or text.endswith(("of ", "like "), 0, name_start)
        name = bare_name.rstrip(".,")
        # A trailing period belongs to an initial ("Jane Q.") only.
        # "in Scotland", "from Syria"; "the steps of the Senedd": a person's name takes no "the"
        place = (bool(_PLACE_BEFORE.search(text, max(0, name_start - 12), name_start))
                 and not _SPOKEN_TO.search(text, max(0, name_start - 40), name_start)
                 and not _person_from(text, name_start, name)) or text.endswith("the ", 0, name_start)
        modifier = bool(_ARTICLE_END.search(text, max(0, name_start - 4), name_start)
                        and (_LOWER_WORD_NEXT.match(text, name_start + len(name))
                             or name.rpartition(" ")[2] in _PARTY_MEMBERS))  # "a Seattle Democrat"
        if (not modifier and sentence_initial and " " not in name and name[1:].islower() and name.lower() not in FIRST_NAMES
                and (crowd_next := _CROWD_WORD_NEXT.match(text, name_end))
                and (crowd_next.group(1) in CROWD_WORDS or crowd_next.group(1) == "youth")):
            # (a plural only: "SEALDs member Okuda Aki", "Retail worker Gemma" name a body)
            modifier = True  # "Unemployed youth have been urged": a word describing a crowd, no one's name
        if (mentions and " " not in mentions[-1].name and " and " in name and _strip_possessive(name.split()[-1]) in ORG_KEYWORDS
                and text[mentions[-1].end - offset : name_start] == ", "):
            # "The Retail, Wholesale and Department Store Union": one body's name, with its comma
            first = mentions.pop()
            name_start = first.start - offset
            name = text[name_start:name_end].rstrip(".,")
            sentence_initial, place = first.sentence_initial, first.after_place_word
        # ("Garawa man from Borroloola Scott McDinny": after "from" too, one word may be the place)
        split = _person_after_place(name, text.endswith(("for ", "of ", "from "), 0, name_start))
        if not split and _MEMBER_FOR.search(text, max(0, name_start - 30), name_start) and name.count(" ") >= 2:
            # "Green MP for Brighton Pavilion Sian Berry": a constituency, then the member's
            # first name and surname, whatever the first name
            split = name.rfind(" ", 0, name.rfind(" ")) + 1
        if not split and (text.endswith("of the ", 0, name_start) or (" of " in name and _OFFICE_OF.match(name))):
            # ("Head of Bailiwick Law Enforcement Ruari Hardy": an office's body, then who holds it)
            split = _person_after_body(name)
        if not split and " of " in name and (office := _OFFICE_OF_BODY_THEN_NAME.fullmatch(name)) and not looks_like_org(
                office.group(2)):
            # "Co-Chair of the PNCR Volda Lawrence": the last two words hold the office, whatever
            # the first name
            split = office.start(2)
        elif (not split and text.endswith(("of ", "of the "), 0, name_start)
              and _OFFICE_OF_END.search(text, max(0, name_start - 40), name_start)
              and (holder := _BODY_THEN_HOLDER_ONLY.fullmatch(name)) and not looks_like_org(holder.group(2))):
            split = holder.start(2)  # "Leader of the " + "Opposition Bharrat Jagdeo": the office's body, then him
        if (not split and _MEMBER_OF.search(text, max(0, name_start - 12), name_start) and name.count(" ") in (2, 3)
                and name.split(" ", 1)[0] in _HOUSES and not looks_like_org(name.split(" ", 1)[1])):
            # "PF Member of Parliament Tutwa Ngulube": the house is the title's, the rest the member
            split = name.index(" ") + 1
        if split:
            # "Attorney General of New Jersey Matthew Platkin": a place, then the person
            body, body_start = name[: split - 1], name_start
            if " of " in body and (office := _OFFICE_OF_A_BODY.fullmatch(body)):
                body, body_start = office.group(1), name_start + office.start(1)  # "Co-Chair of the PNLA": the PNLA
            mentions.append(Mention(body, body_start + offset, body_start + offset + len(body),
                                    sentence_initial, place, True, dependent))
            name_start, name, sentence_initial, place, dependent = name_start + split, name[split:], False, False, False
        if (on_platform := _ON_A_PLATFORM_LAST.search(name)) is not None:
            name = name[: on_platform.start()]  # "Giammattei on Twitter denounced": the platform is where
        # ("The CNMI Sports Hall of Famer said": a person described, neither a hall's name nor a "Famer")
        famer = text.startswith((" of Famer", "-of-Famer", " of Famers", "-of-Famers"), name_start + len(name)) or (
            name in ("Famer", "Famers") and text.endswith(("Hall of ", "Hall-of-"), 0, name_start))
        costume = " as " in text[max(0, name_start - 24) : name_start] and bool(
            _DRESSED_AS_TITLED.search(text, max(0, name_start - 40), name_start))
        # ("the prominent Euro-sceptic": one word, lower case after its hyphen, is a noun, no name)
        hyphen_noun = " " not in name and "-" in name and name.rsplit("-", 1)[1].isalpha() and name.rsplit("-", 1)[1].islower()
        if (not famer and not costume and not hyphen_noun and not _demonym_group(name)
                and not _BASED_ADJECTIVE.search(name)):  # ("New Zealand-based")
            mentions.append(Mention(name, name_start + offset, name_start + offset + len(name), sentence_initial, place,
                                    modifier, dependent, apposed))
        pos = name_end


# "The CNMI Sports Hall of Famer": a person described, no hall's name (find_names checks the
# same words with startswith, for speed)
_OF_FAMER = re.compile(r"[- ]of[- ]Famers?\b")
# A place or body made an adjective: "New Zealand-based", "Iran-backed", "Kenyan-born"
_BASED_ADJECTIVE = re.compile(r"-(?:based|born|led|backed|owned|funded|linked|allied|aligned|run|made|bred|raised)$")
# A people's name and a plural: "British Jews", "American Muslims", "Palestinian Christians"
_DEMONYM = re.compile(r"British|American|Irish|Scottish|Welsh|English|French|German|Dutch|Spanish|Italian|Polish|Russian|"
                      r"Ukrainian|Israeli|Palestinian|Arab|Iranian|Iraqi|Syrian|Lebanese|Turkish|Kurdish|Greek|Chinese|"
                      r"Japanese|Korean|Indian|Pakistani|Bangladeshi|Afghan|Somali|Sudanese|Ethiopian|Eritrean|Nigerian|"
                      r"Kenyan|Ghanaian|Haitian|Cuban|Mexican|Canadian|Brazilian|Venezuelan|Colombian|Filipino|Vietnamese|"
                      r"Australian|African|Asian|European|Latino|Latina|Hispanic|Jewish|Muslim|Catholic|Christian|Sikh|"
                      r"Hindu|Armenian|Serbian|Hungarian|Romanian|Portuguese|Swedish|Tamil|Uyghur|Tibetan|Black|White|"
                      r"Indigenous|Native|Norwegian|Danish|Finnish|Belgian|Austrian|Swiss|Czech|Slovak|Croatian|"
                      r"Bulgarian|Thai|Burmese|Malaysian|Indonesian|Belarusian|Chilean|Peruvian|Argentine|Argentinian|"
                      r"Egyptian|Moroccan|Algerian|Tunisian|Saudi|Jordanian|Yemeni|Nepali|Taiwanese|Zimbabwean|"
                      r"Ugandan|Tanzanian|Congolese|Senegalese|Bolivian|Ecuadorian|Guatemalan|Salvadoran|Honduran|Nicaraguan|"
                      r"Dominican|Jamaican|Puerto\s+Rican")


def _demonym_group(name: str) -> bool:
    """A group of people, not a name: "British Jews" ("Christian Adams" is a name:
    a first name; "American Airlines" a body)."""
    words = name.split()
    return (len(words) == 2 and words[1].endswith("s") and words[1][:1].isupper() and _DEMONYM.fullmatch(words[0]) is not None
            and words[0].lower() not in FIRST_NAMES and not looks_like_org(name)
            and words[1] not in _PARTY_PLURALS)  # "the Welsh Conservatives": a party


_PARTY_PLURALS = frozenset({"Conservatives", "Democrats", "Republicans", "Liberals", "Greens", "Socialists", "Tories",
                            "Nationalists", "Unionists", "Communists", "Labourites"})


_APPOSITION_WITHOUT_COMMA = re.compile(r"\s+(?:one|a|an)\s+(?:of\s+the\s+)?[a-z]")
# "Member of Parliament Tutwa Ngulube": a house after "Member(s) of" belongs to the title
_MEMBER_OF = re.compile(r"\bMembers?\s+of\s+$")
_HOUSES = frozenset({"Parliament", "Congress", "Knesset"})
# An office over a body, opening a run of capitalised words: "Head of ", "Director of "
_OFFICE_OF = re.compile(r"(?:Head|Chief|Director|Chair|Chairman|Chairwoman|President|Secretary|Minister|Leader|"
                        r"Commissioner|Coordinator|Spokesperson|Spokesman|Spokeswoman|Founder|Dean) of ")
_MEMBER_FOR = re.compile(r"\b(?:MP|MPs|MSP|MEP|MLA|MPP|MHA|AM|TD|Member\s+of\s+Parliament)\s+for\s+$")


def _person_after_place(name: str, after_of: bool = False) -> int:
    """Where a person's name starts inside a run of capitalised words that
    begins with something else ("New Jersey Matthew Platkin" -> 11): a common
    first name after two words or more, then a surname, none of it a body's.
    `after_of`: the run follows "for" or "of", so one word may be the place
    ("MP for Tottenham David Lammy")."""
    parts = name.split(" ")
    if len(parts) < (3 if after_of else 4) or parts[0].lower() in FIRST_NAMES or any(p in ORG_KEYWORDS for p in parts):
        return 0
    for i in range(1 if after_of else 2, len(parts) - 1):
        if (parts[i].lower() in FIRST_NAMES and len(parts) - i <= 3 and all(p[:1].isupper() for p in parts[i:])
                and parts[i - 1].lower().rstrip(".") not in TITLES  # "Environment Minister Tanya Plibersek": a title
                # "Sheik Sabah Al Ahmed Al Sabah": a particle joins the name before to the one after
                and parts[i - 1].lower() not in NAME_PARTICLES):
            return len(" ".join(parts[:i])) + 1
    return 0


def _person_after_body(name: str) -> int:
    """Where a person's name starts right after a body's in one run of capitalised
    words, after "head of the" and the like: "Cyprus Peace Council Haris Pashas" -> 21.
    The body's name ends in its kind ("Council", "Party"); two or three words
    follow that are no body's and no place's."""
    parts = name.split(" ")
    for i in range(len(parts) - 3, 0, -1):  # the last kind word: "Peace Council"
        if parts[i] in ORG_KEYWORDS:
            rest = parts[i + 1 :]
            if (len(rest) in (2, 3) and all(p[:1].isupper() and p.replace("-", "").isalpha() for p in rest)
                    and not any(p in ORG_KEYWORDS or p in PLACES or p.lower() in CONNECTORS or p.lower() in FUNCTION_WORDS
                                for p in rest)  # ("Coalition Against Tar Sands": one name)
                    and not is_known_org(" ".join(parts[: i + 1] + rest[:1]))):
                return len(" ".join(parts[: i + 1])) + 1
            return 0
    return 0


def looks_like_org(name: str) -> bool:
    words = name.split()
    if is_known_org(name):
        return True  # "Just Stop Oil", "Greenpeace UK"
    if any(_strip_possessive(w).rstrip(".") in ORG_KEYWORDS for w in words):
        return True  # ("Ford Motor Co.")
    if "-" in name and any(part in ORG_KEYWORDS for w in words if "-" in w for part in w.split("-")):
        return True  # "Louisiana Crawfish Producers Association-West"
    if len(words) == 1 and _ACRONYM.match(words[0]):
        return True
    # ("Defend Our Juries", "Reclaim Your Streets": a call to act, a campaign's name, no one's)
    return any(w.lower() in ("for", "of", "&", "our", "your", "their") for w in words[1:-1])


_GENERATIONS = frozenset({"X", "Y", "Z", "Alpha"})
_GENERATION_NEXT = re.compile(r" (?:" + "|".join(sorted(_GENERATIONS)) + r")\b")


def _is_title_word(word: str) -> bool:
    """A title, or one joined to a prefix or a suffix: "Rev.", "Vice-President", "President-elect"."""
    low = word.lower().rstrip(".")
    if low in TITLES:
        return True
    return _prefixed_title(low) or (low.endswith("-elect") and low[:-6] in TITLES)


def drop_titles(name: str) -> str:
    """"Rev. Jane Roe" -> "Jane Roe"; "Los Angeles Mayor Karen Bass" -> "Karen Bass"."""
    words = name.split()
    if len(words) >= 2 and words[0] == "Gen" and words[1] in _GENERATIONS:
        return name  # "Gen Z Madagascar": a generation's name, not General Z
    first_named = len(words) >= 3 and words[0].lower().rstrip(".") in TITLES and words[1].lower() in FIRST_NAMES
    if not first_named and (  # ("Governor Jim Justice": a first name after the title makes a person)
            _strip_possessive(words[-1]) in ORG_KEYWORDS or (words[0].lower().rstrip(".") in TITLES and looks_like_org(name))):
        # "Migrant Justice Collective", "Justice for Janitors": a body, whose
        # name may hold a word that is a title elsewhere
        return name
    for k in range(len(words) - 2, 0, -1):
        if words[k - 1] in ("and", "&") and looks_like_org(name):
            continue  # "the Peace and Justice Action League of Spokane": a cause in a body's name, no title
        # (a name may open with "’": "Minister ’Mamoipone Senauoane")
        if _is_title_word(words[k]) and words[k + 1].lstrip("\u2019")[:1].isupper() and k + 1 < len(words):
            words = words[k + 1 :]
            break
    # ("Doctor Herminie said": a title only with its capital; "a doctor" is anyone)
    while len(words) > 1 and (_is_title_word(words[0]) or words[0] == "Doctor"):
        words = words[1:]
    if len(words) >= 3 and _is_descriptor(words[0]) and not looks_like_org(" ".join(words[1:])):
        # "Activist Jane Roe said", "Parent Greg Novak says": a description, capitalised to open a sentence
        words = words[1:]
    elif len(words) == 2 and _is_descriptor(words[0]) and words[1].lower() in FIRST_NAMES:
        words = words[1:]  # "Reporter Sophie told how": the Sophie named before, described
    if (len(words) >= 3 and words[-1] in _POST_NOMINALS
            and all(w[:1].isupper() and not w.isupper() for w in words[:-1])):
        words = words[:-1]  # "Meg Webb MLC": her seat's letters after her name
    return " ".join(words)


# Letters after a person's name for a seat or an honour: "Meg Webb MLC", "Jane Roe MP"
_POST_NOMINALS = frozenset({"MP", "MLC", "MLA", "MHA", "MHR", "MSP", "MS", "MPP", "MEP", "MNA", "TD", "AM", "AO", "AC",
                            "OBE", "MBE", "CBE", "QC", "KC", "SC"})


def _is_descriptor(word: str) -> bool:
    """A noun that describes a person: "Parent", "Ecologist", "Six-year-old"
    (so never a first name). Only ever dropped before two more words of a name, or one first name."""
    w = word.lower()
    return (w in SINGULAR_PERSON_NOUNS or w in _TRADES or (len(w) > 5 and w.endswith("ist") and w.isalpha())
            or _AGE_WORD.fullmatch(w) is not None)


# Trades that open a sentence before a name: "Housekeeper Rosa Morales said"
_TRADES = frozenset("""housekeeper landowner homeowner developer shopkeeper bartender caregiver farmworker dockworker
    firefighter paramedic janitor electrician plumber carpenter welder cashier barista reporter photographer
    correspondent editor presenter broadcaster blogger filmmaker videographer""".split())
_AGE_WORD = re.compile(r"[a-z0-9]+(?:-[a-z]+)?-year-old")


# Words that make a title another rank: "Vice President", "Deputy Mayor"
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "acting", "interim", "executive", "former",
                         "co", "senior", "chief"})


# Words that qualify an office, not a body: "Interim Police Chief", "Senate Majority Leader"
_OFFICE_QUALIFIERS = frozenset({"Interim", "Acting", "Former", "Majority", "Minority"})


# A title's word that opens a longer title, besides the ranks: "General Secretary", "National Chair"
_TITLE_BEFORE_TITLE = frozenset({"general", "national", "regional"})


def title_prefix(name: str) -> str | None:
    """The affiliation before a title: "Oklahoma Education Association President" -> OEA."""
    words = name.split()
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower().rstrip(".") in TITLES:
            while k > 1 and (words[k - 1].lower() in _RANK_WORDS or words[k - 1].lower() in _TITLE_BEFORE_TITLE):
                k -= 1  # "Chicago Teachers Union Vice President", "... General Secretary": the union
            before = words[:k]
            while before and before[0] in _OFFICE_QUALIFIERS:
                before = before[1:]  # "Interim Police Chief X": no body named
            while before and before[-1] in _OFFICE_QUALIFIERS:
                before = before[:-1]  # "Senate Majority Leader X": the Senate's office, not a body
            prefix = " ".join(before)
            if (not prefix or re.fullmatch(r"(?:[A-Z]\.)+", prefix) or prefix in ORG_KEYWORDS
                    or (before[0] == "Union" and len(before) > 1 and all(w in _DOMAINS for w in before[1:]))):
                # "U.S. Rep. X": a country; "Police Chief X": no body named; "Union Agriculture
                # Minister X": India's central government's portfolio
                return None
            return prefix if looks_like_org(prefix) else None
    return None


# --- speaker phrases ------------------------------------------------------------

@dataclass
class SpeakerPhrase:
    """The words naming a source, as parsed from one attribution."""

    words: str                 # as written, e.g. "Jane Roe, an organizer with X"
    name: str | None = None    # a proper name in it, titles dropped
    org: str | None = None     # an affiliation stated in it
    pronoun: str | None = None  # he / she / it / they / the group ...
    generic: bool = False      # "a spokesperson", "one sign", "protesters"
    another: bool = False      # "another", "another sign"
    sign: bool = False         # names a sign, banner, T-shirt ...
    crowd: bool = False        # a crowd, protesters ...
    definite: str | None = None  # "the gallery": a body named earlier ("the National Gallery")
    person: bool = False       # named as a person ("who gave only his first name, Luis")


_ROLE_WORDS = re.compile(
    r"\b(organi[sz]er|member|spokes(?:person|woman|man)|founder|co-founder|director|"
    r"leader|president|chair|chairman|chairwoman|coordinator|head|manager|rabbi|pastor|"
    r"activist|volunteer|representative|staffer|lawyer|attorney|officer|official|"
    r"secretary|organizing|executive|campaigner|researcher|fellow|steward|worker|employee)s?\b",
    re.I,
)


_ISSUED_BY = re.compile(r"\b(?:by|from)\s+")
_SIGNED_BY = re.compile(r"\b(?:signed|issued|posted|released|sent|written|published)\s+(?:\w+\s+)?by\b")
DOCUMENT_NOUNS = {"statement", "letter", "post", "tweet", "email", "e-mail", "release",
                   "website", "message", "video", "report", "memo", "petition", "filing",
                   "announcement", "newsletter", "blog", "livestream", "account", "lawsuit",
                   "complaint", "suit", "motion", "brief", "resolution", "memorandum", "page"}
_DETERMINERS = {"a", "an", "one", "some", "many", "several", "the", "two", "three", "four",
                "dozens", "hundreds", "thousands", "others", "other", "most", "few", "his",
                "her", "their", "its", "our", "each", "every", "yet", "still", "fellow"}
_BODY_NOUNS = INSTITUTION_NOUNS | ORG_PRONOUN_NOUNS | DOCUMENT_NOUNS


_NAME_GIVEN_LAST = re.compile(r"\b(?:sur|first\s+|last\s+)?name\s*,\s*([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s*,?\s*$")
# A body's own committee or board, after its possessive: "the guild's negotiating committee"
_OWN_BODY = (r"(?:committee|board|council|leadership|negotiators|bargaining\s+team|negotiating\s+team|"
             r"national\s+executive|executive\s+committee|steering\s+group)")
_ITS_OWN_BODY = re.compile(r"the\s+([a-z]+)['\u2019]s\s+(?:[a-z-]+\s+)?" + _OWN_BODY)
# "The British Medical Association's resident doctors committee": the named body speaks
_A_NAMED_BODYS_OWN = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,3}?" + _OWN_BODY + r"\s*")
_OF_A_DESCRIBED_BODY = re.compile(r"\s+(?:from|of|with)\s+the\s+(?:[a-z][\w-]*\s+){1,3}")
# ... whose last word says it is a body, whatever its name looks like ("of the organisers Right2Water Galway")
_BODY_NOUN_END = re.compile(r"\b(?:organisers|organizers|group|campaign|movement|union|coalition|network|party|"
                            r"charity|association|alliance|collective)\s+$")
_AFFILIATION_BEFORE = re.compile(
    r"\b(?:with|for|at|from|of|to)\s+(?:the\s+|a\s+)?(?:(?:advocacy|activist|rights|campaign|community|local|"
    r"national|nonprofit|civil|tenants'?|workers'?|student|faith|(?-i:state|federal|city|county|provincial|regional))\s+)?(?:(?:group|organi[sz]ation|nonprofit|coalition|"
    r"union|campaign|network|collective|alliance|church|congregation|company|firm|movement|center|centre)"
    r"(?:\s+the)?)?\s*$"  # "Jesse Patel with the group the Milwaukee General Defense Committee"
    # "Philippe Martinez of the hard-left CGT", "Roe of the left-wing Sunrise Movement"
    # ("Senator Desiree Masi from the opposition Progressive Democratic Party", "the main opposition")
    r"|\b(?:with|for|at|from|of)\s+the\s+(?:(?:[a-z]+-[a-z]+|moderate|radical|militant|conservative|liberal|progressive|"
    r"powerful|influential|main|largest|biggest|tiny|small|leftist|socialist|communist|nationalist|environmental|"
    r"grassroots|opposition|ruling|governing|centrist|centre-right|center-right)\s+){1,2}"
    # "Fatima Diallo of the Bronx-based group CASA"
    r"(?:(?:group|organi[sz]ation|nonprofit|coalition|union|campaign|network|collective|alliance|movement)\s+)?$", re.I)


_BODY_PART_OF = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|for|at|with|from|in|to|and)\b)[\w'\u2019.-]+\s+){0,3}?"
                           r"(?:plenum|chapter|branch|wing|local|section|board|council|committee|assembly|"
                           r"leadership|executive|caucus)\s+(?:of|at|for)\s+(?:the\s+)?$")
# "A spokesperson for the mayor, Sadiq Khan,": the apposition names the mayor
# ("for the EU's foreign policy chief, Josep Borrell,": the chief's name too)
_FOR_AN_OFFICE = re.compile(r"\b(?:for|of|to)\s+the\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:" + "|".join(sorted(TITLES))
                            + r")\s*$", re.I)
# "A spokeswoman for Mayor Tom Smith": the title before the name she speaks for
_TITLES_LAST = re.compile(r"(?:\b(?:" + "|".join(sorted(TITLES)) + r")\.?\s+)+$", re.I)
_OWN_WORDS = re.compile(r"['\u2019]s\s+(?:office|campaign|message|answer|response|reply|reaction|verdict|advice|"
                        r"warning|view|take|explanation|plea|demand|argument|statement|letter|post|tweet|email|"
                        r"note|memo|(?:(?:Twitter|X|Facebook|Instagram|TikTok|Telegram|YouTube)\s+)?(?:website|"
                        r"blog|account|page|feed|channel))\s*")  # "Hanif's statement read in part:", "Roe's website": hers

# Places that read like names: never a speaker, nor anyone's affiliation
PLACES = {"New York", "Manhattan", "Brooklyn", "Washington", "White House", "Capitol"} | set(
    # the states: "In Fort Lauderdale, Florida, a large group of supporters" makes no "group" of Florida
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
    Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
    Wisconsin Wyoming""".split()) | {"New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
                                     "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}

_PERSON_NOUN_END = re.compile(r"(?:er|or|ist|ent|ant|ian|man|woman)$")  # councillor, resident, activist


def plural_person(word: str) -> bool:
    """A plural noun for people: "teachers", "educators", "economists", "baristas";
    not a verb after a name ("Roe insists", "Roe offers", "Roe presents")."""
    return (word in CROWD_WORDS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)
            or word.endswith(("ators", "ians", "istas"))
            or (word.endswith("ists") and word not in _IST_VERBS))


_IST_VERBS = frozenset("insists persists resists assists exists lists twists enlists consists desists subsists".split())


_PARENTHETICAL = re.compile(r"\s*\([^()]*(?:\)|$)")  # closed, or cut off by the sentence's end
_DESCRIPTORS_ONLY = re.compile(r"\s*(?:[a-z0-9][\w'\u2019-]*\s+){1,5}")
_DRESSED_AS = re.compile(r"\b(?:dressed|disguised|costumed)\s+(?:up\s+)?as\s+(?:an?\s+|the\s+)?$")
# ... and with the costume's own title, which find_names reads as a title ("dressed as Captain America")
_DRESSED_AS_TITLED = re.compile(r"\b(?:dressed|disguised|costumed)\s+(?:up\s+)?as\s+(?:an?\s+|the\s+)?(?:[A-Z][a-z]+\.?\s+)?$")
_THING_BEFORE = re.compile(r"\b(?:in|on|with|wearing|holding|carrying|from)\s+(?:a|an|the|his|her|their)\s+$", re.I)
_AGE_ONLY = re.compile(r"\s*(?:\d{1,3}-year-old\s+)?")
_AT_PLACE = re.compile(r"\b(?:in|on|at|outside|inside|near|across)\s+(?:the\s+)?$")
_AT_DESCRIBED_PLACE = re.compile(r"\b([a-z]+)\s+(?:in|on|at)\s+(?:the\s+)?[a-z][\w-]*\s+$")
# "a 34-year-old man who moved to Britain in 2021 under ... and asked to be
# identified only by his surname, Wong": a long relative clause about one person
_LONG_RELATIVE_OK = re.compile(r"(?:a|an|one|another)\s+(?:[\w'\u2019-]+\s+){1,6}?who\s")
_RELATIVE_WHO = re.compile(r"\b(?:who|whose)\b")
_SELF_NAMED_BEFORE = re.compile(r"\b(?:(?:name|named|called|known)(?:\s+(?:himself|herself|themselves|only|simply)){0,2}"
                                r"(?:\s+as)?|(?:identified|introduced)(?:\s+[\w'\u2019-]+){0,4}?\s+as)"
                                r"\s+(?:[A-Z][\w.]*\s+)?$")  # a title may come first: "Brother Mark"
# A degree before "student" or "graduate" is no body the speaker belongs to
_DEGREE = re.compile(r"(?:MA|BA|MSc|BSc|PhD|MBA|MPhil|LLB|LLM|BTech|MTech|BEd|MEd|MFA|BFA|MPH|DPhil)")
# '"Am I next?" asks a drawing held up by Maya Ortiz': a picture carries words as a sign does
_A_DRAWING = re.compile(r"^(?:a|an|the|one|another|her|his|their|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+)?(?:drawings?|paintings?)\b",
                        re.I)
# Things of his or hers that speak for them: "His office said", "her voice breaking", "Her ruling called";
# with SURFACES (signs, vehicles, clothes, the body: "His tractor bore") and DOCUMENT_NOUNS
_HIS_OWN = frozenset("""office campaign team account accounts page channel feed profile voice words message reply
    answer response remarks speech testimony boat bike bicycle wheelchair stroller pram coat backpack bag sweater
    jersey apron scrubs uniform ruling rulings decision order opinion verdict judgment judgement house home shop
    stall store table desk room yard lawn porch garage note notes poem song book essay column""".split())
PLATFORMS = frozenset("""Instagram Facebook Twitter X TikTok YouTube Telegram WhatsApp Threads Bluesky Reddit
    LinkedIn Snapchat Substack Mastodon""".split()) | {"Truth Social"}
# A name run that ends "on Twitter", "on Facebook": where the named one posted, not part of the name
_ON_A_PLATFORM_LAST = re.compile(r" on (?:" + "|".join(sorted(PLATFORMS)) + r")$")
_POST_NOUN_NEXT = re.compile(r"\s+(?:posts?|accounts?|page|pages|videos?|story|stories|feed|live|livestream|channels?|"
                             r"groups?|events?|chats?|"
                             r"thread|message|messages|statement|caption|bio|handle)\b", re.I)
_A_NAME_APPOSED = re.compile(r"\s*(?:[A-Z][\w'\u2019.-]+\s+){1,3}[A-Z][\w'\u2019.-]+\s*")
_PHRASE_WORD = re.compile(r"[\w'\u2019&.-]+")


# "Among those on the picket was a doctor", "Among the rally-goers was Chaz Williams":
# a sentence that opens with where or who, then its verb, then its subject
# ("Among" may take a long phrase: "Among other members of X to make the journey to the capital was")
INVERTED_OPENING = (r"(?:Among\b[^,.!?\x00]{0,120}?|(?:There|Nearby|Also|Standing|Sitting|Watching|Waiting)\b[^,.!?\x00]{0,60}?)"
                    r"\s(?:was|is|were|are)\s+")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_WHERE_FROM_LAST = re.compile(r"\s(?:from|in|at)\s+(?:the\s+)?$")


# A name's possessive: "Portugal's public security police" describes something of Portugal's
_POSSESSIVE_AT = re.compile(r"['\u2019]s\b").match


# Adjectives that open a sentence before a lower-case noun: "State television", "Federal agents"
_CAPITALISED_ADJECTIVES = frozenset({"State", "Federal", "National", "Local", "Public", "Government", "Official",
                                     "Presidential", "Parliamentary", "Mayoral", "Gubernatorial",
                                     "Regional", "Municipal", "Provincial", "Western", "Eastern", "Northern",
                                     "Southern", "Progressive", "Independent", "Top", "Senior", "Military",
                                     "Opposition", "Emergency", "Tribal", "Campus", "Riot", "Border", "Immigration",
                                     "Prison", "Security", "Court", "County", "City", "School", "Hospital", "Transit",
                                     # what recorded it: "Body camera footage shows", "Drone video showed"
                                     "Body", "Bodycam", "Dashcam", "Cellphone", "Phone", "Drone", "Surveillance",
                                     "Doorbell", "Helicopter", "Video", "Footage", "Audio"})
# "Labour MPs", "Forty Tory MPs": the party's members (its name the word before)
_PARTY_MEMBERS_PLURAL = re.compile(r"(?:[\w-]+\s+){0,2}?(?:([A-Z][\w-]+)\s+)?(?:MPs|MEPs|MSPs|MLAs|MPPs)")
_PARTIES = ("Democrat", "Republican", "Conservative", "Tory", "Liberal")
_PARTY_MEMBERS = frozenset(_PARTIES + ("Independent",))  # ("the Independent" is a newspaper)
# "the Republican said": a member of a party, an elected person named before (see speakers.py)
THE_PARTY_MEMBER = re.compile(r"[Tt]he\s+(?:" + "|".join(_PARTIES) + ")")


# What kind of document a noun before it says: "the press release", "the written statement"
_DOCUMENT_KINDS = frozenset({"press", "media", "news", "written", "joint", "emailed", "prepared", "official", "earlier", "same"})


_A_WORK_BEFORE = re.compile(r"\b(?:movie|film|show|series|sitcom|musical|play|novel|book|album|song|single|documentary|"
                            r"podcast|franchise)\s+$", re.I)


_POSSESSIVE_ROLE_REST = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])\s+(?:[\w-]+\s+){0,3}[\w-]+\s*$")
# An office and its portfolio, all capitalised: "Minister of State for Primary and Higher Education"
_OFFICE_AND_PORTFOLIO = re.compile(r"(?:[Tt]he\s+)?(?:(?:Deputy|Acting|Assistant|Junior|Shadow|Former|Interim|Vice)\s+)?"
                                   r"([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
                                   r"(?:\s+(?:and|&|of|for|the|on|in|[A-Z][\w'\u2019-]*))*")
_ROLE_QUALIFIERS = frozenset({"executive", "vice", "deputy", "assistant", "general", "national", "managing"})
# The area a command covers, after its title: "Divisional Police Commander Central"
_COMMAND_AREAS = frozenset({"Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"})
# Role words that head a capitalised role ("Gubernatorial Candidate", "Executive Director")
_ROLE_TITLE_WORDS = frozenset({"candidate", "director", "founder", "co-founder", "organizer", "organiser",
                               "spokesperson", "spokesman", "spokeswoman", "coordinator", "secretary", "treasurer",
                               "leader", "member", "minister", "nominee", "chairman", "chairwoman", "ceo"})
_ROLE_HEAD_WORDS = TITLES | _ROLE_TITLE_WORDS | _ROLE_QUALIFIERS  # "Deputy Chief Constable"
# What an office deals with, between a body and the title: "Public Relations Officer", "Press Officer"
_OFFICE_FIELDS = frozenset({"public", "relations", "press", "media", "communications", "affairs", "information"})


_ONE_CAPITALISED = re.compile(r"(?:one|another)\s+[A-Z][a-z]+")


# A document and the body it names by a noun: "A statement issued by the movement"
_DOCUMENT_BY_BODY = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\s+"
                               r"(?:(?:issued|released|signed|sent|posted|published|put\s+out)\s+)?(?:by|from)\s+(the\s+[a-z]+)")
# A person's role in a body, as a pattern: "president", "spokes(wo)man", "organisers", "adviser"
ROLES = (r"(?:members?|leaders?|president|head|organi[sz]ers?|spokes\w+|director|founder|co-founder|chair\w*|"
         r"secretary|treasurer|volunteer|employee|worker|staffer|chief|executive|minister|coordinator|manager|"
         r"provost|dean|chancellor|mayor|governor|advis[eo]rs?|officers?|officials?|representatives?|delegates?|"
         r"lawyers?|attorneys?|stewards?|negotiators?)")
# A person's name, then (no comma) their role in a body: "Jane Roe president of the Tenants Union"
_NAME_THEN_ROLE_OF = re.compile(r"(?!(?:The|A|An|One|Another|This|That|Our|Their|His|Her|Its)\s)"
                                r"((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019.-]*)\s+(?=" + ROLES + r"\s+(?:of|for|with|at)\s)")


# An office of a body, then who holds it, with no comma between: "Co-Chair of the PNCR Volda
# Lawrence", "Leader of the Opposition Bharrat Jagdeo", "Vice-President of the union Dana Ruiz"
# (the holder is the last two capitalised words, with a middle initial if any)
_OFFICES_OF = ("Chair", "Chairman", "Chairwoman", "Chairperson", "President", "Secretary", "Leader", "Head", "Director",
               "Treasurer", "Coordinator")
_OFFICE_PREFIXES = ("Co", "Vice", "Deputy", "Assistant", "Acting")
_OFFICE_OF_WORDS = (r"(?:[A-Z][a-z]+\s+)?(?:(?:" + "|".join(_OFFICE_PREFIXES) + r")-?\s?)?"
                    r"(?:" + "|".join(_OFFICES_OF) + r")\s+of\s+(?:the\s+)?")
_A_BODY = r"((?:[A-Z][\w&'\u2019.-]*|[a-z]+)(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'\u2019.-]*)*?)"
_BODY_THEN_HOLDER = _A_BODY + r"\s+([A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'\u2019-]*)"
_OFFICE_OF_BODY_THEN_NAME = re.compile(_OFFICE_OF_WORDS + _BODY_THEN_HOLDER)
# The same with the office in lower case, as after a quotation ('"...," president of MSU College
# Democrats Daniel Eggerding said'): only as the whole phrase, so never inside an apposition
# ("the executive director of Portland Parents United" is no body and its holder)
_LOWER_OFFICE_OF_BODY_THEN_NAME = re.compile(
    r"(?:(?:" + "|".join(p.lower() for p in _OFFICE_PREFIXES) + r")-?\s?)?"
    r"(?:" + "|".join(o.lower() for o in _OFFICES_OF) + r")\s+of\s+(?:the\s+)?" + _BODY_THEN_HOLDER)
# The same office right before a run of capitalised words that find_names read without it
# ("Leader of the " + "Opposition Bharrat Jagdeo"), and an office of a body with no holder
# after it ("Co-Chair of the PNLA" before "Maria Osei", a name find_names split off)
_OFFICE_OF_END = re.compile(r"\b" + _OFFICE_OF_WORDS + "$")
_BODY_THEN_HOLDER_ONLY = re.compile(_BODY_THEN_HOLDER)
_OFFICE_OF_A_BODY = re.compile(_OFFICE_OF_WORDS + r"([A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'\u2019.-]*)*)")


def _office_of_body_then_name(head: str) -> re.Match | None:
    """"President of the PNLA Maria Osei": the office, its body (group 1), its holder (group 2);
    in lower case only when the holder has a first name ("president of MSU College Democrats
    Daniel Eggerding")."""
    office = _OFFICE_OF_BODY_THEN_NAME.fullmatch(head)
    if office is None and (office := _LOWER_OFFICE_OF_BODY_THEN_NAME.fullmatch(head)) is not None:
        return office if office.group(2).split()[0].lower() in FIRST_NAMES else None
    return office


# The name an apposition gives: "who gave his name as Brian Otieno, 24", "held by 11-year-old Megan"
_NAME_GIVEN_IN_APPOSITION = re.compile(
    r"\b(?:(?:sur|first\s+|last\s+)?name(?:\s+only)?(?:\s+as)?|named|called|identified\s+(?:[\w'\u2019-]+\s+){0,8}?as|"
    r"(?:held|carried|worn|waved|hoisted|raised|made|painted|drawn|written|lettered)\s+by"
    r"(?:\s+(?!of\b)[a-z0-9][\w'\u2019-]*){0,3}?)\s*,?\s+"
    # ("only as D. White": an initial; "a man identified as ‘Seven’": a name in quotation marks)
    r"[\u2018\u201c'\"]?((?:[A-Z]\.\s*)?[A-Z][\w'\u2019-]*?[\w](?:\s+[A-Z][\w'\u2019-]+)?)[\u2019\u201d'\"]?"
    # "held by 11-year-old Megan from Penarth": Megan
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)?"
    r"(?:,\s*(?:aged\s+)?\d{1,3})?\s*$")


_POSSESSIVE_S = re.compile(r"['\u2019]s\b")
# Someone unnamed, then the document that shows them: "one of the activists in a video from"
# (the documents of DOCUMENT_NOUNS that show people)
_SOMEONE_IN_A_DOCUMENT = re.compile(r"(?:one|a|an|another)\b[^,;\x00]{0,40}?\s+in\s+((?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                                    r"(?:video|livestream|report|post))\s+(?:from|by|of|posted|published|shared|made|aired)\b")


# A role that opens the phrase, capitalised as a sentence's first word: "Co-organiser of the X event,"
_ROLE_OF_FIRST = re.compile(r"(?:[Cc]o-)?(?:[Oo]rgani[sz]er|[Ff]ounder|[Cc]hair(?:man|woman|person)?|[Dd]irector|"
                            r"[Ss]ecretary|[Ss]pokes(?:person|man|woman)|[Cc]oordinator|[Ll]eader|[Pp]resident|[Hh]ead|"
                            r"[Mm]ember|[Tt]reasurer|[Mm]anager|[Ss]teward)\s+(?:of|for|at|with)\s")
# A role word that ends a description before the name of who holds it: "East Peoria Police chief, Steve Roegee"
_ROLE_LAST = re.compile(r"\b(?:chief|head|director|president|chair|chairman|chairwoman|spokesperson|spokesman|"
                        r"spokeswoman|organi[sz]er|co-organi[sz]er|founder|co-founder|leader|member|owner|coordinator|"
                        r"secretary|manager|superintendent|commissioner|captain|sergeant|lieutenant|officer|pastor|"
                        r"executive|treasurer|steward|minister|principal|dean)$")


# A post on someone's website or page: "A post on the EDL website", "a statement on the group's Facebook page"
_POST_ON_A_SITE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:post|posts|statement|message|note|notice|update|"
                             r"announcement|tweet|blog\s+post)\s+on\s+((?:the\s+)?[\w&.'\u2019-]+(?:\s+[A-Z][\w&.'\u2019-]*){0,5}?)"
                             r"(?:['\u2019]s?)?\s+(?:official\s+)?(?:website|web\s+site|site|Facebook\s+page|page|account|blog|feed)\b")


def parse_speaker_phrase(words: str, vocabulary: frozenset[str] = frozenset()) -> SpeakerPhrase | None:
    """Read a speaker phrase ("Jane Roe, an organizer with X", "it", "one sign")."""
    words = words.strip(" ,;:\u2014\u2013-\x00")
    if " on " in words and (site := _POST_ON_A_SITE.match(words)):
        # "A post on the EDL website on 30 June": the site's owner wrote it
        return parse_speaker_phrase(_strip_possessive(site.group(1)), vocabulary)
    if (words[:1].isupper() and (" of " in words or " for " in words or " with " in words or " at " in words)
            and (role := _NAME_THEN_ROLE_OF.match(words)) and not looks_like_org(role.group(1))):
        # "Gavin Short member of the Falklands elected Legislative Assembly": an apposition
        # without its comma (the copy's slip), read as with it
        words = f"{role.group(1)},{words[role.end(1):]}"
    head, _, apposition = words.partition(",")
    if apposition[:3].isdigit() and head[-1:].isdigit():
        # "At least 2,000 Muslims For Justice": the comma of a number, not of an apposition
        comma = NUMBER_SAFE_COMMA.search(words)
        head, apposition = (words[: comma.start()], words[comma.end():]) if comma else (words, "")
    if apposition and " and " in apposition[:60] and apposition[:1] == " " and apposition[1:2].isupper():
        # "The Retail, Wholesale and Department Store Union, which ...": the comma is the name's
        whole = find_names(words[:160], vocabulary=vocabulary)
        if whole and whole[0].start < len(head) < whole[0].end:
            head, apposition = words[: whole[0].end], words[whole[0].end :].lstrip(" ,")
    if "(" in head:
        # "Rep. Danny K. Davis (D-Ill.)", "JFREJ (Jews for ...)": the name is
        # outside the brackets; an alias in them is known to the speaker book.
        head = _PARENTHETICAL.sub("", head)
    if not words or (len(head.split()) > 14 and not _LONG_RELATIVE_OK.match(head)):
        return None
    phrase = SpeakerPhrase(words)
    if (" of " in head and (office := _office_of_body_then_name(head.strip()))
            and not looks_like_org(office.group(2))):
        # the holder by name; the body as their affiliation, unless it is the office's own
        # domain ("Leader of the Opposition")
        phrase.name = office.group(2)
        body = office.group(1)
        phrase.org = None if body in _OFFICE_DOMAINS or body in _CAPITALISED_ADJECTIVES or body.islower() else body
        return phrase
    if ((" by the " in words or " from the " in words) and (by_body := _DOCUMENT_BY_BODY.fullmatch(words))
            and by_body.group(1).split()[1] in ORG_PRONOUN_NOUNS):
        return parse_speaker_phrase(by_body.group(1), vocabulary)  # "A statement issued by the movement": it
    if "Famer" in head and _OF_FAMER.search(head):
        phrase.generic = phrase.person = True  # "The CNMI Sports Hall of Famer": a person, described
        return phrase
    if _ONE_CAPITALISED.fullmatch(head.strip()):
        phrase.generic = phrase.person = True  # "said one Machinist": one of a group the copy capitalises, unnamed
        return phrase
    if THE_PARTY_MEMBER.fullmatch(head.strip()):
        phrase.generic = phrase.person = True  # a description, not the party's name
        return phrase
    if (members := _PARTY_MEMBERS_PLURAL.fullmatch(head.strip())) is not None:
        phrase.generic = phrase.crowd = True  # "Labour MPs said": its members, unnamed
        phrase.org = members.group(1)
        return phrase
    if _DEMONYM.fullmatch(head.strip()) or head.strip() in _CAPITALISED_ADJECTIVES:
        # "Iranian" cut from "Iranian state media", "Federal" from "Federal agents": an adjective, nobody's name
        phrase.generic = True
        return phrase
    if (many := _A_NUMBER_OF.match(head.strip())) and (named := find_names(head.strip()[many.end():], vocabulary=vocabulary)):
        # "At least 2,000 Muslims For Justice": that many of a group, a crowd, not the group speaking
        phrase.generic = phrase.crowd = True
        phrase.org = named[0].name
        return phrase
    if _NUMBERED_ITEM.fullmatch(head.strip()):
        # 'Rule 10: "Do not engage ..."': a numbered item of a document, nobody's name
        phrase.generic = True
        return phrase
    apposition = " ".join(apposition.split()[:16])
    head_words = _PHRASE_WORD.findall(head)
    if not head_words:
        return None
    lower = [w.lower().strip(".") for w in head_words]
    first = lower[0]
    if (len(head_words) == 1 and first in TITLES and head_words[0][:1].isupper() and head_words[0][1:].islower()
            and _AGE_FIRST.match(apposition)):
        phrase.name = head_words[0]  # "said Dean, 35, from Ilford": a first name, with an age
        phrase.person = True
        return phrase
    if len(lower) == 1 and _RUN_IN.get(first):
        first = lower[0] = _RUN_IN[first]  # "They’re demanding": they
    if first in SUBJECT_PRONOUNS:
        if len(lower) == 1 or (len(lower) == 2 and lower[1] in _AUX):
            phrase.pronoun = first
            return phrase
        return None
    if len(lower) == 1 and first in _STANDALONE_POSSESSIVES:
        # 'Hers read: "Pension, not peanuts."': the sign of the one just named
        phrase.pronoun, phrase.sign = _STANDALONE_POSSESSIVES[first], True
        return phrase
    if first == "another" or (len(lower) > 1 and lower[1] == "another") or _ANOTHER_ONE.fullmatch(words.strip()):
        phrase.another = True
    # (a capitalised sign noun after a capitalised word is part of a name: "All Under One Banner")
    phrase.sign = (any(w in SIGN_NOUNS and not (k and head_words[k][:1].isupper() and head_words[k - 1][:1].isupper())
                       for k, w in enumerate(lower))
                   and not _person_carrying(lower)) or _A_DRAWING.search(head) is not None
    # A crowd only as the phrase's head: "a man in the crowd" is one person.
    head_part = lower[: next((k for k, w in enumerate(lower) if k and w in _PREPOSITIONS), len(lower))]
    # (a crowd word inside a body's name is no crowd: "Jo Roe of the Tenants Union led the chant")
    phrase.crowd = any(w in CROWD_WORDS or w.endswith("workers") for w in head_part) or (
        any(w in CROWD_WORDS and not head_words[k][:1].isupper() for k, w in enumerate(lower))
        and not any(w in _ONE_PERSON for w in head_part))
    if first in ("his", "her") and (phrase.sign or (len(lower) > 1 and not any(
            w in PERSON_NOUNS or w in _RELATIONS or w in GENERIC_SOURCES or w in ORG_PRONOUN_NOUNS
            or w in TITLES or _ROLE_WORDS.fullmatch(w) for w in lower[1:])
            # "His deputy, Ana Ruiz,": someone else, named; "his assistant": someone else,
            # unless what follows "his" is a thing that carries his words ("his statement", "her voice")
            and not _A_NAME_APPOSED.fullmatch(apposition)
            and any(w in DOCUMENT_NOUNS or w in _HIS_OWN or w in SURFACES for w in lower[1:]))):
        # "Her sign read", "His tractor bore a sign": what she or he carried;
        # not "his lawyer" or "her union", who are others
        phrase.pronoun = "he" if first == "his" else "she"
        return phrase
    # "The Health Secretary, Steve Barclay,": a capitalised office is a role;
    # the apposition names who holds it.
    found = find_names(head, vocabulary=vocabulary)
    names = [m for m in found if not _office_in(head, m, found, vocabulary)
             # "The group's Instagram post": where it was posted, not who posted it
             and not (m.name in PLATFORMS and (_POST_NOUN_NEXT.match(head, m.end)
                                                 or (m.start > 0 and not head[m.end :].strip())))
             # "A man in a Revolutionary War costume": a name that describes a thing he has
             and not (m.modifier and _THING_BEFORE.search(head, 0, m.start))
             # "Unemployed youth": a word describing a crowd, opening the sentence
             and not (m.modifier and m.sentence_initial)
             # "A woman dressed as Rosie the Riveter": a costume
             and not _DRESSED_AS.search(head, max(0, m.start - 30), m.start)
             # "the star of the hit movie Hidden Figures": a work, not who speaks
             and not _A_WORK_BEFORE.search(head, max(0, m.start - 30), m.start)
             # "Victoria's Minister for Creative Industries": the office's portfolio
             and not _PORTFOLIO_BEFORE.search(head, max(0, m.start - 30), m.start)
             # "A WhatsApp message seen by the JC": who saw it, not who wrote it
             and not _SEEN_BY_BEFORE.search(head, max(0, m.start - 30), m.start)
             # "Iranian state media", "French riot police", "State television": an adjective describing who
             and not (" " not in m.name and (_DEMONYM.fullmatch(m.name) or m.name in _CAPITALISED_ADJECTIVES)
                      and _LOWER_NEXT.match(head, m.end))]
    appos_names = find_names(apposition, vocabulary=vocabulary) if apposition else []
    if ((office := _OFFICE_AND_PORTFOLIO.fullmatch(head.strip()))
            and _heads_an_office(office.group(1))
            and appos_names and _only_titles(apposition[: appos_names[0].start])
            and " " in appos_names[0].name and not looks_like_org(appos_names[0].name)):
        # "Minister of State for Primary and Higher Education, Theoneste Mutsindashyaka": an
        # office and its portfolio, then who holds it (no portfolio's words are a name)
        phrase.name = drop_titles(appos_names[0].name)
        phrase.org = org_from_apposition(apposition[appos_names[0].end :], vocabulary)
        phrase.crowd = phrase.sign = False  # one person, whatever the portfolio ("for Women and Equalities")
        return phrase
    if (appos_names and head_words and _only_titles(apposition[: appos_names[0].start])
            and all(w[:1].isupper() and w.lower().rstrip(".") in _ROLE_HEAD_WORDS for w in head_words)
            and " " in appos_names[0].name and not looks_like_org(appos_names[0].name)):
        # "Deputy Chief Constable, Jane Roe, said": an office in capitals, then who holds it
        phrase.name = drop_titles(appos_names[0].name)
        return phrase
    if (names and appos_names and not apposition[: appos_names[0].start].strip(" ,") and " " in appos_names[0].name
            and not looks_like_org(appos_names[0].name) and first not in _DETERMINERS
            and not _POSSESSIVE_S.search(head)
            and (head.strip()[:1].islower() or _ROLE_LAST.search(head.strip()) or _ROLE_OF_FIRST.match(head.strip()))):
        # 'said co-organizer of We Matter march, Sincere Williams', 'said East Peoria Police chief,
        # Steve Roegee': a bare role, and the body or place it is held in, then who holds it (not
        # 'A spokesperson for the EU's foreign policy chief, Josep Borrell,': the chief is named,
        # not the spokesperson; phrases with an article are read below)
        phrase.name = drop_titles(appos_names[0].name)
        body = names[-1].name
        if role := _ROLE_OF_FIRST.match(body):
            body = re.sub(r"^[Tt]he\s+", "", body[role.end():])  # "Head of the Unite union": Unite
        phrase.org = body if looks_like_org(body) else None
        phrase.crowd = phrase.sign = phrase.generic = False
        return phrase
    if (first in ("the", "its", "their") and len(lower) == 4 and re.fullmatch(r"[a-z]+['\u2019]s", lower[1])
            and lower[2] in _DOCUMENT_KINDS and lower[3] in DOCUMENT_NOUNS and not names):
        lower = lower[:2] + lower[3:]  # "the group's media release": "the group's release"
    if (first in ("the", "its", "their") and len(lower) == 3 and re.fullmatch(r"[a-z]+['\u2019]s", lower[1])
            and lower[2] in DOCUMENT_NOUNS and not names):
        # "The company's website says", "the group's statement": the body's own words
        lower = [first, lower[1][:-2]]
        head_words = head_words[:2]
        phrase.words = f"{first} {lower[1]}"
    if (first in ("the", "this", "that") and len(lower) == 3 and lower[1] in _DOCUMENT_KINDS and lower[2] in DOCUMENT_NOUNS
            and not names):
        lower = [first, lower[2]]  # "The press release said": "the release", its issuer's words
    if (first == "the" and len(head_words) == 2 and lower[1] in DOCUMENT_NOUNS and head_words[1][:1].isupper()
            and not names):
        phrase.name = head_words[1]  # "the Post wrote": the newspaper (the Washington Post, named before)
        return phrase
    if first in ("the", "this", "that") and len(lower) == 2 and lower[1] in DOCUMENT_NOUNS and not names:
        by = _ISSUED_BY.search(apposition) if appos_names else None
        authors = [m for m in appos_names if by and m.start >= by.end()]
        if authors:
            # "The petition, posted Monday by the campus chapter of the AAUP,": its author
            phrase.name = drop_titles(authors[0].name)
            return phrase
        if _SIGNED_BY.search(apposition):
            phrase.generic = True  # "The statement, signed by 200 faculty members,": by people it does not name
            return phrase
        phrase.pronoun = "the " + lower[1]  # "the statement said": the words of whoever just issued it
        return phrase
    if first in _POSSESSIVE_PRONOUNS and len(lower) == 2 and lower[1] in DOCUMENT_NOUNS:
        phrase.pronoun = _POSSESSIVE_PRONOUNS[first]  # "Its statement continued:": the group's
        return phrase
    part_of = _ITS_OWN_BODY.fullmatch(" ".join(lower)) if first == "the" and not names and not appos_names else None
    if part_of:
        # "The guild's negotiating committee", "the union's board": the body speaks ("the guild")
        phrase.pronoun = "the " + part_of.group(1)
        return phrase
    if (first == "the" and len(lower) == 3 and not names and not appos_names and lower[1][:-2].isalpha()
            and lower[1].endswith(("'s", "\u2019s")) and (lower[2] == "office" or lower[2] in INSTITUTION_NOUNS)):
        # "the sheriff's office wrote": the "Lee County Sheriff's Office" named before, if any
        phrase.generic = True
        phrase.definite = lower[1].replace("\u2019", "'") + " " + lower[2]
        return phrase
    if ((first in ("the", "this", "that") or (_DEMONYM.fullmatch(head_words[0]) and appos_names))
            and len(lower) >= 2 and lower[-1] in ORG_PRONOUN_NOUNS and not names
            # (or a people's adjective: "Norwegian mobile phone company, Telenor Asa")
            and not any(w.endswith(("'s", "\u2019s")) for w in lower[1:-1])):  # not "the city's law department"
        if appos_names and apposition[: appos_names[0].start].strip().lower() in ("", "the"):
            # "the group, Mijente,"; "The community organisation, the People Dem Collective,"
            phrase.name = drop_titles(appos_names[0].name)
            return phrase
        phrase.pronoun = "the " + lower[-1]
        return phrase
    if (first == "the" and len(lower) == 3 and not names and not appos_names
            and " ".join(head_words[1:]).replace(" ", "").isalpha()
            and " ".join(head_words[1:]).islower() and lower[2] in INSTITUTION_NOUNS):
        # "the health system said", "the school district said": a body, like "the hospital"
        phrase.definite = lower[2]
        phrase.generic = True
        return phrase
    if (first == "the" and len(lower) == 2 and not names and head_words[1].isalpha() and head_words[1].islower()
            and lower[1] not in _NOT_DEFINITE):
        if appos_names and (appos_names[0].start <= 1 or _AN_AGE.fullmatch(apposition[: appos_names[0].start].strip())):
            # "The operator, Go North West,", "The youngest, 6-year-old Daniela,"
            phrase.name = drop_titles(appos_names[0].name)
            return phrase
        phrase.generic = True
        if _PLURAL_NOUN.fullmatch(lower[1]) and _BODY_NOUNS.isdisjoint(
                (lower[1][:-1], lower[1][:-2], lower[1][:-3] + "y")):  # groups, churches, companies
            # "the drivers answered": people, unnamed; no one body (nor one person) is "the drivers"
            phrase.crowd = True
            return phrase
        # "The gallery said": the speaker book finds "the National Gallery"
        # named earlier, or the source stays unnamed.
        phrase.definite = lower[1]
        return phrase

    if (names and appos_names and names[-1].end == len(head.rstrip())
            # ("Force Incident Manager, Insp Claire Cooper": a title may come before the name)
            and (appos_names[0].start <= 1 or _only_titles(apposition[: appos_names[0].start]))
            and " " in appos_names[0].name and not looks_like_org(appos_names[0].name)
            and ((last_word := names[-1].name.rsplit(" ", 1))[-1].lower() in TITLES | _ROLE_TITLE_WORDS
                 # "Divisional Police Commander Central, Ruci Nasemira": the area the command covers
                 or (last_word[-1] in _COMMAND_AREAS and len(last_word) == 2
                     and last_word[0].rsplit(" ", 1)[-1].lower() in TITLES))):
        # "says Quality Arizona President, Rebecca Wininger", "Democratic Gubernatorial
        # Candidate, Fred Duval": a role with a capital, then who holds it
        body = names[-1].name.split()
        while body and body[-1].lower() in TITLES | _ROLE_TITLE_WORDS | _ROLE_QUALIFIERS | _OFFICE_FIELDS:
            body.pop()  # "Sunrise Movement Executive Director": the movement ("Police Public Relations Officer")
        phrase.name = drop_titles(appos_names[0].name)
        phrase.org = " ".join(body) if body and looks_like_org(" ".join(body)) else None
        return phrase
    if names and appos_names and _only_titles(apposition[: appos_names[0].start]) and (
            # (and "Reyes' husband, Paul Brady": the possessive of a name ending in s)
            (len(names) == 1 and _POSSESSIVE_ROLE_REST.match(head, names[0].end))
            # "Israel's ambassador to the UN, Gilad Erdan": a role of the first name's, then who holds it
            or (re.match(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:to|at|in|for|of|on)\s", head[names[0].end :])
                and not looks_like_org(appos_names[0].name) and not apposition[appos_names[0].end :].strip(" ,")
                and re.fullmatch(r"\s*(?:the\s+)?", head[: names[0].start], re.I))):
        # "Adeyemi's neighbour, Bridget O'Sullivan": the apposition names the speaker
        names = []
    if (len(names) > 1 and head[names[-2].end : names[-1].start] == " and " and " " not in names[-2].name
            and looks_like_org(names[-1].name)):
        # "Calderdale and Huddersfield NHS Foundation Trust": one body's name
        names[-2:] = [Mention(head[names[-2].start : names[-1].end], names[-2].start, names[-1].end)]
    if names and first in ("a", "an", "one", "another", "the") and (rel := _RELATIVE_WHO.search(head)):
        # "a 34-year-old man who moved to Britain in 2021": a name in the
        # relative clause is not who spoke ("who gave his name as Luis" is)
        names = [m for m in names if m.start < rel.start() or _SELF_NAMED_BEFORE.search(head[rel.end() : m.start])]
    if (len(names) > 1 and _AGE_ONLY.fullmatch(head[: names[0].start]) and " " in names[0].name
            and not head[names[-1].end :].strip()
            and _AT_PLACE.search(head[: names[-1].start])):
        # "Mervin Toquero from the National Council of Churches in the Philippines": the place
        # where the body is, after the person and the body
        names = names[:-1]
    if names:
        last = names[-1]
        after_last = head[last.end :].lower().split()
        police_of = [w.strip(".,") for w in after_last] == ["police"]  # "Atlanta police", "the Hague police"
        before_last = head[: last.start]
        if (_AT_PLACE.search(before_last) and (phrase.crowd or any(
                w.strip(".,") in _UNNAMED_NOUNS or w.strip(".,") in _BODY_NOUNS or w.strip(".,") in _PLACED_BODIES
                for w in before_last.lower().split()))) or (
                # "a television anchor in the pro-opposition Channel Five": one unnamed person (the
                # noun before "in" names a person, or a person by its ending) in a place or body described
                first in ("a", "an", "one", "another") and (described := _AT_DESCRIBED_PLACE.search(before_last))
                and (_PERSON_NOUN_END.search(described.group(1)) or described.group(1) in PERSON_NOUNS)):
            # "the crowd on the Capitol steps", "The Chinese embassy in London": a place, not a speaker
            phrase.generic = True
        elif " in " in before_last and _SOMEONE_IN_A_DOCUMENT.match(before_last):
            # "one of the activists in a must-watch video from the New York Times": someone the
            # video shows speaks, not whoever made it
            phrase.generic = True
        elif any(w.strip(".,") in DOCUMENT_NOUNS for w in before_last.lower().split()) and re.search(
            r"\b(?:from|by|of)\s+(?:the\s+)?$", before_last, re.I
        ):
            phrase.name = drop_titles(last.name)  # "a statement from the Port Employers Council"
        elif (names[:-1] and any(w.strip(".,") in DOCUMENT_NOUNS for w in before_last.lower().split())
              and re.search(r"\b(?:from|by|of)\s+(?:the\s+)?[^,;]{2,80}?\s+and\s+(?:the\s+)?$", before_last, re.I)):
            phrase.generic = True  # "A lawsuit filed by the NAACP Legal Defense Fund and the ACLU of Georgia": two authors
        elif (head[last.end : last.end + 2] in ("'s", "\u2019s") and len(after_last) >= 2 and not names[:-1]
              and all(w.isalpha() and w.islower() for w in after_last[1:])
              and (after_last[-1] in _RELATIONS or after_last[-1] in PERSON_NOUNS)):
            phrase.generic = True  # "Pike's neighbour, the owner of a bakery": someone else, unnamed
        elif _OWN_WORDS.fullmatch(head[last.end :]) or (not names[:-1] and _A_NAMED_BODYS_OWN.fullmatch(head[last.end :])):
            phrase.name = drop_titles(last.name)  # "Phil Berger's office called it", "Roe's message was": theirs
        elif (police_of and head[last.end :].startswith(" ")
              and not _AFFILIATION_BEFORE.search(before_last)):  # not "A spokesperson for the Hague police"
            phrase.name = f"{drop_titles(last.name)} police"  # "Atlanta police said": the city's force
        elif ((first in ("a", "an", "the") or last.start == 0) and not names[:-1] and after_last
              # ("Gabriela Women's Party official statement read": no article either)
              and (after_last[-1] in DOCUMENT_NOUNS
                   # "a Party Majority PAC website promoting the event": the document, then what it does
                   or (after_last[0] in DOCUMENT_NOUNS and len(after_last) > 1 and after_last[1].endswith(("ing", "ed"))))
              and head[last.end : last.end + 1] == " " and all(w.isalpha() and w.islower() for w in after_last)):
            phrase.name = drop_titles(last.name)  # "a DHS statement", "an Amazon press release": the body's own words
        elif (not names[:-1] and not before_last.strip() and " " in last.name and not looks_like_org(last.name)
              and _APPOSITION_WITHOUT_COMMA.match(head, last.end)):
            # "said Boniface Mwangi one of the conveners of the demo": the name, then (no comma) who he is
            phrase.name = drop_titles(last.name)
        elif after_last and any(w in GENERIC_SOURCES or _ROLE_WORDS.fullmatch(w) for w in after_last) and not (
                # "Duarte Antonio Nunes from a student organisation": a person, then where from
                after_last[0] in ("from", "of", "with", "at") and " " in last.name and not names[:-1]
                and last.start == 0 and not looks_like_org(last.name)):
            # "A Met spokesman", "an Amazon spokesperson": unnamed, with an affiliation
            phrase.generic = True
            phrase.org = None if _DEGREE.fullmatch(last.name) else last.name  # "a first-year MA student"
            if police_of:
                phrase.org = f"{last.name} police"  # "a spokesperson for the Hague police": the city's force
            if (appos_names and _only_titles(apposition[: appos_names[0].start])
                    and not looks_like_org(appos_names[0].name) and not _POSSESSIVE_AT(apposition, appos_names[0].end)):
                # "An NYU student, Lavanya Reddy,", "a Met spokesman, John Smith,": the apposition names them
                phrase.name, phrase.generic = drop_titles(appos_names[0].name), False
                apposition = apposition[appos_names[0].end :]
        elif (last.start == 0 and not names[:-1] and 0 < len(after_last) <= 2
              and all(w.isalpha() and w.islower() for w in after_last)
              and (plural_person(after_last[-1])
                   # "Lesotho opposition parties", "Kenyan rights groups": many bodies, none named
                   or (_PLURAL_NOUN.fullmatch(w := after_last[-1]) is not None
                       and not ORG_PRONOUN_NOUNS.isdisjoint((w[:-1], w[:-3] + "y"))))):
            # "Oklahoma educators", "Starbucks baristas": people the name describes, many, unnamed
            # (a place is nobody's affiliation)
            phrase.generic = phrase.crowd = True
            phrase.org = None if last.name in PLACES else last.name
        elif (first in ("a", "an", "one", "another") and after_last
              and all(w.isalpha() and w.islower() for w in after_last)):
            # "A Tesla owner", "a Brooklyn resident": someone described by a name, not named
            # (a person by the noun's ending: not "a Brooklyn bakery")
            phrase.generic = True
            phrase.person = after_last[-1].endswith(("er", "or", "ist", "ian", "ent", "ant"))
        elif (len(names) > 1 and _ROLE_WORDS.search(head[names[-2].end : last.start])
              # (not "A JFREJ organizer from Brooklyn": where the organizer is from)
              and not _WHERE_FROM_LAST.search(head, names[-2].end, last.start)
              # (nor "Dette McLoughlin of the organisers Right2Water Galway": she is of the body named last)
              and not _OF_A_DESCRIBED_BODY.fullmatch(head, names[-2].end, last.start)):
            phrase.name = drop_titles(last.name)  # "Never Again Action organizer Jane Roe"
            phrase.org = names[-2].name
        elif _AFFILIATION_BEFORE.search(_TITLES_LAST.sub("", before_last) if names[:-1] == [] else before_last):
            # "a spokesperson for the NYPD", "Jane Roe of Romemu", "Roe of the group X"
            if first in ("the", "a", "an") and not phrase.crowd and _BODY_PART_OF.match(before_last):
                # "the student plenum of the Faculty of Philosophy", "The Chicago chapter of
                # Jewish Voice for Peace": a part of the body speaks as the body
                phrase.name = drop_titles(last.name)
            elif (len(names) > 1 and not _AFFILIATION_BEFORE.search(head[: names[0].start])
                  # not "A PhD student from Johns Hopkins, Maya Okonkwo,": a name that describes
                  # ("a jubilant Austin Williams of District 13" is a full name, then where he is from)
                  and not (first in ("a", "an", "one", "another") and _LOWER_NEXT.match(head, names[0].end)
                           and not (" " in names[0].name and not looks_like_org(names[0].name)
                                    and _AFFILIATION_BEFORE.fullmatch(head, names[0].end + 1, names[1].start)))):
                if len(names) > 2 and _ROLE_WORDS.fullmatch(head[names[0].end : names[1].start].strip().lower()):
                    # "Tenant organizer Fatima Diallo of CASA": the role's holder, after what the role is for
                    phrase.name = drop_titles(names[1].name)
                else:
                    phrase.name = drop_titles(names[0].name)
            elif (appos_names and _only_titles(apposition[: appos_names[0].start])
                  and not looks_like_org(appos_names[0].name) and not _POSSESSIVE_AT(apposition, appos_names[0].end)):
                # "A spokeswoman for X, Tracey Moriarty,"; not "for the PSP, Portugal's public security
                # police,", which says what the body is
                phrase.name = drop_titles(appos_names[0].name)
                apposition = apposition[appos_names[0].end :]
            else:
                phrase.generic = True
            phrase.org = last.name
        elif (first == "the" and after_last and not phrase.sign and all(w.isalpha() and w.islower() for w in after_last)
              and (after_last[-1] in PERSON_NOUNS or after_last[-1] in TITLES or _PERSON_NOUN_END.search(after_last[-1]))):
            phrase.generic = True  # "the Labour councillor", "the Minneapolis resident": a description
        elif (len(names) == 2 and _only_titles(head[: names[0].start]) and " " in drop_titles(names[0].name)
              and not looks_like_org(names[0].name)
              and (looks_like_org(last.name) or _BODY_NOUN_END.search(head, names[0].end, last.start))
              and _OF_A_DESCRIBED_BODY.fullmatch(head, names[0].end, last.start)):
            # "Jane Roe from the breakaway Workers Party": a person, then the body she is from,
            # whatever words describe it
            phrase.name = drop_titles(names[0].name)
            phrase.org = last.name
        else:
            phrase.name = drop_titles(last.name)
            phrase.org = title_prefix(last.name)
    elif (appos_names and _only_titles(apposition[: appos_names[0].start]) and looks_like_org(appos_names[0].name)
          and lower[-1] in ORG_PRONOUN_NOUNS | INSTITUTION_NOUNS
          and any(w in GENERIC_SOURCES or _ROLE_WORDS.fullmatch(w) for w in lower[:-1])):
        # "A spokesperson for the counter-protest group, Faith First Fellowship,": the
        # apposition names the group, not its spokesperson
        phrase.generic = True
        phrase.org = appos_names[0].name
        apposition = apposition[appos_names[0].end :]
    elif (appos_names and _only_titles(apposition[: appos_names[0].start]) and not _FOR_AN_OFFICE.search(head)
          and not _POSSESSIVE_AT(apposition, appos_names[0].end)) and (
        any(w in GENERIC_SOURCES or w in _RELATIONS or w in PERSON_NOUNS or _ROLE_WORDS.fullmatch(w) for w in lower)
        or first in _DETERMINERS or _POSSESSIVE_S.search(head)
    ):
        # "his sister, Keisha Wallace", "the hospital's chief executive, Robert Feingold"
        phrase.name = drop_titles(appos_names[0].name)
        apposition = apposition[appos_names[0].end :]
    elif phrase.another or phrase.sign or phrase.crowd or any(w in GENERIC_SOURCES for w in lower) or first in _DETERMINERS:
        phrase.generic = True
    elif (len(lower) == 1 and _PLURAL_NOUN.fullmatch(first) and first not in _ON_DUTY
          and _BODY_NOUNS.isdisjoint((first[:-1], first[:-2], first[:-3] + "y"))):
        phrase.generic = phrase.crowd = True  # "Drivers shouted": people, unnamed, many of them
    else:
        return None
    named = _NAME_GIVEN_IN_APPOSITION.search(apposition or "")  # "..., who gave his name as Brian Otieno, 24"
    if named is None and not apposition and "identified" in head and phrase.generic:
        named = _NAME_GIVEN_IN_APPOSITION.search(head)  # "a man identified as ‘Seven’", with no comma
    if named is None and "name" in head and phrase.generic:
        # "A Tesla owner who asked to be identified only by his first name, Greg": the name
        # given at the end of a relative clause, which the head keeps
        named = _NAME_GIVEN_LAST.search(words)
    if named and not phrase.name and phrase.generic and not looks_like_org(named.group(1)):
        # "one marcher, who gave only his first name, Luis,", "the protester,
        # identified by ADAPT as Michael Oxford,", "the sign, held by
        # 8-year-old Mia Chen,": a person
        phrase.name, phrase.generic, phrase.person = named.group(1), False, True
    elif (not phrase.name and phrase.generic and not phrase.crowd and not phrase.sign and appos_names
          and first in ("one", "a", "an", "another") and describes_person(phrase)
          and not apposition[appos_names[-1].end :].strip()
          and _DESCRIPTORS_ONLY.fullmatch(apposition[: appos_names[-1].start])
          and not re.match(r"\s*(?:who|which|that|whose|where)\b", apposition)  # "..., which owns Instagram,"
          and apposition[: appos_names[-1].start].split()[-1].lower() not in _BEFORE_A_PLACE):
        # "One protester, 67-year-old retired teacher Hans de Vries,": the description
        # names him; not "One marcher, a college student from Queens,"
        phrase.name, phrase.generic, phrase.person = drop_titles(appos_names[-1].name), False, True
    elif (not phrase.name and phrase.generic and not phrase.crowd and not phrase.sign and appos_names
          and first in ("one", "a", "an", "another") and " " in appos_names[-1].name
          and not looks_like_org(appos_names[-1].name) and not apposition[appos_names[-1].end :].strip(" ,")
          and re.search(r",\s*(?:(?:Dr|Mr|Mrs|Ms|Rev|Prof)\.?\s+)?$", apposition[: appos_names[-1].start])):
        # "One of the protesters, a retired GP from Bristol, Dr Diana Warner,": a description, then her name
        phrase.name, phrase.generic, phrase.person = drop_titles(appos_names[-1].name), False, True
    if phrase.sign and phrase.name and not phrase.person and (carried := _CARRIED_BY_NAME.search(head)) and (
            head.startswith(phrase.name, carried.end()) or phrase.name.startswith(carried.group(1))):
        phrase.person = True  # "A sign held aloft by Charissa Afshar, 58,": whoever carries a sign is a person
    if apposition and phrase.org is None:
        phrase.org = org_from_apposition(apposition, vocabulary)
    if phrase.org and phrase.name and phrase.org == phrase.name:
        phrase.org = None
    return phrase


_CARRIED_BY_NAME = re.compile(r"\b(?:held|carried|hoisted|waved|raised|worn|made)(?:\s+(?:aloft|up|high|overhead))?\s+by\s+"
                              r"(?:[a-z0-9][\w'\u2019-]*\s+){0,3}?(?=[A-Z])([A-Z][\w'\u2019.-]*)")


# People whose shouted words are orders, not a crowd's: "Officers shouted "Get back!""
_ON_DUTY = frozenset({"officers", "agents", "troopers", "guards", "deputies", "soldiers", "marshals", "police",
                      "officials", "staffers", "judges", "lawmakers", "legislators", "senators", "councillors"})
# Bodies known by where they are: "the embassy in London", "the consulate in Houston"
_PLACED_BODIES = frozenset("""embassy embassies consulate consulates mission missions office offices headquarters
    branch branches plant plants factory factories store stores""".split())
_BEFORE_A_PLACE = frozenset({"from", "in", "of", "at", "on", "near", "outside", "to", "for", "with", "by"})
_PREPOSITIONS = frozenset({"in", "of", "from", "at", "on", "with", "near", "outside", "inside", "among", "behind"})
_ONE_PERSON = frozenset({"man", "woman", "person", "protester", "protestor", "demonstrator", "marcher", "someone",
                         "one", "boy", "girl", "teenager", "student", "worker", "activist", "participant"})


_DETERMINER_LAST = re.compile(r"\b(?:the|a|an|its|their|his|her|our|former|acting|then)\s+$|['\u2019]s\s+$", re.I)
_PORTFOLIO_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?\s+(?:of|for)\s+(?:the\s+)?$",
                               re.I)


def _heads_an_office(word: str) -> bool:
    """The first word of an office named by what it is of or for: a title ("Minister
    of State"), or "Head" ("Head of Operations"), no title alone."""
    return word.lower().rstrip(".") in TITLES or word == "Head"


def is_office(name: str) -> bool:
    """"Health Secretary", "Prime Minister", "Attorney General": an office;
    "Secretary of State", "Minister for Creative Industries" too (a title and its
    portfolio, nobody's name)."""
    words = name.split()
    if len(words) >= 3 and words[1] in ("of", "for") and _heads_an_office(words[0]):
        return words[0] not in _CAUSE_WORDS  # (not "Justice for Northern Ireland Veterans": a cause, a body's name)
    if len(words) == 2 and words[0].lower() in FIRST_NAMES:
        return False  # "Marcus Dean": a person whose surname is a title's word
    return words[-1].lower().rstrip(".") in TITLES and not looks_like_org(name)


def _office_in(head: str, m: Mention, found: list[Mention], vocabulary: frozenset[str] = frozenset()) -> bool:
    """Is the mention an office here? "The Health Secretary", "Police Chief Dwayne
    Harris" (the office and its holder); not "Sam Bishop, a nurse": a name that
    looks like an office is one only with a determiner before it or its holder
    named beside it. One word alone is an office ("Dean said") unless the article
    has named someone by it ("Mary Dean ... Dean shouted")."""
    if not is_office(m.name):
        return False
    return (len(found) > 1 or (" " not in m.name and m.name not in vocabulary)
            or bool(_DETERMINER_LAST.search(head, 0, m.start)))


_AGE_APPOSITION_NEXT = re.compile(r",\s*(?:aged\s+)?\d{1,3},")
_AGE_FIRST = re.compile(r"\s*(?:aged\s+)?\d{1,3}\b")


def _only_titles(text: str) -> bool:
    """Nothing but spaces, titles and an age: the " Dr. " before "Dr. Alan
    Whitmore", the "78-year-old" of "One of them, 78-year-old Joan Keller"."""
    return all(w.lower().rstrip(".") in TITLES or w.lower() in _TITLE_MODIFIERS or _AN_AGE.fullmatch(w)
               for w in text.split())


_AN_AGE = re.compile(r"\d{1,3}-year-old")
# Words that qualify a title: "state Sen. Jason Klein", "former Rep. Jane Roe"
_TITLE_MODIFIERS = frozenset({"state", "former", "u.s.", "then", "acting", "interim", "deputy", "assistant", "city",
                              "county", "retired", "the"})


_RELATIONS = {"sister", "brother", "mother", "father", "son", "daughter", "wife", "husband", "neighbour",
              "cousin", "aunt", "uncle", "niece", "nephew", "grandmother", "grandfather",
              "friend", "partner", "neighbor", "neighbour", "colleague", "boss", "lawyer",
              "attorney", "widow", "fiancée", "fiancee", "stepmother", "stepfather"}
RELATION_NOUNS = frozenset(_RELATIONS)
# Texts that "read" as documents do, someone's words: "The bill reads", "The notice read"
_DOCUMENT_TEXTS = frozenset("""headline headlines title caption subject text transcript bill law laws order ruling
    verdict statute policy rule rules clause section amendment charter agreement contract ordinance notice warrant
    indictment charge charges citation summons filing report memo minutes agenda paper newspaper page
    description invitation listing summary synopsis blurb bio profile""".split())

_NOT_THINGS = (GENERIC_SOURCES | PERSON_NOUNS | CROWD_WORDS | TITLES | DOCUMENT_NOUNS | _RELATIONS | ORG_PRONOUN_NOUNS
               | INSTITUTION_NOUNS | _DOCUMENT_TEXTS)


def written_thing(noun: str) -> bool:
    """Is `noun` a thing that words are written on ("note", "cake", "tattoo"),
    as opposed to a person, a body or a document? Read with "... read:"."""
    noun = noun.lower()
    if noun in SURFACES:
        return True
    return (noun.isalpha() and noun not in _NOT_THINGS and not _ROLE_WORDS.fullmatch(noun)
            and not noun.endswith(("er", "or", "ist", "ian", "man", "men", "person", "people", "ee", "ess")))


# Nouns in "the X said" that name no body the article could have named.
_NOT_DEFINITE = GENERIC_SOURCES | PERSON_NOUNS | CROWD_WORDS | SIGN_NOUNS | TITLES | DOCUMENT_NOUNS | _RELATIONS


_AFFILIATED_WITH = re.compile(r"\s*(with|for|of|from)\s+(?:the\s+)?(?=[A-Z])", re.I)


def org_from_apposition(text: str, vocabulary: frozenset[str] = frozenset()) -> str | None:
    """The affiliation in ", an organizer with Never Again Action," and the like.

    Only a role ("organizer", "member", "president" ...) near the start of the
    apposition introduces an affiliation; ", an activist group that ... ICE,"
    describes the speaker and names no affiliation.
    """
    text = text.split(";")[0]
    by = _AFFILIATED_WITH.match(text)
    if by:
        # "Brenda Valladares with Movimiento Cosecha", "Jane Roe, of Rise and Resist,": the rest of
        # the apposition after the name ("of" and "from" only for a body, not "of Baltimore")
        names = find_names(text[:120], vocabulary=vocabulary)
        if names and names[0].start == by.end() and (by.group(1).lower() in ("with", "for") or looks_like_org(names[0].name)):
            return names[0].name
    role = _ROLE_WORDS.search(text)
    if not role or role.start() > 45:
        return None
    rest = text[role.end() : role.end() + 90]
    names = find_names(rest, vocabulary=vocabulary)
    if names and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}?(?:with|for|at|of|in)\s+(?:the\s+)?", rest[: names[0].start], re.I):
        return names[0].name
    names = find_names(text[: role.start()], vocabulary=vocabulary)
    if names and re.fullmatch(r"(?:['\u2019]s)?\s*(?:[\w-]+\s+)?", text[names[-1].end : role.start()]):
        return names[-1].name  # "a JFREJ organizer", "Mijente's director"
    return None


# --- cues ---------------------------------------------------------------------

_WORD = re.compile(r"[\w'\u2019-]+")




# (boards only by their kind: "the school board said" is a body)
_SIGN_NOUN_ALT = (r"\b(?:(?:sandwich[ -]|poster\s?|white|chalk)boards?|"
                  + "|".join(sorted(SIGN_NOUNS, key=len, reverse=True)) + r")\b")
_SLOGAN_BEFORE = re.compile(
    _SIGN_NOUN_ALT +
    r"(?:[^.!?\x00]{0,80}?)\b(?:read|reads|reading|saying|stating|"
    r"declaring|proclaiming|bearing|bore|bear|"
    r"emblazoned|printed|painted|scrawled|written|inscribed|stenciled|stencilled|stamped|imprinted|"
    r"words|message|messages|slogan|slogans|displaying|featuring|urging|demanding|asking|"
    r"calling|like|such\s+as|including|with|of|announcing|screaming|shouting|warning|telling|"
    r"insisting|reminding|pleading|labeled|labelled|spelling|spelled|ranged|ranging|varied|varying)\b"
    # (not past a verb of its own: "wrapped in a flag, stood in front of the line of police and shouted")
    r"(?:(?!\b(?:and|then)\s+(?:\w+ly\s+)?(?:shouted|yelled|screamed|cried|chanted|called|said|told|sang)\b)[^.!?\x00]){0,25}$"
    # A say-verb has the sign as its subject only with no clause between them
    # ("a sign that said", "signs demanded"; not "Roe, holding a sign, said",
    # "Roe held up her sign and told the crowd"), bar a "held by X" aside.
    r"|" + _SIGN_NOUN_ALT +
    r"(?:(?:(?!,|\band\b)[^.!?\x00]){0,60}?(?:,\s*which\s+(?:\w+ly\s+)?)?|,\s*(?:held|carried|hoisted|waved|taped|hung|propped|made|written|"
    r"painted|in|on|at|from|with|by)\b[^,.!?\x00]{0,60},\s*(?:\w+ly\s+)?"
    # ('a floating banner, 15 metres by 5 metres, which simply states': its size between)
    r"|,\s*(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[^,.!?\x00]{0,40},\s*(?:which\s+)?(?:\w+ly\s+)?)"
    # (not a person's verb: "waved an American flag as he said he was there to")
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bI )"
    r"\b(?:said|says|say|state|states|declared|declare|declares|proclaimed|proclaim|demanded|demands|demand|"
    r"urged|urges|urge|warned|warns|told|tells|asked|asks|promised|that)\b[^.!?\x00]{0,25}$",
    re.I,
)
# "Other billboards bore Caruana Galizia's last sentence in her last blog, a few minutes before
# the assassination": someone's words carried on signs, however long what is said of them
_SIGNS_BORE_SOMEONES_WORDS = re.compile(
    _SIGN_NOUN_ALT + r"\s+(?:bore|bear|carried|displayed|showed|quoted|featured)\s+[^.!?\x00]{1,40}?['\u2019]s?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:words|sentence|line|lines|quote|quotation|message|motto|plea|question|tweet)\b"
    r"[^.!?:\x00]{0,100}$", re.I)
# 'Communicating this through one of their placards during the march, they said,', 'On their
# banner, the students wrote:': a sign as the means of the saying that follows (not "with a
# banner behind her, she said": a sign beside whoever speaks)
_SAID_THROUGH_A_SIGN = re.compile(
    r"\b(?:through|via|using|on)\s+(?:one\s+of\s+)?(?:their|his|her|its|the|a|an)\s+(?:[\w'\u2019-]+\s+)?"
    + _SIGN_NOUN_ALT + r"[^.!?\x00:;]{0,80},\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:said|say|says|wrote|write|writes|declared|declare|declares|stated|state|states|demanded|demand|demands)"
    r"\s*[,:]?\s*$", re.I)
_PRINTED = re.compile(r"\b(?:printed|emblazoned|stenciled|stencilled|painted|scrawled|inscribed|"
                      r"embroidered|spray-painted|chalked)\s+(?:with|on|across)\s*"
                      # 'paper printed with a single word: "SHAME."'
                      r"(?:the\s+words?|the\s+slogan|(?:a\s+single|a\s+simple|just\s+(?:a|one|two|three)|one|two|three)"
                      r"\s+(?:\w+\s+)?words?)?\s*[:,]?\s*$", re.I)
_SIGN_COLON = re.compile(  # "held up hand-drawn signs: ", "taped signs to the wall: "
    _SIGN_NOUN_ALT +
    r"(?:(?!\b(?:said|says|told|tells|asked|added|declared|shouted)\b)[^.!?\x00:]){0,40}[:\u2014\u2013]\s*$", re.I)
# 'it is an inscription with black marker on a marbled wall of the charred parliament ...
# that encapsulates the moment:': the sign named, however long its description
_IT_IS_A_SIGN_COLON = re.compile(r"\b(?:is|was)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?" + _SIGN_NOUN_ALT +
                                 r"[^.!?\x00:]{0,160}:\s*$", re.I)
# 'Painted on the plywood: "..."', 'Messages chalked on the sidewalk included "..."'
_WRITTEN_ON = re.compile(
    r"(?:^\s*(?:painted|spray-painted|scrawled|chalked|written|printed|stenciled|stencilled|emblazoned)\s+"
    r"(?:on|across|in|onto)\b[^.!?\x00]{0,80}(?::|\b(?:is|was|are|were)\s*[:,]?)"
    # 'Taped to the podium was a handwritten note:' (a thing put up, then its words)
    r"|^\s*(?:" + "|".join(DISPLAY_PARTICIPLES) + r")\s+(?:to|on|onto|from|above|over|along|across|outside|at)\b"
    r"[^.!?\x00]{0,80}\b(?:is|was|are|were)\b[^.!?\x00]{0,60}:"
    r"|\b(?:chalked|scrawled|painted|spray-painted|stenciled|stencilled|written|graffitied)\b[^.!?\x00]{0,60}"
    r"\b(?:included|includes|read|reads|said|says|like|such as)"
    # 'some were scrawled on pizza boxes ("...")'
    r"|\b(?:printed|scrawled|painted|written|chalked|stenciled|stencilled|lettered)\s+(?:on|by|in|onto)\b[^.!?\x00(]{0,40}\("
    # 'someone had chalked a single word on the sidewalk: "Presente."'
    r"|\b(?:chalked|scrawled|painted|spray-painted|stenciled|stencilled|etched|carved|spelled out|spelt out|"
    r"projected|beamed)\b[^.!?\x00]{0,80}:"
    # 'someone had written in careful block letters:' (not 'she wrote on Facebook:')
    r"|\b(?:written|wrote)\s+in\s+(?:[\w-]+\s+){0,3}?(?:letters|lettering|capitals)\b[^.!?\x00]{0,40}:"
    # 'had painted, in yellow letters, "Love is louder."': painted words are shown, not said
    # (not 'A white-painted "ghost bike"', 'the painted "X"': an adjective before a noun)
    r"|(?<![\w-])(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)"
    r"(?:painted|spray-painted|scrawled|chalked|stenciled|stencilled|daubed|graffitied)"
    r"(?:\s*,?\s*in\s+(?:[\w-]+\s+){0,3}?(?:letters|lettering|capitals|paint|chalk|marker|ink)\s*,?)?\s*[:,]?"
    # 'projected onto the side of University Hall in green light were the words "..."'
    r"|\b(?:projected|beamed|painted|spray-painted|written|scrawled|printed|chalked|stenciled|stencilled|"
    r"emblazoned|etched|carved)\b[^.!?\x00]{0,80}\b(?:was|were|is|are)\s+(?:the\s+)?(?:words?|message|slogan|phrase)\s*[:,]?"
    # 'defaced the monument with downward-facing arrows placed next to the statements "..."': the
    # words put on the thing defaced
    r"|\b(?:defaced|vandali[sz]ed|daubed)\b[^.!?\x00]{0,80}\b(?:the\s+)?(?:statements?|words?|messages?|phrases?|slogans?)"
    r"\s*[:,]?"
    # 'a sheet of paper on which they had written': a surface (not 'a letter in which she wrote')
    r"|\b(?:on|across)\s+which\s+(?:[\w'\u2019-]+\s+){1,3}?(?:written|wrote|painted|printed|lettered)\b[^.!?\x00]{0,40}?[:,]?)\s*$",
    re.I)
_ANSWER_WITH = re.compile(r"\b(?:answered|answering|answers?|responded|responding|responds?|replied|replying|replies|reply|called back|shouted back|"
                          # "the crowd said it back to her:"
                          r"(?:said|repeated|called|shouted|sang|echoed)\s+(?:it|them|the\s+name|each\s+name)\s+back"
                          r"(?:\s+to\s+(?:her|him|them|the\s+[\w-]+))?)"
                          # "answered with", "responded after each:"
                          r"\b(?:[^.!?\x00]{0,40}\bwith\s*|[^.!?\x00:,]{0,30}[,:]\s*|\s*)$", re.I)
_WITH_THEIR_OWN = re.compile(r"\bwith\s+their\s+own\s*[:,]?\s*$", re.I)
# A relative pronoun or a preposition of where and when right before a quotation: it
# completes a clause ("... - Navalny's rallying cry - that "manifests ..."") or says how
# something was done ("chanting slogans in "a display of public anger""), no chant's words
_NOT_A_CHANTS_WORDS_LAST = re.compile(r"\b(?:that|which|in|during|amid|despite)\s*$")
# A chant as what someone answers: "replied to the latter chant:", "responded to their chants with"
_REPLIED_TO_THE_CHANT = re.compile(r"\b(?:replied|replies|responded|responds|reacted|reacts|retorted|retorts)\s+(?:back\s+)?"
                                   r"to\s+(?:the|this|that|these|those|their|its|a)\s+(?:[\w-]+\s+)?chants?"
                                   r"(?:\s+with)?\s*[:,]?\s*$", re.I)
_CHANT_BEFORE = re.compile(
    r"\b(?:chant|chants|chanted|chanting|chantings|sang|sing|sings|singing|sung|refrain|refrains|"
    r"chorus|rallying cry|rallying cries|call[- ](?:out[- ])?and[- ](?:response|answer)|cries|cry|shouts|songs?|"
    r"slogan|slogans|call of|calls of|struck up|(?:retorts|jeers|heckles|catcalls)\s+of|"
    # "broke into a chant", "burst into song", not "broke into applause and someone shouted"
    r"(?:broke|burst|launched)\s+into(?=\s*$|\s+(?:a\s+|the\s+)?(?:chants?|songs?|chorus|choruses|cheers?|cries|"
    r"shouts|refrains?|rendition|round|[\w-]+\s+(?:chants?|songs?|cheers?))\b))\b[^.!?\x00]{0,40}$",
    re.I,
)
# 'started a new chant, which spread quickly through the circle: "..."', "The march's rallying
# cry, chanted again and again as the crowd moved down the avenue, was "...""
_CHANT_COLON = re.compile(r"\b(?:chant|chants|refrain|rallying cry|battle cry|call-(?:out-)?and-(?:response|answer)"
                          # "One of the most popular slogans shouted in unison during daytime rallies was:"
                          r"|slogans?\s+(?:\w+ly\s+)?(?:shouted|chanted|sung|yelled|cried|roared))\b"
                          # ("the chants at a lively picket line included "A" and "B"")
                          # ("the opposition's battle cry during two weeks of protests - "...""): a dash as a colon
                          r"(?:[^.!?\x00:]{0,80}(?::|\s[-\u2013\u2014])|[^.!?\x00]{0,100}\b(?:was|is|became|remained|included|includes|include)"
                          r"\s*[:,]?)\s*$", re.I)
_ANSWERED_BY = re.compile(r"\b(?:chant|chants|chanted|chanting|cries|shouts)\b[^.!?]{0,80}"
                          r"\b(?:answered|met|greeted|drowned out|countered|echoed)\s+(?:by|with)\s*$", re.I)
# 'someone would start up "Chase Bank, you can't hide ..."': a chant begun
_STRUCK_UP = re.compile(r"\b(?:start|starts|started|starting|strike|strikes|struck|striking|took|take|takes|taking)\s+"
                        # 'Someone shouted "Liar!" and others took it up: "Liar! Liar!"'
                        r"(?:it\s+|the\s+cry\s+|the\s+call\s+)?up\s*[:,]?\s*$", re.I)
# 'a man with a bullhorn kept up a steady "Say it loud, say it clear ..."': a chant kept going
_KEEPING = frozenset({"kept", "keep", "keeps", "keeping"})
_KEPT_UP_A_STEADY = re.compile(r"\b(?:kept|keep|keeps|keeping)\s+up\s+(?:a|an|the|their|his|her)\s+(?:steady|constant|"
                               r"continuous|relentless|running|loud|rhythmic|insistent|unbroken|endless)\s*$", re.I)
# 'sang, to the tune of "Yellow Submarine": "We all live in ..."': new words to an old tune
_TUNE_OF = re.compile(r"\bto the tune of\b[^.!?]{0,60}[:,]\s*$", re.I)
# 'The demonstration was under the motto "We are now together"': the march's slogan
_UNDER_THE_MOTTO = re.compile(r"\bunder\s+the\s+(?:motto|slogan)\s*[:,]?\s*$", re.I)
# ("protests under the banner "You Won't Take Our Freedom"": a name too; but "marched behind
# the banner "..."" is a cloth's words)
_UNDER_THE_BANNER = re.compile(r"\b(?:under|behind)\s+the\s+banners?\s+of\s*$|\bunder\s+the\s+banner\s*$", re.I)
# 'A handwritten card leaned against the one for Lexi: "..."' (the note is the subject) and
# "others held hand-lettered cards that said" (notes held up): a note's words, like a sign's
_HELD_UP = r"\b(?:held|holding|holds|hold|carried|carrying|waved|waving|raised|raising)(?:\s+up)?"
_READ_AT_END = r"(?:\b(?:read|reads|reading|said|says|saying)(?:\s+(?:simply|only|just))?\s*[:,]?|:)\s*$"
_HANDWRITTEN_NOTE = re.compile(r"(?:(?:^|[.!?;]\s+)(?:an?|one|another|the)|" + _HELD_UP + ")"
                               r"\s+(?:[\w-]+\s+)?(?:hand-?written|hand-lettered|hand-drawn|hand-painted)\s+(?:[\w-]+\s+)?"
                               r"(?:cards?|notes?|messages?|tributes?)\b[^.!?\x00]{0,60}?" + _READ_AT_END, re.I)
# 'flowers and messages built up, including one reading "#I Am Sarah"': one of the notes left
_ONE_OF_THE_NOTES = re.compile(r"\b(?:messages|notes|cards|tributes)\b[^.!?\x00]{0,60}?\b(?:including|among\s+them|such\s+as)"
                               r"\s+one\s+(?:that\s+)?(?:read|reads|reading|said|says|saying)\s*[:,]?\s*$", re.I)
# 'held a small card that said simply:', 'supporters held up cards reading': a card held up is a sign
_HELD_CARD = re.compile(_HELD_UP + r"\s+(?:[\w-]+\s+){0,5}?cards?\b[^.!?\x00]{0,60}?" + _READ_AT_END, re.I)
# 'posted a photo on Instagram with the caption "..."': a post's words, the poster's statement
POSTED_WITH_CAPTION = re.compile(r"\b(?:posted|posts|posting|shared|shares|sharing|tweeted|uploaded)\b"
                                  r"(?:[^.!?\x00]{0,80}\bcaption\b"
                                  # "posted a photo of the crowd with the message:" (a sign posted on a
                                  # fence "with the message" is a sign: a picture is what makes it a post)
                                  r"|[^.!?\x00]{0,40}\b(?:photos?|photographs?|pictures?|images?|videos?|clips?|selfies?)\b"
                                  r"[^.!?\x00]{0,60}\bwith\s+the\s+(?:message|words?|text|note)\b)", re.I)
# 'A giant inflatable rat bore the words "Union busters."': written words
_BORE_WORDS = re.compile(r"\b(?:(?:had|has)\s+"
                         # "with a downward arrow and the caption", "each bearing a name or the word"
                         r"|(?:bore|bears?|bearing|carried|carrying|displayed|displaying|with)\s+"
                         r"(?:[^.!?,;:\x00]{1,40}?\s+(?:and|or)\s+)?)"
                         r"(?:(?:the|just|only|simple|two|three|four|five|a\s+few)\s+){0,2}"
                         # '... had two words, in red: "Feed them."'
                         # "One boy's drawing ... bore the caption "My dad digs copper.""
                         r"(?:words?|message|inscription|legend|caption|slogan|motto)\b(?:,[^.!?,\x00]{1,30})?\s*[:,]?\s*$",
                         re.I)
# 'One, in purple crayon, showed a house and the words "Come home papi."': a drawing's words
# ("signage on the ring road was changed to display the words": a screen's words too)
_SHOWN_WORDS = frozenset({"showed", "shows", "showing", "depicted", "depicts", "featured", "features", "featuring",
                          "display", "displays", "displayed", "displaying"})
_SHOWED_THE_WORDS = re.compile(r"\b(?:showed|shows|showing|depicted|depicts|featured|features|featuring|"
                               r"display|displays|displayed|displaying)\b"
                               r"[^.!?\x00]{0,40}\bthe\s+(?:words?|message|caption|slogan)\s*[:,]?\s*$", re.I)
_CRIED_OVER_AND_OVER = re.compile(r"\b(?:was|were|got)\s+(?:\w+ly\s+)?(?:shouted|yelled|hollered|screamed|bellowed|chanted|"
                                  r"sung|repeated|called\s+out)\s+(?:over\s+and\s+over|again\s+and\s+again|repeatedly)"
                                  r"\b[^.!?\x00]{0,30}$", re.I)
_SHOUT_BEFORE = re.compile(r"\b(?:shout|shouts|shouted|shouting|yell|yells|yelled|yelling|hollered|hollering|"
                           r"scream|screamed|screaming|roared|roaring|cried|crying|repeated|repeating|"
                           r"called out|calling out|chorused)\b[^.!?\x00]{0,30}$", re.I)


# Call-and-response forms that only crowds chant: a quotation in one of them,
# with no attribution of its own, is a chant even where the article names no
# chant ('They start again: "What do we want? A contract! ..."').
_CHANT_FORMS = re.compile(
    r"what do we want\W.{0,60}when do we want it\b|^hey,? hey,? ho,? ho\b|^ho,? ho,? hey,? hey\b"
    # ("Hey, hey, LBJ, how many kids did you kill today?")
    r"|^hey,? hey,? [\w.]+(?: [\w.]+)?,? how many\b"
    r"|whose streets\W+our streets\b|^no justice,? no peace\b|the people,? united,? will never be defeated"
    r"|^this is what (?:democracy|community|solidarity) looks like|^show me what .{1,40} looks like"
    r"|^tell me what .{1,40} looks like|^s[i\u00ed],? se puede\b|^el pueblo,? unido",
    re.I | re.S,
)


def is_chant_form(text: str) -> bool:
    """Is `text` a call-and-response chant ("What do we want? ...", "Hey hey,
    ho ho, ...") or a short cry said over and over ("No kings! No kings!")?"""
    text = text.strip(" \"'\u201c\u201d\u2018\u2019")
    if _CHANT_FORMS.search(text) is not None:
        return True
    parts = [p.strip().lower() for p in _CRY_BREAK.split(text) if p.strip()]
    return len(parts) >= 2 and len(set(parts)) == 1 and len(parts[0].split()) <= 6


_CRY_BREAK = re.compile(r"[!?.,;\u2014]+")

# The call half of a call-and-response, quoted alone: a crowd answers it whoever calls it
# ('Dean shouted into a bullhorn, "When do we want it?"')
_CHANT_CALL = re.compile(r"(?:(?:what|when) do we want(?: it)?|whose streets|what does democracy look like|"
                         r"tell me what democracy looks like|who(?:'s|\u2019s| has) got the power|"
                         # "When refugees are under attack, what do we do?"
                         r"when\s+[\w'\u2019 -]{1,40}?\s+(?:is|are)\s+under\s+attack\s*,?\s*what\s+do\s+we\s+do)\s*[?!.]*",
                         re.I)


def is_chant_call(text: str) -> bool:
    """Is `text` nothing but a chant's call ("What do we want?", "When do we want it?")?"""
    return _CHANT_CALL.fullmatch(text.strip(" \"'\u201c\u201d\u2018\u2019,")) is not None


_LOWER_TOKEN = re.compile(r"[a-z]+")
_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")
# 'A handwritten note taped to the bus shelter by a striking driver read:': put up to be read, like a sign
_PUT_UP_WORDS = frozenset("taped pinned stuck tied posted attached glued hung".split())
_PUT_UP = "|".join(sorted(_PUT_UP_WORDS))
# "had pinned a message to the back of her coat:"
_PUT_UP_A_NOTE = re.compile(r"\b(?:" + _PUT_UP + r")\s+(?:up\s+)?(?:a|an|the|her|his|their)\s+"
                            # ('had taped a single word to their chests:')
                            r"(?:[\w'\u2019-]+\s+){0,2}?(?:notes?|cards?|messages?|flyers?|papers?|words?)\s+(?:to|on|onto)\b"
                            r"[^.!?\x00]{0,60}[:\u2014]\s*$", re.I)
_PUT_UP_NOTE = re.compile(r"\b(?:notes?|cards?|messages?|flyers?|fliers?|leaflets?|papers?)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                          r"(?:" + _PUT_UP + r")\s+(?:up\s+)?(?:to|on|onto|outside|at|in)\b"
                          r"[^.!?\x00]{0,80}?\b(?:read|reads|said|says)\s*[:,]?\s*$", re.I)
# 'Below it, someone had added in marker:': written words, as on a sign
# Colours words are written in: "added in red:", 'had written, in green, "..."'
COLOURS = frozenset("red blue black green white yellow gold silver pink purple orange".split())
_MEDIUM_WORDS = frozenset("""marker markers chalk pen paint ink crayon crayons lipstick sharpie
    capitals""".split()) | COLOURS
# 'At the top, in red paint: "..."': a sentence of nothing but where and in what it was written
_IN_MEDIUM_COLON = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][^,:.!?\x00]{0,30},\s*)?in\s+(?:[\w-]+\s+){0,2}?(?:"
                              + "|".join(sorted(_MEDIUM_WORDS)) + r"|letters|lettering)\s*:\s*$")
_IN_MARKER = re.compile(r"\b(?:added|wrote|written|scrawled|printed|lettered)\s+(?:it\s+|beneath\s+it\s+|below\s+it\s+)?in\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(_MEDIUM_WORDS)) + r")\s*[:,]?\s*$", re.I)
# 'a yellow top with printed words "Go Hong Kong"': the words, named by how they were made
_PRINTED_WORDS = re.compile(r"\b(?:printed|painted|written|embroidered|stencil+ed|scrawled|hand-?written)\s+"
                            r"(?:words?|slogans?|messages?|letters|lettering)\s*[:,]?\s*$", re.I)
# Every word that starts a _PRINTED, _PRINTED_WORDS, _WRITTEN_ON or _WROTE_THE_WORDS match (a
# hyphenated one also splits: "hand-painted" holds "painted")
_WRITING_WORDS = frozenset("""printed emblazoned stenciled stencilled painted scrawled inscribed embroidered
    spray-painted chalked written handwritten graffitied lettered etched carved spelled spelt projected projecting
    beamed beaming wrote taped stitched sewn sewed daubed defaced vandalised vandalized""".split())
# "Activists projected the words "..." onto the embassy", "had painted the message"
# What is written is a document, not a sign: 'She had written a letter that read "..."'
_WRITTEN_DOCUMENTS = frozenset("""letter letters email emails e-mail statement memo petition tweet post report
    essay column op-ed""".split())


_IN_LETTERS = re.compile(r"\bin\s+(?:[\w-]+\s+){0,3}?letters\b")  # "in block letters": type, not mail


def _written_on(tail: str) -> bool:
    m = _WRITTEN_ON.search(tail)
    return m is not None and _WRITTEN_DOCUMENTS.isdisjoint(_LOWER_TOKEN.findall(_IN_LETTERS.sub(" ", m.group().lower())))


_WROTE_THE_WORDS = re.compile(r"\b(?:projected|projecting|beamed|beaming|painted|wrote|written|chalked|scrawled|"
                              r"spray-painted|stenciled|stencilled|printed|etched|carved|spelled|spelt|"
                              # "had taped the word "Divest" across their mortarboards"
                              r"taped|stitched|sewn|sewed|embroidered)\s+(?:out\s+)?"
                              r"the\s+(?:words?|message|slogan|phrase)\s*[:,]?\s*$", re.I)


# The words that _CHANT_BEFORE / _ANSWERED_BY and _SHOUT_BEFORE need one of
_CHANT_WORDS = frozenset("""chant chants chanted chanting chantings sang sing sings singing sung refrain refrains chorus
    rallying cry cries shouts song songs slogan slogans call calls broke burst launched struck
    retorts jeers heckles catcalls""".split())
_LEADING = frozenset({"led", "leads", "leading", "lead"})
_LED_THE_CROWD_IN = re.compile(r"\b(?:led|leads|leading|lead)\s+(?:them|us|(?:the|a)\s+(?:[\w-]+\s+)?(?:"
                               + "|".join(sorted(CROWD_WORDS)) + r"))\s+in\s*$", re.I)
_SHOUT_WORDS = frozenset("""shout shouts shouted shouting yell yells yelled yelling scream screamed screaming
    roared roaring cried crying repeated repeating called calling chorused""".split())


_PICKETS_HELD = re.compile(r"\b((?:held|holding|holds|hold|carried|carrying|raised|raising|waved|waving|hoisted|hoisting)"
                           r"(?:\s+up)?(?:\s+[\w-]+)?)\s+pickets\b", re.I)


# A clause that opens with a crowd: "A few mine supporters standing across the street"
_CROWD_OPENS = re.compile(r"\s*(?:(?:a\s+few|a\s+group\s+of|several|some|many|dozens\s+of|hundreds\s+of|the)\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(CROWD_WORDS - {"they", "some", "many", "others", "line",
                                                                                       "circle", "group", "rally"}))
                          + r")\b(?![\w'\u2019])", re.I)


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at `end` starts: after the last sentence end or quotation."""
    m = max(text.rfind(ch, 0, end) for ch in ".!?:\x00")
    return m + 1


# Whatever someone carries that "said" something is a sign: 'carried a paper plate on a stick that said'
_CARRYING_WORDS = frozenset({"carried", "carrying", "carries", "carry", "held", "holding", "holds", "hold", "waved",
                             "waving", "waves", "hoisted", "hoisting", "raised", "raising", "lifted", "lifting",
                             "brandished", "brandishing"})
_CARRIED_THING_SAID = re.compile(
    r"\b(?:" + "|".join(sorted(_CARRYING_WORDS)) + r")\s+(?:up\s+|aloft\s+)?((?:a|an|the|his|her|their|one|two|several|"
    r"homemade|handmade)\b[^.!?\x00]{0,60}?)\b(?:that|which)\s+(?:\w+ly\s+)?"
    r"(?:said|says|read|reads|declared|declares|proclaimed|proclaims)\s*[:,]?\s*$", re.I)
# 'The three students raised sheets of paper saying:': a material held up that says something is a sign
_MATERIALS = frozenset({"paper", "papers", "cardboard", "card", "cards", "sheet", "sheets", "board", "boards", "cloth",
                        "fabric", "plate", "plates", "umbrella", "umbrellas", "balloon", "balloons", "box", "boxes"})
_CARRIED_MATERIAL_SAYING = re.compile(
    r"\b(?:" + "|".join(sorted(_CARRYING_WORDS)) + r")\s+(?:up\s+|aloft\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:"
    + "|".join(sorted(_MATERIALS)) + r")\s+(?:saying|reading|(?:that|which)\s+(?:said|says|read|reads))\s*[:,]?\s*$", re.I)
# Things held whose words are someone's statement or a title, not a sign's
_NOT_A_SIGN = frozenset(DOCUMENT_NOUNS) | {"phone", "phones", "photo", "photos", "photograph", "photographs", "picture",
                                          "pictures", "book", "books", "copy", "copies", "newspaper", "newspapers",
                                          "microphone", "megaphone", "bible", "koran", "quran", "note", "notes",
                                          "press", "conference", "meeting", "vigil", "rally", "service"}


_BRACKETED_LAST = re.compile(r"\s*\([^()\x00]{1,160}\)(?=\s*$)")


# "the placard-bearing marchers": a compound describing people, no sign's words after it
_SIGN_COMPOUND = re.compile(r"\b(?:sign|placard|banner|poster|flag)s?-(?:bearing|waving|carrying|holding|toting|wielding)\b",
                            re.I)


def slogan_cue_before(text: str) -> str | None:
    """'sign', 'chant' or 'shout' when the words just before a quote introduce
    sign text or a chant ("signs reading", "chanting", "a banner that said")."""
    tail = text[-140:]
    if ")" in tail[-3:]:
        # 'Their iconic slogan (heard across large parts of the Arab World this year)': an
        # aside in brackets right before the quotation stands between the cue and its words
        tail = _BRACKETED_LAST.sub("", text[-260:])[-140:]
    if "-" in tail and (compound := _SIGN_COMPOUND.search(tail)):
        # "she said about the placard-bearing marchers, adding,": who the marchers are, not a sign's words
        tail = tail[: compound.start()] + tail[compound.end() :]
    # Most texts name no sign and no writing: one look at their words spares
    # the long patterns below (they took ~18 µs a quotation on the bench corpus).
    low = tail.lower()
    words = set(_HYPHENATED.findall(low))
    words.update(_LOWER_TOKEN.findall(low))
    if "pickets" in words and _PICKETS_HELD.search(tail):
        # "held up pickets reading" (Korean English): pickets that are held are signs,
        # not the people on a picket line
        tail = _PICKETS_HELD.sub(r"\1 signs", tail)
        words.add("signs")
    signs = not SIGN_NOUNS.isdisjoint(words) or "board" in low  # ("a sandwich board that said")
    if signs and "board" not in low and SIGN_NOUNS.isdisjoint(_LOWER_TOKEN.findall(tail)) and not any(
            re.search(r"(?:^|[.!?]\s+)" + w.capitalize() + r"\b", tail) for w in SIGN_NOUNS.intersection(words)):
        # ("Alex Chalk spoke at the start of the protest, asking:": a surname, capitalised mid-sentence,
        # is no sign's noun; "Banners read:" opening a sentence still is)
        signs = False
    if signs and _UNDER_THE_BANNER.search(tail):
        return None  # "gathered under the banner of "No Kings Day"": a name, not a banner's text
    if ((signs and (_SLOGAN_BEFORE.search(tail) or _SIGN_COLON.search(tail) or _SAID_THROUGH_A_SIGN.search(tail)
                    or _UNDER_THE_MOTTO.search(tail) or _SIGNS_BORE_SOMEONES_WORDS.search(tail)))
            or (low.endswith(":") and _IT_IS_A_SIGN_COLON.search(text, max(0, len(text) - 260)))
            or (not _PUT_UP_WORDS.isdisjoint(words) and (_PUT_UP_NOTE.search(tail) or _PUT_UP_A_NOTE.search(tail)))
            or (not _WRITING_WORDS.isdisjoint(words) and (_PRINTED.search(tail) or _written_on(tail)
                                                           or _WROTE_THE_WORDS.search(tail) or _PRINTED_WORDS.search(tail)))
            or (not _MEDIUM_WORDS.isdisjoint(words) and (_IN_MARKER.search(tail) or _IN_MEDIUM_COLON.search(tail)))
            or (_BORE_WORDS.search(tail) and not POSTED_WITH_CAPTION.search(tail))
            or ("hand" in low and _HANDWRITTEN_NOTE.search(tail))
            or ("one" in words and _ONE_OF_THE_NOTES.search(tail))
            or ("card" in low and _HELD_CARD.search(tail))
            or (not _SHOWN_WORDS.isdisjoint(words) and _SHOWED_THE_WORDS.search(tail))
            or (("that" in words or "which" in words) and not _CARRYING_WORDS.isdisjoint(words)
                and (carried := _CARRIED_THING_SAID.search(tail))
                and _NOT_A_SIGN.isdisjoint(carried.group(1).lower().split()))
            or (not _CARRYING_WORDS.isdisjoint(words) and not _MATERIALS.isdisjoint(words)
                and _CARRIED_MATERIAL_SAYING.search(tail))):
        return "sign"
    chants = (not _CHANT_WORDS.isdisjoint(words) and not _NOT_A_CHANTS_WORDS_LAST.search(tail)
              # ('A man with a megaphone replied to the latter chant: "..."': his reply to it)
              and not _REPLIED_TO_THE_CHANT.search(tail))
    if ((chants and (_CHANT_BEFORE.search(tail) or _CHANT_COLON.search(tail))) or ("tune" in words and _TUNE_OF.search(tail))
            or (low.rstrip(" :,").endswith("up") and _STRUCK_UP.search(tail))
            or (not _KEEPING.isdisjoint(words) and _KEPT_UP_A_STEADY.search(tail))):
        return "chant"
    if ("over" in words or "again" in words or "repeatedly" in words) and _CRIED_OVER_AND_OVER.search(tail):
        return "chant"  # 'it was hollered over and over and over again:': many voices, again and again
    if not _LEADING.isdisjoint(words) and _LED_THE_CROWD_IN.search(tail):
        return "chant"  # 'Someone near the stage is leading the crowd in "We did it!"'
    if chants and _ANSWERED_BY.search(tail):
        return "chant"  # 'Chants of "A" rolled through the crowd, answered by "B"'
    answer = _ANSWER_WITH.search(tail)
    subject = tail[: answer.start()].split()[-1:] if answer else []
    if subject and subject[0].lower() in CROWD_WORDS:
        return "chant"  # "the crowd answered", "marchers responded with"
    if answer and _CROWD_OPENS.match(tail[_clause_start(tail, answer.start()) : answer.start()]):
        return "chant"  # "A few mine supporters standing across the street answered with"
    if answer and _WITH_THEIR_OWN.search(tail, answer.start()):
        return "chant"  # "a smaller group of opponents answered with their own:": their own chant
    if not _SHOUT_WORDS.isdisjoint(words) and _SHOUT_BEFORE.search(tail):
        return "shout"
    return None


@dataclass
class Cue:
    """An attribution found next to a quotation."""

    phrase: SpeakerPhrase | None
    verb: str | None = None
    slogan: str | None = None  # 'sign' / 'chant' / 'shout' when it names sign text or a chant
    position: str = "after"    # after / before / according
    extras: dict = field(default_factory=dict)


_AUX = {"also", "later", "then", "again", "further", "has", "had", "have", "would", "will",
        "had", "previously", "once", "simply", "just", "even", "recently", "repeatedly",
        "earlier", "still", "too", "both", "all", "quickly", "quietly", "loudly", "angrily",
        "tearfully", "softly", "firmly", "bluntly", "flatly", "simply", "proudly", "is",
        "was", "were", "are", "been", "being", "could", "can", "may", "might", "should", "did", "does", "must"}


# Surfaces that carry painted or written slogans besides signs: "painted on a bedsheet".
SURFACES = SIGN_NOUNS | {"bedsheet", "bedsheets", "sheet", "sheets", "wall", "walls", "sidewalk", "pavement",
                         "road", "street", "window", "windows", "overpass", "bridge", "door", "doors", "fence",
                         "crosswalk", "crosswalks", "asphalt", "steps", "plaza", "pillar", "pillars", "statue",
                         "canvas", "building", "buildings", "facade", "tower", "screen",
                         # on the body, on vehicles and gear: 'painted "Occupy Parliament" across his bare chest'
                         "chest", "chests", "back", "backs", "arm", "arms", "forehead", "foreheads", "face", "faces",
                         "cheek", "cheeks", "skin", "body", "bodies", "hand", "hands", "palm", "palms",
                         "forearm", "forearms", "wrist", "wrists", "leg", "legs", "belly", "stomach", "neck",
                         "car", "cars", "truck", "trucks", "tractor",
                         "tractors", "bus", "van", "trailer", "trailers", "umbrella", "umbrellas", "tent", "tents",
                         "helmet", "helmets", "jacket", "jackets", "vest", "vests", "cardboard", "tarp", "box", "boxes",
                         "paper", "whiteboard", "plate", "plates", "cast", "blanket", "blankets", "quilt", "quilts"}
# ("on a piece of notebook paper", "on a blanket carried by several protesters")
_SURFACE_ALT = "|".join(sorted(SURFACES, key=len, reverse=True))
_PRINTED_AFTER = re.compile(
    # ('"Abolish ICE" had been chalked on nearly every sidewalk')
    r"^(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:printed|written|painted|emblazoned|stenciled|"
    r"stencilled|scrawled|displayed|projected|chalked|embroidered|spray-painted)\b.{0,40}?\b(?:on|across|onto)\b(?:.{0,60}?\b(?:"
    + _SURFACE_ALT + r")\b|\s+(?:it|them)\b)"  # 'written on them'
    # paint and chalk go on a thing, whatever it is: 'a mock coffin with "RIP NHS" painted on the lid'
    r"|^(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:painted|spray-painted|scrawled|chalked|"
    r"stenciled|stencilled|emblazoned|embroidered)\s+(?:on|across|onto)\s+(?:the|a|an|its|his|her|their)\s+[a-z]"
    # '"Let Gaza live" was written in huge blue letters outside the library'
    r"|^(?:was|were|is|are)\s+(?:printed|written|painted|scrawled|chalked|stenciled|stencilled|spray-painted)\s+in\s+"
    r"(?:[\w-]+\s+){0,3}?(?:letters|capitals|chalk|paint|spray\s+paint|marker|ink)\b", re.I)


# '"there goes the neighborhood" written alongside a portrait': a bare participle of writing
# says where the words stand, not who wrote them (a document or a feed is a statement's place)
_WRITTEN_BESIDE_AFTER = re.compile(
    r"^(?:hand-?)?(?:written|painted|spray-painted|scrawled|printed|chalked|stenciled|stencilled|lettered|"
    r"inscribed|emblazoned|etched|carved|daubed)\s+(?:alongside|beside|next\s+to|beneath|underneath|under|below|"
    r"above|over|across|around|on|onto|upon|in\s+(?:[\w-]+\s+){0,3}?(?:letters|capitals|chalk|paint|marker|ink))\b"
    r"(?![^.!?\x00]*\b(?:statements?|letters?|posts?|e-?mails?|op-eds?|columns?|essays?|tweets?|blogs?|Facebook|"
    r"Twitter|Instagram|websites?|newsletters?|memos?|books?|reports?|articles?|social\s+media)\b)", re.I)
# '"Not off our coast" — that was the message on hundreds of stickers'
_MESSAGE_AFTER = re.compile(
    r"^(?:that|this|it)\s+(?:was|is)\s+(?:the\s+)?(?:message|slogan|words?|text)\b.{0,20}?\b(?:on|across)\b.{0,60}?"
    + _SIGN_NOUN_ALT, re.I)
# 'printed on masks — "Justice for George" on one, "Silence is violence" on another'
_ON_ONE_AFTER = re.compile(r"on\s+(?:one|another|others|some|many|most|the\s+(?:other|next|last)(?:\s+one)?)\b", re.I)
# '"Not my president" was everywhere, sometimes in glitter': words no one person says everywhere
_EVERYWHERE_AFTER = re.compile(r"(?:was|were|is|are|seemed|seems)\s+(?:\w+ly\s+)?(?:everywhere|ubiquitous)\b", re.I)
# How words were written, set off first: '"NO KINGS," in black capitals, was everywhere'
_MANNER_FIRST = re.compile(r"(?:in|with)\s+[^,.!?\x00]{1,40},\s*", re.I)
# '"Divest now" appeared on nearly every step': words that appear on a thing are written there
_APPEARED_ON_AFTER = re.compile(
    r"^(?:appeared|appears|showed\s+up|shows\s+up)\s+(?:\w+ly\s+)?(?:on|across|along|outside|in\s+front\s+of)\s+"
    r"(?![^.!?\x00]{0,40}\b(?:social\s+media|Twitter|X|Facebook|Instagram|TikTok|Telegram|website|web\s+page|page|"
    r"television|TV|screens?|apps?|feeds?|accounts?|channels?|blogs?|podcasts?|radio|air|list|ballot)\b)", re.I)
# 'The phrase "Here to stay" was everywhere — on signs, on buttons': the quotation is the subject
_ON_SIGNS_AFTER = re.compile(
    r"^(?:was|were|is|are|appeared|appears|showed\s+up|shows\s+up|could\s+be\s+(?:seen|read))\b[^.!?\x00]{0,40}?"
    r"\bon\s+(?:(?:the|a|an|its|their|many|dozens\s+of|hundreds\s+of|countless)\s+)?(?:[\w-]+\s+)?" + _SIGN_NOUN_ALT, re.I)
# '"We're here, we're queer" was the chant of the afternoon'
_CHANT_AFTER = re.compile(r"^(?:(?:was|is|were|became|remained|has\s+been|have\s+been|had\s+been)\s+"
                          r"(?:the|a|an|their|one)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                          r"(?:chant|chants|rallying\s+cry|battle\s+cry|refrain|call)\b"
                          # '"A" and "B" were among the shouts heard in the capital'
                          r"|(?:was|is|were|are)\s+(?:among|one\s+of)\s+the\s+(?:[\w'\u2019-]+\s+){0,2}?"
                          r"(?:chants|shouts|cries|slogans|refrains)\b"
                          # '"Free Palestine" echoed through the streets', '... were shouted again and again'
                          r"|(?:rang out|rings out|echoed|echoes|filled the air|went up|reverberated|"
                          # '"No kings! No kings!" rolled down the avenue'
                          r"rolled|rolls|rippled|ripples|thundered|boomed|swept|sweeps|erupted|erupts|broke\s+out)\b"
                          # (not '"This is your last chance," boomed a voice from the intercom': one speaker, inverted)
                          r"(?!\s+(?:a|an|one)\s)"
                          # ('"Free, free Palestine!" is called out': the present tense too)
                          r"|(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:shouted|chanted|sung|yelled|screamed|called\s+out)\b"
                          # '"No to Fono pay raise" was a statement called out and echoed by protestors'
                          r"|(?:was|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|phrase|message|line|call|cry|demand)s?"
                          r"\s+(?:shouted|chanted|sung|yelled|screamed|called\s+out)(?:\s+and\s+\w+)?\s+by\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+)?(?:protesters|protestors|demonstrators|marchers|crowds?|people|students|workers)\b)", re.I)
# "... on the back of a cereal box" anywhere after a writing verb
SURFACE_ON = re.compile(r"\b(?:on|across|onto)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:" + _SURFACE_ALT + r")\b", re.I)
# 'had painted "End fossil fuels" on a bedsheet': the verb before, the surface after
# (not "a white-painted "ghost bike"": an adjective, the thing it describes follows)
PAINTED_BEFORE = re.compile(r"(?<![\w-])(?:painted|spray-painted|scrawled|chalked|stenciled|stencilled|printed|"
                            r"written|wrote|lettered|hand-lettered|embroidered|projected|beamed|"
                            r"spelled\s+out|spelt\s+out)\s*$", re.I)
SURFACE_AFTER = re.compile(
    # 'had written "Justice for DeShawn" across the top in marker': where on it, then the medium
    r"^\s*(?:(?:across|along|at|on|over|under|below|above)\s+the\s+(?:top|bottom|front|back|side|edge|middle|corner)s?"
    r"(?:\s+of\s+(?:the|a|an|her|his|their|its)\s+[\w'\u2019-]+)?\s*,?\s*)?"
    r"(?:(?:on|across|onto)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:" + _SURFACE_ALT + r")"
    # 'Cruz had written "I clean 16 rooms a day" on hers': on her sign, just named
    r"|on\s+(?:hers|his|theirs|it|each|one)(?=\s*[.,;])"
    # 'spelled out "CEASEFIRE" in candles on the lawn', 'in chalk'
    r"|in\s+(?:[\w'\u2019-]+\s+){0,2}?(?:candles|tea\s*lights|lights|lanterns|flowers|petals|balloons|chalk|"
    r"spray\s+paint|paint|stones|rocks|bodies|letters|marker|markers|ink|sharpie|crayon|lipstick)"
    # 'had written "No more poo in the sea" in the sand', 'in the snow'
    r"|in\s+the\s+(?:wet\s+)?(?:sand|snow|dirt|dust|mud|frost|grime))\b", re.I)


_DOCUMENT_FROM = re.compile(
    r"(?i)(?:reads?|said|says)\s+(?:a|the|an)\s+(?:joint\s+|written\s+|brief\s+)?(?:statement|post|letter|message|"
    r"press\s+release|release|tweet|email|e-mail|notice)\s+(?:from|by|issued\s+by|posted\s+by|signed\s+by)\s+(.+)$")


_RELATIVE_IN = re.compile(r",\s*(?:which|who|whom|whose)\b")


# Nouns that "called" then names: "a group called Save Our City"
_NAMED_BY_CALLED = frozenset({"group", "groups", "organisation", "organization", "campaign", "coalition", "movement",
                              "network", "collective", "charity", "party", "page", "event", "initiative", "alliance"})
# A clause that runs to its own verb "is"/"was" where a speaker would stand
_CLAUSE_TO_ITS_COPULA = re.compile(r"\s(?:is|was|are|were)\s*$")
# A word after which a speech verb's form is a noun or an adjective: "killed by state troopers", "the state"
_NOT_BEFORE_A_VERB = frozenset({"by", "the", "a", "an", "of", "battle", "rallying", "war",  # "a battle cry"
                                # a possessive makes the word a noun: "a list of why their demands"
                                "their", "its", "his", "our", "my", "your"})


# Bare words for one more of the things just named: "a third", "the one next to it", "the other"
_ANOTHER_ONE = re.compile(r"(?:a\s+(?:second|third|fourth|fifth)|the\s+(?:next|other|last)(?:\s+one)?|the\s+one|one\s+more)"
                          r"(?:\s+(?:next\s+to|beside|behind|below|beneath|above|under|on|at|near|by)\s+"
                          r"(?:it|that|this|a|an|the|her|his|them)\b[^,]*)?", re.I)
# "one", or "one on a butcher's stall": one of the things just named, with where it hung
# (or "the one next to it": the one beside the last)
ONE_PLACED = re.compile(r"(?:the\s+(?:next\s+)?(?=one\b)|that\s+(?=one\b))?(one|another)"
                        r"(?:\s+(?:on|at|in|above|below|outside|near|by|beside|behind|beneath|under|next\s+to)\s+"
                        r"(?:a|an|the|one|another|it|that|this)\b[^,]*)?", re.I)
_CARRIED_BY_AFTER = re.compile(r"(?:carried|held(?:\s+up|\s+aloft)?|hoisted|waved|made|worn)\s+by\s+", re.I)


_BYLINE_HEAD = re.compile(r"(?:[A-Z][\w.'\u2019-]*|of|the|for|de|van|von|al|bin)(?:\s+(?:[A-Z][\w.'\u2019-]*|of|the|for|de|van|"
                          r"von|al|bin)){0,5}(?:\s+[a-z]+)?")  # "— Rosa Delgado paused, her voice catching —"


_CHANT_APPOSITION = re.compile(r"(?i)(?:the|their|its|our|a|an|two|both)\s+(?:[\w-]+\s+)?"
                               r"(?:rallying\s+cr(?:y|ies)|battle\s+cr(?:y|ies)|chants?|refrains?)\b")


# '"...," was how Maria Lopez put it.': her words
_HOW_X_PUT_IT = re.compile(r"(?:was|is|that['\u2019]s|that\s+is|that\s+was)\s+how\s+([^,;:\x00]{2,80}?)\s+"
                           r"(?:put\s+it|puts\s+it|summed\s+(?:it\s+)?up|sums\s+(?:it\s+)?up)\b", re.I)
_DASH_CLOSES = re.compile(r"\s*[\u2014\u2013]\s*|\s--?\s")
_HANDLE_AND_DATE = re.compile(r"\s*\(@\w{1,30}\)(?:\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?\s*$")


# '"...," Bernama quoted him as saying', '..., the agency cited the minister as saying'
_QUOTED_AS_SAYING = re.compile(r"\b(?:quoted|quotes|cited|cites)\s+([^,;:\x00]{2,60}?)\s+as\s+(?:saying|telling\b[^,;:\x00]*|writing)"
                               r"(?:\s+(?:on|in|at|last|this|earlier|late|early)\b[^,;:\x00]*|\s+[A-Z][a-z]+day)?\s*[.,]?$")
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}


# "were some of the things marchers said": who said the quotations listed before it
_THINGS_THEY_SAID = re.compile(r"(?:were|was)\s+(?:just\s+|only\s+)?(?:some|a\s+few|among|one)\s+(?:of\s+)?(?:the\s+)?"
                               r"(?:things|words|messages|phrases|lines)\s+(?:that\s+)?([^,;:.!?\x00]{1,60}?)\s+"
                               r"(?:said|chanted|shouted|yelled|sang|repeated|cried)\b", re.I)
# A reporting verb glued to the capital of the next word: "toldThe Tribune"
_LOWER_THEN_CAPITAL = re.compile(r"[a-z][A-Z]")
_GLUED_VERB = re.compile(r"\b(said|says|told|tells|added|adds|wrote|writes)(?=[A-Z][a-z])")


def _unglued(fragment: str) -> str:
    """`fragment` with a space after a reporting verb glued to the next word's capital
    (a lower-case letter right before a capital is rare, so looked for first)."""
    return _GLUED_VERB.sub(r"\1 ", fragment) if _LOWER_THEN_CAPITAL.search(fragment) else fragment


# A written document after "read": "read the statement", "read part of their letter"
_PART_OF_A_DOCUMENT = re.compile(r"(?:(?:part|parts|an\s+excerpt|a\s+passage|an\s+extract)\s+(?:of|from)\s+)?"
                                 r"((?:the|a|an|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:"
                                 + "|".join(sorted(DOCUMENT_NOUNS - {"video", "livestream", "account"})) + r"))", re.I)
# A clause that the quotation's sentence runs on into, then ", she" before the verb
_CLAUSE_THEN_PRONOUN = re.compile(r"^\s*(?:when|as|after|before|while|because|since|until|where)\b[^\x00]*,\s*(he|she|they)\s+$",
                                  re.I)
# The end of the quoted sentence left outside the marks, then the verb: '," in Washington said Colla'
_PLACE_THEN_SAID = re.compile(r"\s*(?:in|on|at)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s+"
                              r"(?=(?:said|says|added|adds|told|tells)\s+[A-Z])")
# A translation in brackets right after a quotation: "‘barra’ (out)"
_LEADING_GLOSS = re.compile(r"\s*\([^()\x00]{0,60}\)")


# "is how", "was what" before who said it: '"...," is how Roe described the day'
_IS_HOW_FIRST = re.compile(r"(?:is|was)\s+(?:how|what)\s+(?=[A-Z])")


# The openings of parse_after's fragment that it reads before anything else
_ACCORDING_FIRST = re.compile(r"(?i)(?:according\s+to|per)\s+(.+)$")
# Who only saw or received a document, right before their name: "A WhatsApp message seen by the JC"
_SEEN_BY_BEFORE = re.compile(r"\b(?:seen|obtained|reviewed|viewed|read|received|intercepted|leaked\s+to|shown\s+to|"
                             r"shared\s+with|sent\s+to)\s+(?:by\s+)?(?:the\s+)?$")
# Participles that go on with the sentence's subject after a quotation: '"..." arguing the cause was'
_ARGUING_PARTICIPLES = frozenset({"arguing", "adding", "noting", "insisting", "explaining", "claiming", "stressing",
                                  "suggesting", "contending", "maintaining", "pointing", "emphasising", "emphasizing"})
_CLAUSE_OPENS = re.compile(r"(?i)(?:and|but|or|while|before|after|then|as|so|in|on|at|to|during|with|from|for|over|(?-i:via)|"
                           r"against|into|onto|toward|towards|across|through|throughout|under|among|amid|about|of|"
                           r"without|within|inside|outside|near|around|behind|beyond|along|despite|until|since|because|"
                           r"unless|than|like|"
                           r"(?:that|which)\s+(?!(?:was|is|were|are|had|has)\b))\b")
_ANSWERED_BY_FIRST = re.compile(r"(?i)(?:answered|met|greeted|followed|drowned\s+out|countered|interrupted)\s+(?:by|with)\b")


def parse_after(text: str, vocabulary: frozenset[str] = frozenset()) -> Cue | None:
    """An attribution right after a quotation: ', said Jane Roe.', ' one sign read'."""
    fragment = _unglued(first_sentence(text))  # ("a senior citizen, toldThe Tribune": a copying slip)
    if fragment[:3].lstrip().startswith("("):
        fragment = _LEADING_GLOSS.sub("", fragment, count=1)  # "'barra' (out) in a protest ...": past the gloss
    elif fragment[:4].lstrip()[:3] in ("in ", "on ", "at ") and (place := _PLACE_THEN_SAID.match(fragment)):
        fragment = fragment[place.end():]  # '"We are disturbed by what is going on," in Washington said Colla'
    set_off = fragment.lstrip(" \u00a0").startswith(("\u2014", "\u2013", "--"))
    fragment = fragment.strip(" ,\u2014\u2013-\u00a0")
    if fragment[:2] in ("is", "wa") and (how := _IS_HOW_FIRST.match(fragment)) and not _HOW_X_PUT_IT.match(fragment):
        # '"A carnival of resistance," is how Dette McLoughlin described it' (not '... was how Roe
        # put it', read below)
        fragment = fragment[how.end():]
    if set_off and "(@" in fragment:
        fragment = _HANDLE_AND_DATE.sub("", fragment)  # an embedded post's credit: "— Jane Roe (@janeroe) May 1, 2026"
    if not fragment:
        return None
    if set_off and (aside := _DASH_CLOSES.split(fragment, 1))[1:] and SPEECH_VERBS.isdisjoint(aside[0].lower().split()):
        # '"Patria y Vida" — Homeland and Life — which has become a battle cry': an aside
        # between dashes (a gloss, a description), no one credited
        return None
    if "\u2014" in fragment or "\u2013" in fragment:
        # '"...," former President Manuel Zelaya—who was ousted ... coordinator—reportedly
        # declared.': an aside between dashes, whose length would hide the verb after it
        fragment = _DASH_ASIDE_INSIDE.sub(
            lambda m: m.group() if not SPEECH_VERBS.isdisjoint(m.group(1).lower().split()) else " ", fragment)
    if set_off and _CHANT_APPOSITION.match(fragment):
        # '"A" and "B" — the rallying cries of the movement —': what they are, not who cries them
        return Cue(SpeakerPhrase("the crowd", generic=True, crowd=True), None, slogan="chant")
    m = _ACCORDING_FIRST.match(fragment) or _HOW_X_PUT_IT.match(fragment)
    if m:
        phrase = parse_speaker_phrase(_cut_clause(m.group(1)), vocabulary)
        return Cue(phrase, "according", position="according") if phrase else None
    if ("as" in fragment and (quoted := _QUOTED_AS_SAYING.search(fragment))
            and (phrase := parse_speaker_phrase(_OBJECT_PRONOUN.get(quoted.group(1).lower(), quoted.group(1)), vocabulary))):
        return Cue(phrase, "said")  # the one quoted, not the outlet that quoted them
    if _AS_THEY_CHANT.match(fragment):
        # '— "now!" as they keep chanting': the crowd's words, named after them
        return Cue(SpeakerPhrase("the crowd", generic=True, crowd=True), None, slogan="chant")
    if (things := _THINGS_THEY_SAID.match(fragment)) and (phrase := parse_speaker_phrase(things.group(1), vocabulary)):
        # '"New elections," "Know your rights," and "Democracy Democracy," were some of the things
        # marchers said': the list's speakers, named after it (a crowd's words are its chants)
        return (Cue(phrase, None, slogan="chant", position="after") if phrase.crowd
                else Cue(phrase, "said", position="after"))
    if _ON_ONE_AFTER.match(fragment):
        # '"Justice for George" on one, "Silence is violence" on another': one of the things named
        return Cue(SpeakerPhrase(fragment, generic=True, sign=True), None, slogan="sign")
    manner = _MANNER_FIRST.match(fragment)
    if manner and (_EVERYWHERE_AFTER.match(fragment, manner.end()) or _ON_SIGNS_AFTER.search(fragment[manner.end():])):
        # '"NO KINGS," in black capitals, was everywhere — on signs, on T-shirts': how it was written, then where
        return Cue(SpeakerPhrase(fragment, generic=True, sign=True), None, slogan="sign")
    if fragment[:1].islower() and (late := _reporting_clause_last(fragment, vocabulary)):
        return late  # 'It was "total chaos" in the city, said the chairman ..., Evarest Kayongo.'
    if _CLAUSE_OPENS.match(fragment):
        # A new clause ("... and waved signs"), a phrase ("... in a statement
        # and said", "... against peaceful protesters and called") or a
        # relative clause with the quote as its object ('"Whose
        # democracy?" that the crowd answered with'): the subject stands before
        return None
    document = _DOCUMENT_FROM.match(fragment)
    if document:
        # '"...," reads a statement from Never Again Action.'
        phrase = parse_speaker_phrase(_cut_clause(document.group(1)), vocabulary)
        return Cue(phrase, "read", position="after") if phrase is not None else None
    carried = _CARRIED_BY_AFTER.match(fragment)
    if carried:
        # '"I read yours." — carried by Denise Okafor, a teacher': the sign's, and hers
        phrase = parse_speaker_phrase(_cut_clause(fragment[carried.end() :]), vocabulary)
        return Cue(phrase, None, slogan="sign") if phrase is not None else None
    if _CHANT_AFTER.search(fragment):
        return Cue(SpeakerPhrase("the crowd", generic=True, crowd=True), None, slogan="chant")
    if _ANSWERED_BY_FIRST.match(fragment):
        return None  # '"My body, my choice!" — answered by men in the crowd with': they answered it
    if (_PRINTED_AFTER.search(fragment) or _MESSAGE_AFTER.search(fragment) or _ON_SIGNS_AFTER.search(fragment)
            or _EVERYWHERE_AFTER.match(fragment) or _APPEARED_ON_AFTER.match(fragment)
            or _WRITTEN_BESIDE_AFTER.match(fragment)):
        # '"Counselors Not Cops," was printed on hundreds of T-shirts'
        return Cue(SpeakerPhrase(fragment, generic=True, sign=True), None, slogan="sign")
    tokens = list(_WORD.finditer(fragment))
    if not tokens:
        return None
    if _COPULA_FIRST.match(fragment):
        # '"A" and "B" — are the same ones that Shafik suggested were ...': the quotations are
        # the subject of a predicate; whoever speaks later in it speaks other words
        return None
    # "said Jane Roe, an organizer ..." : verb first
    first = tokens[0].group(0).lower()
    if first in _ARGUING_PARTICIPLES:
        # 'Mr Ali said that "..." arguing the Black Lives Matter cause was not saying ...': the
        # sentence's subject goes on; no name after the participle is who spoke
        return None
    if first in ("read", "reads"):
        # '"Enough is enough," read one homemade sign': "read" first only for a sign
        phrase = parse_speaker_phrase(_cut_clause(fragment[tokens[0].end():]), vocabulary)
        if phrase is None:
            # '"A, B, C," read graffiti on a city billboard setting Gaddafi's name alongside ...':
            # the sign, before the participle that says what it does
            phrase = parse_speaker_phrase(_PARTICIPLE_CLAUSE.split(fragment[tokens[0].end():], 1)[0], vocabulary)
        if phrase is not None and (phrase.sign or _ONE_OF_THE_BOARDS.match(phrase.words)):
            # ('"...," read one of the boards at the protest': a board that reads is a sign)
            return Cue(replace(phrase, sign=True, generic=True), first, slogan="sign")
        if phrase is not None and ONE_PLACED.fullmatch(phrase.words):
            # '"Closed for one hour," read one on a butcher's stall': one of the notices just named
            return Cue(SpeakerPhrase(phrase.words, generic=True, sign=True), first, slogan="sign")
        if (document := _PART_OF_A_DOCUMENT.fullmatch(_cut_clause(fragment[tokens[0].end():]).strip())) is not None:
            # '"...," read part of the statement': the statement's words, as "said the statement"
            phrase = parse_speaker_phrase(document.group(1), vocabulary)
            if phrase is not None and not phrase.sign:
                return Cue(phrase, "said")
    if first in SPEECH_VERBS and first not in _WEAK_VERB_FIRST and not first.endswith("ing") and first not in _BEFORE_ONLY_VERBS:
        # (not '"...," saying the reforms needed time': a participle of the sentence's own verb,
        # whose subject came before the quotation; "said Jane Roe" and "says one sign" invert)
        rest = fragment[tokens[0].end():]
        rest = re.sub(r"^\s+(?:by\s+)?", "", rest)
        if _CLAUSE_TO_ITS_COPULA.search(_cut_clause(rest)):
            # ('"men in suits," said the reason they chose to march in suits is "...": what was
            # said is a clause whose subject runs to its verb, no speaker)
            return None
        phrase = parse_speaker_phrase(_cut_clause(rest), vocabulary)
        if phrase is None and first in CHANT_VERBS:
            # '"Stop cop city," chanted 64 protesters in reference to the name ...': a chant, whoever
            # the long phrase after the verb turns out to be
            return Cue(SpeakerPhrase("the crowd", generic=True, crowd=True), first, slogan="chant")
        if phrase is None:
            return None
        return Cue(phrase, first, slogan=_slogan_kind(first, phrase))
    # "Jane Roe said", "one sign shared on social media read", "another warned"
    # (a relative clause may lengthen the phrase: "a 26-year-old student from Kamayut Township
    # who did not want to be identified by name told Coconuts")
    # (or a body's: "Oleksandra Matviichuk, head of the Centre for Civil Liberties, which was awarded
    # the Nobel Peace Prize, said")
    reach = 22 if any(t.group(0).lower() in ("who", "whose", "which") for t in tokens[:12]) else 16
    for idx, tok in enumerate(tokens[:reach]):
        word = tok.group(0).lower()
        if word in ("asked", "asks", "requested") and _ASKED_TO.match(fragment, tok.end()):
            continue  # 'another resident, who asked to use her first name, Cathy, said': no cue yet
        if (word == "called" and 0 < idx < len(tokens) - 1 and tokens[idx + 1].group(0)[:1].isupper()
                and tokens[idx - 1].group(0).lower() in _NAMED_BY_CALLED):
            continue  # '"...rally" organised by a group called Save Our City': a name, no speech
        if (word in SPEECH_VERBS and idx > 0 and tokens[idx - 1].group(0).lower() not in _NOT_BEFORE_A_VERB
                and word not in _BEFORE_ONLY_VERBS
                # (not "Kentucky State Rep. Charles Booker": a capital after a capital is a name's)
                and not (tok.group(0)[:1].isupper() and tokens[idx - 1].group(0)[:1].isupper())):
            np = fragment[: tok.start()]
            relative = _RELATIVE_IN.search(np)
            if relative and "," not in np[relative.end() :]:
                # '"shut down" the factory, which it said produced': the verb is the
                # relative clause's (not 'Roe, who has lived here for 30 years, said')
                return None
            if (clause_pronoun := _CLAUSE_THEN_PRONOUN.search(np)) is not None:
                # '"...," when a mob of Trump supporters attacked the U.S. Capitol, she said': the
                # pronoun after the clause is who said it
                return Cue(parse_speaker_phrase(clause_pronoun.group(1).lower(), vocabulary), word)
            np_words = np.split()
            # (and a conjunction: '"I Am Michael Brown" hoodie, who identified himself as D. White, and said')
            while np_words and (np_words[-1].lower().strip(",") in _AUX or np_words[-1].lower() in ("and", "but")):
                if np_words[-1] in ("Will", "May"):
                    break  # '"...," Will said.': a first name, not the modal (no "will said")
                np_words.pop()
            phrase = parse_speaker_phrase(" ".join(np_words), vocabulary)
            if phrase is None and word in _SAID_WORDS and (late := _reporting_clause_last(fragment, vocabulary)):
                return late
            if phrase is None:
                return None
            if word in _EXHORTING and _A_CROWD_TO_SHOUT.match(fragment, tok.end()):
                # '"Black lives matter!" the mayor urged the crowd to shout': the crowd's chant,
                # led by who urged it (as 'Roe led the crowd in a chant:')
                return Cue(phrase, None, slogan="chant")
            return Cue(phrase, word, slogan=_slogan_kind(word, phrase))
    if len(tokens) > reach and (long_aside := _NAME_LONG_APPOSITION_VERB.match(fragment)):
        # '"...," Najib Ghanem, a lawmaker from the Islamist Al-Islah party that is part of the
        # Common Forum alliance of opposition parties, told the sea of protesters.': the name, a
        # long description between commas, then the verb
        phrase = parse_speaker_phrase(long_aside.group(1), vocabulary)
        if phrase is not None and phrase.name:
            return Cue(phrase, long_aside.group(2).lower())
    final_word = tokens[-1]
    if (len(tokens) > 16 and fragment[:1].isupper() and not fragment[final_word.end():].strip(" .")
            and (final_word.group(0).lower() in SPEECH_VERBS or final_word.group(0).lower() in ("shared", "shares"))):
        # '"...," Kamelia Hoter Ishay, the grandmother of Gali Tarshansky, who was kidnapped, and
        # ..., both residents of Kibbutz Be'eri, shared.': the name, a long description, the verb last
        phrase = parse_speaker_phrase(fragment[: final_word.start()], vocabulary)
        if phrase is not None and phrase.name:
            return Cue(phrase, final_word.group(0).lower())
    opened = (_OPENED_A_SPEECH.search(fragment) or _BEGAN_ALONE.search(fragment)) if fragment[:1].isalpha() else None
    if opened and (phrase := parse_speaker_phrase(_cut_clause(fragment[: opened.start()]), vocabulary)) is not None \
            and not phrase.sign and not phrase.crowd:
        # '"Good evening, brothers and sisters," a television anchor began his broadcast': the
        # words that opened (or closed) someone's speech are theirs
        return Cue(phrase, "said")
    acted = _NAME_THEN_PAST.match(fragment)
    if acted and not looks_like_org(acted.group(1)) and (
            phrase := parse_speaker_phrase(acted.group(1), vocabulary)) is not None and phrase.name == acted.group(1):
        # '"Welcome to the revolution," Cameron Kasky kicked off the speeches': a person named
        # right after the words, then what they did with them
        return Cue(phrase, "said")
    if (re.match(r"\s*[\u2014\u2013]|\s+--?\s", text) and len(tokens) <= 10
            and not re.search(r"[\u2014\u2013\x00]|\s--?\s", fragment)):  # not a gloss: '"A" — Hebrew for x — and "B"'
        # '"We will not stop." — Jane Roe, organizer': a byline-style credit
        # ('"..." – The Guardian (UK)': the edition in brackets is no part of the name)
        fragment = _EDITION_LAST.sub("", fragment)
        phrase = parse_speaker_phrase(fragment, vocabulary)
        # a name first, then at most a description after a comma; not a gloss that opens
        # with a capital ("— Forty years here and they want to kick me out")
        if (phrase is not None and phrase.name and _BYLINE_HEAD.fullmatch(fragment.partition(",")[0].strip())
                and fragment.strip(" .").upper() not in _WIRE_SERVICES):
            # (not '"... during a march." — Sapa': a news agency's sign-off, who filed the story)
            return Cue(phrase, "\u2014")
    return None


# A paper's edition after its name in a credit: "The Guardian (UK)"
_EDITION_LAST = re.compile(r"\s*\([A-Z]{2,3}\)\s*\.?\s*$")

# News agencies whose name alone signs off a story: "— Sapa", "— Reuters"
_WIRE_SERVICES = frozenset({"SAPA", "AP", "AFP", "REUTERS", "ANA", "AAP", "CP", "UPI", "DPA", "EFE", "PTI", "IANS",
                            "XINHUA", "KYODO", "YONHAP", "BERNAMA", "TASS", "ANSA", "NAN", "KNA", "APA", "CNA",
                            "GNA", "PA", "BLOOMBERG", "ASSOCIATED PRESS", "AGENCE FRANCE-PRESSE", "PRESS ASSOCIATION"})


# A comma that is no thousands separator ("At least 2,000 Muslims For Justice, ...")
NUMBER_SAFE_COMMA = re.compile(r",(?!\d{3}\b)")
_ABOUT = r"(?i:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to)\s+)?"
_A_NUMBER_OF = re.compile(_ABOUT + r"\d{1,3}(?:,\d{3})+\s+(?=[A-Z])|" + _ABOUT + r"\d{2,3}\s+(?=[A-Z][a-z]+s\b)")
# (not a union's local or a broadcaster: "Local 100", "Channel 4")
_NUMBERED_ITEM = re.compile(r"(?:[Tt]he\s+)?(?!(?:Local|Channel|Radio|Studio)\b)[A-Z][a-z]+\s+\d{1,3}[A-Za-z]?")
_AS_THEY_CHANT = re.compile(r"(?i)as\s+(?:they|the\s+(?:crowds?|protesters|demonstrators|marchers))\s+"
                            r"(?:(?:keep|kept|keeps|continue|continued|began|begin)\s+(?:to\s+)?)?"
                            r"(?:chant|chanting|chanted|shout|shouting|shouted|sing|singing|sang)\b[^,;]{0,30}$")
_ONE_OF_THE_BOARDS = re.compile(r"(?i)(?:one|another|some|many)\s+(?:of\s+the\s+)?(?:[a-z-]+\s+)?boards?\b")
_COPULA_FIRST = re.compile(r"(?i)(?:is|are|was|were)\s+(?!what\b|how\b|who\b)")
_ASKED_TO = re.compile(r"\s+(?:not\s+)?to\s+(?:use|give|be|go|remain|withhold|keep|speak)\b|\s+that\s+(?:her|his|their)\b")
_SAID_WORDS = frozenset({"said", "says", "told", "added"})
_EXHORTING = frozenset({"urged", "urges", "told", "tells", "asked", "asks", "exhorted", "exhorts", "encouraged",
                        "encourages", "invited", "invites", "called"})
_A_CROWD_TO_SHOUT = re.compile(r"\s+(?:on\s+)?(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:"
                               + "|".join(sorted(CROWD_WORDS)) + r"|audience|everyone)\s+to\s+"
                               r"(?:yell|shout|chant|sing|repeat|scream|cry|join\s+in)\b", re.I)
# A few words of the sentence, a comma, then who said it: ' in the city, Kayongo said' (group 1)
# or ' in the city, said the chairman, Evarest Kayongo' (group 2)
# (nothing after the verb but when or where: not ' hat, Gary Lindquist said the protesters were')
_REPORTING_CLAUSE_LAST = re.compile(r"\s*(?:(?!(?:said|says|told|added|quoting)\b)[\w'\u2019-]+\s+){0,5}"
                                    r"(?!(?:said|says|told|added)\b)[\w'\u2019-]+,\s+"
                                    r"(?:((?:[\w'\u2019.-]+\s+){0,3}?[\w'\u2019.-]+)\s+(?:said|says|told|added)"
                                    # ("said into a megaphone in front of the courthouse": how, where)
                                    r"(?:\s+(?:on|in|at|to|into|from|outside|late|early|this|last)\s+[^,]{1,60})?"
                                    r"|(?:said|says|told|added)\s+(.+))$")
# 'using "firearms, stones, and sharp objects," wounding four members of the security forces and
# a staff member of the prosecutor's office, the state security service said in a statement.':
# a participle clause of any length, then the reporting clause that ends the sentence
_PARTICIPLE_THEN_REPORTING = re.compile(
    r"\s*[a-z]{3,}ing\b[^.!?;:\x00]{0,200}?,\s+((?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
    r"|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:said|says|added|reported)"
    r"(?:\s+(?:on|in|at|to|late|early|this|last)\s+[^,]{1,30})?\s*$")


def _reporting_clause_last(fragment: str, vocabulary: frozenset[str]) -> Cue | None:
    """'... "total chaos" in the city, said the chairman ..., Evarest Kayongo': a few words of
    the sentence, a comma, then a reporting clause that ends it, naming who said the words."""
    tail = _REPORTING_CLAUSE_LAST.match(fragment)
    if tail is None:
        participle = _PARTICIPLE_THEN_REPORTING.match(fragment)
        phrase = parse_speaker_phrase(participle.group(1), vocabulary) if participle else None
        if phrase is None or phrase.crowd or phrase.sign or not (
                phrase.name or phrase.definite or phrase.words.lower().startswith("the ")):
            return None
        return Cue(phrase, "said")
    phrase = parse_speaker_phrase(_cut_clause(tail.group(2) or tail.group(1)), vocabulary)
    if phrase is None or not (phrase.name or phrase.definite or phrase.pronoun):
        return None
    return Cue(phrase, "said")


# A speaker, then "began his broadcast", "opened her speech", "closed the sermon" (no speech verb)
_OPENED_A_SPEECH = re.compile(r"\s+(?:began|begins|opened|opens|started|starts|ended|ends|closed|closes|concluded|"
                              r"concludes|kicked\s+off|wrapped\s+up)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?"
                              r"(?:broadcast|speech|address|remarks|sermon|show|talk|statement|interview|briefing|"
                              r"press\s+conference|homily|lecture|programme|program|bulletin|rally)\b")
# ... or "began" alone, ending its clause: '"Violence like this has no place," she began again.'
_BEGAN_ALONE = re.compile(r"\s+(?:began|begins|started|starts)(?:\s+(?:again|anew|slowly|softly|quietly))?\s*(?:[,.;:]|$)")
_PARTICIPLE_CLAUSE = re.compile(r"\s+(?=[a-z]{3,}ing\b)")
_NAME_LONG_APPOSITION_VERB = re.compile(
    # (an age may come first: "Julio Núñez García, 28, a Farmington resident and the primary speaker ...";
    # a home town before the comma: "Adam Lansky of Little Rock, a music producer and one of ...")
    r"((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+(?:\s+of\s+(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019-]+)?,\s+"
    # (or a bare role, and a second description after it: "Fernando Garcia, executive director of
    # the Border Network for Human Rights, one of the El Paso rally organizers, told")
    r"(?:\d{1,3},\s+)?(?:a|an|the|[a-z][\w-]*)\s[^,;:\x00]{1,200}(?:,\s+(?:a|an|the|one)\s[^,;:\x00]{1,120})?),\s+(?:\w+ly\s+)?"
    r"(said|says|told|added|explained|declared|insisted|warned|noted|stated)\b")
_DASH_ASIDE_INSIDE = re.compile(r"(?<=\w)\s*[\u2014\u2013]\s*([^\u2014\u2013]{1,200}?)\s*[\u2014\u2013]\s*(?=\w)")
# ("16-yr-old Jamie Harrington belted out": an age before the name)
_NAME_THEN_PAST = re.compile(r"(?:\d{1,3}-(?:year|yr)s?-old\s+)?"
                             r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})\s+(?:\w+ly\s+)?[a-z]{2,}ed\b")
_CLAUSE_START = re.compile(r",\s*(?:who|which|adding|noting|saying|as|while|when|before|after|because|"
                           # "said one woman, addressing the white Australians in the crowd": what she did
                           r"addressing|speaking|standing|pointing|gesturing|looking|referring|turning|walking|"
                           r"and\s+(?:added|said|noted)|but)\b"
                           # "said public servant Davy Chretien as he marched in Marseille": what he was doing
                           # ("said demonstrator Cyrille Medagbe as some protesters set light to barricades")
                           r"|\s+(?:as|while|when|after|before)\s+(?:he|she|they|we|some|many|other|several|police|the|a|an)\s"
                           # "said Lars Thorsen before the Storting": where he stood
                           r"|\s+(?:before|in\s+front\s+of)\s+the\s+(?=[A-Z])"
                           # "said Theresa Davies with a group from the King's Church in Portsmouth": whom she came with
                           r"|\s+with\s+(?:a|an|her|his|their)\s+(?:[a-z]+\s+)?(?:group|delegation|contingent|party|"
                           r"busload|coachload|friends?|family|colleagues|classmates)\b"
                           # ("said Sam Mokhele in his letter to the police minister")
                           r"|\s+(?:to|in|at|during)\s+(?:a|an|the|his|her|their|its)\s+"
                           r"(?:(?:regular|daily|weekly|brief|short|later|separate|joint|televised|emailed|e-mailed|"
                           r"written|prepared|recorded|video|online|radio|phone|telephone)\s+)?"
                           r"(?:crowd|reporters|statement|interview|rally|press|news|briefing|conference|meeting|hearing|"
                           r"post|email|e-mail|letter|speech|video|message|tweet|call)\b|\s+(?:on|in)\s+"
                           r"(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b"
                           # "said Xiuhtezcatl Martinez in front of the US Supreme Court": where, not who
                           r"|\s+(?:in\s+front\s+of|outside(?:\s+of)?|inside|beside|behind|across\s+from|"
                           r"on\s+the\s+steps\s+of)\s"
                           # "declared UAW President Shawn Fain to striking auto workers": whom he told
                           # (not "Israel's ambassador to the UN, Gilad Erdan")
                           r"|(?<=[a-z])\s+to\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:reporters|supporters|workers|members|"
                           r"students|protesters|demonstrators|marchers|strikers|crowds?|drivers|teachers|nurses|"
                           r"audience|picketers)\b")
# "one of them, who would give only his first name, Rick": the clause names the speaker
_WHO_GAVE_A_NAME = re.compile(r",\s*who\b[^,.;:\x00]{0,60}\b(?:name|named|called|identified|introduced)\b"
                              r"[^.;:\x00]{0,20}?\b[A-Z](?:\.\s*[A-Z])?[\w'\u2019-]*[^.;:\x00]{0,40}$")  # not "who asked not to be named"


def _cut_clause(text: str) -> str:
    """A speaker phrase ends where a new clause starts, unless that clause gives its name."""
    for m in _CLAUSE_START.finditer(text):
        if m.group().lstrip(", ").startswith("who") and _WHO_GAVE_A_NAME.match(text, m.start()):
            continue
        return _ON_A_PLATFORM.sub("", text[: m.start()])
    return _ON_A_PLATFORM.sub("", text)


# "said the force on X": where it said it, not part of who
_ON_A_PLATFORM = re.compile(r"\s+on\s+(?:X|Twitter|Facebook|Instagram|TikTok|Telegram|Bluesky|Threads|social\s+media)\s*$")


def _slogan_kind(verb: str, phrase: SpeakerPhrase) -> str | None:
    if phrase.sign:
        return "sign"
    if verb in CHANT_VERBS:
        return "chant"
    if verb in SHOUT_VERBS and (phrase.crowd or (phrase.generic and not phrase.name and not _ONE_VOICE.match(phrase.words))
                                or phrase.pronoun == "they"):
        return "shout"  # '"Si se puede!" they shouted': a crowd
    if verb in _ANSWER_VERBS and phrase.crowd:
        return "chant"  # '"Rent freeze!" the crowd answered': a call-and-response
    if verb in ("called", "calls") and phrase.crowd and not phrase.name:
        return "shout"  # '"Jayland Walker," marchers called out': a crowd's cry
    return None


# '"This is your last chance," boomed a voice from the intercom': one voice speaks, no crowd
_ONE_VOICE = re.compile(r"(?i)(?:a|one|the|single)\s+(?:[a-z-]+\s+)?voice\b")
_ANSWER_VERBS = frozenset({"answered", "answers", "responded", "responds", "replied", "replies", "echoed", "echoes"})
