namespace MetalLb.Validation.Loading.Secrets;

/// <summary>What a node of a document is to the readers, as far as secrets go.</summary>
internal enum SecretRole
{
    /// <summary>Anything that is no object, list of objects, secret or parent of a secret.</summary>
    Plain,

    /// <summary>A document root or an item of a <c>kind: List</c>.</summary>
    Object,

    /// <summary>The <c>items</c> of a <c>kind: List</c>.</summary>
    ObjectList,

    /// <summary>The <c>spec</c> of a BGPPeer, whose <c>password</c> is a secret.</summary>
    PeerSpec,

    /// <summary>The <c>data</c> or <c>stringData</c> of a Secret, whose values are secrets.</summary>
    SecretData,

    /// <summary>A secret and everything inside it.</summary>
    Secret,
}
