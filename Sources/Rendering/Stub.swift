// The Rendering stage.
