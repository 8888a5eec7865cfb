"""Parts of the Meetings view: the forum editor, the meeting window and its dialogs."""
