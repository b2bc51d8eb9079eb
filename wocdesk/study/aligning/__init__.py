"""Sentence splitting and sentence alignment between the Chinese and the English."""
