"""The application's identity on the desktop: its icon and the launcher it belongs to."""
