namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>
/// The outcome of decoding from a buffer: a message and the bytes it used, a typed error, or a request for more
/// bytes (<see cref="NeedsMore"/>) when the buffer holds only part of a message.
/// </summary>
internal sealed record BgpDecodeResult(BgpMessage? Message, int Consumed, BgpDecodeError? Error)
{
    /// <summary>The buffer ends before the message does.</summary>
    public bool NeedsMore => Message is null && Error is null;

    internal static BgpDecodeResult More { get; } = new(null, 0, null);

    internal static BgpDecodeResult Fail(BgpDecodeErrorKind kind, string detail) => new(null, 0, new BgpDecodeError(kind, detail));
}
