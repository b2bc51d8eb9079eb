"""The reader window: the reading view, contents, key points, find, status line and start-up."""
