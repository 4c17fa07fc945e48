namespace MetalLb.Validation.Cli;

/// <summary>
/// Standard input, output and error for one run. <paramref name="InBytes"/> is standard input undecoded, when there is
/// one: the loader reads it strictly, so bytes that are not UTF-8 are reported where they are, not replaced.
/// </summary>
internal sealed record ConsoleStreams(TextReader In, TextWriter Out, TextWriter Error, Stream? InBytes = null)
{
    /// <summary>
    /// True when stdout is a real terminal that wants colour: not redirected, NO_COLOR unset or empty (no-color.org),
    /// TERM not "dumb".
    /// </summary>
    public bool WantsColor =>
        ReferenceEquals(Out is OutputWriter writer ? writer.Inner : Out, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
