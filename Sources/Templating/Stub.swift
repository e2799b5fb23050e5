// The Templating stage.
