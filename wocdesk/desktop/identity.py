"""wocdesk's names on a freedesktop system: the application id, the command, former names."""

from __future__ import annotations

# The AppStream component id (reverse-DNS). The launcher, the metainfo, the installed icons and
# the MIME package are named after it, and the window tells the desktop (Wayland's app id) so.
APP_ID = "io.github.wocdesk.wocdesk"
# The command the package installs (and the window class on X11: StartupWMClass).
COMMAND = "wocdesk"
# The id that earlier versions installed their files under: removed on install and remove.
FORMER_IDS = ("wocdesk",)
