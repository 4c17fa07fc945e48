namespace MetalLb.Validation.Tests.Admission;

public class AdmissionNamespaceTests
{
    private static System.Text.Json.Nodes.JsonObject PoolIn(string ns)
    {
        var pool = Reviews.Pool("office", "192.168.60.0/28");
        pool["metadata"]!["namespace"] = ns;
        return pool;
    }

    [Fact]
    public void NoNamespaceInOptions_TheWebhookUsesMetalLbSystem_AndDoesNotInferFromTheObject()
    {
        var response = Reviews.Send(Reviews.Handler(string.Empty), Reviews.Review("CREATE", PoolIn("default")));

        Assert.False(response.Allowed);
        Assert.Contains("MLB1200", response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamespaceFromOptions_IsTheOneEnforced()
    {
        var options = new ValidationOptions { MetalLbNamespace = "networking" };

        Assert.True(Reviews.Send(Reviews.Handler(string.Empty, options), Reviews.Review("CREATE", PoolIn("networking"))).Allowed);
        Assert.False(Reviews.Send(Reviews.Handler(string.Empty, options), Reviews.Review("CREATE", PoolIn("metallb-system"))).Allowed);
    }
}
