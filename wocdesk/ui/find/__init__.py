"""Find over the whole text in both languages, in slices, from the model's text."""
