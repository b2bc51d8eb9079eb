"""Reading, validating, importing and printing article files."""
