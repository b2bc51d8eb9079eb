"""Tests of the in-app presenter: the show, the presenter view, previews and the command."""
