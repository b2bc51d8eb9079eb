"""The ``wocdesk`` command line: the window, ``text``, ``import`` and the other commands."""
