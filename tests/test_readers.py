def test_import():
    import quotecheck.readers
