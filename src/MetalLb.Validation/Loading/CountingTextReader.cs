namespace MetalLb.Validation.Loading;

/// <summary>Stops a source once it has given more characters than allowed, so an endless stream cannot exhaust memory.</summary>
internal sealed class CountingTextReader(TextReader inner, long maxCharacters) : TextReader
{
    private long _read;

    public long CharactersRead => _read;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Count(1);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var n = inner.Read(buffer, index, count);
        Count(n);
        return n;
    }

    private void Count(int n)
    {
        _read += n;
        if (_read > maxCharacters)
        {
            throw new InputLimitException(
                $"the source is larger than the limit of {maxCharacters:N0} characters; split it or raise LoadLimits.MaxCharactersPerSource");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
