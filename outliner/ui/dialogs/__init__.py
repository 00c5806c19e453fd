"""The window's dialogs: Draft, Export to Word, Preferences, Properties,
Help, and the offer of what an interrupted save left."""
