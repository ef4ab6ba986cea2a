"""The conversations, written once for every channel: ``handlers.app`` routes each message to its
flow (``handlers.flows``). May import ``state`` and ``knowledge``, never ``bot``."""
