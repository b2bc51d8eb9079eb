"""The article file (TOML): typed schema, loading with file:line errors, writing."""
