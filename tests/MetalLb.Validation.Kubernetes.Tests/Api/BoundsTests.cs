using System.Text;
using MetalLb.Validation.Kubernetes.Api;

namespace MetalLb.Validation.Kubernetes.Tests.Api;

/// <summary>Huge lists and endless lines stop the read with a plain message instead of growing memory.</summary>
public sealed class BoundsTests
{
    [Fact]
    public async Task Lines_AreSplitOnNewlines_WithOrWithoutCarriageReturns()
    {
        using var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":3}")), maxChars: 100);

        var lines = new List<string?>();
        while (await reader.ReadLineAsync(default) is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal(["{\"a\":1}", "", "{\"b\":2}", "{\"c\":3}"], lines);
    }

    [Fact]
    public async Task ALineLongerThanTheBound_IsRefused()
    {
        using var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes("short\n" + new string('x', 20_000) + "\n")), maxChars: 10_000);

        Assert.Equal("short", await reader.ReadLineAsync(default));
        var error = await Assert.ThrowsAsync<ClusterAccessException>(() => reader.ReadLineAsync(default));
        Assert.Equal(ClusterAccessFailure.BadResponse, error.Failure);
    }

    [Fact]
    public async Task AListLargerThanTheBound_StopsTheRead()
    {
        await using var standIn = await StandIn.StartAsync(Manifests.Cluster);
        for (var i = 0; i < 30; i++)
        {
            standIn.Apply($"apiVersion: v1\nkind: Node\nmetadata: {{name: extra-{i}}}\n");
        }

        using var connection = standIn.Connect();
        connection.Api.MaxObjects = 20;
        var error = await Assert.ThrowsAsync<ClusterAccessException>(() => new ClusterReader(connection).ReadAsync("metallb-system"));

        Assert.Equal("the list of nodes holds more than 20 objects; stopped reading", error.Message);
    }
}
