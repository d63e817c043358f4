"""Issue 15, finding 7: text from users and files (a --name, a file name, a column name, an output
path) prints as typed; Rich never reads it as markup (a stray "[/bold]" used to raise
MarkupError, and "[red]" would vanish)."""

from __future__ import annotations

from typer.testing import CliRunner

from capscope.cli import app

runner = CliRunner()
CSV = "Date,Close,[bold]Note\n2024-07-15,10,a\n2024-07-16,11,b\n2024-07-17,12,c\n"


def test_names_files_and_columns_print_literally(fresh_home, tmp_path):
    csv = tmp_path / "[red]my.csv"
    csv.write_text(CSV)
    res = runner.invoke(app, ["data", "import", str(csv), "--symbol", "MARKUP", "--kind", "index",
                              "--name", "[/bold] x"])
    assert res.exit_code == 0, res.output
    assert "ignored columns: [bold]Note" in res.stderr
    shown = runner.invoke(app, ["data", "show", "MARKUP"])
    assert shown.exit_code == 0, shown.output
    assert "MARKUP: [/bold] x" in shown.stdout
    listed = runner.invoke(app, ["data", "list"])
    assert listed.exit_code == 0
    assert "file [red]my.csv" in listed.stdout


def test_output_paths_print_literally(store, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The Russell 2000 rose 1.5% on Tuesday, July 16, 2024.")
    out = tmp_path / "[b]out.html"
    res = runner.invoke(app, ["check", str(article), "--html", str(out)])
    assert res.exit_code == 0, res.output
    assert out.exists()
    assert "[b]out.html" in res.stderr.replace("\n", "")
