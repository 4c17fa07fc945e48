#!/usr/bin/env python3
"""Runs every command of the README's ```sh blocks, as written, in a fresh clone of HEAD with nothing beside it.

Each command runs in its own `bash -o pipefail -c`, in order, from the clone's root, with a throwaway HOME (so
`dotnet tool install --global` and `~/.local/bin` land in a scratch directory; NuGet's package cache stays the
machine's, so nothing is downloaded twice). A command passes when it exits with the code the README gives it, 0
unless a comment says "exits N" (on the command's line or the comment lines right above it).

A command CI cannot run is marked in the README where a reader sees it: a trailing comment "# not run by CI: why",
or, for a whole block, a first line "# Not run by CI: why". Nothing else escapes: an unmarked command that fails,
hangs (timeout) or exits with another code fails the run. Shell transcripts (lines starting with "$ ") must sit in a
```console block, which shows output a command gave somewhere CI cannot reach; a "$ " line in any other block, or a
```bash/```shell block, is an error (write ```sh so the commands run).

Usage: eng/readme-commands.py [--list] [--logs DIR] [--timeout SECONDS]
  --list     print the commands and how each is treated, run nothing
  --logs     keep each command's output in DIR/NN.log (default: a temporary directory, removed)
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.stdout.reconfigure(line_buffering=True)

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
SKIP = re.compile(r"not run by CI", re.IGNORECASE)
EXITS = re.compile(r"\bexits (\d+)\b")
TRAILING_COMMENT = re.compile(r"\s#\s")
OTHER_SHELLS = {"bash", "shell", "zsh", "shell-session", "shellsession"}


class Command:
    def __init__(self, line_no, text, notes, block_skip):
        self.line_no = line_no
        self.text = text
        comment = trailing_comment(text)
        markers = " ".join(notes + ([comment] if comment else []))
        self.skip = block_skip or (SKIP.search(comment or "") is not None)
        self.skip_reason = block_skip or comment
        found = EXITS.search(markers)
        self.expected = int(found.group(1)) if found else 0


def trailing_comment(line):
    """The text after the first ' # ' that is outside quotes, or None."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and i > 0 and line[i - 1].isspace():
            return line[i + 1:].strip()
    return None


def blocks(lines):
    """(info string, first line number, body lines) of every fenced block."""
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = m.group(1), m.group(2), m.group(3).strip()
        start, body = i + 1, []
        i += 1
        while i < len(lines):
            close = FENCE.match(lines[i])
            if close and close.group(2)[0] == fence[0] and len(close.group(2)) >= len(fence) and not close.group(3).strip():
                break
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
            i += 1
        yield info, start + 1, body
        i += 1


def commands(readme):
    """The README's commands; raises ValueError on a block that could let a command escape."""
    out, errors = [], []
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for info, first, body in blocks(lines):
        lang = (info.split() or [""])[0].lower()
        if lang in OTHER_SHELLS:
            errors.append(f"README.md:{first - 1}: a ```{lang} block: write ```sh so CI runs its commands")
            continue
        if lang != "sh":
            for n, line in enumerate(body):
                if line.startswith("$ ") and lang != "console":
                    errors.append(f"README.md:{first + n}: a shell prompt in a ```{info or ' '} block: put transcripts in ```console, commands in ```sh")
            continue
        block_skip = None
        if body and body[0].startswith("#") and SKIP.search(body[0]):
            block_skip = body[0].lstrip("# ").strip()
        notes, pending, pending_line = [], "", 0
        for n, line in enumerate(body):
            if pending:
                pending += "\n" + line
            elif line.strip().startswith("#"):
                notes.append(line.strip())
                continue
            elif not line.strip():
                notes = []
                continue
            else:
                pending, pending_line = line, first + n
            if line.endswith("\\"):
                continue
            out.append(Command(pending_line, pending, notes, block_skip))
            notes, pending = [], ""
        if pending:
            errors.append(f"README.md:{pending_line}: a command ends in a line continuation")
    if errors:
        raise ValueError("\n".join(errors))
    return out


def run(cmds, clone, home, logs, timeout):
    env = dict(os.environ)
    env.update(
        HOME=home,
        PATH=f"{home}/.dotnet/tools:{home}/.local/bin:{env.get('PATH', '')}",
        NUGET_PACKAGES=os.environ.get("NUGET_PACKAGES") or os.path.expanduser("~/.nuget/packages"),
        KUBECONFIG=os.path.join(home, ".kube", "config"),
        DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", DOTNET_SKIP_FIRST_TIME_EXPERIENCE="1",
    )
    env.pop("DOTNET_CLI_HOME", None)
    failures = 0
    for k, c in enumerate(cmds, 1):
        shown = c.text.replace("\n", "\n" + " " * 10)
        if c.skip:
            print(f"  skip    {shown}\n          ({c.skip_reason})")
            continue
        log = os.path.join(logs, f"{k:02d}.log")
        started = time.monotonic()
        with open(log, "w") as f:
            try:
                code = subprocess.run(["bash", "-o", "pipefail", "-c", c.text], cwd=clone, env=env, stdout=f,
                                      stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=timeout).returncode
            except subprocess.TimeoutExpired:
                code = None
        took = time.monotonic() - started
        ok = code == c.expected
        print(f"  {'ok' if ok else 'FAIL':<7} {shown}\n          (README.md:{c.line_no}; exit {code}, expected {c.expected}; {took:.1f} s)")
        if not ok:
            failures += 1
            with open(log) as f:
                tail = f.read().splitlines()[-40:]
            print("          " + ("timed out after %d s; " % timeout if code is None else "") + "last lines of its output:")
            for line in tail:
                print("          | " + line)
    return failures


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--list", action="store_true")
    p.add_argument("--logs")
    p.add_argument("--timeout", type=int, default=900)
    args = p.parse_args()
    root = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=os.path.dirname(os.path.abspath(__file__)),
                          capture_output=True, text=True, check=True).stdout.strip()
    try:
        cmds = commands(os.path.join(root, "README.md"))
    except ValueError as e:
        print(f"readme-commands: {e}")
        return 1
    if args.list:
        for c in cmds:
            what = f"skip ({c.skip_reason})" if c.skip else f"run, expect exit {c.expected}"
            print(f"README.md:{c.line_no}: {what}\n    {c.text}")
        return 0
    if subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root, capture_output=True,
                      text=True).stdout.strip():
        print("readme-commands: note: uncommitted changes are not in the clone; this runs HEAD's README and code")
    work = tempfile.mkdtemp(prefix="readme-commands.")
    try:
        clone, home = os.path.join(work, "clone"), os.path.join(work, "home")
        os.makedirs(home)
        subprocess.run(["git", "clone", "-q", "--no-hardlinks", root, clone], check=True)
        logs = args.logs or os.path.join(work, "logs")
        os.makedirs(logs, exist_ok=True)
        print(f"readme-commands: {len(cmds)} commands from README.md, in a fresh clone of HEAD ({clone}), HOME={home}")
        started = time.monotonic()
        failures = run(cmds, clone, home, logs, args.timeout)
        ran = sum(not c.skip for c in cmds)
        print(f"readme-commands: {ran - failures} of {ran} commands as the README says, {len(cmds) - ran} marked "
              f"not run by CI; {time.monotonic() - started:.0f} s")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
