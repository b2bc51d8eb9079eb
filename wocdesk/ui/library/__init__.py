"""The library in the window: the Library view, search as you type, imports, one instance."""
