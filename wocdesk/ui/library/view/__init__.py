"""The Library view: the table of articles, the search hits and their snippets."""
