"""Small builders of model objects for unit tests."""

from glossary.model import Category, Paper, Term


def make_term(slug, title=None, category="multimodal", **fields):
    return Term(
        slug=slug,
        path=f"docs/terms/{slug}.md",
        title=title or slug.replace("-", " ").title(),
        summary=fields.pop("summary", f"Summary of {slug}."),
        category=category,
        **fields,
    )


def make_category(slug, order, title=None):
    return Category(
        slug=slug, path=f"docs/categories/{slug}.md", title=title or slug.title(), tagline=f"About {slug}.", order=order
    )


PAPER = Paper(title="Learning Things", authors="Doe et al.", year=2021, venue="ICML 2021", arxiv="2103.00020")
