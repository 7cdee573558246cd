"""Widgets: the main window, essay tree, reader pane and their actions."""
