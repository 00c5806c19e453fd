"""The outline room: the tree view, its item model, delegate, actions and
the pane with the filter bar."""
