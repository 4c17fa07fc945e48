using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation;

/// <summary>The catalogue of rules; these are the findings the loader reports while reading input, before any check runs.</summary>
public static partial class MetalLbRules
{
    /// <summary>A rule threw; reported instead of crashing. Please file it as a bug.</summary>
    public static RuleDescriptor InternalError { get; } = new(
        "MLB0000", "Internal error while validating", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>YAML or JSON that does not parse.</summary>
    public static RuleDescriptor Syntax { get; } = new(
        "MLB0001", "Input is not well-formed YAML or JSON", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>An input limit (size, depth, aliases, documents, scalar length) was exceeded.</summary>
    public static RuleDescriptor LimitExceeded { get; } = new(
        "MLB0002", "Input exceeds a safety limit", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>A mapping key appears twice.</summary>
    public static RuleDescriptor DuplicateKey { get; } = new(
        "MLB0003", "Duplicate key in a mapping", RuleCategory.Input, DiagnosticSeverity.Error,
        MetalLbMessage: "mapping key \"...\" already defined (kubectl strict decoding)");

    /// <summary>A field holds the wrong type of value (a string where a list belongs, say).</summary>
    public static RuleDescriptor WrongType { get; } = new(
        "MLB0004", "Field has the wrong type", RuleCategory.Input, DiagnosticSeverity.Error,
        MetalLbMessage: "json: cannot unmarshal ... into Go struct field ...");

    /// <summary>A field the resource's schema does not know: usually a typo; the API server drops or rejects it.</summary>
    public static RuleDescriptor UnknownField { get; } = new(
        "MLB0005", "Unknown field", RuleCategory.Input, DiagnosticSeverity.Error,
        MetalLbMessage: "strict decoding error: unknown field \"...\"");

    /// <summary>A field the schema requires is missing or empty.</summary>
    public static RuleDescriptor MissingField { get; } = new(
        "MLB0006", "Required field is missing", RuleCategory.Input, DiagnosticSeverity.Error,
        MetalLbMessage: "spec.addresses: Required value");

    /// <summary>A path cannot be read, or its bytes are not text.</summary>
    public static RuleDescriptor Unreadable { get; } = new(
        "MLB0007", "Input cannot be read", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>A document is not a Kubernetes object (no apiVersion or kind).</summary>
    public static RuleDescriptor NotAnObject { get; } = new(
        "MLB0008", "Document is not a Kubernetes object", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>A MetalLB kind at an API version MetalLB does not serve (or a kind it removed).</summary>
    public static RuleDescriptor UnservedVersion { get; } = new(
        "MLB0009", "MetalLB kind at an API version that is not served", RuleCategory.Input, DiagnosticSeverity.Error,
        MetalLbMessage: "no matches for kind \"...\" in version \"...\"");

    /// <summary>A number outside the range of its field's type.</summary>
    public static RuleDescriptor NumberOutOfRange { get; } = new(
        "MLB0010", "Number out of range for its field", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>A secret (BGPPeer password, Secret data) that a YAML anchor, alias or merge key also puts into another field.</summary>
    public static RuleDescriptor SharedSecret { get; } = new(
        "MLB0011", "Secret shared with another field through a YAML anchor or alias", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>The same object (API group, kind, namespace, name) declared twice: one object to Kubernetes, the later copy wins.</summary>
    public static RuleDescriptor DuplicateObject { get; } = new(
        "MLB0012", "Object declared twice", RuleCategory.Input, DiagnosticSeverity.Warning);

    /// <summary>A field holds a Flux <c>${VAR}</c> substitution variable: its value is unknown here and not checked.</summary>
    public static RuleDescriptor Placeholder { get; } = new(
        "MLB0013", "Field holds a substitution variable", RuleCategory.Input, DiagnosticSeverity.Info);

    /// <summary>YAML that is not a Kubernetes object (kustomization.yaml, Chart.yaml, Helm values, fleet.yaml, patch lists): counted and skipped.</summary>
    public static RuleDescriptor NotKubernetes { get; } = new(
        "MLB0014", "File is not Kubernetes objects; skipped", RuleCategory.Input, DiagnosticSeverity.Info);

    /// <summary>The MetalLB Operator's <c>kind: MetalLB</c>: it installs MetalLB and is not configuration.</summary>
    public static RuleDescriptor OperatorResource { get; } = new(
        "MLB0015", "MetalLB Operator resource; skipped", RuleCategory.Input, DiagnosticSeverity.Info);

    /// <summary>No release was given and the input installs a known one (a HelmRelease of the metallb chart, say): it was validated against that release.</summary>
    public static RuleDescriptor ReleaseFromInstall { get; } = new(
        "MLB0017", "Validated against the release the input installs", RuleCategory.Input, DiagnosticSeverity.Info);

    /// <summary>Manifests were asked for (stdin, files, directories) and none held a document: nothing was validated.</summary>
    public static RuleDescriptor NothingToValidate { get; } = new(
        "MLB0018", "Nothing to validate", RuleCategory.Input, DiagnosticSeverity.Error);

    /// <summary>Every descriptor above.</summary>
    internal static IReadOnlyList<RuleDescriptor> InputOutcomes { get; } =
    [
        InternalError, Syntax, LimitExceeded, DuplicateKey, WrongType, UnknownField, MissingField,
        Unreadable, NotAnObject, UnservedVersion, NumberOutOfRange, SharedSecret, DuplicateObject, Placeholder,
        NotKubernetes, OperatorResource, ReleaseFromInstall, NothingToValidate,
    ];
}
