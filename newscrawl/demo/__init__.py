"""A local network of demo regional news sites to develop and test the crawler against.

Each site is served on its own loopback address from templates of real themes
(tagDiv Newspaper, WordPress + Jetpack), with a ground-truth file of what was
published. Entry points: ``python -m newscrawl demo`` (:mod:`newscrawl.demo.cli`)
and :class:`newscrawl.demo.process.DemoProcess` for tests.
"""
