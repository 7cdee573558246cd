"""Jiangxin Reader (匠心阅读): read Chinese essays together, in the script you prefer."""

__version__ = "0.1.0"
APP_NAME = "Jiangxin Reader"
APP_ID = "jiangxin-reader"
