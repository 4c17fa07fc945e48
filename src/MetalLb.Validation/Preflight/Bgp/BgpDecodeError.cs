namespace MetalLb.Validation.Preflight.Bgp;

/// <summary>A typed decoding failure: what kind, and a sentence saying what was wrong.</summary>
internal sealed record BgpDecodeError(BgpDecodeErrorKind Kind, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Detail}";
}
