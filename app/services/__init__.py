"""QObject services: the live state of the app, its signals, and background work."""
