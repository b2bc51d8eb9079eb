"""The commands of ``wocdesk``: one module each, loaded only when asked for."""
