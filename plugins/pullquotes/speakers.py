"""Resolve speaker phrases to the fullest name the article uses.

One `SpeakerBook` per article remembers the names met so far, the aliases the
article defines ("Jews for Racial & Economic Justice (JFREJ)"), who was
quoted, and each person's stated affiliation. It turns "Roe", "she", "it" or
"the group" into the name they refer to. Pure: no Pelican, no HTML.
"""

from __future__ import annotations

import re
from itertools import takewhile
from dataclasses import dataclass, field

from .first_names import first_name_gender
from .attribution import (
    _ACRONYM,
    _RANK_WORDS,
    ROLES,
    PLACES,
    PLATFORMS,
    title_prefix,
    FIRST_NAMES,
    THE_PARTY_MEMBER,
    ORG_KEYWORDS,
    TITLES,
    CONNECTORS,
    PERSON_PRONOUNS,
    SINGULAR_PERSON_NOUNS,
    INVERTED_OPENING,
    DOCUMENT_NOUNS,
    RELATION_NOUNS,
    SPEECH_VERBS,
    SpeakerPhrase,
    Mention,
    drop_titles,
    is_office,
    looks_like_org,
)

# Every singular person's noun, longest first, as one alternation for the patterns below
_PERSON_NOUN_ALT = "|".join(sorted(SINGULAR_PERSON_NOUNS, key=len, reverse=True))
_DESCRIBED_AS = re.compile(
    # (not a time: "Kevin O'Brien, a week after the board voted")
    r",\s+(?:the|a|an)\s+(?!(?:day|week|month|year|fortnight|decade|few|couple|moment|minute|hour)s?\b)"
    r"(?:(?!(?:of|with|for|at|in|from|to|by|on|who|which|that|after|before|since|when)\b)[\w'\u2019-]+\s+){0,5}?(group|union|company|coalition|organi[sz]ation|nonprofit|"
    r"network|alliance|movement|firm|chain|agency|campaign|collective|association|federation|charity|"
    r"hospital|district|university|college|church|synagogue|congregation|party|council|committee|"
    r"newspaper|paper|magazine|outlet|station|publication|board|system|school|museum|gallery|ministry|department|"
    r"bank|retailer|airline|landlord|developer|operator|employer|insurer|manufacturer|automaker|carmaker|platform)\b"
    # not "the hospital's officer", "the union organizer", "a middle school science teacher",
    # "a retired airline pilot"
    r"(?!['\u2019]s|\s+(?:(?!(?:of|for|in|at|with|and|that|which|who)\b)[a-z]+\s+){0,2}(?:[a-z]+(?:er|or|ist|ian|ent)|"
    + _PERSON_NOUN_ALT + r")\b)",
    re.I)
# Nouns that name a body ("Go North West, the operator") or a person's trade ("a crane operator")
_TRADE_OR_BODY = frozenset({"operator", "developer", "landlord", "employer"})
# An age or a trade makes the apposition a person's: "a 23-year-old software developer"
_PERSON_DESCRIBED = re.compile(r"\b\d{1,3}-year-old\b|\b(?:software|web|app|game)\s+developer\b", re.I)
# "In a statement to Newsweek, the group said": a verb right after the noun
# makes it a new clause's subject, not an apposition of the name before.
_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    + r"|has|had|have|is|was|were|are|will|would|could|did|does)\b", re.I)
# The words a body's name may use for what "the <noun>" calls it.
_NOUN_HEADS = {
    "district": {"district", "schools"},
    "force": {"police", "constabulary", "force"},  # "the force" after "the Metropolitan Police"
    "hospital": {"hospital", "medical", "health", "healthcare"},
    "museum": {"museum", "gallery"},
    "gallery": {"gallery", "museum"},
    "university": {"university", "college"},
    "college": {"college", "university"},
    "school": {"school", "academy"},
    # "Unite Here Local 11 said ... the union said"
    "union": {"union", "local", "guild", "federation", "brotherhood", "teamsters"},
}
_GENERATION = {"Jr", "Sr", "II", "III", "IV"}  # "Marcus Hill Jr." is still "Hill"
_NOT_ROLE_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "rev", "reverend", "father", "sister", "brother"}
_TITLE_SPELLED_OUT = {"gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant",
                      "gen": "general", "capt": "captain", "sgt": "sergeant", "det": "detective",
                      "supt": "superintendent", "prof": "professor", "insp": "inspector", "cmdr": "commander",
                      "cllr": "councillor"}
# Other words for a legislator's office: "Rep. Lloyd Smucker" is later "the congressman", "the lawmaker"
_LEGISLATOR = ("lawmaker", "legislator")
_SAME_OFFICE = {**dict.fromkeys(("rep", "representative", "congressman", "congresswoman", "congressmember"),
                                ("congressman", "congresswoman", "congressmember") + _LEGISLATOR),
                **dict.fromkeys(("sen", "senator", "assemblymember", "assemblyman", "assemblywoman", "mp", "msp", "mla",
                                 "mep"), _LEGISLATOR)}
# Holders whose "office" is their staff speaking for them ("the mayor's office said"); a
# sheriff's or a district attorney's office is an agency of its own
_OFFICE_SPEAKS_FOR = frozenset({"mayor", "governor", "senator", "representative", "congressman", "congresswoman",
                                "president", "premier", "councilmember", "councilman", "councilwoman", "alderman"})
# Elected offices: "the Republican said" is the one of these the article last named
_ELECTED = frozenset(("rep", "representative", "sen", "senator", "gov", "governor", "mayor", "president", "premier",
                      "mp", "msp", "mla", "mep", "councilmember", "councilman", "councilwoman", "councillor", "councilor",
                      "alderman", "alderwoman", "assemblymember", "assemblyman", "assemblywoman") + _LEGISLATOR
                     + _SAME_OFFICE["rep"])
# "the mayor", "the city's police chief"; "the governor, a Republican,": an apposition after it describes the same one
# ("the prime minister", "the home secretary": the title; not "the deputy mayor")
_THE_TITLE = re.compile(r"^the\s+(?:[\w-]+'s\s+|city's\s+|state's\s+|police\s+|fire\s+|county\s+)?"
                        r"(?:(?!(?:deputy|vice|assistant|associate|former|late|then|ex|acting|interim)\b)[a-z]+\s+)?(\w+)"
                        r"(?:,\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?)?$", re.I)
# "The Leader of Wakefield Council, Cllr ": an office of a body, then (titles and) its holder's name
_TITLE_OF_BODY_BEFORE = re.compile(r"\b[Tt]he\s+([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?"
                                   r"((?:[A-Z][\w'\u2019&-]*\s+){0,4}[A-Z][\w'\u2019&-]*),\s*((?:[A-Z][a-z]*\.?\s+){0,2})$")
_THE_FORMER_TITLE = re.compile(r"^the\s+former\s+(?:[a-z]+\s+)?(\w+)(?:,\s+who\s.*)?$", re.I)
_THE_QUALIFIED_TITLE = re.compile(r"^the\s+([A-Z][\w-]*)\s+([a-z]+)$")
# "a group Castañeda helped found", "the union Roe leads": a person in a
# relative clause, not the body's name
_MEMBER_VERB_AFTER = re.compile(r"\s+(?:helped|founded|co-founded|started|leads|led|runs|ran|joined|created|formed|"
                                r"chairs|heads|directs|represents|belongs|works|volunteers|organizes|organized)\b")
# "the country's largest union, X," names a body; "the union's president, X,"
# and "a member of the group, X," name people.
_ORG_APPOSITION = re.compile(
    # (not a verb: "Asked whether she would campaign against the recall, Whitfield said")
    r"\b(?<!\bto )(?<!\bwould )(?<!\bwill )(?<!\bcould )(?<!\bshould )(?<!\bcan )(?<!\bmust )(?<!\bmight )"
    r"(?<!\bwho )(?<!\bthey )(?<!\bwe )(?<!\band )"
    r"(?:group|organi[sz]ation|coalition|collective|network|union|nonprofit|campaign|"
    r"company|firm|alliance|movement|committee|council|association|charity|outfit|"
    r"congregation)\b(?!['\u2019]s)[^.\x00]{0,40},\s*$|\b(?-i:group|organi[sz]ation|coalition|collective|"
    # (the noun in lower case: "the union Unite"; not "the Dutch Student Union Abdelkader Karbache")
    r"network|union|nonprofit|company|firm|charity)\s+$"
    # "according to organizers the People's Power Assembly": the organizers are a body
    r"|\borgani[sz]ers,?\s+the\s+$",
    re.I,
)
_AGE_AFTER = re.compile(r",\s*(\d{1,3}),")
_DESCRIPTION_AFTER = re.compile(r",\s*(?:\d{1,3},\s*)?(?:a|an|the)\s+([^,.;:\x00]{1,60})")
# "retired teacher Jane Roe"; "Un-PAC co-founder Shana Gallagher": the body of the role too
_DESCRIPTION_BEFORE = re.compile(r"\b((?:[A-Z][\w'\u2019-]*-[\w'\u2019-]+\s+|[A-Z]{2,}\s+)?(?:[a-z][a-z'\u2019-]*\s+){1,3})$")
_AGE = re.compile(r"\d{1,3}-year-old")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
_HONORIFIC_GENDER = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Ms|Mrs|Miss)\.?\s+$", re.I)
_ORG_NOUN_AFTER = re.compile(r"\s+(?:movement|coalition|group|network|collective|alliance|organi[sz]ation|union|"
                             # "told The Sacramento Bee newspaper": a paper, no "he"
                             r"party|caucus|chapter|newspaper|paper|magazine|daily|tabloid|broadcaster|website)\b")
_SERVICE_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:service|agency|bureau|authority|commission|department|"
                                 r"ministry|directorate|secretariat|watchdog|regulator)\b")
_MEMBER_OF_BEFORE = re.compile(r"\b(?:(?:co-?founders?|founders?|members?|chapters?|branch|affiliates?)\s+of"
                               # "a volunteer with Riders United" (not "for": "a spokesperson for Mayor Eric Adams")
                               r"|(?:volunteers?|organi[sz]ers?|members?|activists?|campaigners?|staffers?|employees?|"
                               r"spokes(?:person|woman|man))\s+with)\s+(?:the\s+)?$", re.I)
# "Two Just Stop Oil protesters": a name that qualifies its members is a body
# ("Trump supporters", "Sanders voters" name a person's followers: not listed)
_MEMBERS_AFTER = re.compile(r"\s+(?:protesters|protestors|activists|campaigners|demonstrators|members|organi[sz]ers|"
                            r"volunteers)\b")
_PREPOSITIONS_BEFORE_NAME = frozenset({"for", "of", "at", "with", "from", "in", "to", "by", "on", "and", "or"})
# the noun of "her brother's lawyer, ", with a word describing it ("the party's Presidential hopeful, ")
_SET_OFF_BEFORE = re.compile(r"\b((?:[A-Za-z]+\s+)?[a-z]+),\s+$")
# A stage of life that describes one person, and the gender it gives ("" for none)
# (not "mother" or "father": "Marcus, 8, held a sign ... the father said" is someone else)
_LIFE_STAGES = {"grandmother": "f", "grandma": "f", "great-grandmother": "f", "widow": "f",
                "grandfather": "m", "grandpa": "m", "great-grandfather": "m", "widower": "m",
                "retiree": "", "pensioner": "", "grandparent": "", "teenager": "", "teen": "",
                # "Max says he has lost his fear ... said the young man": the one just named
                # (not "the boy", "the girl": a child the story leaves unnamed, beside a named parent)
                "man": "m", "woman": "f"}
_YOUNG_STAGES = frozenset({"teenager", "teen"})  # these describe a child
_AGE_ADJECTIVES = frozenset({"young", "younger", "old", "older", "elderly"})
# A child's age spelt out: "a five-year-old girl"
_YEARS = {w: n for n, w in enumerate("""zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen""".split())}
_SAME_ROLE = {"lawyer": "attorney", "attorney": "lawyer", "spokesman": "spokesperson", "spokeswoman": "spokesperson"}
_DESCRIPTION_WORD = re.compile(r"[\w'\u2019-]+")
_DESCRIPTION_STOPWORDS = frozenset({"of", "a", "an", "the", "from", "in", "at", "with", "and", "who"})
_NAME_WAS = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+name(?:\s*,[^,\x00]{1,40},)?\s+(?:is|was)\s+(?:[A-Z][\w.]*\s+)?$")
# A person's role right before the name, so the name is a person even after
# the word "group": "the university's president, Minouche Shafik,", "a member
# of the group, Jane Roe,".
_ROLE_BEFORE_NAME = re.compile(
    r"\b" + ROLES + r"\s*,\s*$"
    # ("one of the organizers of the Feeding My Family Facebook group and website, Leetia Janes")
    r"|\b" + ROLES + r"\s+(?:of|for|with|at|to)\s+(?:the|a|an|this|that|its|their)\b[^,.\x00]{0,60},\s*$", re.I)
_UNNAMED_BODY = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(coalition|group|alliance|network|collective|"
                           r"campaign|union|federation|association|committee)\s+(?:of|made up of)\b")
_NEWS_OUTLET = re.compile(r"\b(?:Associated Press|Reuters|AFP|Agence France-Presse|Press Association|BBC|CNN|NBC|CBS|"
                          r"ABC News|Fox News|NPR|Bloomberg|Newsweek|Guardian|Times|Post|Telegraph|Gazette|Tribune|"
                          r"Herald|Journal|Daily|News Agency|Al Jazeera|"
                          # (the wire services: "according to the TASS reporter" is no organiser)
                          r"TASS|Xinhua|Kyodo|Yonhap|Bernama|Interfax|RIA Novosti|Sputnik|Anadolu|EFE|DPA|ANSA|PTI|IANS|"
                          r"SAPA|Sapa|AAP|UPI)\b")
# Forces and agencies by their short names ("The Met said they arrested 40"): public bodies, no group
# or company; the forces are also what "Police added:" can mean
_SHORT_FORCES = r"Met|NYPD|LAPD|RCMP|PSNI"
_SHORT_BODIES = _SHORT_FORCES + r"|FBI|ICE|DHS|CBP|Garda[\w\u00ed]*"
_POLICE_FORCE = re.compile(r"\bPolice\b|\s+police\Z|\A(?:" + _SHORT_FORCES + r")\Z")  # ("Guyana police", as "the Guyana police said")
# One capitalised word that may be a surname or an adjective: "White", "Young"
_ONE_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
_PLURAL_AFTER_NAME = re.compile(r"\.?\s+([a-z]+s)\b")  # "U.S. cities", "Amazon workers"
_NOUN_AFTER_NAME = re.compile(r"\s+([a-z]+)\b")  # "the Project 2025 agenda"
# "Though Frey declined to call Chauvin racist, he did concede": the opening clause's subject
_OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:something|what|which|that|whom)\s+$")
_FINITE_VERB_NEXT = re.compile(r"\s+(?:had\s+|has\s+|\w+ly\s+)?(?:[a-z]{3,}ed|thought|felt|knew|saw|heard|wrote|said|told|"
                               r"took|made|brought|spent|kept|found|meant|sought|taught|left|lost)\b")
_SUBORDINATE_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:Though|Although|While|Whilst|When|After|Because|Since|Before|Once|As)"
                                 r"\s+$")
# "Protestors like Katinka Kastner hoped ...": the one named as an example of the subject is who acts
_EXAMPLE_OF_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][a-z-]+\s+)?(?:[a-z-]+\s+){0,2}?[A-Za-z][a-z-]*s\s+"
                                        r"(?:like|such\s+as)\s+$")
_FROM_PLACE_BEFORE = re.compile(r"\bfrom\s+$")
_FROM_A_PLACE_END = re.compile(r"\s+(?:from|of|in)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*$")
# Words for one who protests, any of which a later description may use for another
_PROTESTER_WORDS = frozenset({"protester", "protestor", "demonstrator", "activist", "campaigner", "marcher"})
_SAID_HE_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|added|argued|insisted|wrote|told(?:\s+[\w'\u2019]+){1,4}?)"
                            r"\s+(?:that\s+)?(he|she)\b")
# "In the night, Masja was startled by a bang ... and she got out of bed": a one-word name
# that opens a clause with its verb, then "she" or "he" in a later sentence before anyone
# else is named (not "Having witnessed it, he said": the "he" of the same sentence)
_ONE_NAME_OPENS = re.compile(r"(?:^|[.!?][\"\u201d\u2019']?\s+|[.!?]?\s*[A-Z][^.!?,;:\x00\"\u201c\u201d]{0,60},\s+)$")
_ONE_NAME_VERB = re.compile(r"\s+(?:was|is|had|has|did|woke|got|went|heard|saw|[a-z]{2,}ed)\b")
# A first name alone, then (after an aside in brackets) its verb: "Jonny works", "Tom (not his real name) joined"
_FIRST_NAME_ACTS = re.compile(r"\s*(?:\([^()]{0,200}\)\s*)?(?:also\s+|now\s+|still\s+)?"
                              r"(?:was|is|had|has|did|[a-z]{2,}ed|works|lives|says|thinks|believes|joined|came|went|spent|"
                              r"wants|hopes|feels|felt|took|runs|ran)\b")
_SHE_HE_LATER = re.compile(r"[.!?][\"\u201d\u2019']?\s[^\x00]*?\b(she|he|She|He)\s+[a-z]")
_ALIAS_AFTER = re.compile(r"^\s*\(\s*(?:the\s+)?([A-Z][\w&.\-]{1,12}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\s*\)")


_FEMALE_WORDS = {"mother", "sister", "daughter", "wife", "grandmother", "granddaughter", "aunt", "niece",
                 "widow", "girlfriend", "stepmother", "mrs", "ms", "miss", "congresswoman", "councilwoman",
                 "chairwoman", "spokeswoman", "assemblywoman", "businesswoman", "woman", "girl"}
_MALE_WORDS = {"father", "brother", "son", "husband", "grandfather", "grandson", "uncle", "nephew", "widower",
               "boyfriend", "stepfather", "mr", "congressman", "councilman", "chairman", "spokesman",
               "assemblyman", "businessman", "man", "boy"}
# A word right before a name that says whether the person is a woman or a man:
# "his mother, Loretta Owens", "Mrs. Hale", "spokeswoman Ana Diaz".
_HEAD_ENDS = re.compile(r"\b(?:with|who|whose|that|which|in|at|of|from|for|on|near|by|[a-z]+ing)\b|,")
# "Her daughter, Luz Quintero,": someone named as another's relative (not who
# a shared surname alone means, while the one they are related to is named)
_KIN_NOUNS = (r"(?:daughter|son|wife|husband|mother|father|sister|brother|widow|widower|granddaughter|grandson|niece|"
              r"nephew|cousin|partner|friend)")
_RELATIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['\u2019]s)\s+(?:[a-z-]+\s+)?" + _KIN_NOUNS
                              + r"\s*,\s*$")
# A name, then an age in its apposition: "Theresa, a 30-year-old birthing instructor,"
_AGED_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b")
# A name, then what a person wears, does or is: "Lelise, dressed in a cotton garment,"
_APPOSED_DESCRIPTION = re.compile(r",\s+(?:dressed|wearing|clad|smiling|weeping|crying)\b")
_KIN_OF_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[A-Z][\w-]+['\u2019]s)\s+(?:(?:eldest|elder|older|youngest|younger|"
                            r"little|baby|teenage|adult|late)\s+)?" + _KIN_NOUNS + r"\s+$")
# The last word of a day's or season's name: "Independence Day", "Christmas Eve", "Pride Month"
_OCCASIONS = frozenset({"Day", "Eve", "Week", "Month"})
# Two words that end a regional body's name, never a person's
_REGION_ENDINGS = frozenset({"North West", "North East", "South West", "South East", "East Midlands", "West Midlands"})
# First words of place names that no one's name begins with
_PLACE_PREFIXES = frozenset({"St.", "Ste.", "Mt.", "Ft.", "Fort", "Mount", "Port", "Saint", "Sainte"})
# "the Meetings and Processions Act", "the Covid-19 Regulations": a law, no one
_LAWS = frozenset({"Act", "Acts", "Bill", "Law", "Laws", "Code", "Regulations", "Treaty", "Accord", "Charter",
                   "Amendment", "Constitution", "Ordinance", "Decree", "Protocol"})
# "The group led by social activist, Michael Amushelelo": who leads it, not its name
_LED_BY_LAST = re.compile(r"\b(?:led|founded|headed|run|chaired|organi[sz]ed|started)\s+by\b[^.,\x00]{0,40},\s*$")
# A paragraph whose first clause has a pronoun for its subject: "He said", "An Egyptian, he rejected"
# ("And then she calmly read the news again.": a conjunction may come first, with no comma)
_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4},\s+"
                                 r"|(?:And|But|Then|So|Yet)\s+(?:then\s+)?)?([Hh]e|[Ss]he)\s+[a-z]")
_WHO_AFTER = re.compile(r",\s+(?:who|whose)\s")
_OFFICE_NOUN_AFTER = re.compile(r"\s+(?:leader|chief|chair|chairman|chairwoman|spokesman|spokeswoman|spokesperson|"
                                r"candidate|founder|president|head|councillor|MP|MEP)\b")
_FROM_A_BODY_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?[A-Z]")
# A role, no title, right before a name: "Organiser Francess Kray", "campaigner Jo Roe"; "the organiser" later
_ROLE_NOUNS_BEFORE_NAME = frozenset({"organiser", "organizer", "co-organiser", "co-organizer", "founder", "co-founder",
                                     "spokesperson", "spokesman", "spokeswoman", "coordinator", "campaigner", "activist"})
# The last word of an office held in a body, not of the body's name: "... Public Relations Officer"
_OFFICE_LAST_WORDS = frozenset({"officer", "spokesperson", "spokesman", "spokeswoman", "manager", "director",
                                "secretary", "commissioner", "superintendent", "inspector", "chairman",
                                "chairwoman", "chairperson", "president", "coordinator", "organiser", "organizer"})
# "Ivanna said, who chanted at officers": the one who spoke is someone, not a body
_SAID_WHO_AFTER = re.compile(r"\s+(?:said|says|added|adds|explained|recalled),\s+who\s")
# "the " right before a name, or "the student-led ": the article of a body's name
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+-[a-z]+\s+)?$")
# Someone unnamed, a woman or a man: "kicking a woman in the stomach", "an older man"
# (not what the speaker was: "as a girl in Flushing, she dreamed", "she was a woman who")
# "a woman", "one older man", "a young in-patient's father": someone unnamed, of a known gender
_UNNAMED_FEMALE = frozenset({"woman", "girl", "lady", "mother", "daughter", "sister", "wife", "grandmother"})
_UNNAMED_MALE = frozenset({"man", "boy", "father", "son", "brother", "husband", "grandfather"})
_UNNAMED_PERSON = re.compile(r"(?<!as )(?<!is )(?<!be )(?<!been )\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+)?"
                             r"(?:[a-z-]+['\u2019]s\s+)?"
                             r"(" + "|".join(sorted(_UNNAMED_FEMALE | _UNNAMED_MALE, key=len, reverse=True)) + r")\b")
_NAME_AND_COMMA_LAST = re.compile(r"[A-Z][\w'\u2019-]+,\s*$")
_RESIDENTS = re.compile(r"(?:Yorkers|oners|iners|ians|ites|oans)$")
# The head of a description that names a role ("the former Green Party leader")
_ROLE_HEADS = frozenset("""leader chief head chair chairman chairwoman chairperson president director founder
    co-founder organizer organiser lawmaker senator minister mayor governor campaigner politician mp congresswoman
    congressman councillor councilman councilwoman secretary commissioner convener convenor""".split())
# Where something happened, not who acted: "outside the Tel Aviv Museum"
_WHERE_BEFORE = re.compile(r"\b(?:outside|inside|near|beside|behind|opposite|in\s+front\s+of|across\s+from)\s+(?:the\s+)?$")
# "leaving his younger brother Eitan behind": someone's relative, with or without the comma
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?" + _KIN_NOUNS + r"\s*,?\s*$")
# "Rowan Ellis, 17, a high school senior from Dayton who is nonbinary,", "Sam Lee (they/them)"
_THEY_PERSON_AFTER = re.compile(r"[^.;:!?\x00]{0,80}?(?:\bnon-?binary\b|\bgenderqueer\b|\bthey/them\b)"
                                # or the next sentence says so: "... began. They use they/them pronouns"
                                r"|[^.;:!?\x00]{0,160}\.\s+(?:They|[A-Z][\w'\u2019-]+)\s+(?:uses?|goes|go|prefers?)\s+"
                                r"(?:by\s+)?(?:the\s+)?(?:pronouns?\s+)?(?:\u201c|\")?they\b", re.I)
# "Among the rally-goers was Chaz Williams", "Among those arrested was retired GP Dr Margaret Hill"
_INVERTED_BEFORE = re.compile(r"(?:^|[.!?]\s+)" + INVERTED_OPENING
                              # ("Among the demonstrators was 68-year-old Azon Tobiano")
                              + r"(?:(?:[a-z][\w-]*|\d{1,3}-year-old|[A-Z]{2,}|(?:Dr|Rev|Mr|Mrs|Ms|Prof|Sir|Dame)\.?)\s+){0,4}$")
_GENDERED_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_FEMALE_WORDS | _MALE_WORDS, key=len, reverse=True)) + r")\.?,?\s+$", re.I)


_GROUP_NOUNS = frozenset({"group", "campaign", "coalition", "movement", "organization", "organisation", "collective",
                          "network", "alliance"})
# A body's noun right after a name: "the No Kings organization" is a body (not "group" or
# "campaign", which follow names of people and events too)
_BODY_NOUN_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_GROUP_NOUNS - {"group", "campaign"})) + r")\b")
_PUBLIC_BODY = re.compile(r"\b(?:Service|Department|Ministry|Office|Agency|Police|Court|Commission|Authority|"
                          # ("the House of Assembly", "Parliament": where a group protests, never "the group")
                          r"Government|Administration|Bureau|Prosecution|Inc|Corp|Corporation|Company|LLC|"
                          r"Assembly|Parliament|Senate|Congress|Legislature|"
                          + _SHORT_BODIES + r")\b")
# Bodies that "the company" or "the firm" cannot mean: "The company denied it" is not the labor board's
_NOT_A_COMPANY = re.compile(r"\b(?:Service|Department|Ministry|Office|Agency|Police|Court|Commission|Authority|Government|"
                            + _SHORT_BODIES + r"|"
                            r"Administration|Bureau|Prosecution|Board|Council|Committee|Union|Federation|Association|"
                            r"Coalition|University|College|School|Church|Party|Senate|Congress|Parliament|Assembly|"
                            r"Institute|Foundation|Campaign|Movement|Network|Alliance)\b")
_COMPANY_NOUNS = frozenset({"company", "firm"})
_OFFICIAL_DOCUMENTS = frozenset({"complaint", "lawsuit", "suit", "filing", "motion", "brief", "report", "resolution"})
# A business by its trade, and the endings that make a name a business's
_BUSINESS_NOUNS = _COMPANY_NOUNS | frozenset({"retailer", "airline", "bank", "employer", "operator", "developer",
                                             "landlord", "insurer", "chain", "automaker", "carmaker", "manufacturer",
                                             "corporation", "lender", "utility", "contractor", "platform",
                                             "supermarket", "grocer", "brand"})
_CORPORATE_SUFFIXES = frozenset({"Inc", "Corp", "Corporation", "Company", "Co", "LLC", "Ltd", "PLC", "plc", "Group",
                                 "Holdings"})
_POSSESSIVE_RELATION = re.compile(r"(?:her|his|their)\s+(" + "|".join(sorted(RELATION_NOUNS)) + r")\s*(?:,|$)", re.I)
_WHICH_AFTER = re.compile(r",\s*which\s+(?:is|was|has|had|owns|owned|operates|runs|ran|represents|employs|manages)\b")
# Whom words were addressed to: "told CNN", "in a statement to the BBC", "in an interview with NPR"
_ADDRESSEE_BEFORE = re.compile(r"\b(?:told|(?:statement|interview|comments?|remarks|email|letter|speaking)\s+(?:to|with)"
                               # "called on Gov. Gavin Newsom to sign": whom an appeal is made to
                               r"|call(?:ed|s|ing)\s+on|urg(?:ed|es|ing)|appeal(?:ed|s|ing)\s+to|plead(?:ed|s|ing)\s+with)"
                               r"\s+(?:the\s+)?(?:(?:Gov|Sen|Rep|Mayor|President|Governor|Senator|Dr|Mr|Mrs|Ms)\.?\s+)?$", re.I)


# One unnamed person: "a spokesperson", "an organiser with the group", "one official"
_ONE_UNNAMED = re.compile(r"\s*(?:a|an|one)\s", re.I)


def with_shared_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Luis and Carmen Garcia": Luis is a Garcia too, so that "Mr. Garcia"
    later means him. His full name is added as a mention of its own."""
    out = []
    for m, n in zip(mentions, mentions[1:] + [None]):
        out.append(m)
        # (a first name may end a run that opens with a description: "Activists Linda and Patrick Meehan")
        first = m.name if " " not in m.name else m.name.rsplit(" ", 1)[1]
        if (n is not None and len(n.name.split()) == 2 and text[m.end : n.start] == " and "
                and (first == m.name or (first.lower() in FIRST_NAMES and n.name.split()[0].lower() in FIRST_NAMES))
                and first[:1].isupper() and not looks_like_org(n.name)):
            out.append(Mention(f"{first} {n.name.split()[-1]}", m.end - len(first), m.end,
                               m.sentence_initial and first == m.name))
    return out


# Words that make "X ..." a body of its own beside X ("Starbucks Workers United", "Amazon Labor
# Union", "Tesla Takedown"), never a longer form of X's name
_SEPARATE_BODY_WORDS = frozenset("""workers employees staff nurses teachers tenants drivers riders students residents
    parents families neighbors neighbours members survivors veterans retirees union unions labor labour guild local
    united against takedown watch divest strike out resistance boycott""".split())


# A name in what a "she" or "he" reported: "She said that lawmaker Melissa Hortman" (up to four
# words between "that" and the name: "that Minnesota state lawmaker")
_REPORTED_AFTER_PRONOUN = {
    gender: re.compile(r"\b" + pronoun + r"\b[^.!?\x00]*\bthat\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)
    for pronoun, gender in PERSON_PRONOUNS.items()}


@dataclass
class SpeakerBook:
    mentions: list[tuple[int, Mention]] = field(default_factory=list)  # (paragraph, mention)
    aliases: dict[str, str] = field(default_factory=dict)
    affiliation: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    quoted: list[tuple[int, str | None]] = field(default_factory=list)  # (paragraph, source or None if unnamed)
    org_names: set[str] = field(default_factory=set)  # named as "the group, X," and the like
    people: set[str] = field(default_factory=set)  # named as "one marcher, ..., Luis," and the like
    titled: dict[str, str] = field(default_factory=dict)  # "mayor" -> "Jacob Frey" (Mayor Jacob Frey)
    unnamed_genders: dict[int, str] = field(default_factory=dict)  # paragraph -> "f"/"m" of an unnamed person there
    documents: list[tuple[int, str | None]] = field(default_factory=list)  # (paragraph, who issued a statement)
    unnamed_body: tuple[int, int] | None = None  # (paragraph, sources noted then) of "the city's law department said"
    unnamed_bodies: dict[str, int] = field(default_factory=dict)  # "coalition" -> paragraph of "a coalition of ..."
    described: dict[str, tuple[int, str]] = field(default_factory=dict)  # "union" -> (paragraph, "National Nurses United")
    # (paragraph, name, words): "Maria Lopez, 42, a nurse from Leeds" -> {"42-year-old", "nurse", "from", "leeds"}
    descriptions: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)
    vocabulary: set[str] | frozenset[str] = frozenset()
    # Text order of names and sources: a sentence's subject named after the last
    # source ('"Get a job!" a driver yelled. Roe waved. "I have three," she called') is who "she" means
    seen: int = 0
    texts: dict[int, str] = field(default_factory=dict)  # each paragraph's text, quotations masked
    source_seen: int = 0
    last_subject: tuple[int, int, Mention] | None = None  # (paragraph, seen, mention)
    subjects: set[int] = field(default_factory=set)  # id(mention) of every name that is a sentence's subject
    relatives: set[str] = field(default_factory=set)  # "Her daughter, Luz Quintero,"
    honorific_of: dict[int, str] = field(default_factory=dict)  # id(mention) -> "f" for "Ms. Quintero"
    unnamed_one: tuple[int, int] | None = None  # (paragraph, quotes so far) of "a spokesperson said"
    unnamed_group: tuple[int, int, int] | None = None  # (paragraph, quotes so far, seen) of "Organisers said"
    they_people: set[str] = field(default_factory=set)  # "Rowan Ellis, 17, who is nonbinary": a "they"
    addressees: set[int] = field(default_factory=set)  # id(mention) of "told CNN", "in a statement to the BBC"
    kin: set[int] = field(default_factory=set)  # id(mention) of "his younger brother Eitan": someone's relative

    # -- learning ----------------------------------------------------------
    def observe(self, paragraph: int, text: str, mentions: list[Mention]) -> None:
        """Remember the names of one paragraph and the aliases it defines."""
        for m in mentions:
            self.mentions.append((paragraph, m))
            self.seen += 1
            if _ADDRESSEE_BEFORE.search(text, max(0, m.start - 40), m.start):
                self.addressees.add(id(m))  # who was spoken to: no "the company" or "he" means them
            if (not m.dependent and not m.modifier and (m.sentence_initial or _only_titles_before(text, m.start)
                                     or _apposed_to_subject(text, m) or _SPOKE_NEXT.match(text, m.end)
                                     or _INVERTED_BEFORE.search(text, max(0, m.start - 150), m.start)
                                     or _SUBORDINATE_BEFORE.search(text, max(0, m.start - 14), m.start)
                                     # "something Greta Kemp Martin thought about": the subject of
                                     # a relative clause, who acts and is who "she" means next
                                     or (" " in m.name and _OBJECT_RELATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)
                                         and _FINITE_VERB_NEXT.match(text, m.end)))
                    or _INTRODUCED_NEXT.match(text, m.end)
                    # (a name after "like" depends on another, but not as an example of the subject)
                    or (not m.modifier and _EXAMPLE_OF_SUBJECT_BEFORE.search(text, max(0, m.start - 50), m.start))):
                self.last_subject = (paragraph, self.seen, m)  # "Councilmember Eunisses Hernandez disagreed."
                self.subjects.add(id(m))
                if " " not in m.name and (_INTRODUCED_NEXT.match(text, m.end) or _SAID_WHO_AFTER.match(text, m.end) or (
                        m.name.lower() in FIRST_NAMES and _WHO_AFTER.match(text, m.end))
                        or _A_PERSON_APPOSED.match(text, m.end)):
                    # "who" after the description: "Sitraka" is a person; so is a first name
                    # that "who" follows ("Jeremy, who did not want to give his last name,"),
                    # and one a person's noun describes ("Nico, an accountant said")
                    self.people.add(m.name)
            if " " not in m.name and _A_PERSON_NAMED_BEFORE.search(text, max(0, m.start - 60), m.start):
                self.people.add(m.name)  # "a man named Cam with the Democratic Socialists": a person
            # "Mayor Jacob Frey", "Police Chief Brian O'Hara": later "the mayor", "the chief"
            before = text[max(0, m.start - 40) : m.start].split()
            if before and before[-1].lower() in _ROLE_NOUNS_BEFORE_NAME and " " in m.name:
                self.titled[before[-1].lower()] = drop_titles(m.name)  # "organiser Francess Kray": "the organiser"
            elif (role := m.name.split()[0].lower()) in _ROLE_NOUNS_BEFORE_NAME and m.name.count(" ") >= 2:
                self.titled[role] = drop_titles(m.name)  # "Organiser Francess Kray", opening a sentence
            words = [w.lower().rstrip(".") for w in m.name.split()]
            while before and before[-1].lower().rstrip(".") in TITLES:
                words.insert(0, before.pop().lower().rstrip("."))
            if (len(before) >= 3 and before[-2] in ("of", "for") and before[-1][:1].isupper()
                    and before[-3].lower().rstrip(".") in TITLES):
                words.insert(0, before[-3].lower().rstrip("."))  # "Commissioner of Police Michael DeSilva"
                del before[-3:]
            elif (len(before) >= 3 and before[-1].endswith(",") and before[-2] in ("of", "for") and before[-1][:1].isupper()
                    and (title := before[-3].lower().rstrip(".")) in TITLES):
                # "The Acting Commissioner of Police, Mr. Elliott Forbes": later "the commissioner",
                # and "the Acting Commissioner" with its rank
                words.insert(0, title)
                if len(before) >= 4 and before[-4].lower() in _RANK_WORDS:
                    self.titled[f"{before[-4].lower()} {title}"] = drop_titles(m.name)
            if ("," in text[max(0, m.start - 40) : m.start]  # (a cheap test before the pattern)
                    and (office_of := _TITLE_OF_BODY_BEFORE.search(text, max(0, m.start - 120), m.start)) is not None and all(
                    w.lower().rstrip(".") in TITLES for w in office_of.group(3).split()) and (
                    (title := office_of.group(1).lower()) in TITLES)):
                # "The Leader of Wakefield Council, Cllr Denise Jeffery": later "the leader" and
                # "the Council Leader" (the body's last word before the title)
                self.titled[title] = drop_titles(m.name)
                self.titled[f"{office_of.group(2).split()[-1].lower()} {title}"] = drop_titles(m.name)
            if before and before[-1].endswith(",") and before[-1][:-1].lower() in TITLES and len(before) >= 2 \
                    and before[-2].lower() == "the" and text.startswith(",", m.end):
                words.insert(0, before[-1][:-1].lower())  # "The mayor, Andre Dickens, said": "the mayor" later
            if " " not in m.name and words[0] in TITLES and words[-1] not in TITLES:
                self.people.add(m.name)  # "President Biden", "Mr. Fain": one name, a person's
            titles = [w for w in words if w in TITLES and w not in _NOT_ROLE_TITLES]
            # (a surname alone after its title counts: "Commissioner DeSilva said", later "the Commissioner")
            if titles and (drop_titles(m.name) != m.name.split()[0] or len(words) > len(m.name.split())):
                office = is_office(m.name)
                for title in titles:
                    if office and title in self.titled:
                        continue  # "Mulbah Morlu, STAND Chairman": the office of the chairman named before
                    self.titled[title] = drop_titles(m.name)
                    if before and before[-1].lower() == "former":
                        # "former Prime Minister David Cameron": later "the former Prime Minister"
                        self.titled[f"former {title}"] = drop_titles(m.name)
                    if title in _TITLE_SPELLED_OUT:  # "Gov. Mike DeWine": later "the governor"
                        self.titled[_TITLE_SPELLED_OUT[title]] = drop_titles(m.name)
                    for other in _SAME_OFFICE.get(title, ()):  # "Rep. Lloyd Smucker": later "the congressman"
                        self.titled[other] = drop_titles(m.name)
                if before and before[-1][:1].isupper() and words[0] in titles:
                    # "Bersih chief Maria Chin Abdullah": later "the Bersih chief", whoever
                    # else is a chief ("Penang Chief Minister Lim Guan Eng")
                    self.titled[f"{before[-1].lower()} {words[0]}"] = drop_titles(m.name)
            if _BODY_NOUN_NEXT.match(text, m.end):
                self.org_names.add(m.name)  # "the No Kings organization": a body, by the noun after its name
            before = text[max(0, m.start - 60) : m.start]
            if (_ORG_APPOSITION.search(before) and not _ROLE_BEFORE_NAME.search(text, max(0, m.start - 100), m.start)
                    and not _MEMBER_VERB_AFTER.match(text, m.end) and not _LED_BY_LAST.search(before)
                    # (not "Off to the side of the group, Connie Sabetti, a retired civics teacher,": a
                    # person, described as one)
                    and not _A_PERSON_DESCRIBED_NEXT.match(text, m.end)):
                self.org_names.add(m.name)
            described = _DESCRIBED_AS.match(text, m.end) if not _is_place_like(m.name) else None
            if (described and not _CLAUSE_GOES_ON.match(text, described.end())
                    # (not "Karia White, a University of Colorado Boulder student,": a capital opens a
                    # name that only modifies the description's noun)
                    and not described.group(1)[:1].isupper()
                    and not _PERSON_DESCRIBED.search(described.group())
                    # "Ana de la Cruz, a crane operator,": a person's trade, with a person's first name
                    and not (described.group(1).lower() in _TRADE_OR_BODY
                             and m.name.split()[0].lower() in FIRST_NAMES)):
                # "National Nurses United, the country's largest union of
                # nurses": later, "the union" is it (the noun heads the
                # apposition: not "Jane Roe, a member of the union")
                self.described[described.group(1).lower()] = (paragraph, drop_titles(m.name))
                self.org_names.add(m.name)
            if (" " not in m.name and not m.dependent and not m.modifier and m.name.lower() in FIRST_NAMES
                    and _FIRST_NAME_ACTS.match(text, m.end) and not _is_place_like(m.name)):
                # "Jonny (the protesters refuse to give their surnames) works full-time in Margate":
                # a known first name alone, the subject of a verb: a person "he" can mean next
                self.people.add(m.name)
            if (" " not in m.name and m.name.lower() in FIRST_NAMES and _FROM_A_BODY_AFTER.match(text, m.end)
                    and not _is_place_like(m.name)):
                self.people.add(m.name)  # "Christina from the Worthing Soup Kitchen": a person, by her first name
            if " " not in m.name and (_AGE_AFTER.match(text, m.end) or _AGE_BEFORE.search(text, max(0, m.start - 16), m.start)
                                      # "Lelise, dressed in a cotton garment ...,": described as only a person is
                                      or (_APPOSED_DESCRIPTION.match(text, m.end) and not _is_place_like(m.name))
                                      or _AGED_APPOSITION.match(text, m.end)):
                # "Among the marchers was Zsófia, 34, a teacher", "6-year-old Daniela": a person a "she" can mean
                self.people.add(m.name)
            if " " in m.name and m.name not in self.people and _WHICH_AFTER.match(text, m.end):
                self.org_names.add(m.name)  # "King Soopers, which is owned by Kroger,": a body ("which"), not a person
            if (" " in m.name and m.name.split()[0].lower() not in FIRST_NAMES
                    and _SERVICE_NOUN_AFTER.match(text, m.end)):
                # "Canberra's official Smart Traveller advice service warned": a body ("it said" next)
                self.org_names.add(m.name)
            if _ORG_NOUN_AFTER.match(text, m.end) and _THE_BEFORE.search(text, max(0, m.start - 30), m.start):
                # "the Tesla Takedown movement", "the student-led Free People group": a body,
                # whatever its name looks like
                self.org_names.add(m.name)
            if " " in m.name and m.name not in self.genders and m.name not in self.people and (
                    _MEMBERS_AFTER.match(text, m.end) or (_MEMBER_OF_BEFORE.search(text, max(0, m.start - 30), m.start)
                                                          and not text.startswith(("'s", "\u2019s"), m.end))):
                self.org_names.add(m.name)  # "Just Stop Oil activists", "a co-founder of Just Stop Oil"
            self._note_description(paragraph, text, m)
            if _NAME_WAS.search(text, max(0, m.start - 60), m.start) and self.quoted and self.quoted[-1][1] is None:
                # "a man stepped forward ... His name, I learned later, was Pastor
                # Leon Simmons": the unnamed person has a name now
                self.quoted.append((paragraph, drop_titles(m.name)))
                self.people.add(drop_titles(m.name))
            honorific = _HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start)
            if honorific:
                self.honorific_of[id(m)] = _HONORIFIC_GENDER[honorific.group(1).lower()]
            if " " in m.name and _RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start):
                self.relatives.add(drop_titles(m.name))
            if _RELATIVE_JUST_BEFORE.search(text, max(0, m.start - 40), m.start):
                self.kin.add(id(m))
            if " " not in m.name and (said_he := _SAID_HE_AFTER.match(text, m.end)) and not looks_like_org(m.name):
                # "Matthews said he never will tell the police": a person, "he" (with no first name given)
                self.genders.setdefault(m.name, "m" if said_he.group(1).lower() == "he" else "f")
            if (" " not in m.name and m.name not in self.genders and _ONE_NAME_VERB.match(text, m.end)
                    and _ONE_NAME_OPENS.search(text, max(0, m.start - 80), m.start)
                    and not looks_like_org(m.name) and not _is_place_like(m.name) and m.name not in self.org_names
                    and m.name.lower() not in TITLES):
                nexts = [x.start for x in mentions if x.start > m.start]
                later = _SHE_HE_LATER.search(text[m.end : min(nexts + [m.end + 300])])
                if later:  # (nobody else named between them)
                    self.genders[m.name] = "m" if later.group(1).lower() == "he" else "f"
                    self.people.add(m.name)
            if _THEY_PERSON_AFTER.match(text, m.end):
                self.they_people.add(drop_titles(m.name))  # a later "they said" can be this one person
                self.people.add(drop_titles(m.name))
            gendered = _GENDERED_BEFORE.search(text, max(0, m.start - 30), m.start)
            if gendered and (len(m.name.split()) >= 2 or (gendered.group().rstrip().endswith(",")
                                                           and text.startswith((",", ".", ";"), m.end))
                             # "Marta Martínez and her son Josué showed up": a relative, by one name
                             or _KIN_OF_BEFORE.search(text, max(0, m.start - 40), m.start)):
                # "his mother, Loretta Owens", "Mrs. Hale", "Chen's husband, Michael,"
                # (or ending the sentence: "including Navalny's wife, Yulia."): a
                # person, and a later "she" or "he" fits them
                word = gendered.group(1).lower().rstrip(".")
                self.genders.setdefault(drop_titles(m.name), "f" if word in _FEMALE_WORDS else "m")
                if len(m.name.split()) == 1:
                    self.people.add(m.name)
            elif gendered and " " not in m.name and (honorific := gendered.group(1).lower().rstrip(".")) in (
                    "mr", "ms", "mrs", "miss"):
                # "Ms. Marino" after "Gina Marino": the full name's gender too
                gender = "m" if honorific == "mr" else "f"
                full = self.fullest(m.name, gender)
                if " " in full and first_name_gender(full) in (None, gender):
                    # (not "Mrs Davies" after "David Davies and his wife Joyce": his wife, whose
                    # title is no gender of his)
                    self.genders.setdefault(full, gender)
            alias = _ALIAS_AFTER.match(text[m.end : m.end + 60])
            if alias:
                short = alias.group(1)
                # (not "Mayor Jan Vapaavuori (NCP)": a person's party, whose letters are not his)
                if _ACRONYM.match(short) and len(m.name.split()) > 1 and (
                        short[0] == drop_titles(m.name)[:1] or looks_like_org(m.name)):
                    self.aliases[short] = drop_titles(m.name)
                    self.org_names.add(self.aliases[short])  # only bodies go by an acronym
                elif len(short.split()) > len(m.name.split()) and _ACRONYM.match(m.name):
                    self.aliases[m.name] = short
        for m in mentions:
            words = [w for w in m.name.split() if w.lower() not in CONNECTORS]
            if len(words) >= 3 and looks_like_org(m.name):
                initials = "".join(w[0] for w in words if w[0].isupper())
                if len(initials) >= 3:
                    self.aliases.setdefault(initials, drop_titles(m.name))

    def _note_description(self, paragraph: int, text: str, m: Mention) -> None:
        """What the article says a name is, for "the 42-year-old said", "the
        nurse added", "the Labour councillor said" later."""
        words: set[str] = set()
        age = _AGE_AFTER.match(text, m.end)
        if age:
            words.add(age.group(1) + "-year-old")
        after = _DESCRIPTION_AFTER.match(text, m.end)
        if after:
            words.update(_DESCRIPTION_WORD.findall(after.group(1).lower()))
        before = _DESCRIPTION_BEFORE.search(text, max(0, m.start - 40), m.start)
        last = [w for w in before.group(1).split() if w not in ("the", "a", "an")][-1:] if before else []
        if last and last[0] not in _PREPOSITIONS_BEFORE_NAME:
            # "retired teacher Jane Roe"; not "a spokesperson for (the) Just Stop Oil", who is someone else
            words.update(_DESCRIPTION_WORD.findall(before.group(1).lower()))
        elif text.startswith((",", "."), m.end) and (set_off := _SET_OFF_BEFORE.search(text, max(0, m.start - 40), m.start)):
            # "Her brother's lawyer, Jeff Edwards,": "the attorney" later; "questions for the
            # opposition's Presidential hopeful, Irfaan Ali.": "The Presidential hopeful said"
            words.update(set_off.group(1).lower().split())
        for word in words & _SAME_ROLE.keys():
            words = words | {_SAME_ROLE[word]}
        if words and len(m.name.split()) >= 2:
            self.descriptions.append((paragraph, drop_titles(m.name), frozenset(words)))

    def described_person(self, words: str, paragraph: int) -> str | None:
        """The person the last twenty paragraphs described with every word of
        "the <description>" ("the 42-year-old", "the mother of two")."""
        # (the head only: "The demonstrator, who had come from Suffolk to take part,")
        # (and not where they are from: "The 32-year-old from Norfolk")
        head = _FROM_A_PLACE_END.sub("", words.partition(",")[0])
        toks = _DESCRIPTION_WORD.findall(head.lower())
        if len(toks) < 2 or toks[0] != "the":
            return None
        content = {w for w in toks[1:] if w not in _DESCRIPTION_STOPWORDS}
        if not content:
            return None
        protest = not _PROTESTER_WORDS.isdisjoint(content)
        if protest:
            content = {"protester" if w in _PROTESTER_WORDS else w for w in content}
        for para, name, described in reversed(self.descriptions):
            if paragraph - para > 20:
                break
            if protest and not _PROTESTER_WORDS.isdisjoint(described):
                # "Just Stop Oil activist Matt Cunningham" is "the demonstrator" next
                described = {"protester" if w in _PROTESTER_WORDS else w for w in described}
            if content <= described:
                name = self.fullest(name)
                # ("at Independence Square, the national anthem sounded": a place then a clause, no person)
                return name if self.kind_of(name) == "person" and not name.endswith(_STREETS) and name not in PLACES else None
        # ("the 52-year-old business analyst": an age with what the person does is an age given too)
        ages = [w for w in content if _AGE.fullmatch(w)]
        plain = content - _AGE_ADJECTIVES  # ("the young man": a man)
        word = next(iter(plain)) if len(plain) == 1 else ages[0] if len(ages) == 1 else ""
        stage = _LIFE_STAGES.get(word)
        if _AGE.fullmatch(word) or (stage is not None and self._used_once(word, paragraph)):
            # An age or a stage of life given for the first time ("Chen's husband,
            # Michael, stood at the back. The 45-year-old said", "One of the elders,
            # Dorothy Sam, 82, said ... the grandmother said"): the person just named
            # (not a name after "at" or "in": "serving a sentence at the Wallace Unit";
            # not when the word is used of someone else: "marched with his mother")
            here_none = True
            people, subjects = set(), set()
            for para, m in reversed(self.mentions):
                if para < paragraph - 1 or (para < paragraph and not here_none):
                    break
                name = self.fullest(m.name)
                person = (not m.dependent and not m.after_place_word and self.kind_of(name) == "person"
                          and not _is_place_like(name) and self._gender_fits(name, stage or None)
                          and not (stage is not None and word not in _YOUNG_STAGES and self._a_child(name)))
                if para == paragraph:
                    if person:
                        return name
                    # (a place named here is nobody: "The 32-year-old from Norfolk said")
                    here_none = here_none and (m.after_place_word or _FROM_PLACE_BEFORE.search(
                        self.texts.get(paragraph, ""), max(0, m.start - 6), m.start) is not None)
                elif person:
                    people.add(name)
                    if id(m) in self.subjects:
                        subjects.add(name)
            if len(people) == 1:
                # Nobody named in this paragraph: the one person the paragraph
                # before named ("Kelly Hollenbeck, a nurse, said ..." then
                # '"...," the 41-year-old said.')
                return people.pop()
            if stage and len(subjects) == 1:
                # ("At 17, Max says he has lost his fear ... President Daniel Ortega" then
                # '"...," said the young man': the one the sentences were about)
                return subjects.pop()
        if toks[-1] in _ROLE_HEADS and self._used_once(toks[-1], paragraph):
            # "Caroline Lucas summed things up. "...," the former Green Party leader beamed.": a
            # role first given here is the person this paragraph just named
            for para, m in reversed(self.mentions):
                if para != paragraph:
                    break
                name = self.fullest(m.name)
                if (not m.dependent and not m.after_place_word and self.kind_of(name) == "person"
                        and not _is_place_like(name)):
                    # (not one the article already gave a title or a description: "Mary Poe, an
                    # organizer," is no "mayor")
                    described = (name in self.titled.values() or name in self.affiliation
                                 or any(n == name for _, n, _ in self.descriptions))
                    return None if described else name
        return None

    def _a_child(self, name: str) -> bool:
        """Did the article give `name` an age under 18 ("Mia Chen, 8,")?"""
        return any(w.endswith("-year-old") and _YEARS.get(w[:-9], int(w[:-9]) if w[:-9].isdigit() else 99) < 18
                   for _, n, words in self.descriptions if n == name for w in words)

    def _used_once(self, word: str, paragraph: int) -> bool:
        """Does `word` stand once only in this paragraph and the one before (in
        the attribution that uses it)?"""
        found = re.compile(r"\b" + word + r"\b", re.I).findall
        return sum(len(found(self.texts.get(p, ""))) for p in (paragraph - 1, paragraph)) == 1

    def note_unnamed_bodies(self, paragraph: int, text: str) -> None:
        """'A coalition of civil rights and faith groups condemned ...': a body
        the article describes but never names; "the coalition" later is it."""
        for m in _UNNAMED_BODY.finditer(text):
            self.unnamed_bodies[m.group(1).lower()] = paragraph

    def note_affiliation(self, name: str, org: str | None) -> None:
        if org and name and org != name:
            self.affiliation.setdefault(name, self.fullest(org))

    def note_quoted(self, paragraph: int, name: str, pronoun: str | None = None, person: bool = False) -> None:
        """`name` spoke here: quoted, or the subject of reported speech.
        `person`: the article described them as a person ("one marcher")."""
        if person:
            self.people.add(name)
        self.source_seen = self.seen
        if self.quoted and self.quoted[-1] == (paragraph, name):
            pass
        else:
            self.quoted.append((paragraph, name))
        if pronoun in PERSON_PRONOUNS:
            self.genders.setdefault(name, PERSON_PRONOUNS[pronoun])

    def note_unnamed_body(self, paragraph: int) -> None:
        """A body the article does not name spoke here ("The city's law
        department said"): an "it" right after is that body, not one named before."""
        self.unnamed_body = (paragraph, len(self.quoted))

    def note_unnamed_group(self, paragraph: int) -> None:
        """Unnamed people spoke here ("Organisers said"): a "they" right after is them."""
        self.unnamed_group = (paragraph, len(self.quoted), self.seen)

    def note_document(self, paragraph: int, name: str | None) -> None:
        """`name` (None: a source the article does not name) issued a
        statement, letter or post here: "the statement said" next is theirs."""
        self.documents.append((paragraph, name))

    def note_unnamed(self, paragraph: int, words: str = "", object_only: bool = False) -> None:
        """An unnamed person spoke or acted here ("a bank employee said", "a
        woman with a megaphone leads them"): a "she" that follows refers to
        them, not to someone named earlier, unless `words` give another gender.
        `object_only` ("handed the megaphone to a young woman"): the sentence's
        subject, if it fits, still comes before them."""
        if not object_only:
            self.source_seen = self.seen
        if not self.quoted or self.quoted[-1] != (paragraph, None):
            self.quoted.append((paragraph, None))
        head = _HEAD_ENDS.split(words.lower(), 1)[0]  # "a teenager waiting with his mother": a teenager
        gendered = [w for w in re.findall(r"[a-z]+", head) if w in _FEMALE_WORDS or w in _MALE_WORDS]
        if gendered:
            self.unnamed_genders[paragraph] = "f" if gendered[0] in _FEMALE_WORDS else "m"
        else:
            self.unnamed_genders.pop(paragraph, None)
        # "a spokesperson from Extinction Rebellion said ...": one person, no gender given,
        # whom a "they" that follows may mean (a singular they), not the body named with them
        self.unnamed_one = ((paragraph, len(self.quoted)) if not gendered and not object_only
                            and _ONE_UNNAMED.match(words) else None)

    # -- looking up ----------------------------------------------------------
    def kind_of(self, name: str) -> str:
        if name in self.org_names:
            return "org"
        if name in self.people:
            return "person"
        if looks_like_org(name):
            return "org"
        if name in self.genders:
            return "person"
        words = name.split()
        if len(words) >= 2 and _RESIDENTS.search(words[-1]) and words[0].lower() not in FIRST_NAMES:
            return "unknown"  # "New Yorkers", "East Londoners": the people of a place, no one person
        if len(words) >= 2 and words[-1] in _OCCASIONS and words[0].lower() not in FIRST_NAMES:
            return "unknown"  # "Independence Day", "Christmas Eve": a day, no one ("Doris Day" is)
        if len(words) >= 2 and words[-1] in _LAWS and words[0].lower() not in FIRST_NAMES:
            return "unknown"
        if len(words) >= 2 and words[0] in _PLACE_PREFIXES:
            return "unknown"  # "St. Charles", "Fort Dodge", "Mount Pleasant": a town, no one
        if len(words) >= 3 and f"{words[-2]} {words[-1]}" in _REGION_ENDINGS and words[0].lower() not in FIRST_NAMES:
            return "unknown"  # "Anonymous North West", "Unite South East": a body's regional branch, no one
        # (a name may open with "’": "’Mamoipone Senauoane")
        if len(words) >= 2 and all(w.lstrip("\u2019")[:1].isupper() or w.lower() in CONNECTORS for w in words):
            return "person"
        # A single word that ends a known person's name ("Roe") is a person.
        for _, m in self.mentions:
            toks = m.name.split()
            if len(toks) >= 2 and toks[-1] == name and not looks_like_org(m.name):
                return "person"
        return "unknown"

    def fullest(self, name: str, gender: str | None = None) -> str:
        """The fullest form of `name` the article uses: "Roe" -> "Jane Roe".
        `gender` ("m"/"f", from "Mr."/"Ms.") sets apart two who share a surname."""
        honorific = _HONORIFIC_GENDER.get(name.split()[0].lower().rstrip(".")) if name.strip() else None
        gender = gender or honorific
        name = drop_titles(name.strip())
        if name in self.aliases:
            return self.aliases[name]
        tokens = name.split()
        if len(tokens) == 1 and 2 <= len(name) <= 4 and name.isupper() and name not in self.org_names:
            # "Mr LG" after "MP Ian Liddell-Grainger": a double-barrelled surname by its initials
            people = {full for _, m in self.mentions if " " in (full := drop_titles(m.name)) and "-" in full
                      and "".join(part[:1] for part in full.split()[-1].split("-")) == name}
            if len(people) == 1:
                return people.pop()
        if len(tokens) == 1 and tokens[0].lower() in {"action", "justice", "group", "union"}:
            # "Action" must not become "Never Again Action"; but "Justice" after "Gov. Jim Justice" is him
            people = {c for _, m in self.mentions if len(c := tuple(drop_titles(m.name).split())) == 2
                      and c[1] == tokens[0] and c[0].lower() in FIRST_NAMES}
            return " ".join(people.pop()) if len(people) == 1 else name
        fuller: dict[str, bool] = {}  # each longer form -> is it ever the subject of its mention
        by_prefix: set[str] = set()  # the longer forms that begin with `name` ("HCA" -> "HCA Healthcare")
        alone_first = False  # was `name` used on its own before any longer form?
        for _, m in self.mentions:
            cand = drop_titles(m.name)
            ctoks = cand.split()
            if len(ctoks) <= len(tokens):
                alone_first = alone_first or (not fuller and cand == name)
                continue
            core = ctoks[:-1] if len(ctoks) > 2 and ctoks[-1].rstrip(".") in _GENERATION else ctoks
            if core[-len(tokens):] == tokens:
                fuller[cand] = fuller.get(cand, False) or not m.dependent
            elif ctoks[: len(tokens)] == tokens and not (
                    alone_first and cand not in fuller and (looks_like_org(cand) or cand in self.org_names)) and (
                    # "Starbucks said" after "Starbucks Workers United": the company, not its workers' union
                    _SEPARATE_BODY_WORDS.isdisjoint(t.lower() for t in ctoks[len(tokens):])
                    # (nor "Lagos State Police Public Relations Officer": an office in the body, not its name)
                    and ctoks[-1].lower() not in _OFFICE_LAST_WORDS):
                # ("Amazon's air hub ... the group Amazon Labor Union": a name used alone before
                # a body whose name begins with it is its own; "Amnesty" after "Amnesty
                # International" is short for it)
                fuller[cand] = fuller.get(cand, False) or not m.dependent
                by_prefix.add(cand)
            elif (len(tokens) >= 2 and ctoks[0] == tokens[0] and ctoks[-1] == tokens[-1] and set(tokens) <= set(ctoks)
                  and looks_like_org(name)):
                # "The Hostages Forum warned" after "the Hostages and Missing Families Forum": its short form
                fuller[cand] = fuller.get(cand, False) or not m.dependent
        if not fuller and len(tokens) == 1 and "-" in name and name.count("-") == 1:
            # "Jennifer Riley Collins" ... "said Riley-Collins": the same two names, hyphenated
            spaced = name.replace("-", " ")
            if (full := self.fullest(spaced, gender)) != spaced:
                return full
        if not fuller and len(tokens) == 1:
            # "Sufmi Dasco Ahmad ... Dasco said": some people go by a middle name (Indonesian, Malay,
            # Spanish double surnames); only a person's name, and only one that fits
            middle = {drop_titles(m.name) for _, m in self.mentions
                      if f" {tokens[0]} " in m.name and tokens[0] in drop_titles(m.name).split()[1:-1]
                      and not looks_like_org(m.name)}
            return middle.pop() if len(middle) == 1 else name
        if not fuller:
            return name
        if gender and len(fuller) > 1:
            # "His wife, Lisa Green" ... "Mr. Green led a chant": not Lisa
            # (one known to be of that gender before one whose gender is unknown: "Keisha Brown"
            # and "Jitu Brown", then "Brown shook her head")
            fitting = ({f: subject for f, subject in fuller.items() if self.gender_of(f) == gender}
                       or {f: subject for f, subject in fuller.items() if self.gender_of(f) is None})
            fuller = fitting or fuller
        if len({f.split()[0] for f in fuller}) > 1:
            # Two people share a surname ("Belkis Terán, mother of Manuel
            # Terán"): "Terán said" is the one who spoke last, else one
            # named in their own right rather than as someone's relative.
            # With an honorific (the style that gives one to everyone), "Her daughter, Luz
            # Quintero," is never "Ms. Quintero": the writer would name her in full.
            if gender:
                fuller = {f: subject for f, subject in fuller.items() if f not in self.relatives} or fuller
            spoke = next((n for _, n in reversed(self.quoted) if n in fuller), None)
            if spoke:
                return spoke
            if any(fuller.values()):
                fuller = {f: subject for f, subject in fuller.items() if subject}
        if len(fuller) > 1 and by_prefix.issuperset(fuller):
            # "HCA Healthcare" ... "HCA Florida Westside Hospital" ... "HCA said": the body named
            # first, not the longest name that begins the same way
            return next(iter(fuller))
        return max(fuller, key=lambda f: len(f.split()))  # the first of the longest

    def resolve(self, phrase: SpeakerPhrase, paragraph: int) -> tuple[str | None, str | None]:
        """(speaker, org) for a parsed speaker phrase."""
        if phrase.name and phrase.words[:4].lower() == "the " and (holder := self.titled.get(phrase.name.lower())):
            return holder, self.affiliation.get(holder)  # "the Council Leader": the office's holder, named before
        if phrase.name:
            name = self.fullest(phrase.name, _HONORIFIC_GENDER.get((phrase.words.split() or [""])[0].lower().rstrip(".")))
            if name.endswith(_STREET_ENDINGS) and " " in name and name not in _SEATS_THAT_SPEAK:
                return None, None  # "Halfway down Central Avenue, Mateo asked": where, never who
            org = self.fullest(phrase.org) if phrase.org else self.affiliation.get(name)
            if org == name:
                org = None
            return name, org
        if phrase.pronoun:
            name = self.named_by_modifier(phrase) or self.resolve_pronoun(phrase.pronoun, paragraph)
            return name, (self.affiliation.get(name) if name else None)
        if (phrase.generic and not phrase.crowd and not phrase.sign and _ONE_CAPITALISED_WORD.fullmatch(phrase.words)
                and " " in (full := self.fullest(phrase.words)) and self.kind_of(full) == "person"):
            # '"...," White said.' after "Molly White, one of the organizers": a surname that is
            # also an adjective ("White", "Young", "Black") read as the person named before
            return full, self.affiliation.get(full)
        if phrase.definite == "latter":
            # "... Taina Bofferding, and Jean Asselborn. The latter commented": the last person named
            for para, m in reversed(self.mentions):
                if paragraph - para > 1:
                    break
                if name := self._person_named(m, None):
                    return name, self.affiliation.get(name)
            return None, None
        if phrase.definite:
            name = self.named_by_noun(phrase.definite, paragraph) or self._body_just_quoted(phrase.definite, paragraph)
            if name:
                return name, None
            holder, _, noun = phrase.definite.partition("'s ")
            if noun == "office" and holder in _OFFICE_SPEAKS_FOR and holder in self.titled:
                name = self.titled[holder]  # "the mayor's office said" after "Mayor Jane Roe": hers, as "her office"
                return name, self.affiliation.get(name)
        if (phrase.words[:4].lower() == "the " and " " in (ranked := phrase.words[4:].lower())
                and (name := self.titled.get(ranked))):
            return name, self.affiliation.get(name)  # "the Acting Commissioner", named so before
        if (former := _THE_FORMER_TITLE.match(phrase.words)) and (name := self.titled.get(f"former {former.group(1).lower()}")):
            return name, self.affiliation.get(name)  # "the former Prime Minister", named so before
        role = _THE_TITLE.match(phrase.words)
        qualified = _THE_QUALIFIED_TITLE.match(phrase.words)
        if qualified and (key := f"{qualified.group(1).lower()} {qualified.group(2).lower()}") in self.titled:
            name = self.titled[key]  # "the Bersih chief" -> "Bersih chief Maria Chin Abdullah"
            return name, self.affiliation.get(name)
        if role and (name := self.titled.get(role.group(1).lower())) and not is_office(name):
            # "the mayor", "the President" -> the one named earlier (not "Prime Minister", an office alone)
            name = self.fullest(name)
            return name, self.affiliation.get(name)
        if role and role.group(1).lower() in TITLES and role.group(1).lower() not in _NOT_ROLE_TITLES:
            name = self._sole_plain_speaker(paragraph)
            if name:
                return name, None
        if phrase.generic and not (phrase.crowd or phrase.sign):
            name = self.described_person(phrase.words, paragraph)
            if name is None and THE_PARTY_MEMBER.fullmatch(phrase.words):
                name = self._last_politician(paragraph)
            if name is None and (relation := _POSSESSIVE_RELATION.match(phrase.words)):
                # "Joan Tatum and her son, Eli Tatum, ..." then "Her son, 34, said": the son named
                name = (self.described_person("the " + relation.group(1).lower(), paragraph)
                        or self._relative_by_surname(relation.group(0).split()[0].lower(), relation.group(1).lower(),
                                                     paragraph))
            if name:
                return name, self.affiliation.get(name)
        if phrase.words.lower().removeprefix("the ") == "police" and self.quoted:
            para, name = self.quoted[-1]
            # (a few paragraphs on: a statement quoted over two paragraphs, then "the police said")
            if name and paragraph - para <= 4 and _POLICE_FORCE.search(name):
                return name, None  # '"...," said the Met Police.' then 'Police added:': the same force
        return None, (self.fullest(phrase.org) if phrase.org else None)

    def _last_politician(self, paragraph: int) -> str | None:
        """The holder of an elected office ("Rep.", "Sen.", "Gov.", "Mayor") the
        last twenty paragraphs named last."""
        holders = {name for title, name in self.titled.items() if title in _ELECTED}
        for para, m in reversed(self.mentions):
            if paragraph - para > 20:
                break
            if (name := self.fullest(m.name)) in holders:
                return name
        return None

    def _relative_by_surname(self, possessive: str, relation: str, paragraph: int) -> str | None:
        """"Ms. Russo ... hugged her father": the one other person of her surname
        the article names, if the relation's gender fits (a father, a son, a
        husband often shares it; anyone else: nobody)."""
        owner = self.resolve_pronoun({"her": "she", "his": "he"}.get(possessive, ""), paragraph)
        if not owner or " " not in owner:
            return None
        gender = "m" if relation in _MALE_WORDS else "f" if relation in _FEMALE_WORDS else None
        surname = owner.split()[-1]
        others = {self.fullest(m.name) for _, m in self.mentions
                  if len(m.name.split()) >= 2 and m.name.split()[-1] == surname} - {owner}
        others = {n for n in others if self.kind_of(n) == "person" and self._gender_fits(n, gender)}
        return others.pop() if len(others) == 1 else None

    def _sole_plain_speaker(self, paragraph: int) -> str | None:
        """'Rishi Sunak condemned "...". "...," the prime minister said.': the one
        person this paragraph names and quotes, when the article gives them no
        title, description or affiliation that the title could contradict."""
        names = {self.fullest(m.name) for para, m in self.mentions if para == paragraph and not m.dependent}
        if len(names) != 1 or not self.quoted or self.quoted[-1][0] != paragraph:
            return None
        name = self.quoted[-1][1]
        if (name not in names or self.kind_of(name) != "person" or name in self.titled.values()
                or name in self.affiliation or any(n == name for _, n, _ in self.descriptions)):
            return None
        return name

    def named_by_noun(self, noun: str, paragraph: int) -> str | None:
        """The body an apposition described as `noun` in the last eight
        paragraphs ("National Nurses United, the country's largest union"),
        else the latest one named in the last twenty whose name has `noun` after
        its first word: "the gallery" -> "National Gallery", "the district" ->
        "Portland Public Schools", or opens with it: "the movement" -> "Movement Red"."""
        if " " in noun:
            # "sheriff's office": a body named before with both words ("Lee County Sheriff's Office")
            words = set(noun.split())
            for para, m in reversed(self.mentions):
                if paragraph - para > 20:
                    break
                if words <= {t.lower().replace("\u2019", "'") for t in m.name.split()[1:]}:
                    return self.fullest(m.name)
            return None
        heads = _NOUN_HEADS.get(noun, {noun})
        if noun in self.described and paragraph - self.described[noun][0] <= 8:
            return self.fullest(self.described[noun][1])
        for para, m in reversed(self.mentions):
            if paragraph - para > 20:  # "the hospital" late in a story is the one its lede named
                break
            toks = [t.lower() for t in m.name.split()]
            if len(toks) >= 2 and toks[0] in heads and looks_like_org(m.name) and not _is_place_like(m.name):
                return self.fullest(m.name)  # "the movement" -> "Movement Red": the noun first
            if not heads.isdisjoint(toks[1:]):
                body = title_prefix(m.name)
                if body is not None and not heads.isdisjoint(t.lower() for t in body.split()[1:]):
                    # "Chicago Teachers Union Vice President Jackson Potter": "the union" is his union
                    return self.fullest(body)
                return self.fullest(m.name)
        return None

    def _in_person_apposition(self, paragraph: int, mention) -> bool:
        """Does `mention` stand in the apposition right after a person's name
        ("David Mellen, Leader of the Council,": the Council)?"""
        text = self.texts.get(paragraph, "")
        comma = text.rfind(",", 0, mention.start)
        if comma < 0 or mention.start - comma > 40:
            return False
        return any(p == paragraph and m.end == comma and self.kind_of(self.fullest(m.name)) == "person"
                   for p, m in self.mentions)

    def resolve_pronoun(self, pronoun: str, paragraph: int) -> str | None:
        """The nearest fitting named source.

        Sources are the speakers of quotations and the named subjects of
        sentences that report speech ("Roe said the march ..."), most recent
        first. "the union" first looks for a name that ends in "Union".
        """
        if pronoun.startswith("the ") and pronoun[4:] in DOCUMENT_NOUNS:
            if self.documents and paragraph - self.documents[-1][0] <= 1:
                return self.documents[-1][1]  # "The club said in a statement ... the statement said"
            last_quoted = self.quoted[-1][0] if self.quoted else -1
            for para, m in reversed(self.mentions):
                if para <= last_quoted or paragraph - para > 1:
                    break
                if m.name in self.org_names and not _is_place_like(m.name):
                    # '"...," said Schmitt.' / '... arranged by the No Kings organization. ...' /
                    # '"...," the statement said': the body named since, not the person quoted before
                    return self.fullest(m.name)
            # "the statement said": its author's words; a complaint, a lawsuit or a report
            # is a body's or a court's, never that of whoever was quoted last
            wanted = {"org", "unknown"} if pronoun[4:] in _OFFICIAL_DOCUMENTS else {"org", "unknown", "person"}
        elif pronoun.startswith("the "):
            named = self.named_by_noun(pronoun[4:], paragraph)
            if named:
                return named
            unnamed_at = self.unnamed_bodies.get(pronoun[4:], -99)
            if paragraph - unnamed_at <= 8 and not any(
                    para > unnamed_at and name and self.kind_of(name) != "person" for para, name in self.quoted[-3:]):
                # "the coalition": the unnamed one described, not a member named in it (but a body
                # reported speaking since is: "a large group of supporters walked ... Black Lives
                # Matter condemned the attack ... the group said")
                return None
            wanted = {"org", "unknown"}
        elif pronoun == "it":
            if (self.unnamed_body is not None and self.unnamed_body[1] == len(self.quoted) and (
                    paragraph == self.unnamed_body[0] or (
                        paragraph == self.unnamed_body[0] + 1
                        and not (self.mentions and self.mentions[-1][0] == paragraph)))):
                # nobody has spoken since "The city's law department said" (in this paragraph, or
                # in the one before when this one names nobody: 'The Facebook group urged: "..."'
                # then '"...," it read.'; but "CAIR went further. ... it accused" is CAIR)
                return None
            if self.documents and self.documents[-1][0] == paragraph and (
                    not self.quoted or self.quoted[-1][0] < paragraph
                    or self.quoted[-1] == self.documents[-1]):  # (its issuer is who was noted last)
                # "The governor's office released a statement. "...," it read.": the statement's
                # issuer, named or not, unless someone has spoken since
                return self.documents[-1][1]
            wanted = {"org", "unknown"}
        elif pronoun in PERSON_PRONOUNS:
            wanted = {"person"}
        elif pronoun == "they":
            unnamed_spoke = self.unnamed_group
            if unnamed_spoke is not None and unnamed_spoke[1] == len(self.quoted) and (
                    unnamed_spoke[0] == paragraph or (unnamed_spoke[0] == paragraph - 1 and not (
                        self.last_subject is not None and self.last_subject[1] > unnamed_spoke[2]))):
                # nobody has spoken since "Organisers said", in this paragraph or the one
                # before, and nobody named since is a sentence's subject ("Opposition speakers
                # accused President X of blocking talks with the Y Front." then 'They denounced
                # "..."': the speakers, unnamed, not the front); the next "They also" is them too
                self.unnamed_group = (paragraph, len(self.quoted), self.seen)
                return None
            if (self.unnamed_one is not None and self.unnamed_one[1] == len(self.quoted)
                    and paragraph - self.unnamed_one[0] <= 1):
                # 'a spokesperson from Extinction Rebellion ... said ...' then '"...," they said':
                # the spokesperson, unnamed, in this paragraph or the one before, with nobody since
                return None
            if self.they_people and (name := self._they_person(paragraph)):
                return name  # 'Ellis, who is nonbinary, ... "...," they said'
            if (self.quoted and (name := self.quoted[-1][1]) and paragraph - self.quoted[-1][0] <= 1
                    and _POLICE_FORCE.search(name)):
                return name  # '"...," the police said in a statement.' then 'They said that "..."': the force
            wanted = {"org"}
        else:
            return None
        gender = PERSON_PRONOUNS.get(pronoun)
        if wanted == {"person"}:
            subject = self.last_subject
            if subject is not None and subject[0] == paragraph and subject[1] > self.source_seen:
                name = self._person_named(subject[2], gender)
                if name:
                    return name  # the subject of a sentence after whoever spoke last
            # A speaker in this paragraph, else a person named in it ("Speakers
            # included Mohammed Saleh, who ... He told the crowd"), comes first.
            here = list(takewhile(lambda pm: pm[0] == paragraph, reversed(self.mentions)))
            for para, name in reversed(self.quoted):
                if para != paragraph:
                    break
                if name is None:
                    if self._unnamed_fits(para, gender):
                        return self._unnamed_is(para, gender)  # the unnamed person who spoke last
                    continue
                if self.kind_of(name) == "person" and self._gender_fits(name, gender):
                    return name
                if (self.quoted[-1] == (para, name) and " " not in name and self.kind_of(name) == "unknown"
                        and self._gender_fits(name, gender) and not _is_place_like(name)
                        and not any(self.kind_of(self.fullest(m.name)) == "person" for _, m in here)):
                    # 'Rama rebuffed calls, saying that "...". He added that "..."': one word, but the
                    # one who spoke just now in a paragraph that names no person ("London mayor,
                    # Sadiq Khan, ... he warned" is Khan)
                    return name
            # (whom someone called on, urged or told comes after the others: "Romero called on
            # Gov. Gavin Newsom to sign the bill. "...," she said" is Romero, whatever Newsom is)
            text_here = self.texts.get(paragraph, "")
            # (and a relative named as one: "leaving his younger brother Eitan behind. "...," he said")
            for _, m in sorted(here, key=lambda pm: id(pm[1]) in self.addressees or id(pm[1]) in self.kin):
                if text_here.endswith("like ", 0, m.start):
                    continue  # "killed by police, like Brown, he says": a comparison, not who speaks
                if text_here.endswith(" of ", 0, m.start) and any(o.end == m.start - 4 for _, o in here):
                    continue  # "Dr Gwyn Williams of Plaid Cymru. ... he said": the party he is of
                name = self._person_named(m, gender)
                if name:
                    return name
            for _, m in here:
                if (id(m) in self.subjects and " " not in m.name and _WHO_AFTER.match(text_here, m.end)
                        and self.kind_of(name := self.fullest(m.name)) == "unknown" and not _is_place_like(name)):
                    # "Darweesh, whose release had been secured, appeared ... "...," he said": a
                    # surname alone, but the subject a relative clause describes as someone's
                    return name
            # (not a description of someone named: "the death of Floyd, a black man," is Floyd)
            unnamed = next((u for u in _UNNAMED_PERSON.finditer(text_here)
                            if not _NAME_AND_COMMA_LAST.search(text_here, max(0, u.start() - 40), u.start())), None)
            if unnamed and ("f" if unnamed.group(1).lower() in _UNNAMED_FEMALE else "m") == gender:
                # "an officer kicking a woman ... after she asks "..."": the unnamed woman
                # of this paragraph, not whoever spoke in the one before
                return None
            if not self.quoted or self.quoted[-1][0] < paragraph - 1 or (
                    self.quoted[-1] == (paragraph - 1, None) and not self._unnamed_fits(paragraph - 1, gender)):
                # (an unnamed one in the paragraph before who cannot be "she" does not hide that
                # paragraph's subject: "the killing of a lawmaker and her husband, something Greta
                # Kemp Martin thought about" then '"...," she said' is Kemp Martin)
                # "Gurmeet Kaur, 67, had travelled ..." then '"...," she said':
                # the subject of a sentence in the paragraph before, after
                # whoever spoke last
                for para, m in reversed(self.mentions):
                    if para < paragraph - 1:
                        break
                    # (or whose thing opens a sentence there: "Laxton's heavy breathing was the only
                    # sound." then '"...," he said again')
                    name = self._person_named(m, gender) if para == paragraph - 1 and (
                        id(m) in self.subjects or (m.sentence_initial and self.texts.get(para, "").startswith(
                            ("'s ", "\u2019s "), m.end))) else None
                    if name and self._reported_by_pronoun(para, m, gender):
                        continue
                    if name:
                        return name
        # "the group" is no court, ministry or prosecution service
        group = pronoun.startswith("the ") and pronoun[4:] in _GROUP_NOUNS
        company = pronoun.startswith("the ") and pronoun[4:] in _COMPANY_NOUNS
        for para, name in reversed(self.quoted):
            if paragraph - para > 2:
                break
            if name is None and wanted == {"person"} and self._unnamed_fits(para, gender):
                return self._unnamed_is(para, gender)
            if (name and self.kind_of(name) in wanted and self._gender_fits(name, gender)
                    and not (group and _PUBLIC_BODY.search(name)) and not (company and _NOT_A_COMPANY.search(name))
                    and not (pronoun.startswith("the ") and _NEWS_OUTLET.search(name))):  # "the Post wrote"
                return name
        if "org" in wanted:
            # No organisation was quoted nearby: the latest one named ("the group": in the
            # last twenty paragraphs, "Five Just Stop Oil activists ... The group said")
            for para, m in reversed(self.mentions):
                if paragraph - para > (20 if group else 2):
                    break
                if ((looks_like_org(m.name) or m.name in self.org_names) and not _is_place_like(m.name)
                        and id(m) not in self.addressees and not (company and _NOT_A_COMPANY.search(m.name))
                        # ("the Facebook event ... The Facebook group urged": a group on it, not the platform)
                        and not (group and m.name in PLATFORMS)
                        # ("a rally in the plaza outside the Tel Aviv Museum ... They declared": a place;
                        # "a rally outside House of Fraser ... The Facebook group ... claims" too)
                        and not ((pronoun == "they" or group) and _WHERE_BEFORE.search(
                            self.texts.get(para, ""), max(0, m.start - 24), m.start))
                        # ("Cllr Nigel Bell and ... Chris Ostrowski slammed the Brexit Party leader." then
                        # "They said": a body that only describes someone's office is not "they")
                        and not (pronoun == "they" and _OFFICE_NOUN_AFTER.match(self.texts.get(para, ""), m.end))
                        # (not "reported the Associated Press": the news agency is no "organisation" quoted)
                        and not (pronoun.startswith("the ") and _NEWS_OUTLET.search(m.name))
                        # (nor "in over 2,000 U.S. cities" for "The website also adds": a name that
                        # describes the plural after it issues nothing)
                        and not (pronoun[4:] in DOCUMENT_NOUNS and (after := _PLURAL_AFTER_NAME.match(
                            self.texts.get(para, ""), m.end)) and after.group(1) not in SPEECH_VERBS)
                        # (nor "the Project 2025 agenda": a name that describes a thing after it,
                        # unless the thing is a document of its own: "the Amnesty International website")
                        and not (pronoun[4:] in DOCUMENT_NOUNS and self.texts.get(para, "").endswith("the ", 0, m.start)
                                 and (after := _NOUN_AFTER_NAME.match(self.texts.get(para, ""), m.end))
                                 and after.group(1) not in SPEECH_VERBS and after.group(1) not in DOCUMENT_NOUNS)
                        # ("GDP, employment, purchasing power ... have all increased": letters in
                        # capitals that nothing here shows to be a body)
                        and not (group and m.name.isupper() and m.name not in self.org_names
                                 and m.name not in self.aliases and id(m) not in self.subjects)
                        # (a body named as a group is one: "organizers the People's Power Assembly")
                        and not (group and ((_PUBLIC_BODY.search(m.name) and m.name not in self.org_names)
                                            or any(c.isdigit() for c in m.name)))  # the M25
                        # (nor "Rebecca Langton, Portfolio Holder for Communities,": a person's office or
                        # body in the apposition after her name, not a body that speaks for itself)
                        and not (pronoun == "it" and self._in_person_apposition(para, m))):
                    return self.fullest(m.name)
        if wanted == {"person"}:
            opener = _OPENS_WITH_PRONOUN.match(self.texts.get(paragraph - 1, "")) if pronoun in ("he", "she") else None
            if (opener is not None and opener.group(1).lower() == pronoun
                    and self.last_subject is not None and paragraph - self.last_subject[0] <= 3):
                # "Sayyed, who asked that his surname be withheld, ..." then "An Egyptian, he
                # rejected suggestions that ... overthrow President Hosni Mubarak" then '"...," he
                # said': the paragraph before opened with "he", still the one named before it;
                # a name in its clauses after that is not who speaks now
                subject = self.last_subject[2]
                name = self._person_named(subject, gender)
                if name is None and " " not in subject.name:
                    bare = self.fullest(subject.name)
                    if self.kind_of(bare) == "unknown" and not _is_place_like(bare):
                        name = bare
                if name:
                    return name
            for para, m in reversed(self.mentions):
                if paragraph - para > 1:
                    break
                if m.dependent:
                    continue  # "sang Pete Seeger's anti-war song": whose song, not who sang it
                name = self._person_named(m, gender)
                if name and not self._reported_by_pronoun(para, m, gender):
                    return name
        return None

    def _reported_by_pronoun(self, para: int, m: Mention, gender: str) -> bool:
        """Is `m` named in what a "she" (or "he", as `gender` asks) reported?
        "She read out the news that lawmaker Melissa Hortman had been killed."
        then '"...," she read': the one that "she" meant goes on speaking, not
        a name in the news."""
        return bool(_REPORTED_AFTER_PRONOUN[gender].search(self.texts.get(para, ""), max(0, m.start - 200), m.start))

    def named_by_modifier(self, phrase: SpeakerPhrase) -> str | None:
        """"The student group" -> "Ohio Student Association": a body whose name
        holds the word that tells "the group" apart, named anywhere before."""
        words = phrase.words.lower().split()
        if not phrase.pronoun or not phrase.pronoun.startswith("the ") or len(words) != 3:
            return None
        modifier = words[1]
        if not modifier.isalpha() or modifier in ("same", "other", "whole", "new", "local", "national"):
            return None
        for _, m in reversed(self.mentions):
            if modifier in (w.lower() for w in m.name.split()[:-1]) and looks_like_org(m.name):
                return self.fullest(m.name)
        return None

    def _body_just_quoted(self, noun: str, paragraph: int) -> str | None:
        """"HealthPartners said ... "...," the health system said": the body
        that spoke last in this paragraph, if its name calls it nothing else
        (not "the hospital" for "Nurses Union")."""
        if not self.quoted:
            return None
        para, name = self.quoted[-1]
        if para != paragraph or name is None or self.kind_of(name) == "person":
            return None
        words = [w.rstrip(".,") for w in name.split()]
        if noun in _BUSINESS_NOUNS and not _CORPORATE_SUFFIXES.isdisjoint(words):
            return name  # "Target Corporation said ... the retailer said": a company is any business
        return name if noun in (w.lower() for w in words) or not any(w in ORG_KEYWORDS for w in words) else None

    def subject_here(self, paragraph: int) -> str | None:
        """The person a sentence of this paragraph is about ("Maria Lopez was
        blunt."), if nobody has spoken and no other person was named since."""
        subject = self.last_subject
        if subject is None or subject[0] != paragraph or subject[1] <= self.source_seen:
            return None
        name = self._person_named(subject[2], None)
        if name is None:
            return None
        for para, m in reversed(self.mentions):
            if m is subject[2]:
                return name
            if para != paragraph:
                return None
            if not m.dependent and self._person_named(m, None) not in (None, name):
                return None  # someone else named after the subject
        return None

    def person_named_since(self, paragraph: int) -> bool:
        """Has a person been named in `paragraph` or after it?"""
        for para, m in reversed(self.mentions):
            if para < paragraph:
                return False
            if self.kind_of(name := self.fullest(m.name)) == "person" and not _is_place_like(name):
                return True  # (not "moved to National Parliament Building": a place)
        return False

    def person_introduced(self, paragraph: int) -> str | None:
        """The one person `paragraph` names, introduced as the subject of one of
        its sentences ("is with", "is a"), if it names no other person and quotes no
        one else: "Sarah Parker is with Voices of Florida." before a paragraph of her
        words (not 'Police chief Omar Haddad ordered the square closed.': an actor)."""
        names: set[str] = set()
        subject = None
        text = self.texts.get(paragraph, "")
        for para, m in self.mentions:
            if para != paragraph or m.dependent:
                continue
            if id(m) not in self.subjects and _AFTER_A_PREPOSITION.search(text, max(0, m.start - 8), m.start):
                continue  # "is with Riverside Tenants United": where the subject belongs, no one else
            name = self._person_named(m, None)
            if name is None:
                if self.kind_of(self.fullest(m.name)) == "person":
                    return None  # a person named some other way (a modifier, an apposition): unclear
                continue
            names.add(name)
            if id(m) in self.subjects and _INTRODUCED_AS.match(text, m.end):
                subject = name
        if len(names) != 1 or subject is None or any(
                para == paragraph and name != subject for para, name in self.quoted):
            return None
        return subject

    def only_person_since(self, paragraph: int) -> str | None:
        """The one person named from `paragraph` on, if only one is."""
        names = {self._person_named(m, None) for para, m in self.mentions if para >= paragraph and not m.dependent}
        names.discard(None)
        return names.pop() if len(names) == 1 else None

    def _person_named(self, m: Mention, gender: str | None) -> str | None:
        """The fullest name of a mention that can be the person a pronoun
        means: not a place, not a modifier ("a Yankton Sioux elder")."""
        name = self.fullest(m.name, self.honorific_of.get(id(m)) or gender)
        if (self.kind_of(name) == "person" and self._gender_fits(name, gender)
                and not _is_place_like(m.name) and not _is_place_like(name)  # "Main" of "Main Street"
                # "the town's former Labour MP" (but a first name makes the title a surname: "Peter Dean";
                # and one the article shows a person is one: "Dean, 35, from Ilford,")
                and (name.split()[-1].lower().rstrip(".") not in TITLES
                     or (" " in name and name.split()[0].lower() in FIRST_NAMES) or name in self.people)
                and not m.after_place_word and not m.modifier and not m.apposed):
            return name
        return None

    def _they_person(self, paragraph: int) -> str | None:
        """The person who uses "they" and spoke or was the subject last in
        this paragraph (or opened the one before), if nobody else spoke since."""
        subject = self.last_subject
        if subject is not None and subject[1] > self.source_seen and (subject[0] == paragraph or (
                subject[0] == paragraph - 1 and not (self.quoted and self.quoted[-1][0] == paragraph)
                and not (self.mentions and self.mentions[-1][0] == paragraph))):  # nobody named since
            name = self.fullest(subject[2].name)
            return name if name in self.they_people else None
        if self.quoted and self.quoted[-1][0] == paragraph and self.quoted[-1][1] in self.they_people:
            return self.quoted[-1][1]
        return None

    def _unnamed_fits(self, paragraph: int, gender: str | None) -> bool:
        known = self.unnamed_genders.get(paragraph)
        return gender is None or known is None or known == gender

    def _unnamed_is(self, paragraph: int, gender: str | None) -> None:
        """A pronoun meant the unnamed person of `paragraph`: "he said" tells
        that a shopkeeper is a man, so a later "she" is someone else."""
        if gender:
            self.unnamed_genders.setdefault(paragraph, gender)
        return None

    def gender_of(self, name: str) -> str | None:
        """What the article says ("his wife, ...", "he said"), else what a
        common first name tells ("Mary Poe"), else None."""
        return self.genders.get(name) or first_name_gender(name)

    def _gender_fits(self, name: str, gender: str | None) -> bool:
        known = self.gender_of(name)
        return gender is None or known is None or known == gender


# A sentence that opens with a place's or body's possessive, then words that may be titles:
# "Helsinki's Mayor " before "Jan Vapaavuori"
_POSSESSIVE_OPENING = re.compile(r"(?:^|[.!?\x00][\"\u201d\u2019']?\s+)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+"
                                 r"((?:[A-Z][\w.-]*\s+){1,3})$")
# A sentence's start: after its end mark, or after a quotation that ended it (masked: \x00)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\x00][\"\u201d\u2019']?\s+)(?:((?:[A-Z][\w.-]*\s+){1,3})"
                               # after an opening phrase: "Outside, organizer Shameka Parrish-Wright addressed"
                               r"|[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4},\s+((?:[A-Za-z][\w.-]*\s+){1,3}))$")


# A conjunction opening a sentence before its subject: "But Nawaikula, who ..., hit back"
_OPENING_CONJUNCTIONS = frozenset({"But", "And", "Yet", "So", "Still"})
# An adjective and a role opening a sentence before the name: "Former employer Gilbert Weis walked"
_ROLE_ADJECTIVES = ("Former", "Retired", "Veteran", "Longtime", "Fellow", "Local")
_DESCRIBED_ROLE_OPENING = re.compile(r"(?:^|[.!?\x00][\"\u201d\u2019']?\s+)(?:" + "|".join(_ROLE_ADJECTIVES) + r")\s+"
                                     r"(?:[a-z-]+\s+)?[a-z]+(?:er|or|ist|ian|ant|ent|man|woman|person)\s+$")


# A role in plain nouns from the sentence's start to a name: "Rally organizer Kota Kimura feels",
# "Organizer of the rally Kota Kimura feels" (the role word is checked against the vocabulary)
_ROLE_NOUNS_OPENING = re.compile(r"(?:^|[.!?\x00][\"\u201d\u2019']?\s+)(?:([A-Z][a-z-]+(?:\s+[a-z-]+){0,2})"
                                 r"|([A-Z][a-z-]+)\s+(?:of|for)\s+the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+$")


def _a_role_in_nouns_before(text: str, start: int) -> bool:
    opening = _ROLE_NOUNS_OPENING.search(text, max(0, start - 60), start)
    if opening is None:
        return False
    if opening.group(1):
        words = opening.group(1).lower().split()
        # (not "Speaking to reporter Jane Roe": a participle opens no role)
        return not words[0].endswith(("ing", "ed")) and (words[-1] in TITLES or words[-1] in SINGULAR_PERSON_NOUNS)
    role = opening.group(2).lower()
    return role in TITLES or role in SINGULAR_PERSON_NOUNS


def _only_titles_before(text: str, start: int) -> bool:
    """Only titles stand between the sentence's start, or its opening phrase,
    and a name: "Councilmember Jane Roe said", "Outside, organizer Jane Roe addressed"."""
    owner = _POSSESSIVE_OPENING.search(text, max(0, start - 80), start)
    if owner is not None and all(w.lower().rstrip(".") in TITLES for w in owner.group(1).split()):
        return True  # "Helsinki's Mayor Jan Vapaavuori visited": a place's office, then the name
    opening = _SENTENCE_OPENING.search(text, max(0, start - 80), start)
    if opening is None:
        # "Former employer Gilbert Weis walked alongside workers.": an adjective and a role
        # (most windows hold none of those adjectives: a substring test spares the pattern)
        window = text[max(0, start - 60) : start]
        return (any(word in window for word in _ROLE_ADJECTIVES)
                and _DESCRIBED_ROLE_OPENING.search(text, max(0, start - 60), start) is not None
                ) or _a_role_in_nouns_before(text, start)
    if opening.group(1):
        # ("But Nawaikula, who is president of ..., hit back": a conjunction, then the subject)
        return all(w.lower().rstrip(".") in TITLES or w in _OPENING_CONJUNCTIONS for w in opening.group(1).split())
    # (after the opening phrase a role is lower-case, and names no one as a title does)
    words = opening.group(2).split()
    if all(w.lower().rstrip(".") in TITLES or w in SINGULAR_PERSON_NOUNS for w in words):
        return True
    # "Addressing the crowd, Sinn Féin leader Gerry Adams praised": a body's name, then the role
    while words and words[-1].lower().rstrip(".") in TITLES and words[-1].islower():
        words.pop()
    return len(words) < len(opening.group(2).split()) and all(w[:1].isupper() for w in words)


# "The Lagos State Commissioner for Information, Mr Gbenga Omotoso, who ...,":
# the name set off after the sentence's opening noun phrase is its subject
_SUBJECT_APPOSITION = re.compile(
    r"(?:^|[.!?\x00][\"\u201d\u2019']?\s+)(?:[A-Z][^,.!?\x00]{0,60},\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    r"\s+[^,.!?\x00]{1,80},\s+(?:(?i:" + "|".join(sorted(TITLES)) + r")\.?\s+)*$")


# "introduced Ana Ruiz, a nurse, who spoke next": the one who speaks, wherever her name stands
_SPOKE_NEXT = re.compile(r"(?:,\s*(?:a|an|the)\s[^,.;:\x00]{1,60})?,\s*who\s+(?:then\s+|later\s+|also\s+)?"
                         r"(?:spoke|speaks|took\s+the\s+(?:microphone|mic|stage|podium)|addressed|stepped\s+(?:up|forward))\b")
# "the despair of Sitraka, a restaurant employee, who arrived to find ...": a person introduced,
# described and followed, whatever the sentence's subject (and even after "of")
_INTRODUCED_NEXT = re.compile(r",\s*(?:a|an)\s[^,.;:\x00]{1,60},\s*who\s")
# A one-word subject described as a person by its apposition: "Nico, an accountant said",
# "Sitraka, a 24-year-old student,"
# The same description, wherever the apposition goes on: ", a retired civics teacher from Eveleth,"
_A_PERSON_DESCRIBED_NEXT = re.compile(r",\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + _PERSON_NOUN_ALT + r")\b")
_A_PERSON_APPOSED = re.compile(r",\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:"
                               + _PERSON_NOUN_ALT + r")(?=,|\s+(?:said|says|told|tells|[a-z]+ed)\b)")


# Who someone is, right after their name: "is with", "is a", ", 34, is one of", "was among"
_INTRODUCED_AS = re.compile(r"(?:,[^,.;:\x00]{1,60},)?\s+(?:is|was|has\s+been|had\s+been)\s+"
                            r"(?:also\s+|now\s+|still\s+)?(?:with|a|an|one|among|part|from|the)\b")
_AFTER_A_PREPOSITION = re.compile(r"\b(?:with|of|for|from|at|in|on|by)\s+(?:the\s+)?$")
# "a man named", "a young woman called": the one-word name after it is a person's
_A_PERSON_NAMED_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:"
                                    + _PERSON_NOUN_ALT
                                    + r")\s+(?:named|called)\s+$", re.I)


def _apposed_to_subject(text: str, m: Mention) -> bool:
    return text.startswith(",", m.end) and _SUBJECT_APPOSITION.search(text, max(0, m.start - 200), m.start) is not None


_STREETS = (" Street", " Avenue", " Square", " Plaza", " Bridge")
_STREET_ENDINGS = _STREETS + (" Boulevard", " Road")  # never a speaker
_PLACE_ENDINGS = _STREETS + (" Park", " Hall", " City", " County", " Station",  # likely a place, for pronouns
                                " Capitol", " Courthouse", " Airport", " Cathedral", " Stadium", " Building", " Buildings")


# Seats of government that speak for it: "Downing Street has called the removal a "criminal act""
_SEATS_THAT_SPEAK = frozenset({"Downing Street", "Number 10", "No 10", "Number Ten"})


def _is_place_like(name: str) -> bool:
    return (name in PLACES or name.endswith(_PLACE_ENDINGS)) and name not in _SEATS_THAT_SPEAK
