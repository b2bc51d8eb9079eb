"""Turning raw bilingual text, .docx and saved web pages into an article."""
