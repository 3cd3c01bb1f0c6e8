"""The Discord front end: slash commands, mentions, DMs and buttons over the shared Assistant.

This package is the only place discord.py is imported. limits.py, layout.py and ratelimit.py are
plain Python (no discord.py) so their rules are tested without it; this file imports nothing.
"""
