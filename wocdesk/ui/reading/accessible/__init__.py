"""The reading view for assistive technologies: its text, caret and names through Qt's tree."""
