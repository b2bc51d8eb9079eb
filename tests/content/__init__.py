"""Tests of reading, loading, importing and writing articles (wocdesk.content)."""
