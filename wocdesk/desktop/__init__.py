"""Desktop integration without Qt: the launcher, icons, MIME type and AppStream metainfo."""
