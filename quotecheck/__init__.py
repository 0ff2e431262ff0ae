"""quotecheck: find, attribute and check the quotations in news articles."""

__version__ = "0.1.0"
