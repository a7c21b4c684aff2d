"""The Pelican side of pullquotes: attach quotes to articles (placeholder)."""


def reset(pelican):
    pass


def attach_quotes(generators):
    for generator in generators:
        for article in getattr(generator, "articles", []) + getattr(generator, "drafts", []):
            article.quotes = []
            article.pullquotes = []
            article.slogans = []
