"""Importing files from the window: on a worker thread, with a summary; drops."""
