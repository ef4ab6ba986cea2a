"""The domain facts every other part of ``knowledge`` shares, each defined once: the project
events (``events``), what is known of a project and the values of its fields (``profile``), money
in words (``money``) and the jurisdiction files, where they are and the one reader of them
(``files``). The lowest layer but the catalogue: it may import only ``knowledge.i18n`` (and the
standard library, PyYAML and Babel); every other part of ``knowledge`` may import it."""
