"""The domain: model, services, validation and computed rules. Never imports Qt."""
