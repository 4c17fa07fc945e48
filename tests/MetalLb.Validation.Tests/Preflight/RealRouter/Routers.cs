namespace MetalLb.Validation.Tests.Preflight.RealRouter;

/// <summary>The routers of one test class, started on first use (one namespace per daemon) and torn down at the end.</summary>
public sealed class Routers : IAsyncLifetime
{
    private readonly Dictionary<string, Task<RouterNamespace>> _started = [];

    public Task<RouterNamespace> GetAsync(string daemon)
    {
        if (RouterNamespace.MissingPrerequisite(daemon) is { } missing)
        {
            throw new InvalidOperationException($"CI_REQUIRE_PREFLIGHT=1 but {missing}");
        }

        lock (_started)
        {
            if (!_started.TryGetValue(daemon, out var router))
            {
                router = StartAsync(daemon);
                _started[daemon] = router;
            }

            return router;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var router in _started.Values.Where(t => t.IsCompletedSuccessfully))
        {
            await router.Result.DisposeAsync();
        }
    }

    private static async Task<RouterNamespace> StartAsync(string daemon)
    {
        var router = RouterNamespace.For(daemon);
        await router.StartAsync();
        return router;
    }
}
