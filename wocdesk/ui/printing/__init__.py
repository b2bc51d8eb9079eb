"""Print and PDF of the reading view: the article laid out for pages, in the mode being read."""
