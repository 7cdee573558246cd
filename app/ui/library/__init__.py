"""The library in the window: importing (menu, drop, paste) and managing collections."""
