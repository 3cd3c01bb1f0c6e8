"""Chat front ends (terminal, Discord) and the command line. Uses only what ``index`` exports."""
__version__ = "0.1.0"
