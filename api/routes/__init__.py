"""One router per resource. ``create_app`` includes every module here that exposes ``router``."""
