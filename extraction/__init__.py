"""wieweet's extraction layer: read input, find topics with spaCy, write through a GraphStore."""
