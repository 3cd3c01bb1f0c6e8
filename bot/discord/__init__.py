"""The Discord front end: slash commands, mentions, DMs and buttons, translating the shared chat rules
(bot.chat) into Discord's idiom.

This package is the only place discord.py is imported. Each feature is an extension (a module with
``async def setup(bot)``) that client.py loads by name. limits.py and layout.py are plain Python (no
discord.py) so their rules are tested without it; this file imports nothing.
"""
