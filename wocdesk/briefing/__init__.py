"""Briefing material of any article: sentence spans and the key points a user marks in it."""
