"""wieweet's composition root: settings, the FastAPI app, the GraphQL schema and the CLI."""
