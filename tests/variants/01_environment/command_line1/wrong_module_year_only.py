'''
The `python3` command (`py` on Windows) starts your code in three ways:

    python3 report.py        runs the file report.py as a script
    python3 -m calendar      finds the module `calendar` where Python finds
                             imports, and runs it as a script. This is how
                             you start tools: python3 -m pip, python3 -m venv
    python3 -c "print(1)"    runs the code between the quotes; no file needed

Whatever comes after the file or module name is handed to the program as its
arguments: `python3 -m calendar 2025 5` shows May 2025. Your shell splits a
command at every space, so code with spaces in it must be put in quotes.

The three commands below each have a mistake. Fix them, as you would type
them in a terminal. The tests run them (with the Python that runs the tests)
in a folder that holds a report.py.
'''

# Run the file report.py as a script
RUN_SCRIPT = "python3 report.py"

# Run the standard library's calendar module for May 2025
RUN_MODULE = "python3 -m calendar 2025"

# Run the code print(6 * 7) without a file
RUN_CODE = 'python3 -c "print(6 * 7)"'
