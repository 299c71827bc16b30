// Intentionally empty: the reference for the cost of importing the plugin module.
