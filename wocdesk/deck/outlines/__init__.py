"""Deck outlines: loading, checking against an article, writing, and the default outline."""
