"""The full-screen show of the briefing deck, the presenter view, and how a show starts."""
