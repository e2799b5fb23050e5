// The View stage.
