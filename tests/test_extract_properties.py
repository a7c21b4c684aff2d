"""Property tests: whatever the input, the extractor never fails and never
shows words that are not in the article."""

import html as htmlmod
import re

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pullquotes.extract import extract_from_paragraphs, paragraph_texts, read_article

MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb", "''", "``",
         "&quot;", "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;", "&#39;", "&#8220;", "&#x201D;"]
WORDS = ["we", "said", "Jane Roe", "she", "it", "protesters", "chanted", "one sign read", "another",
         "isn't", "Amazon's", "protesters'", "'90s", "B'Av", "according to", "the group", "Never Again Action",
         "Réfugiés", "bienvenue", "移民", "مرحبا", "Привет", "—", "...", "[to]", ",", ".", "!", "?", ":", "(", ")",
         "Mr.", "U.S.", "banner", "chant", "T-shirt", "&amp;", "&lt;script&gt;", "{{ x }}"]
TAGS = ["<em>", "</em>", "<strong>", "</strong>", "<br>", "<a href='#x'>", "</a>", "<span>", "</span>", "<code>x</code>"]

token = st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.sampled_from(TAGS),
                  st.text(max_size=8))
paragraph = st.lists(token, max_size=60).map(" ".join)
block = st.sampled_from(["p", "li", "blockquote", "figcaption", "h2", "td"])
document = st.lists(st.tuples(block, paragraph), max_size=12)


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def render(doc) -> str:
    out = []
    for tag, body in doc:
        if tag == "li":
            out.append(f"<ul><li>{body}</li></ul>")
        elif tag == "td":
            out.append(f"<table><tr><td>{body}</td></tr></table>")
        elif tag == "figcaption":
            out.append(f"<figure><figcaption>{body}</figcaption></figure>")
        else:
            out.append(f"<{tag}>{body}</{tag}>")
    return "\n".join(out)


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_html_quotes_are_always_in_the_text(doc):
    html = render(doc)
    reading = read_article(html)
    whole = " ".join(paragraph_texts(html))
    # and as another parser reads it: BeautifulSoup over the same HTML
    reader_view = fold(BeautifulSoup(html, "lxml").get_text(""))
    for quote in reading.quotes:
        assert quote.kind in ("statement", "slogan")
        assert quote.text == " ".join(quote.parts)
        assert quote.text.strip()
        for part in quote.parts:
            assert fold(part) in fold(whole)
            assert all(word in reader_view for word in part.split())
        assert quote.paragraph_id and f'id="{quote.paragraph_id}"' in reading.html


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab \u201c\u201d\"'\u2018\u2019.,!?:;-\u2014AZ\n")), max_size=200), max_size=8))
def test_plain_paragraphs_never_yield_foreign_words(paragraphs):
    for quote in extract_from_paragraphs(paragraphs):
        for part in quote.parts:
            assert any(part in fold(p) for p in paragraphs)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=4000))
def test_very_long_and_empty_input(n):
    text = ('"We will not leave," she said. ' * n)[:20000]
    html = f"<p>{htmlmod.escape(text, quote=False)}</p>"
    for quote in read_article(html).quotes:
        for part in quote.parts:
            assert part in text
        assert not quote.text.endswith("We w")  # an unclosed quotation is not one


def test_empty_and_odd_documents():
    for html in ["", " ", "<p></p>", '<p>"</p>', "<p>'</p>", "<p>\u201c\u201c\u201c</p>", "<script>\"x y z\"</script>",
                 "<!-- \"a b c\" -->", '<p>"a b c</p><p>no continuation</p>', "\x00\x01"]:
        for quote in read_article(html).quotes:
            assert quote.text.strip()


# The words the attribution rules look for, with the punctuation around them: sentences
# made of these reach deep into the rules (an aside between two dashes with nothing in it
# once reached a rule that assumed a word)
CUE_WORDS = ["—", "–", "-", "--", ",", ".", ";", ":", "who", "which", "that", "said", "says", "shouted", "read",
             "held", "a", "the", "sign", "banner", "one", "another", "a third", "of them", "her name was", "Gloria",
             "Ana Ruiz", "Ms Ruiz", "she", "they", "it", "the group", "the crowd", "people", "chanted", "When",
             "Hung from", "carried", "on the front", "and", "in a statement", "according to", "Dr.", "(", ")", "\x00",
             "from Texas.", "the ACLU.", "Linda Baker", "al-Hassan", "U.S."]
QUOTES = ['"We are here,"', '"Liar!"', "\u201cNo more.\u201d", "'Stop it'", '"A', 'B"', '""']


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(CUE_WORDS + QUOTES), max_size=30).map(" ".join), max_size=5))
def test_attribution_shaped_sentences_never_fail_or_invent(paragraphs):
    words = {w.rstrip(".") for w in re.findall(r"[\w'.-]+", " ".join(paragraphs))}
    for quote in extract_from_paragraphs(paragraphs):
        for part in quote.parts:
            assert any(part in fold(p) for p in paragraphs)
        for name in (quote.speaker, quote.org):
            # a name is the article's words, never two sentences run together ("Texas. Linda Baker")
            assert name is None or ({w.rstrip(".") for w in name.split()} <= words
                                    and not _SENTENCE_INSIDE.search(name)), name


_SENTENCE_INSIDE = re.compile(r"(?:[a-z]{3}|[A-Z]{2})\. [A-Z]")
