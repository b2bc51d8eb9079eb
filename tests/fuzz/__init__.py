"""Hostile-input fuzzing of the importer and the article loader (hypothesis, slow)."""
