"""The vocabulary list: saving a word with its sentence, exporting to Anki and CSV."""
