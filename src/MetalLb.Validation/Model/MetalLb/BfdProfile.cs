namespace MetalLb.Validation.Model.MetalLb;

/// <summary>A <c>BFDProfile</c>. Intervals are milliseconds; null means unset.</summary>
public sealed record BfdProfile() : MetalLbObject("v1beta1", KindName)
{
    /// <summary>Kind name.</summary>
    public const string KindName = "BFDProfile";

    /// <summary><c>spec.receiveInterval</c>.</summary>
    public long? ReceiveInterval { get; init; }

    /// <summary><c>spec.transmitInterval</c>.</summary>
    public long? TransmitInterval { get; init; }

    /// <summary><c>spec.detectMultiplier</c>.</summary>
    public long? DetectMultiplier { get; init; }

    /// <summary><c>spec.echoInterval</c>.</summary>
    public long? EchoInterval { get; init; }

    /// <summary><c>spec.echoMode</c>.</summary>
    public bool? EchoMode { get; init; }

    /// <summary><c>spec.passiveMode</c>.</summary>
    public bool? PassiveMode { get; init; }

    /// <summary><c>spec.minimumTtl</c>.</summary>
    public long? MinimumTtl { get; init; }
}
