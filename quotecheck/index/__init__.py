"""The provenance index: where quotes were published before, and matching a draft against them."""

from quotecheck.index.match import Match, match
from quotecheck.index.normalise import normalised
from quotecheck.index.records import StoredQuote
from quotecheck.index.schema import IndexFileError
from quotecheck.index.store import Index

__all__ = ["Index", "IndexFileError", "Match", "StoredQuote", "match", "normalised"]
