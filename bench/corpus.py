"""Make N deterministic, realistic protest reports for benchmarking.

    python bench/corpus.py N OUTDIR [--seed 7]

Standard library only. Each article has the project's front matter, about
800 words, 6-10 attributed quotations in the shapes QUOTES.md lists (split
quotes, pronoun and short-name attributions, "according to", organisations'
statements, curly and straight marks), 1-3 sign or chant slogans, tags and a
category; every tenth article has a photo (a small PNG written here).
"""

from __future__ import annotations

import argparse
import random
import struct
import zlib
from datetime import datetime, timedelta
from pathlib import Path

FIRST = ["Maria", "James", "Aisha", "Tomás", "Keisha", "Daniel", "Priya", "Owen", "Lucia", "Samuel",
         "Hannah", "Marcus", "Rosa", "Eli", "Winona", "David", "Amira", "Luz", "Frank", "Tanya"]
LAST = ["Delgado", "Okafor", "Whitfield", "Reyes", "Brooks", "Natarajan", "Hughes", "Ferreira", "Adler",
        "Thunderbird", "Ruiz", "Hassan", "Ortega", "Morales", "Stein", "Carter", "Kim", "Bell", "Tran", "Lima"]
ORGS = ["Never Again Action", "Migrant Justice Collective", "Riders United", "Tenants Union of the East Side",
        "California Nurses Alliance", "Friends of the Public Library", "Rising Tide Network",
        "Jewish Voice for Peace", "Students for a Safe Campus", "Port Workers Council"]
ROLES = ["an organizer with", "a member of", "a spokesperson for", "the president of", "a volunteer with"]
CITIES = ["Oakland, California", "Newark, New Jersey", "Chicago, Illinois", "Austin, Texas", "Boston, Massachusetts",
          "Detroit, Michigan", "Tampa, Florida", "Seattle, Washington", "Brooklyn, New York", "Columbus, Ohio"]
CATEGORIES = ["Protests", "Labor", "Housing", "Immigration", "Education", "Environment"]
TAGS = ["ICE", "Strikes", "Rent", "Schools", "Climate", "Police", "Transit", "Libraries", "Nurses", "Detention",
        "Vigil", "March", "Sit-in", "Petition", "City Hall"]
SLOGANS = ["No justice, no peace", "Housing is a human right", "Shut it down", "Families belong together",
           "Water is life", "Fund our schools", "Safe staffing saves lives", "Never again is now",
           "Whose streets? Our streets", "Free the transit", "Books not bans", "Abolish the camps"]
CLAUSES = ["we are not going anywhere until they listen to us", "this city belongs to the people who keep it running",
           "nobody should have to choose between rent and medicine", "we have asked politely for two years",
           "the people inside those walls are our neighbors", "the budget is a moral document",
           "every family deserves a safe place to sleep", "the data they collect is used to hunt people down",
           "our children are learning in buildings without heat", "we will keep coming back every week",
           "they had the money for tax cuts, so they have the money for this", "silence is not an option anymore"]
WORDS = ("the rally began before noon and grew through the afternoon as workers students and neighbors "
         "arrived from across the city carrying banners and homemade signs while police officers watched from "
         "the corners and volunteers handed out water and flyers explaining the demands of the coalition which "
         "has organized weekly actions since the spring when the council first proposed the cuts").split()


def sentence_case(text: str) -> str:
    return text[0].upper() + text[1:]


def narrative(rng: random.Random, words: int) -> str:
    out, sentence = [], []
    for _ in range(words):
        sentence.append(rng.choice(WORDS))
        if len(sentence) >= rng.randint(14, 26):
            out.append(sentence_case(" ".join(sentence)) + ".")
            sentence = []
    if sentence:
        out.append(sentence_case(" ".join(sentence)) + ".")
    return " ".join(out)


def quotation_paragraph(rng: random.Random, person: tuple, org: str, curly: bool) -> str:
    first, last = person
    o, c = ("\u201c", "\u201d") if curly else ('"', '"')
    q1 = sentence_case(rng.choice(CLAUSES))
    q2 = sentence_case(rng.choice(CLAUSES))
    shape = rng.randrange(8)
    if shape == 0:
        return f"{o}{q1},{c} said {first} {last}, {rng.choice(ROLES)} {org}."
    if shape == 1:
        return f"{o}{q1},{c} {last} said. {o}{q2}.{c}"
    if shape == 2:
        return f"{first} {last} said: {o}{q1}.{c}"
    if shape == 3:
        return f"{o}{q1},{c} she said."
    if shape == 4:
        return f"According to {org}, {o}{rng.choice(CLAUSES)}.{c}"
    if shape == 5:
        return f"In a statement, {org} said it would {o}{rng.choice(CLAUSES)}.{c}"
    if shape == 6:
        return f"{o}{q1},{c} the group states. {o}{q2}.{c}"
    return f"{last} added that {o}{rng.choice(CLAUSES)}.{c}"


def slogan_paragraph(rng: random.Random) -> str:
    a, b = rng.sample(SLOGANS, 2)
    shape = rng.randrange(3)
    if shape == 0:
        return f"Protesters chanted \"{a}!\" as they marched toward the building."
    if shape == 1:
        return f"Demonstrators carried signs reading \"{a}\" and \"{b}.\""
    return f"\u201c{a},\u201d one banner read."


def article(rng: random.Random, n: int, when: datetime, photo: str | None) -> str:
    org = rng.choice(ORGS)
    people = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(3)]
    title = f"{rng.choice(['Hundreds', 'Dozens', 'Thousands'])} rally in {rng.choice(CITIES).split(',')[0]} over {rng.choice(TAGS).lower()} (report {n})"
    header = [f"Title: {title}", f"Date: {when:%Y-%m-%d %H:%M}", f"Category: {rng.choice(CATEGORIES)}",
              f"Tags: {', '.join(rng.sample(TAGS, 3))}", f"Location: {rng.choice(CITIES)}",
              f"Summary: {narrative(rng, 24)}", f"Slug: bench-report-{n}"]
    if photo:
        header += [f"Image: {photo}", "Image_alt: Marchers with banners in the street.", "Image_credit: Bench Photographer"]
    paragraphs = [narrative(rng, 60)]
    quotes = rng.randint(6, 10)
    slogans = rng.randint(1, 3)
    person = people[0]
    paragraphs.append(f"{person[0]} {person[1]}, {rng.choice(ROLES)} {org}, helped organize the march.")
    for i in range(quotes):
        person = people[i % len(people)]
        paragraphs.append(quotation_paragraph(rng, person, org, curly=rng.random() < 0.4))
        paragraphs.append(narrative(rng, rng.randint(30, 55)))
    for _ in range(slogans):
        paragraphs.append(slogan_paragraph(rng))
    words = sum(len(p.split()) for p in paragraphs)
    if words < 780:
        paragraphs.append(narrative(rng, 800 - words))
    return "\n".join(header) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A solid-colour PNG, from the standard library."""
    row = b"\x00" + bytes(colour) * width
    raw = zlib.compress(row * height, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def make_corpus(n: int, out: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    articles = out / "articles"
    images = out / "images"
    articles.mkdir(parents=True, exist_ok=True)
    images.mkdir(parents=True, exist_ok=True)
    (out / "pages").mkdir(exist_ok=True)
    (out / "pages" / "about.md").write_text("Title: About\nSlug: about\n\nA benchmark site.\n", encoding="utf-8")
    for k in range(8):
        (images / f"bench-{k}.png").write_bytes(png(1200, 800, (40 + 25 * k, 80, 120)))
    start = datetime(2020, 1, 1, 9, 0)
    for i in range(n):
        photo = f"images/bench-{i % 8}.png" if i % 10 == 0 else None
        when = start + timedelta(hours=7 * i)
        (articles / f"{when:%Y-%m-%d}-bench-{i:05d}.md").write_text(article(rng, i, when, photo), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    make_corpus(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
