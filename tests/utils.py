"""Helpers shared by the tests."""

from urllib.parse import urlsplit

from bs4 import BeautifulSoup

# Elements that make the browser fetch something by themselves, and the
# attributes naming what they fetch.
FETCHING_ATTRIBUTES = {
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "source": ("src", "srcset"),
    "embed": ("src",),
    "object": ("data",),
}


def soup(response_or_html) -> BeautifulSoup:
    html = getattr(response_or_html, "content", response_or_html)
    if isinstance(html, bytes):
        html = html.decode()
    return BeautifulSoup(html, "html.parser")


def _urls(value: str, attribute: str) -> list[str]:
    if attribute == "srcset":
        return [candidate.strip().split(" ")[0] for candidate in value.split(",") if candidate]
    return [value.strip()]


def third_party_fetches(document: BeautifulSoup, own_hosts=("testserver",)) -> list[str]:
    """Addresses on other hosts that the page would make the browser fetch."""
    found = []
    for tag_name, attributes in FETCHING_ATTRIBUTES.items():
        for tag in document.find_all(tag_name):
            for attribute in attributes:
                for url in _urls(tag.get(attribute, ""), attribute):
                    host = urlsplit(url).hostname
                    if host and host not in own_hosts:
                        found.append(f"<{tag_name} {attribute}={url}>")
    return found
