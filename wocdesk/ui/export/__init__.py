"""File ▸ Export slides…: the dialog, its slide previews, the export off the UI thread."""
