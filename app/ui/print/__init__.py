"""Print, print preview and PDF export of handouts."""
