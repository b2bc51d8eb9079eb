"""The outline panel, the article's key points and Add to briefing: a deck made in the window."""
