namespace WebhookServer.ApiServer;

/// <summary>Which part of a listed object, besides its metadata, is handed to the validator.</summary>
public enum ItemContent
{
    /// <summary>Nothing but metadata (Namespaces).</summary>
    MetadataOnly,

    /// <summary><c>spec</c> (MetalLB objects).</summary>
    Spec,

    /// <summary><c>status.addresses</c> (Nodes).</summary>
    NodeAddresses,

    /// <summary>Name, type, state and addresses of <c>status.currentState.interfaces[]</c> (nmstate NodeNetworkStates).</summary>
    NetworkInterfaces,

    /// <summary><c>type</c> and the key names of <c>data</c>, every value blanked (Secrets).</summary>
    SecretKeys,
}
