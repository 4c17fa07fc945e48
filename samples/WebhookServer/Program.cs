using WebhookServer;

var configuration = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
var settings = WebhookSettings.FromConfiguration(configuration, loggerFactory);
await using (var app = WebhookApp.Create(settings, args))
{
    await app.RunAsync();
}

if (settings.Snapshot is IAsyncDisposable asyncDisposable)
{
    await asyncDisposable.DisposeAsync();
}
else
{
    (settings.Snapshot as IDisposable)?.Dispose();
}
