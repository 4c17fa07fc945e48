using System.Text;

namespace MetalLb.Validation.Cli;

/// <summary>Standard output, with a failed write (a full disk, a closed pipe) told apart from a bug.</summary>
internal sealed class OutputWriter(TextWriter inner) : TextWriter
{
    public TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; the inner writer handles it.
        get => inner.NewLine;
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var copy = buffer.ToArray();
        Guard(() => inner.Write(copy));
    }

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex)
        {
            throw new OutputException(ex);
        }
    }
}

/// <summary>Writing the output failed; reported as a plain message with exit code 2.</summary>
internal sealed class OutputException(IOException inner) : Exception(inner.Message, inner);
