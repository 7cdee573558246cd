"""The study group in the window: menus, the members panel, sharing and interchange."""
