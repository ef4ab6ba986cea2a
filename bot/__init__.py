"""The channels (console, Telegram, the web chat) and what runs them: the top layer, which may
import ``handlers``, ``state`` and ``knowledge``."""
