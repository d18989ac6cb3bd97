"""Helpers shared by the tests."""

from html.parser import HTMLParser


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag


def start_tags(html: str | bytes) -> list[tuple[str, dict[str, str]]]:
    """Every start tag of a document with its attributes, in order."""
    parser = _TagCollector()
    parser.feed(html.decode() if isinstance(html, bytes) else html)
    parser.close()
    return parser.tags
