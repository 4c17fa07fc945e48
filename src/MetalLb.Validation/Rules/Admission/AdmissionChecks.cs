namespace MetalLb.Validation.Rules.Admission;

/// <summary>The Admission checks.</summary>
internal static class AdmissionChecks
{
    public static Rule[] All { get; } =
    [
        new BfdProfileDeletedInUseRule(),
        new CommunityAliasDeletedInUseRule(),
        new GracefulRestartChangedRule(),
        new MissingNamespaceRule(),
        new SecretDeletedInUseRule(),
        new WrongNamespaceRule(),
    ];
}
