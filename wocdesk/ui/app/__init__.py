"""What every part of the window shares: start-up checks, fonts, settings, language, actions."""
