using YamlDotNet.RepresentationModel;

namespace MetalLb.Validation.Conformance;

/// <summary>One case of the metallb-parity corpus: its directory (relative id), mode, scope and MetalLB's verdict.</summary>
internal sealed record ParityCase(string Id, string ConfigPath, string Mode, string Scope, bool Valid)
{
    public static ParityCase Read(string root, string directory)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(directory, "expect.yaml")))
        {
            stream.Load(reader);
        }

        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        string Scalar(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value ?? string.Empty : string.Empty;
        var id = Path.GetRelativePath(root, directory).Replace('\\', '/');
        return new ParityCase(id, Path.Combine(directory, "config.yaml"), Scalar("mode"), Scalar("scope"), Scalar("valid") == "true");
    }
}
