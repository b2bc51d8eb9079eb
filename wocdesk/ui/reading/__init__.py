"""The reading view: lays out and paints only the passages on screen, for texts of any length."""
