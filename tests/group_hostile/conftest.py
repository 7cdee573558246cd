"""The window fixtures of tests/ui, for this suite's window tests."""

from tests.ui.conftest import open_window, window  # noqa: F401
