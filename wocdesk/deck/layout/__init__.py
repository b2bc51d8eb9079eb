"""Measuring and composing text for slides: widths, line breaks, typesetting, sizes."""
