"""Protest and advocacy groups whose names do not look like a body's.

"Just Stop Oil said ... the group added" needs to know that "Just Stop Oil"
is a group: its words are common words, with no "Coalition" or "Union" in
them, and two or three capitalised words otherwise read as a person's name
("Extinction Rebellion" like "Keisha Wallace"). These are groups that news
reports about protests name again and again, in many countries; a name the
article itself marks as a body ("the group", "in a statement", "activists
with X") is learnt without this list.

Only names of two words or more: a single capitalised word that is no known
person's name is already taken as a body or a person, whichever the
article's pronouns need.
"""

from __future__ import annotations

import re

KNOWN_ORG_NAMES = frozenset("""
Extinction Rebellion
Just Stop Oil
Last Generation
Letzte Generation
Ultima Generazione
Dernière Rénovation
Futuro Vegetal
Insulate Britain
Animal Rebellion
Scientist Rebellion
Palestine Action
Black Lives Matter
Code Pink
Rise and Resist
Refuse Fascism
Stop Cop City
Tesla Takedown
Occupy Wall Street
Dream Defenders
Within Our Lifetime
Mothers Out Front
Moms Demand Action
Fridays for Future
Tyre Extinguishers
Renovate Switzerland
Stop Rosebank
Youth Demand
Shut the System
Free Tibet
Hong Kong Watch
Sisters Uncut
Kill the Bill
Stand Up to Racism
Hope not Hate
Led By Donkeys
Good Law Project
""".strip().splitlines())

# The small words inside those names, which papers capitalise or not
_SMALL_WORDS = frozenset({"up", "to", "the", "for", "not", "and", "by", "of", "our", "on", "in", "a"})


def _small_words_folded(name: str) -> str:
    """The name with its short inner words in lower case: papers write "Stand up To Racism",
    "Stand Up to Racism" and "Hope Not Hate" for one group."""
    first, *rest = name.split(" ")
    return " ".join([first] + [w.lower() if w.lower() in _SMALL_WORDS else w for w in rest])


_FOLDED_NAMES = frozenset(_small_words_folded(n) for n in KNOWN_ORG_NAMES)


def _pattern(name: str) -> str:
    """The name as a pattern whose small words may open in either case ("Stand [Uu]p [Tt]o Racism")."""
    first, *rest = name.split(" ")
    return r"\s".join([re.escape(first)] + [f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" if w.lower() in _SMALL_WORDS
                                           else re.escape(w) for w in rest])


# A group's branch named after its country or city: "Greenpeace UK", "Extinction Rebellion NYC"
PLACE_CODES = frozenset({"UK", "US", "USA", "NYC", "LA", "DC", "SF", "EU", "NZ", "NL", "DE", "FR", "IE", "AU", "CA"})


def is_known_org(name: str) -> bool:
    """Is `name` a group this list knows, or any capitalised name with a place
    code after it ("Greenpeace UK": a branch, never a person)?"""
    if _small_words_folded(name) in _FOLDED_NAMES:
        return True
    core, _, place = name.rpartition(" ")
    return place in PLACE_CODES and core[:1].isupper()


KNOWN_ORG_FIRST_WORDS = frozenset(name.split()[0] for name in KNOWN_ORG_NAMES)
# One of the names where a capital opens a word, with a place code after it if any
KNOWN_ORG_AT = re.compile(
    r"((?:" + "|".join(_pattern(n) for n in sorted(KNOWN_ORG_NAMES, key=len, reverse=True)) + r")"
    r"(?:\s(?:" + "|".join(sorted(PLACE_CODES)) + r"))?)(?![\w'\u2019-])")
