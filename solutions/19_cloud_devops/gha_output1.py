"""CI/CD scripting: passing values to later steps in GitHub Actions.

A step hands values to later steps by writing them to the file whose path GitHub Actions puts
in the environment variable GITHUB_OUTPUT, one output per entry:
    name=value
and, for a value of several lines, between a delimiter line of your choice:
    name<<DELIMITER
    first line
    second line
    DELIMITER
`set_output` must ADD one output to that file (a step can set several), write a multi-line
value with a delimiter that doesn't occur in the value (GitHub recommends a random one), and
raise RuntimeError outside GitHub Actions, where GITHUB_OUTPUT is not set.
"""
import os
import uuid


def set_output(name: str, value: str, env=os.environ) -> None:
    path = env.get("GITHUB_OUTPUT")
    if not path:
        raise RuntimeError("GITHUB_OUTPUT is not set: not running in GitHub Actions")
    with open(path, "a", encoding="utf-8") as file:
        if "\n" in value:
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            file.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")
        else:
            file.write(f"{name}={value}\n")


# --- tests: read them, don't change them ---
import pytest


def read_outputs(path):
    """Parse an output file the way the GitHub Actions runner does."""
    outputs = {}
    lines = path.read_text(encoding="utf-8").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            continue
        equals, heredoc = line.find("="), line.find("<<")
        if heredoc != -1 and (equals == -1 or heredoc < equals):
            name, delimiter = line[:heredoc], line[heredoc + 2:]
            value = []
            while index < len(lines) and lines[index] != delimiter:
                value.append(lines[index])
                index += 1
            assert index < len(lines), f"no line {delimiter!r} ends the value of {name!r}"
            index += 1
            outputs[name] = "\n".join(value)
        else:
            name, _, value = line.partition("=")
            outputs[name] = value
    return outputs


@pytest.fixture
def output_file(tmp_path):
    path = tmp_path / "github_output"
    path.write_text("", encoding="utf-8")
    return path


def test_one_output(output_file):
    set_output("version", "1.4.2", env={"GITHUB_OUTPUT": str(output_file)})
    assert read_outputs(output_file) == {"version": "1.4.2"}


def test_several_outputs_of_one_step(output_file):
    env = {"GITHUB_OUTPUT": str(output_file)}
    set_output("version", "1.4.2", env=env)
    set_output("image", "registry.example.com/netcheck:1.4.2", env=env)
    set_output("deploy", "true", env=env)
    assert read_outputs(output_file) == {
        "version": "1.4.2", "image": "registry.example.com/netcheck:1.4.2", "deploy": "true"
    }


def test_a_multiline_value(output_file):
    env = {"GITHUB_OUTPUT": str(output_file)}
    notes = "Fixed:\n- timeouts on slow links\n- a crash on empty configs"
    set_output("notes", notes, env=env)
    set_output("version", "1.4.2", env=env)
    assert read_outputs(output_file) == {"notes": notes, "version": "1.4.2"}


def test_a_value_with_common_delimiter_words(output_file):
    env = {"GITHUB_OUTPUT": str(output_file)}
    text = "EOF\nEOT\nEND\nDELIMITER\nEND_OF_OUTPUT\n__EOF__\nversion=6.6.6"
    set_output("log", text, env=env)
    assert read_outputs(output_file) == {"log": text}


def test_outside_github_actions():
    with pytest.raises(RuntimeError):
        set_output("version", "1.4.2", env={})
