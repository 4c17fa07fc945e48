using YamlDotNet.RepresentationModel;

// Loads one YAML file into a YamlStream (YamlDotNet's document model, with positions) and prints its document count.
if (args is not [var path])
{
    Console.Error.WriteLine("usage: YamlStreamBaseline <file.yaml>");
    return 2;
}

using var reader = new StreamReader(path);
var stream = new YamlStream();
stream.Load(reader);
Console.WriteLine(stream.Documents.Count);
return 0;
