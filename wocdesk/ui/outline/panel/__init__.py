"""The outline panel's widgets: slides with thumbnails, the slide editor, the key point editor."""
