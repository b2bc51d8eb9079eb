"""``python -m wocdesk.i18n``: compile the interface catalogs after translating (Babel)."""

from wocdesk.i18n.catalogs import compile_catalogs

for path in compile_catalogs():
    print(path)
