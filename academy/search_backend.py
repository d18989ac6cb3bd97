"""The academy's search backend: Wagtail's database search, given only queries it can run.

Every search box reaches this one backend (``WAGTAILSEARCH_BACKENDS``): the
course catalogue, Wagtail's page search and page chooser, the image,
document and snippet listings and choosers. Wagtail's database backend hands
the words on to the database's full-text search, which fails on some input
instead of finding nothing: SQLite's FTS5 reads a NUL byte or a double quote
inside a word as the end of its string ("unterminated string"), PostgreSQL
refuses a NUL byte in any text, and each word becomes one more nested clause
of the query. So before a query reaches the database this backend replaces
control characters and double quotes with spaces and keeps at most
``MAX_QUERY_WORDS`` words of at most ``MAX_QUERY_LENGTH`` characters in all.
Double quotes never carry meaning here: Wagtail turns a quoted phrase into a
``Phrase`` before the backend sees it, and the catalogue searches plain words.
"""

import copy
import re

from wagtail.search.backends import database
from wagtail.search.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 32
# C0 and C1 control characters (NUL, tab, line breaks...), lone surrogates
# (which no database encoding accepts) and the double quote.
_UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f-\x9f\ud800-\udfff"]')


def clean_search_query(text: str) -> str:
    """The words of a typed query that every backend can search, shortened to the limits."""
    words = _UNSEARCHABLE.sub(" ", text).split()[:MAX_QUERY_WORDS]
    return " ".join(words)[:MAX_QUERY_LENGTH].strip()


def clean_query(query):
    """A query (text or a Wagtail query object) with only searchable words; "" if none are left.

    An empty string is what Wagtail's backends answer with no results, the
    same as for an empty search box.
    """
    if isinstance(query, str):
        return clean_search_query(query)
    if query is None:
        return query
    cleaned = _clean_tree(query, words_left=[MAX_QUERY_WORDS])
    return "" if cleaned is None else cleaned


def _clean_tree(query, *, words_left: list[int]):
    """The query object with each text part cleaned; None when no word is left in it.

    ``words_left`` is shared by the whole tree, so a query of many quoted
    phrases is held to the same number of words as a plain one.
    """
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        words = clean_search_query(query.query_string).split()[: words_left[0]]
        if not words:
            return None
        words_left[0] -= len(words)
        cleaned = copy.copy(query)
        cleaned.query_string = " ".join(words)
        return cleaned
    if isinstance(query, (And, Or)):
        subqueries = [_clean_tree(subquery, words_left=words_left) for subquery in query.subqueries]
        subqueries = [subquery for subquery in subqueries if subquery is not None]
        return type(query)(subqueries) if subqueries else None
    if isinstance(query, (Not, Boost)):
        subquery = _clean_tree(query.subquery, words_left=words_left)
        if subquery is None:
            return None
        cleaned = copy.copy(query)
        cleaned.subquery = subquery
        return cleaned
    # MatchAll and anything else without typed text.
    return query


class QueryCleaningMixin:
    """Cleans every query before the database backend builds its SQL."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(clean_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(clean_query(query), model_or_queryset, *args, **kwargs)


_cleaning_classes: dict[type, type] = {}


def SearchBackend(params):
    """Wagtail's database backend for this database (SQLite FTS5, PostgreSQL...), cleaning queries.

    Wagtail picks the backend class from the database in use, so the
    cleaning subclass is made for whichever class it picks.
    """
    backend_class = type(database.SearchBackend(params))
    if backend_class not in _cleaning_classes:
        _cleaning_classes[backend_class] = type(
            backend_class.__name__,
            (QueryCleaningMixin, backend_class),
            {"__module__": __name__, "__doc__": backend_class.__doc__},
        )
    return _cleaning_classes[backend_class](params)
