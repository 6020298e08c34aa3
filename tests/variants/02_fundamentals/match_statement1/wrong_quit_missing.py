"""
The match statement compares one value with several patterns, from the top,
and runs the first case that fits:

    match answer:
        case "yes" | "y":        # | means "or": either text fits
            ...
        case "no":
            ...
        case _:                  # _ fits anything: the default, written last
            ...

A case holds patterns, not conditions. A text or a number in a pattern is
compared with the value. But a bare name is a "capture pattern": it fits ANY
value and stores it under that name. So `case help:` doesn't compare the
value with anything; it catches every value that gets that far.

reply() answers the commands of a chat bot. Fix its match so that:
- "hello" and "hi" get "Hello!";
- "bye" and "quit" get "Goodbye!";
- "help" gets HELP_TEXT, the list of commands;
- any other command gets "Unknown command: " followed by the command itself,
  for example "Unknown command: dance".
"""

HELP_TEXT = "Commands: hello, bye, help"


def reply(command):
    """Return the bot's answer to a command."""
    match command:
        case "hello" | "hi":
            return "Hello!"
        case "bye":
            return "Goodbye!"
        case "help":
            return HELP_TEXT
        case _:
            return "Unknown command: " + command
