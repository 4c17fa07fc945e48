using MetalLb.Validation.Model;

namespace MetalLb.Validation.Rules.Input;

/// <summary>
/// MLB0006 for <c>metadata.name</c>: the API server rejects a MetalLB object without a name. An engine check rather
/// than a loader one, so objects built in code get it too.
/// </summary>
internal static class ObjectNameCheck
{
    public static Rule Rule { get; } = Rule.ForEach<MetalLbObject>(MetalLbRules.MissingField, (resource, context) =>
    {
        if (resource.Name is null && !resource.IsUnknown("metadata.name"))
        {
            context.ReportAt(MetalLbRules.MissingField, resource.Location, resource.Ref, "metadata.name", "metadata.name is required");
        }
    });
}
