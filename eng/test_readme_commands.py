"""Tests of eng/readme-commands.py's reading of a README: which commands run, which are skipped, which exit code each
must give, and which blocks are refused. Run: python3 -m unittest discover -s eng -p 'test_*.py'"""
import contextlib
import importlib.util
import io
import os
import tempfile
import unittest

_spec = importlib.util.spec_from_file_location("readme_commands", os.path.join(os.path.dirname(__file__), "readme-commands.py"))
rc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rc)


def read(markdown):
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as f:
        f.write(markdown)
    try:
        return rc.commands(f.name)
    finally:
        os.unlink(f.name)


class ReadmeCommandsTests(unittest.TestCase):
    def test_every_line_of_a_sh_block_is_a_command_expected_to_exit_0(self):
        cmds = read("text\n\n```sh\necho one\n\necho two   # a note\n```\n")
        self.assertEqual(["echo one", "echo two   # a note"], [c.text for c in cmds])
        self.assertEqual([0, 0], [c.expected for c in cmds])
        self.assertEqual([False, False], [c.skip for c in cmds])
        self.assertEqual([4, 6], [c.line_no for c in cmds])

    def test_exit_code_from_the_trailing_comment_or_the_comment_lines_above(self):
        cmds = read("```sh\n# Validate (exits 1 because it has errors)\nrun a\nrun b   # exits 2: usage\nrun c\n```\n")
        self.assertEqual([1, 2, 0], [c.expected for c in cmds])

    def test_a_comment_above_applies_to_the_next_command_only(self):
        cmds = read("```sh\n# exits 1\nrun a\nrun b\n```\n")
        self.assertEqual([1, 0], [c.expected for c in cmds])

    def test_not_run_by_ci_on_the_first_line_skips_the_block(self):
        cmds = read("```sh\n# Not run by CI: takes minutes\nrun a\nrun b\n```\n")
        self.assertTrue(all(c.skip for c in cmds))
        self.assertEqual("Not run by CI: takes minutes", cmds[0].skip_reason)

    def test_not_run_by_ci_in_a_trailing_comment_skips_that_line(self):
        cmds = read("```sh\nrun a   # not run by CI: needs a cluster\nrun b\n```\n")
        self.assertEqual([True, False], [c.skip for c in cmds])

    def test_not_run_by_ci_lower_in_a_block_is_not_a_block_marker(self):
        cmds = read("```sh\nrun a\n# not run by CI: this comment is above b\nrun b\n```\n")
        self.assertEqual([False, False], [c.skip for c in cmds])

    def test_a_hash_inside_quotes_is_not_a_comment(self):
        cmds = read("```sh\necho '# not run by CI' \"# exits 3\"\n```\n")
        self.assertFalse(cmds[0].skip)
        self.assertEqual(0, cmds[0].expected)

    def test_continuation_lines_make_one_command(self):
        cmds = read("```sh\nrun a \\\n    --flag\nrun b\n```\n")
        self.assertEqual(["run a \\\n    --flag", "run b"], [c.text for c in cmds])

    def test_a_command_ending_in_a_continuation_is_refused(self):
        with self.assertRaisesRegex(ValueError, "line continuation"):
            read("```sh\nrun a \\\n```\n")

    def test_other_shell_languages_are_refused(self):
        for lang in ("bash", "shell", "zsh"):
            with self.assertRaisesRegex(ValueError, f"```{lang} block"):
                read(f"```{lang}\nrun a\n```\n")

    def test_a_prompt_outside_a_console_block_is_refused(self):
        with self.assertRaisesRegex(ValueError, "shell prompt"):
            read("```\n$ metallb-validate validate x\noutput\n```\n")
        with self.assertRaisesRegex(ValueError, "shell prompt"):
            read("```text\n$ metallb-validate validate x\n```\n")

    def test_a_console_transcript_and_other_languages_are_not_commands(self):
        self.assertEqual([], read("```console\n$ metallb-validate x\nout\n```\n\n```yaml\nmode: frr\n```\n"))

    def test_an_indented_block_is_read(self):
        cmds = read("- item\n\n  ```sh\n  run a\n  ```\n")
        self.assertEqual(["run a"], [c.text for c in cmds])

    def run_commands(self, markdown, timeout=30):
        with tempfile.TemporaryDirectory() as work, contextlib.redirect_stdout(io.StringIO()):
            return rc.run(read(markdown), work, work, work, timeout)

    def test_a_command_that_exits_as_the_readme_says_passes(self):
        self.assertEqual(0, self.run_commands("```sh\ntrue\n# exits 3\nexit 3\ntest \"$HOME\" = \"$PWD\"\n```\n"))

    def test_an_unmarked_failing_command_fails_the_run(self):
        self.assertEqual(1, self.run_commands("```sh\ntrue\nfalse\n```\n"))

    def test_a_command_that_exits_0_where_the_readme_says_1_fails(self):
        self.assertEqual(1, self.run_commands("```sh\ntrue   # exits 1\n```\n"))

    def test_a_pipe_fails_when_any_part_fails(self):
        self.assertEqual(1, self.run_commands("```sh\nfalse | cat\n```\n"))

    def test_a_command_that_hangs_fails_at_the_timeout(self):
        self.assertEqual(1, self.run_commands("```sh\nsleep 30\n```\n", timeout=1))

    def test_a_marked_command_is_not_run(self):
        self.assertEqual(0, self.run_commands("```sh\nfalse   # not run by CI: needs a cluster\n```\n"))

    def test_the_readme_has_commands_and_no_refused_block(self):
        readme = os.path.join(os.path.dirname(__file__), "..", "README.md")
        cmds = rc.commands(readme)
        run = [c.text for c in cmds if not c.skip]
        self.assertIn("dotnet test MetalLb.Validation.sln", run)
        self.assertIn("dotnet run --project src/MetalLb.Validation.Cli -- validate samples/configs", run)


if __name__ == "__main__":
    unittest.main()
