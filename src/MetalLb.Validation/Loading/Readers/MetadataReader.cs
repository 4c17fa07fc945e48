using MetalLb.Validation.Model;

namespace MetalLb.Validation.Loading.Readers;

/// <summary>Reads <c>metadata</c>; server-populated fields are accepted so that <c>kubectl get -o yaml</c> output reads cleanly.</summary>
internal static class MetadataReader
{
    private static readonly string[] ServerFields =
    [
        "generateName", "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
        "deletionGracePeriodSeconds", "ownerReferences", "finalizers", "managedFields", "selfLink",
    ];

    public static ObjectMeta Read(FieldReader top, bool reportUnknown)
    {
        var meta = top.Object("metadata");
        if (meta is null)
        {
            return ObjectMeta.Empty;
        }

        meta.Accept(ServerFields);
        var result = new ObjectMeta(meta.String("name"), meta.String("namespace"), meta.StringMap("labels"), meta.StringMap("annotations"));
        if (reportUnknown)
        {
            meta.ReportUnknownFields();
        }

        return result;
    }
}
