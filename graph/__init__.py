"""wieweet's graph layer: the domain model, the GraphStore seam and the algorithms on stored data.

Nothing in this package knows about spaCy, HTTP or files.
"""
